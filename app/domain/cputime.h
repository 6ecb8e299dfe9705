// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <ctime>
#endif

namespace meldpunt {

/// Processor time the calling thread has used so far, in milliseconds, for timing logs; 0 where it
/// cannot be measured.
inline qint64 threadCpuMs()
{
#ifdef Q_OS_UNIX
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
#else
    return 0;
#endif
}

} // namespace meldpunt
