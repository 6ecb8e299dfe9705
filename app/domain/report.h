// SPDX-License-Identifier: GPL-3.0-or-later
// Value types of the data model: reports, their history, and the reference data they point to.
#pragma once

#include "domain/status.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPolygonF>
#include <QString>

namespace meldpunt {

struct Department {
    int id = 0;
    QString code;
    QString name;
    QString nameFr;
    QString email;
    bool active = true;
};

struct Category {
    int id = 0;
    int parentId = 0; ///< 0 for a main category
    QString code;
    QString name;
    QString nameFr;
    int departmentId = 0; ///< the suggested department
    int slaDays = 10;
    bool active = true;
};

struct District {
    int id = 0;
    QString code;
    QString name;
    QPolygonF polygon; ///< x = lon, y = lat
};

struct Citizen {
    qint64 id = 0;
    QString uuid;
    QString name;
    QString address;
    QString postcode;
    QString municipality;
    QString email;
    QString phone;
    ReplyChannel replyChannel = ReplyChannel::Email;
    bool consent = false;
    bool anonymized = false;
};

struct AddressHit {
    qint64 id = 0;
    QString street;
    QString houseNumber;
    QString postcode;
    QString municipality;
    double lat = 0;
    double lon = 0;
    int districtId = 0;
    QString display() const;
};

/// One row of the dispatch queue: what the table shows, nothing more.
struct QueueRow {
    qint64 id = 0;
    QString ref;
    qint64 receivedAt = 0;
    qint64 dueAt = 0;
    int categoryId = 0;
    QString address;
    int districtId = 0;
    Channel channel = Channel::Web;
    Status status = Status::New;
    Priority priority = Priority::Normal;
    int departmentId = 0;
    QString assignee;
    qint64 citizenId = 0;
    qint64 resolvedAt = 0;
};

/// A whole report, for the detail pane and the rules.
struct Report : QueueRow {
    QString uuid;
    QString description;
    QString street;
    QString houseNumber;
    double lat = 0;
    double lon = 0;
    bool hasLocation = false;
    ReplyChannel replyChannel = ReplyChannel::None;
    qint64 closedAt = 0;
    qint64 duplicateOf = 0;
    int version = 1;
    qint64 updatedAt = 0;
    QString updatedBy;
};

struct ReportEvent {
    qint64 id = 0;
    qint64 reportId = 0;
    qint64 at = 0;
    QString actor;
    QString kind; ///< created, routed, status, category, priority, assignee, note, merged, ...
    QJsonObject payload;
};

struct NearbyReport {
    QueueRow row;
    double distanceMeters = 0;
};

/// Departments, categories and districts, loaded once; the queue resolves names through it.
struct ReferenceData {
    QList<Department> departments;
    QList<Category> categories; ///< main categories first, then subs, by name
    QList<District> districts;
    QHash<int, int> departmentIndex;
    QHash<int, int> categoryIndex;
    QHash<int, int> districtIndex;

    void reindex();
    const Department* department(int id) const;
    const Category* category(int id) const;
    const District* district(int id) const;
    QString departmentName(int id) const;
    QString categoryName(int id) const; ///< "Afval › Zwerfvuil"
    QString districtName(int id) const;
    QList<int> subcategoriesOf(int mainId) const;
    /// The district whose polygon contains the point, or 0.
    int districtAt(double lat, double lon) const;
};

/// Great-circle distance in metres.
double distanceMeters(double lat1, double lon1, double lat2, double lon2);

} // namespace meldpunt
