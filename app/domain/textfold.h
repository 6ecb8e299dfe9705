// SPDX-License-Identifier: GPL-3.0-or-later
// Folding text for diacritics- and case-insensitive lookups (addresses, citizens, search).
#pragma once

#include <QString>

namespace meldpunt {

/// Lowercase, without diacritics (NFKD, combining marks removed), white space collapsed.
QString foldForSearch(const QString& text);

} // namespace meldpunt
