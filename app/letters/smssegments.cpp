// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/smssegments.h"

#include <QList>

namespace meldpunt {

namespace {

// GSM 03.38 basic character set (the 128 code points, as Unicode) and the extension table
// reached through the escape character, each of which costs two septets.
const char16_t kBasic[] = u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                          u"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const char16_t kExtension[] = u"\f^{}\\[~]|€";

} // namespace

bool SmsSegments::isGsm7(QChar c, bool* extension)
{
    for (const char16_t* p = kBasic; *p; ++p) {
        if (c.unicode() == *p && c.unicode() != 0x1b) {
            if (extension)
                *extension = false;
            return true;
        }
    }
    for (const char16_t* p = kExtension; *p; ++p) {
        if (c.unicode() == *p) {
            if (extension)
                *extension = true;
            return true;
        }
    }
    return false;
}

SmsCount SmsSegments::count(const QString& text)
{
    SmsCount out;
    QList<int> costs; // the cost of each indivisible unit of the text
    costs.reserve(text.size());
    bool gsm = true;
    for (QChar c : text) {
        bool ext = false;
        if (!isGsm7(c, &ext)) {
            gsm = false;
            break;
        }
        costs << (ext ? 2 : 1);
    }
    if (!gsm) {
        costs.clear();
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                costs << 2;
                ++i;
            } else {
                costs << 1;
            }
        }
    }
    out.encoding = gsm ? SmsCount::Encoding::Gsm7 : SmsCount::Encoding::Ucs2;
    const int single = gsm ? 160 : 70;
    const int multi = gsm ? 153 : 67;
    for (int c : std::as_const(costs))
        out.units += c;
    if (out.units == 0) {
        out.segments = 0;
        out.perSegment = single;
        out.remaining = single;
        return out;
    }
    if (out.units <= single) {
        out.segments = 1;
        out.perSegment = single;
        out.remaining = single - out.units;
        return out;
    }
    // Fill segments greedily; a unit that does not fit whole starts the next segment.
    int segments = 1;
    int used = 0;
    for (int c : std::as_const(costs)) {
        if (used + c > multi) {
            ++segments;
            used = 0;
        }
        used += c;
    }
    out.segments = segments;
    out.perSegment = multi;
    out.remaining = multi - used;
    return out;
}

} // namespace meldpunt
