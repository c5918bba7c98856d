"""Server migration 0001: offices, the shared register, the meeting archive, roles' rights."""

from __future__ import annotations

NAME = "0001_office_register_archive"
SECRETARY_ROLE = "office_secretary"  # the group role every secretary's login role is granted

CHANGED_MESSAGE = "Sổ đăng ký chung chỉ được ghi thêm: không sửa, không xóa số đã cấp"
ARCHIVE_MESSAGE = "Lưu trữ biên bản chỉ được ghi thêm phiên bản mới: không sửa, không xóa"

TABLES = """
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA secretary_office;
CREATE FUNCTION office_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT translate(secretary_office.unaccent('secretary_office.unaccent'::regdictionary,
                                                     lower($1)), 'đĐ', 'dd') $$;
CREATE TABLE offices (
    id serial PRIMARY KEY,
    code text NOT NULL UNIQUE CHECK (code <> ''),
    name text NOT NULL,
    abbreviation text NOT NULL DEFAULT '',
    style text NOT NULL DEFAULT 'state',
    numbering text NOT NULL DEFAULT 'shared',
    term_start date,
    profile jsonb NOT NULL DEFAULT '{}'
);
CREATE TABLE office_members (
    role_name text PRIMARY KEY,
    office_id int NOT NULL REFERENCES offices(id),
    display_name text NOT NULL DEFAULT ''
);
CREATE TABLE register_series (
    office_id int NOT NULL REFERENCES offices(id),
    series text NOT NULL,
    last_number int NOT NULL DEFAULT 0,
    last_date date,
    PRIMARY KEY (office_id, series)
);
CREATE TABLE register_entries (
    id bigserial PRIMARY KEY,
    office_id int NOT NULL REFERENCES offices(id),
    series text NOT NULL,
    number int NOT NULL CHECK (number > 0),
    kind text NOT NULL,
    issued_on date NOT NULL,
    status text NOT NULL CHECK (status IN ('issued', 'cancelled', 'reserved')),
    summary text NOT NULL DEFAULT '',
    signer text NOT NULL DEFAULT '',
    recipients jsonb NOT NULL DEFAULT '[]',
    reason text NOT NULL DEFAULT '',
    meeting_uid uuid,
    request_id uuid NOT NULL UNIQUE,
    used_request_id uuid UNIQUE,  -- the request that issued a reserved number
    issued_by text NOT NULL DEFAULT current_user,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (office_id, series, number)
);
CREATE TABLE archive_meetings (
    office_id int NOT NULL REFERENCES offices(id),
    meeting_uid uuid NOT NULL,
    latest_version int NOT NULL,
    latest_id bigint NOT NULL,
    PRIMARY KEY (office_id, meeting_uid)
);
CREATE INDEX archive_meetings_latest ON archive_meetings (latest_id);
CREATE TABLE archive_versions (
    id bigserial PRIMARY KEY,
    office_id int NOT NULL REFERENCES offices(id),
    meeting_uid uuid NOT NULL,
    version int NOT NULL CHECK (version > 0),
    content_sha256 text NOT NULL,
    package text NOT NULL,
    chain jsonb NOT NULL DEFAULT '[]',
    title text NOT NULL,
    meeting_date date NOT NULL,
    organization text NOT NULL DEFAULT '',
    secretary_name text NOT NULL DEFAULT '',
    published_by text NOT NULL DEFAULT current_user,
    published_at timestamptz NOT NULL DEFAULT now(),
    search_text text NOT NULL,
    search tsvector GENERATED ALWAYS AS (to_tsvector('simple', office_fold(search_text))) STORED,
    UNIQUE (office_id, meeting_uid, version),
    UNIQUE (office_id, meeting_uid, content_sha256)
);
CREATE INDEX archive_versions_search ON archive_versions USING gin (search);
CREATE INDEX archive_versions_newest ON archive_versions (office_id, meeting_date DESC, id DESC);
-- more lexeme statistics: a word found nowhere is then known to be rare (search plans)
ALTER TABLE archive_versions ALTER COLUMN search SET STATISTICS 1000;
CREATE TABLE archive_blobs (
    office_id int NOT NULL REFERENCES offices(id),
    sha256 text NOT NULL,
    data bytea NOT NULL,
    PRIMARY KEY (office_id, sha256)
);
CREATE TABLE archive_files (
    office_id int NOT NULL REFERENCES offices(id),
    version_id bigint NOT NULL REFERENCES archive_versions(id),
    name text NOT NULL,
    sha256 text NOT NULL,
    size bigint NOT NULL,
    PRIMARY KEY (version_id, name)
);
"""

