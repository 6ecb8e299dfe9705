-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 1: the logical data model of DESIGN.md on SQLite.
-- Times are UTC seconds since the epoch; identities that travel between desks are UUID text.

CREATE TABLE department (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    name_fr     TEXT,
    email       TEXT,
    active      INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE category (
    id              INTEGER PRIMARY KEY,
    parent_id       INTEGER REFERENCES category(id),
    code            TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    name_fr         TEXT,
    department_id   INTEGER REFERENCES department(id),
    sla_days        INTEGER NOT NULL DEFAULT 10 CHECK (sla_days >= 0),
    active          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX category_parent ON category(parent_id);

CREATE TABLE district (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    polygon     TEXT NOT NULL              -- GeoJSON Polygon coordinates: [[[lon,lat],...]]
);

CREATE TABLE address (
    id              INTEGER PRIMARY KEY,
    street          TEXT NOT NULL,
    house_number    TEXT NOT NULL,
    postcode        TEXT NOT NULL,
    municipality    TEXT NOT NULL,
    lat             REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon             REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),
    district_id     INTEGER REFERENCES district(id),
    search_key      TEXT NOT NULL          -- folded "street number" for diacritics-insensitive lookup
);
CREATE INDEX address_search ON address(search_key);

CREATE TABLE citizen (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    address         TEXT,
    postcode        TEXT,
    municipality    TEXT,
    email           TEXT,
    phone           TEXT,
    reply_channel   TEXT NOT NULL DEFAULT 'email'
                    CHECK (reply_channel IN ('none','email','sms','letter','phone')),
    consent         INTEGER NOT NULL DEFAULT 0,
    anonymized_at   INTEGER,
    created_at      INTEGER NOT NULL,
    search_key      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX citizen_search ON citizen(search_key);
CREATE INDEX citizen_email ON citizen(email);
CREATE INDEX citizen_phone ON citizen(phone);

CREATE TABLE user (
    id          INTEGER PRIMARY KEY,
    login       TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('coordinator','head','clerk','admin')),
    department_id INTEGER REFERENCES department(id),
    active      INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE report (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    ref             TEXT NOT NULL UNIQUE,
    received_at     INTEGER NOT NULL,
    channel         TEXT NOT NULL CHECK (channel IN ('web','email','phone','whatsapp','counter','app')),
    category_id     INTEGER NOT NULL REFERENCES category(id),
    description     TEXT NOT NULL DEFAULT '',
    address         TEXT NOT NULL DEFAULT '',
    street          TEXT,
    house_number    TEXT,
    district_id     INTEGER REFERENCES district(id),
    lat             REAL CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
    lon             REAL CHECK (lon IS NULL OR lon BETWEEN -180 AND 180),
    citizen_id      INTEGER REFERENCES citizen(id),
    reply_channel   TEXT NOT NULL DEFAULT 'none'
                    CHECK (reply_channel IN ('none','email','sms','letter','phone')),
    status          TEXT NOT NULL DEFAULT 'new'
                    CHECK (status IN ('new','triaged','assigned','in_progress','on_hold',
                                      'resolved','closed','rejected','duplicate')),
    priority        INTEGER NOT NULL DEFAULT 1 CHECK (priority BETWEEN 0 AND 3),
    department_id   INTEGER REFERENCES department(id),
    assignee        TEXT,
    due_at          INTEGER NOT NULL,
    resolved_at     INTEGER,
    closed_at       INTEGER,
    duplicate_of    INTEGER REFERENCES report(id),
    version         INTEGER NOT NULL DEFAULT 1,
    revision        INTEGER NOT NULL DEFAULT 0,
    updated_at      INTEGER NOT NULL,
    updated_by      TEXT NOT NULL DEFAULT ''
);
-- One index for every queue filter; the queue sorts on received_at, so the common filters carry it.
CREATE INDEX report_received   ON report(received_at);
CREATE INDEX report_status     ON report(status, received_at);
CREATE INDEX report_category   ON report(category_id, received_at);
CREATE INDEX report_department ON report(department_id, status, received_at);
CREATE INDEX report_district   ON report(district_id, received_at);
CREATE INDEX report_channel    ON report(channel, received_at);
CREATE INDEX report_due        ON report(status, due_at);
CREATE INDEX report_citizen    ON report(citizen_id);
CREATE INDEX report_duplicate  ON report(duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE INDEX report_latlon     ON report(lat, lon);

-- Citizens who reported the same problem through a duplicate and receive the original's replies.
CREATE TABLE report_follower (
    report_id       INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
    citizen_id      INTEGER NOT NULL REFERENCES citizen(id),
    via_report_id   INTEGER REFERENCES report(id),
    PRIMARY KEY (report_id, citizen_id)
);

CREATE TABLE report_event (
    id          INTEGER PRIMARY KEY,
    report_id   INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
    at          INTEGER NOT NULL,
    actor       TEXT NOT NULL,
    kind        TEXT NOT NULL,
    payload     TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX report_event_report ON report_event(report_id, at);

-- Full-text search over ref, description, address and the citizen's name.
CREATE VIRTUAL TABLE report_fts USING fts5(
    ref, description, address, citizen,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');

CREATE TRIGGER report_fts_insert AFTER INSERT ON report BEGIN
    INSERT INTO report_fts(rowid, ref, description, address, citizen)
    VALUES (new.id, new.ref, new.description, new.address,
            coalesce((SELECT name FROM citizen WHERE id = new.citizen_id), ''));
END;
CREATE TRIGGER report_fts_update AFTER UPDATE OF ref, description, address, citizen_id ON report BEGIN
    DELETE FROM report_fts WHERE rowid = old.id;
    INSERT INTO report_fts(rowid, ref, description, address, citizen)
    VALUES (new.id, new.ref, new.description, new.address,
            coalesce((SELECT name FROM citizen WHERE id = new.citizen_id), ''));
END;
CREATE TRIGGER report_fts_delete AFTER DELETE ON report BEGIN
    DELETE FROM report_fts WHERE rowid = old.id;
END;
CREATE TRIGGER citizen_fts_update AFTER UPDATE OF name ON citizen BEGIN
    UPDATE report_fts SET citizen = new.name
    WHERE rowid IN (SELECT id FROM report WHERE citizen_id = new.id);
END;
