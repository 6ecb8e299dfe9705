-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 3: replies to citizens. Templates with their versions, and every outgoing message.
--
-- Secrets: the setting table (schema 2) holds the letterhead and the SMTP / SMS gateway settings under
-- "letters.*" keys, but never a password. The SMTP password is stored as a reference only —
-- "env:NAME" (an environment variable set by the desk's session), "file:PATH" (a file only its owner can
-- read, checked like libpq checks .pgpass) or "ask" (asked once per session, held in memory). The
-- database is replicated to every desk and copied to backups, so a password in it would leak everywhere.

CREATE TABLE template (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    purpose         TEXT NOT NULL CHECK (purpose IN ('acknowledgement','forwarded','planned','resolved',
                                                     'not_ours','duplicate','question','other')),
    channel         TEXT NOT NULL CHECK (channel IN ('letter','email','sms')),
    language        TEXT NOT NULL DEFAULT 'nl' CHECK (language IN ('nl','fr')),
    category_id     INTEGER REFERENCES category(id),
    status          TEXT CHECK (status IS NULL OR status IN ('new','triaged','assigned','in_progress','on_hold',
                                                             'resolved','closed','rejected','duplicate')),
    subject         TEXT NOT NULL DEFAULT '',
    body            TEXT NOT NULL DEFAULT '',   -- HTML fragment (letter, e-mail) or plain text (SMS)
    version         INTEGER NOT NULL DEFAULT 1,
    active          INTEGER NOT NULL DEFAULT 1,
    updated_at      INTEGER NOT NULL,
    updated_by      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX template_pick ON template(channel, language, purpose) WHERE active = 1;

-- Every version of a template's text, the current one included, so that a message can always show
-- the template it was written from.
CREATE TABLE template_version (
    template_id     INTEGER NOT NULL REFERENCES template(id) ON DELETE CASCADE,
    version         INTEGER NOT NULL,
    subject         TEXT NOT NULL DEFAULT '',
    body            TEXT NOT NULL DEFAULT '',
    saved_at        INTEGER NOT NULL,
    saved_by        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (template_id, version)
);

-- One outgoing reply to one citizen. The rendered text is kept as sent; the template may change later.
-- State machine: queued → sending → sent (e-mail, SMS); queued → printed (letters); a failed attempt goes
-- back to queued with its error; failed is final until someone retries it by hand. A message is claimed
-- (queued → sending) in one UPDATE before it leaves, and uuid is its operation id: the Message-ID of the
-- e-mail and the idempotency key sent to the SMS gateway, the same on every retry.
CREATE TABLE message (
    id                  INTEGER PRIMARY KEY,
    uuid                TEXT NOT NULL UNIQUE,
    report_id           INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
    citizen_id          INTEGER REFERENCES citizen(id),
    channel             TEXT NOT NULL CHECK (channel IN ('letter','email','sms','phone')),
    language            TEXT NOT NULL DEFAULT 'nl' CHECK (language IN ('nl','fr')),
    purpose             TEXT NOT NULL DEFAULT 'other',
    template_id         INTEGER REFERENCES template(id),
    template_version    INTEGER,
    recipient_name      TEXT NOT NULL DEFAULT '',
    recipient           TEXT NOT NULL DEFAULT '',   -- e-mail address, phone number or postal address lines
    subject             TEXT NOT NULL DEFAULT '',
    body                TEXT NOT NULL DEFAULT '',   -- HTML (letter, e-mail) or plain text (SMS, call note)
    state               TEXT NOT NULL DEFAULT 'queued'
                        CHECK (state IN ('queued','sending','sent','printed','failed')),
    error               TEXT,
    attempts            INTEGER NOT NULL DEFAULT 0,
    outcome             TEXT,                       -- phone: reached, voicemail, no_answer, wrong_number
    created_at          INTEGER NOT NULL,
    created_by          TEXT NOT NULL DEFAULT '',
    sending_at          INTEGER,
    sent_at             INTEGER,
    printed_at          INTEGER,
    print_count         INTEGER NOT NULL DEFAULT 0,
    event_id            INTEGER REFERENCES report_event(id)
);
CREATE INDEX message_report ON message(report_id, created_at);
CREATE INDEX message_state ON message(state, channel, created_at);
CREATE INDEX message_citizen ON message(citizen_id);