TRIGGERS = f"""
CREATE FUNCTION register_entry_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN RAISE EXCEPTION '{CHANGED_MESSAGE}'; END IF;
    IF (NEW.id, NEW.office_id, NEW.series, NEW.number, NEW.kind, NEW.request_id, NEW.issued_by)
        IS DISTINCT FROM (OLD.id, OLD.office_id, OLD.series, OLD.number, OLD.kind,
                          OLD.request_id, OLD.issued_by)
       OR OLD.status = 'cancelled'
       OR NOT (NEW.status = 'cancelled' OR (OLD.status = 'reserved' AND NEW.status = 'issued'))
       OR (NEW.status = 'cancelled' AND (length(trim(NEW.reason)) = 0
           OR (NEW.issued_on, NEW.summary, NEW.signer, NEW.recipients, NEW.meeting_uid,
               NEW.used_request_id)
              IS DISTINCT FROM (OLD.issued_on, OLD.summary, OLD.signer, OLD.recipients,
                                OLD.meeting_uid, OLD.used_request_id)))
    THEN RAISE EXCEPTION '{CHANGED_MESSAGE}'; END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER register_entries_guard BEFORE UPDATE OR DELETE ON register_entries
    FOR EACH ROW EXECUTE FUNCTION register_entry_guard();
CREATE FUNCTION register_series_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR NEW.last_number < OLD.last_number THEN
        RAISE EXCEPTION '{CHANGED_MESSAGE}';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER register_series_guard BEFORE UPDATE OR DELETE ON register_series
    FOR EACH ROW EXECUTE FUNCTION register_series_guard();
CREATE FUNCTION archive_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION '{ARCHIVE_MESSAGE}'; END $$;
CREATE TRIGGER archive_versions_guard BEFORE UPDATE OR DELETE ON archive_versions
    FOR EACH ROW EXECUTE FUNCTION archive_guard();
CREATE TRIGGER archive_files_guard BEFORE UPDATE OR DELETE ON archive_files
    FOR EACH ROW EXECUTE FUNCTION archive_guard();
CREATE TRIGGER archive_blobs_guard BEFORE UPDATE OR DELETE ON archive_blobs
    FOR EACH ROW EXECUTE FUNCTION archive_guard();
"""

# Row security would hide the search index from the planner (`@@` is not leakproof, so it may
# not run before the policy): the search runs as the owner, for the caller's own office only.
SEARCH = """
CREATE FUNCTION archive_search(office int, query text, lim int, few int) RETURNS bigint[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = secretary_office, public
    SET enable_seqscan = off SET enable_indexscan = off SET jit = off AS $$
DECLARE
    q tsquery := plainto_tsquery('simple', office_fold(query));
    match text;
    found bigint;
    ids bigint[];
BEGIN
    IF session_user <> current_user AND NOT EXISTS (SELECT 1 FROM office_members m
            WHERE m.role_name = session_user AND m.office_id = office) THEN
        RAISE insufficient_privilege USING MESSAGE = 'not a member of this office';
    END IF;
    -- constants in the text: each search is planned with the word's own statistics; the
    -- matches come from the GIN index (bitmap: no tsvector is read), at most few + 1 of them
    match := format('v.office_id = %s AND v.search @@ %L::tsquery AND EXISTS (SELECT 1 FROM '
                    'archive_meetings a WHERE a.latest_id = v.id)', office, q);
    EXECUTE format('WITH m AS MATERIALIZED (SELECT v.id, v.meeting_date FROM archive_versions v '
                   'WHERE %s LIMIT %s) SELECT (SELECT count(*) FROM m), array(SELECT id FROM m '
                   'ORDER BY meeting_date DESC, id DESC LIMIT %s)', match, few + 1, lim)
        INTO found, ids;
    IF found > few THEN  -- a common word: walk the meetings newest first until enough match
        PERFORM set_config('enable_indexscan', 'on', true);  -- restored when the function ends
        EXECUTE format('SELECT array(SELECT v.id FROM archive_versions v WHERE %s ORDER BY '
                       'v.meeting_date DESC, v.id DESC LIMIT %s)', match, lim) INTO ids;
    END IF;
    RETURN ids;
END $$;
"""

OFFICE_TABLES = ("register_series", "register_entries", "archive_meetings", "archive_versions",
                 "archive_blobs", "archive_files")
MY_OFFICE = "office_id IN (SELECT office_id FROM office_members WHERE role_name = current_user)"


def grants(role: str = SECRETARY_ROLE) -> str:
    """Rights of the secretaries' group role, and row security keeping offices apart."""
    policies = "".join(
        f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY;\n"
        f"CREATE POLICY same_office ON {t} USING ({MY_OFFICE}) WITH CHECK ({MY_OFFICE});\n"
        for t in OFFICE_TABLES + ("offices",) if t != "offices")
    return f"""
{policies}
ALTER TABLE offices ENABLE ROW LEVEL SECURITY;
CREATE POLICY same_office ON offices USING (id IN (SELECT office_id FROM office_members
                                                   WHERE role_name = current_user));
GRANT USAGE ON SCHEMA secretary_office TO {role};
GRANT SELECT ON schema_migrations, offices, office_members TO {role};
GRANT SELECT, INSERT, UPDATE ON register_series TO {role};
GRANT SELECT, INSERT ON register_entries, archive_versions, archive_blobs, archive_files TO {role};
GRANT UPDATE (status, reason, issued_on, summary, signer, recipients, meeting_uid,
                used_request_id)
    ON register_entries TO {role};
GRANT SELECT, INSERT, UPDATE ON archive_meetings TO {role};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA secretary_office TO {role};
GRANT EXECUTE ON FUNCTION office_fold(text) TO {role};
REVOKE EXECUTE ON FUNCTION archive_search(int, text, int, int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION archive_search(int, text, int, int) TO {role};
"""


def sql() -> str:
    """The whole migration."""
    return TABLES + TRIGGERS + SEARCH + grants()
