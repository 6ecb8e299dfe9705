// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/textfold.h"

namespace meldpunt {

QString foldForSearch(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_SpacingCombining
            || c.category() == QChar::Mark_Enclosing)
            continue;
        if (c.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        if (space) {
            out += QLatin1Char(' ');
            space = false;
        }
        out += c.toLower();
    }
    return out;
}

QString citizenSearchKey(const QString& name, const QString& email, const QString& phone)
{
    QString digits;
    for (const QChar c : phone)
        if (c.isDigit() || c == QLatin1Char('+'))
            digits += c;
    return foldForSearch(name) + QLatin1Char(' ') + email.toLower() + QLatin1Char(' ') + digits;
}

} // namespace meldpunt
