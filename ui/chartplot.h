// SPDX-License-Identifier: GPL-3.0-or-later
// QCustomPlot for a project that builds with QT_NO_FOREACH: include this instead of <qcustomplot.h>.
#pragma once

#include <QtGlobal>

// qcustomplot.h (2.1) uses Qt's foreach keyword in two inline templates, which QT_NO_FOREACH
// removes; a range-based for means the same there, so lend it the name for the header alone.
#if defined(QT_NO_FOREACH) && !defined(foreach)
#define MELDPUNT_QCP_FOREACH_SHIM
#define foreach(variable, container) for (variable : container)
#endif
#include <qcustomplot.h>
#ifdef MELDPUNT_QCP_FOREACH_SHIM
#undef foreach
#undef MELDPUNT_QCP_FOREACH_SHIM
#endif
