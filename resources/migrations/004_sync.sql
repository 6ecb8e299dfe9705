-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 4: a desk as a replica of the central PostgreSQL database (app/sync).
--
-- Every local change to a report, its history, its followers or a citizen is captured by the triggers
-- below into sync_outbox, in the same transaction as the change itself: a change is never made without
-- its operation, whatever the program does next. Each operation has a UUID (its op id on the server,
-- applied once) and carries uuids, never local ids, so it survives the local ids being re-keyed to the
-- server's. The triggers only capture while sync_capture.enabled = 1: a desk without a central
-- database never fills the outbox, and the sync engine switches capture off inside the transactions
-- that apply what it pulled.

-- Every event has the server's uuid; one made on this desk is pending until the server's copy of it
-- comes back. Only pending events are ever looked up by uuid, so only they are indexed: a first pull of
-- millions of events then builds no index of random keys.
ALTER TABLE report_event ADD COLUMN uuid TEXT;
ALTER TABLE report_event ADD COLUMN pending INTEGER;
CREATE UNIQUE INDEX report_event_pending ON report_event(uuid) WHERE pending = 1;

CREATE TABLE sync_capture (enabled INTEGER NOT NULL);
INSERT INTO sync_capture (enabled) VALUES (0);

CREATE TABLE sync_outbox (
    seq             INTEGER PRIMARY KEY,
    op_id           TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL,
    report_uuid     TEXT,               -- set for operations that change the report row or its followers
    base_version    INTEGER,
    payload         TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT
);
CREATE INDEX sync_outbox_report ON sync_outbox(report_uuid) WHERE report_uuid IS NOT NULL;

-- What the server answered when a change of this desk lost to an earlier one, or was refused.
CREATE TABLE sync_conflict (
    id              INTEGER PRIMARY KEY,
    at              INTEGER NOT NULL,
    op_id           TEXT NOT NULL,
    report_uuid     TEXT,
    ref             TEXT,
    field           TEXT NOT NULL,      -- status, department_id, ...; "*" for a refused operation
    mine            TEXT,
    winner          TEXT,
    winner_by       TEXT,
    seen            INTEGER NOT NULL DEFAULT 0
);

CREATE TRIGGER sync_report_update
AFTER UPDATE OF status, department_id, category_id, priority, assignee, due_at, resolved_at, closed_at,
                duplicate_of ON report
WHEN (SELECT enabled FROM sync_capture) = 1
BEGIN
    INSERT INTO sync_outbox (op_id, kind, report_uuid, base_version, payload, created_at)
    VALUES ((lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))), 'report.update', NEW.uuid, OLD.version,
            json_object('report', NEW.uuid, 'actor', NEW.updated_by, 'at', NEW.updated_at,
                        'old', json_object('status', OLD.status, 'department_id', OLD.department_id, 'category_id', OLD.category_id, 'priority', OLD.priority, 'assignee', OLD.assignee, 'due_at', OLD.due_at, 'resolved_at', OLD.resolved_at, 'closed_at', OLD.closed_at, 'duplicate_of', (SELECT uuid FROM report WHERE id = OLD.duplicate_of)), 'new', json_object('status', NEW.status, 'department_id', NEW.department_id, 'category_id', NEW.category_id, 'priority', NEW.priority, 'assignee', NEW.assignee, 'due_at', NEW.due_at, 'resolved_at', NEW.resolved_at, 'closed_at', NEW.closed_at, 'duplicate_of', (SELECT uuid FROM report WHERE id = NEW.duplicate_of))),
            NEW.updated_at);
END;

CREATE TRIGGER sync_report_insert AFTER INSERT ON report
WHEN (SELECT enabled FROM sync_capture) = 1
BEGIN
    INSERT INTO sync_outbox (op_id, kind, report_uuid, base_version, payload, created_at)
    VALUES ((lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))), 'report.insert', NEW.uuid, 0,
            json_object('row', json_object('uuid', NEW.uuid, 'ref', NEW.ref, 'received_at', NEW.received_at,
                'channel', NEW.channel, 'category_id', NEW.category_id, 'description', NEW.description,
                'address', NEW.address, 'street', NEW.street, 'house_number', NEW.house_number,
                'district_id', NEW.district_id, 'lat', NEW.lat, 'lon', NEW.lon,
                'citizen', (SELECT uuid FROM citizen WHERE id = NEW.citizen_id), 'reply_channel', NEW.reply_channel, 'status', NEW.status,
                'priority', NEW.priority, 'department_id', NEW.department_id, 'assignee', NEW.assignee,
                'due_at', NEW.due_at, 'resolved_at', NEW.resolved_at, 'closed_at', NEW.closed_at,
                'duplicate_of', (SELECT uuid FROM report WHERE id = NEW.duplicate_of), 'updated_at', NEW.updated_at,
                'updated_by', NEW.updated_by)),
            NEW.updated_at);
END;

CREATE TRIGGER sync_citizen_insert AFTER INSERT ON citizen
WHEN (SELECT enabled FROM sync_capture) = 1
BEGIN
    INSERT INTO sync_outbox (op_id, kind, payload, created_at)
    VALUES ((lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))), 'citizen.insert',
            json_object('row', json_object('uuid', NEW.uuid, 'name', NEW.name, 'address', NEW.address,
                'postcode', NEW.postcode, 'municipality', NEW.municipality, 'email', NEW.email, 'phone', NEW.phone,
                'reply_channel', NEW.reply_channel, 'consent', NEW.consent, 'anonymized_at', NEW.anonymized_at,
                'created_at', NEW.created_at, 'search_key', NEW.search_key)),
            NEW.created_at);
END;

CREATE TRIGGER sync_event_insert AFTER INSERT ON report_event
WHEN (SELECT enabled FROM sync_capture) = 1
BEGIN
    UPDATE report_event SET pending = 1, uuid = coalesce(uuid, lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE id = NEW.id;
    INSERT INTO sync_outbox (op_id, kind, payload, created_at)
    VALUES ((lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))), 'event.insert',
            json_object('uuid', (SELECT uuid FROM report_event WHERE id = NEW.id),
                        'report', (SELECT uuid FROM report WHERE id = NEW.report_id), 'at', NEW.at, 'actor', NEW.actor, 'kind', NEW.kind,
                        'payload', json(NEW.payload)),
            NEW.at);
END;

CREATE TRIGGER sync_follower_insert AFTER INSERT ON report_follower
WHEN (SELECT enabled FROM sync_capture) = 1
BEGIN
    INSERT INTO sync_outbox (op_id, kind, report_uuid, payload, created_at)
    VALUES ((lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))), 'follower.insert', (SELECT uuid FROM report WHERE id = NEW.report_id),
            json_object('report', (SELECT uuid FROM report WHERE id = NEW.report_id), 'citizen', (SELECT uuid FROM citizen WHERE id = NEW.citizen_id),
                        'via', (SELECT uuid FROM report WHERE id = NEW.via_report_id)),
            unixepoch());
END;

CREATE TRIGGER sync_follower_delete AFTER DELETE ON report_follower
WHEN (SELECT enabled FROM sync_capture) = 1
BEGIN
    INSERT INTO sync_outbox (op_id, kind, report_uuid, payload, created_at)
    VALUES ((lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))), 'follower.delete', (SELECT uuid FROM report WHERE id = OLD.report_id),
            json_object('report', (SELECT uuid FROM report WHERE id = OLD.report_id), 'citizen', (SELECT uuid FROM citizen WHERE id = OLD.citizen_id)),
            unixepoch());
END;
