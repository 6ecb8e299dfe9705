// SPDX-License-Identifier: GPL-3.0-or-later
// Folding text for diacritics- and case-insensitive lookups (addresses, citizens, search).
#pragma once

#include <QString>

namespace meldpunt {

/// Lowercase, without diacritics (NFKD, combining marks removed), white space collapsed.
QString foldForSearch(const QString& text);

/// What a citizen is looked up by: the folded name, the e-mail address and the phone digits.
QString citizenSearchKey(const QString& name, const QString& email, const QString& phone);

} // namespace meldpunt
