-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 6: the full-text index is only written when a report's searchable text changes, and
-- an ordinary write never starts a merge that rewrites the whole index.
--
-- The update trigger fired on every write of one of its columns, also when the value stayed the same,
-- and a sync upsert writes every column: each routing change rewrote the report's index entries. An
-- index of a million reports is one large segment; FTS5's incremental merging reached it after a dozen
-- such writes and held the write lock for seconds (a routed report took about ten seconds to show on the
-- other desks). Now: no incremental merges (automerge 0); a level is merged only once it holds 256
-- segments (crisismerge); and 'optimize' puts what is there now in one segment a level up (the row put
-- in and taken out first gives it two segments to merge), so the first merge that includes it comes
-- after some 65,000 writes of searchable text.
-- app/store/database.h (kSearchIndexSettleSql) does the same after every bulk build of the index.
DROP TRIGGER report_fts_update;
CREATE TRIGGER report_fts_update AFTER UPDATE OF ref, description, address, citizen_id ON report
WHEN old.ref IS NOT new.ref OR old.description IS NOT new.description OR old.address IS NOT new.address
    OR old.citizen_id IS NOT new.citizen_id
BEGIN
    DELETE FROM report_fts WHERE rowid = old.id;
    INSERT INTO report_fts(rowid, ref, description, address, citizen)
    VALUES (new.id, new.ref, new.description, new.address,
            coalesce((SELECT name FROM citizen WHERE id = new.citizen_id), ''));
END;

DROP TRIGGER citizen_fts_update;
CREATE TRIGGER citizen_fts_update AFTER UPDATE OF name ON citizen WHEN old.name IS NOT new.name BEGIN
    UPDATE report_fts SET citizen = new.name
    WHERE rowid IN (SELECT id FROM report WHERE citizen_id = new.id);
END;

INSERT INTO report_fts(report_fts, rank) VALUES ('automerge', 0);
INSERT INTO report_fts(report_fts, rank) VALUES ('crisismerge', 256);
INSERT INTO report_fts(rowid, ref, description, address, citizen) VALUES (-1, 'x', '', '', '');
DELETE FROM report_fts WHERE rowid = -1;
INSERT INTO report_fts(report_fts) VALUES ('optimize');
