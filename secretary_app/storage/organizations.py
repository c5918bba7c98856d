"""Organisation profiles: the issuing body whose documents the app prints."""

from __future__ import annotations

from sqlite_utils import Database

from secretary_app.domain.enums import DocumentStyle
from secretary_app.domain.model import Organization, OrganizationId
from secretary_app.storage.database import Change, Noun, Store
from secretary_app.storage.rows import clean_row, parse_date, stored_id

DEFAULT_KEY = "default_organization_id"
_FIELDS = ("parent_name", "name", "abbreviation", "place_name", "style")
_SETTINGS = ("show_minutes_date", "numbering", "term_start", "body_type", "quorum_rule",
             "pass_rule", "percent_base")


def _to_row(org: Organization) -> dict:
    row = clean_row({f: getattr(org, f) for f in _FIELDS + _SETTINGS})
    row["show_minutes_date"] = int(org.show_minutes_date)
    return row


def organization_from_row(row: dict) -> Organization:
    """An Organization from its table row."""
    return Organization(
        id=OrganizationId(row["id"]), parent_name=row["parent_name"], name=row["name"],
        abbreviation=row["abbreviation"], place_name=row["place_name"],
        style=DocumentStyle(row["style"]), show_minutes_date=bool(row["show_minutes_date"]),
        numbering=row["numbering"], term_start=parse_date(row["term_start"]),
        body_type=row["body_type"], quorum_rule=row["quorum_rule"], pass_rule=row["pass_rule"],
        percent_base=row["percent_base"],
    )


def get_organization(db: Database, org_id: int) -> Organization:
    """The organisation with this id."""
    return organization_from_row(db.table("organizations").get(org_id))


def default_organization(db: Database) -> Organization | None:
    """The profile chosen at first start (or in Settings), or None before first start."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [DEFAULT_KEY]).fetchone()
    if row is None:
        return None
    return get_organization(db, int(row[0]))


def save_organization(store: Store, org: Organization, make_default: bool = False) -> OrganizationId:
    """Insert or update an organisation profile; optionally make it the default."""
    with store.write(Change(Noun.ORGANIZATION)) as db:
        if org.id is None:
            org.id = OrganizationId(stored_id(db.table("organizations").insert(_to_row(org)).last_pk))
        else:
            db.table("organizations").update(org.id, _to_row(org))
        if make_default or default_organization(db) is None:
            db.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)",
                       [DEFAULT_KEY, str(org.id)])
    return org.id


def find_or_create_organization(store: Store, org: Organization) -> OrganizationId:
    """The id of an identical profile already stored, or of a new one."""
    row = _to_row(org)
    found = store.db.execute(
        "SELECT id FROM organizations WHERE parent_name = ? AND name = ? AND abbreviation = ? "
        "AND place_name = ? AND style = ?", [row[f] for f in _FIELDS]).fetchone()
    if found:
        return OrganizationId(found[0])
    party = org.style is DocumentStyle.PARTY
    body_type = "party_cell" if party and org.body_type == "generic" else org.body_type
    return save_organization(store, Organization(  # a Party profile: a cell's meeting rules
        **{f: row[f] for f in _FIELDS if f != "style"}, style=org.style,
        term_start=org.term_start, body_type=body_type, quorum_rule=org.quorum_rule,
        pass_rule=org.pass_rule, percent_base=org.percent_base))
