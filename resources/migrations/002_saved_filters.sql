-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 2: saved queue filters and per-database settings.

CREATE TABLE saved_filter (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    definition  TEXT NOT NULL
);

CREATE TABLE setting (
    key     TEXT PRIMARY KEY,
    value   TEXT
);
