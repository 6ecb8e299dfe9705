-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 7: the full-text index keeps only what a search reads.
--
-- A search asks for the reports whose words start with what was typed, each typed word anywhere in the
-- report (QueueFilter::ftsQuery): never a phrase, never a highlighted snippet, never a ranking. The index
-- kept a second copy of every report's text (report_fts_content), each word's positions (detail=full)
-- and each report's word counts (report_fts_docsize), none of which such a search reads. For a million
-- reports the index took 532 MB and 22 processor-seconds to build; without them 207 MB and 17 s, and the
-- same searches take as long or less (DESIGN.md, performance budget).
--
-- Without stored text FTS5 cannot look up what to remove, so every removal names the words it indexed
-- ('delete' with the old values). The rule the triggers keep: a report's entry is its ref, description,
-- address and the name of its citizen as the citizen table has it now ('' without one). A citizen's
-- rename or removal re-indexes that citizen's reports first.
DROP TRIGGER report_fts_insert;
DROP TRIGGER report_fts_update;
DROP TRIGGER report_fts_delete;
DROP TRIGGER citizen_fts_update;
DROP TABLE report_fts;

CREATE VIRTUAL TABLE report_fts USING fts5(
    ref, description, address, citizen,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3',
    content = '', columnsize = 0, detail = column);
INSERT INTO report_fts(report_fts, rank) VALUES ('automerge', 0);
INSERT INTO report_fts(report_fts, rank) VALUES ('crisismerge', 256);
INSERT INTO report_fts(rowid, ref, description, address, citizen)
SELECT r.id, r.ref, r.description, r.address, coalesce(c.name, '')
FROM report r LEFT JOIN citizen c ON c.id = r.citizen_id;
INSERT INTO report_fts(rowid, ref, description, address, citizen) VALUES (-1, 'x', '', '', '');
INSERT INTO report_fts(report_fts, rowid, ref, description, address, citizen) VALUES ('delete', -1, 'x', '', '', '');
INSERT INTO report_fts(report_fts) VALUES ('optimize');

CREATE TRIGGER report_fts_insert AFTER INSERT ON report BEGIN
    INSERT INTO report_fts(rowid, ref, description, address, citizen)
    VALUES (new.id, new.ref, new.description, new.address,
            coalesce((SELECT name FROM citizen WHERE id = new.citizen_id), ''));
END;
CREATE TRIGGER report_fts_update AFTER UPDATE OF ref, description, address, citizen_id ON report
WHEN old.ref IS NOT new.ref OR old.description IS NOT new.description OR old.address IS NOT new.address
    OR old.citizen_id IS NOT new.citizen_id
BEGIN
    INSERT INTO report_fts(report_fts, rowid, ref, description, address, citizen)
    VALUES ('delete', old.id, old.ref, old.description, old.address,
            coalesce((SELECT name FROM citizen WHERE id = old.citizen_id), ''));
    INSERT INTO report_fts(rowid, ref, description, address, citizen)
    VALUES (new.id, new.ref, new.description, new.address,
            coalesce((SELECT name FROM citizen WHERE id = new.citizen_id), ''));
END;
CREATE TRIGGER report_fts_delete AFTER DELETE ON report BEGIN
    INSERT INTO report_fts(report_fts, rowid, ref, description, address, citizen)
    VALUES ('delete', old.id, old.ref, old.description, old.address,
            coalesce((SELECT name FROM citizen WHERE id = old.citizen_id), ''));
END;
CREATE TRIGGER citizen_fts_update AFTER UPDATE OF name ON citizen WHEN old.name IS NOT new.name BEGIN
    INSERT INTO report_fts(report_fts, rowid, ref, description, address, citizen)
    SELECT 'delete', id, ref, description, address, coalesce(old.name, '') FROM report WHERE citizen_id = new.id;
    INSERT INTO report_fts(rowid, ref, description, address, citizen)
    SELECT id, ref, description, address, coalesce(new.name, '') FROM report WHERE citizen_id = new.id;
END;
-- Before the row goes: its reports then hold no name, as the lookups above find after it has gone.
CREATE TRIGGER citizen_fts_delete BEFORE DELETE ON citizen BEGIN
    INSERT INTO report_fts(report_fts, rowid, ref, description, address, citizen)
    SELECT 'delete', id, ref, description, address, coalesce(old.name, '') FROM report WHERE citizen_id = old.id;
    INSERT INTO report_fts(rowid, ref, description, address, citizen)
    SELECT id, ref, description, address, '' FROM report WHERE citizen_id = old.id;
END;
