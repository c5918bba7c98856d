"""The database health check: SQLite's own checks plus the app's invariants and finalised hashes."""

from __future__ import annotations

from sqlite_utils import Database

from secretary_app.domain.model import OfficialDocument
from secretary_app.domain.register import IMPORTED
from secretary_app.storage.audit_chain import all_chain_problems
from secretary_app.storage.guards import GUARD_TRIGGERS, trigger_names
from secretary_app.storage.organizations import get_organization
from secretary_app.storage.register_imported import imported_date, imported_series
from secretary_app.storage.rows import parse_date
from secretary_app.storage.sealed import all_seal_problems

# Ordered lists: (table, parent column); positions must be exactly 0..n-1 under each parent.
ORDERED_LISTS = (
    ("attendees", "meeting_id"), ("agenda_items", "meeting_id"), ("opinions", "meeting_id"),
    ("votes", "meeting_id"), ("conclusions", "meeting_id"),
    ("conclusion_items", "conclusion_id"), ("tasks", "conclusion_id"),
    ("documents", "meeting_id"),
)


def check_database(db: Database) -> list[str]:
    """Every problem found, as Vietnamese sentences; an empty list means healthy."""
    problems = sqlite_problems(db)
    if problems:
        return problems  # on a damaged file the app-level checks would only add noise
    tables = set(db.table_names())
    problems += foreign_key_problems(db)
    problems += position_problems(db, tables)
    problems += numbering_problems(db, tables)
    if "finalised_meetings" in tables:
        problems += finalised_problems(db)
    return problems


def sqlite_problems(db: Database) -> list[str]:
    """PRAGMA integrity_check, reported line by line (at most 50)."""
    rows = [r[0] for r in db.execute("PRAGMA integrity_check(50)").fetchall()]
    return [] if rows == ["ok"] else [f"integrity_check: {r}" for r in rows]


def foreign_key_problems(db: Database) -> list[str]:
    """PRAGMA foreign_key_check: rows pointing at rows that do not exist."""
    return [f"khóa ngoại hỏng: bảng {table}, dòng {rowid} trỏ tới {parent} không tồn tại"
            for table, rowid, parent, _fk in db.execute("PRAGMA foreign_key_check").fetchall()]


def position_problems(db: Database, tables: set[str]) -> list[str]:
    """Ordered lists whose positions are not exactly 0..n-1 (gaps, duplicates, negatives)."""
    out = []
    for table, parent in ORDERED_LISTS:
        if table not in tables:
            continue
        sql = (f"SELECT [{parent}], count(*), count(DISTINCT position), min(position), "
               f"max(position) FROM [{table}] GROUP BY [{parent}]")
        for parent_id, n, distinct, low, high in db.execute(sql).fetchall():
            if (n, low, high) != (distinct, 0, n - 1):
                out.append(f"thứ tự hỏng: bảng {table}, {parent} = {parent_id}: {n} dòng, "
                           f"vị trí từ {low} đến {high} ({distinct} giá trị khác nhau)")
    return out


def numbering_problems(db: Database, tables: set[str]) -> list[str]:
    """The same document number given twice (documents; the register when present)."""
    # Numbers given by the register are checked per series below (a Party series runs per
    # committee term, so 01/BB may rightly occur twice in a year that starts a new term).
    registered = ("AND NOT EXISTS (SELECT 1 FROM register_entries r WHERE r.document_id = d.id "
                  "AND r.status = 'issued') " if "register_entries" in tables else "")
    sql = ("SELECT m.organization_id, d.kind, d.year, d.number, count(*) FROM documents d "
           f"JOIN meetings m ON m.id = d.meeting_id WHERE d.number IS NOT NULL {registered}"
           "GROUP BY m.organization_id, d.kind, d.year, d.number HAVING count(*) > 1")
    out = [f"số văn bản trùng: {number:02d}/{kind} năm {year} (cơ quan {org}) cấp {n} lần"
           for org, kind, year, number, n in db.execute(sql).fetchall()]
    if "register_entries" in tables:
        sql = ("SELECT organization_id, series, number, count(*) FROM register_entries "
               "GROUP BY organization_id, series, number HAVING count(*) > 1")
        out += [f"sổ đăng ký trùng số: số {number:02d}, sổ {series} (cơ quan {org}), {n} lần"
                for org, series, number, n in db.execute(sql).fetchall()]
        out += unregistered_clashes(db)
    return out


def unregistered_clashes(db: Database) -> list[str]:
    """Numbered documents outside the register whose number the register already holds."""
    rows = db.execute(
        "SELECT d.kind, d.number, d.year, d.issued_on, m.date, m.title, m.organization_id "
        "FROM documents d JOIN meetings m ON m.id = d.meeting_id WHERE d.number IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM register_entries r WHERE r.document_id = d.id "
        "AND r.status = 'issued') ORDER BY d.id").fetchall()
    out = []
    for kind, number, year, issued_on, meeting_date, title, org_id in rows:
        org = get_organization(db, org_id)
        doc = OfficialDocument(kind, number, year, parse_date(issued_on))
        meeting_day = parse_date(meeting_date)
        assert meeting_day is not None, "a meeting always has its date"
        date = imported_date(doc, meeting_day)
        held = db.execute(
            "SELECT r.kind, r.origin, m.title FROM register_entries r LEFT JOIN meetings m "
            "ON m.id = r.meeting_id WHERE r.organization_id = ? AND r.series = ? "
            "AND r.number = ?", [org_id, imported_series(org, kind, date), number]).fetchone()
        if held is not None:
            how = "nhập" if held[1] == IMPORTED else "cấp"
            out.append(f"số văn bản trùng: {number:02d}/{kind} năm {date.year} của “{title}” "
                       f"trùng với số {number:02d}/{held[0]} đã {how} trong sổ đăng ký"
                       + (f" cho “{held[2]}”" if held[2] else ""))
    return out


def finalised_problems(db: Database) -> list[str]:
    """Finalised meetings whose content, snapshot and finalise line disagree; broken audit
    chains; missing lock triggers."""
    out = all_seal_problems(db) + all_chain_problems(db)
    present = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    missing = sorted((trigger_names() | GUARD_TRIGGERS) - present)
    if missing:
        out.append("thiếu trigger bảo vệ biên bản đã chốt: " + ", ".join(missing))
    return out
