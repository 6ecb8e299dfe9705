// SPDX-License-Identifier: GPL-3.0-or-later
// SMS length rules: GSM 03.38 7-bit alphabet or UCS-2, and how many segments a text costs.
#pragma once

#include <QString>

namespace meldpunt {

/// How a text is encoded and split into SMS segments.
struct SmsCount {
    enum class Encoding { Gsm7, Ucs2 };
    Encoding encoding = Encoding::Gsm7;
    int units = 0; ///< septets (GSM-7; extension characters count two) or UTF-16 code units (UCS-2)
    int segments = 0; ///< 0 for an empty text
    int perSegment = 160; ///< 160/153 (GSM-7) or 70/67 (UCS-2), for the current segment count
    int remaining = 160; ///< units left in the last segment before another one is needed
};

/// Counts SMS segments the way phone networks do: one segment holds 160 GSM-7 septets or
/// 70 UCS-2 units; a longer text is split into segments of 153 or 67 (the rest is the
/// concatenation header), and an escape pair or surrogate pair is never split across two.
class SmsSegments final {
public:
    static SmsCount count(const QString& text);
    /// True when `c` is in the GSM 03.38 basic set; `*extension` tells whether it needs the escape.
    static bool isGsm7(QChar c, bool* extension = nullptr);
};

} // namespace meldpunt
