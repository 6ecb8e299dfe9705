// SPDX-License-Identifier: GPL-3.0-or-later
// Small SQL helpers shared by the letter stores.
#pragma once

#include "store/writetransaction.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace meldpunt::letters {

/// The store's write transaction (BEGIN IMMEDIATE, rolled back unless committed).
using Transaction = WriteTransaction;

inline QVariant nullIfZero(qint64 v)
{
    return v == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(v);
}

inline QVariant nullIfEmpty(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

/// Text for a NOT NULL column: a null QString would be bound as NULL.
inline QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

} // namespace meldpunt::letters
