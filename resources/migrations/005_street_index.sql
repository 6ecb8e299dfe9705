-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 5: "recent reports in this street" (app/store/streetreports) reads one street's newest
-- reports; without this index it walks every report of the window.
CREATE INDEX report_street ON report(street COLLATE NOCASE, received_at);
