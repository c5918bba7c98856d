"""Whole meetings: create from a Meeting, load back, list, change information, delete."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlite_utils import Database

from secretary_app.domain.decisions import content_from_dict, content_to_dict
from secretary_app.domain.enums import (
    Authority,
    DocumentKind,
    MeetingKind,
    Presence,
    Role,
    TaskStatus,
)
from secretary_app.domain.model import (
    AgendaItem,
    Attendee,
    Conclusion,
    Meeting,
    MeetingId,
    OfficialDocument,
    Opinion,
    Organization,
    Signer,
    SubItem,
    Task,
    Vote,
)
from secretary_app.domain.package_rules import PackageError
from secretary_app.domain.register import RegisterError
from secretary_app.domain.text import fold
from secretary_app.storage.database import Change, Noun, Store
from secretary_app.storage.meeting_carried import carried_as_of
from secretary_app.storage.numbering import refuse_duplicate_numbers
from secretary_app.storage.organizations import find_or_create_organization, get_organization
from secretary_app.storage.people import link_person
from secretary_app.storage.register_imported import register_imported
from secretary_app.storage.rows import (
    child_ids,
    children,
    clean_row,
    insert_children,
    parse_date,
    require_date,
    stored_id,
)

INFO_FIELDS = ("title", "kind", "date", "end_date", "start_time", "end_time", "location",
               "purpose", "convened_total", "reporting_units", "notifying_body")


@dataclass(frozen=True)
class MeetingSummary:
    """One line of the meeting list."""

    id: MeetingId
    date: dt.date
    title: str
    open_tasks: int


def create_meeting(store: Store, meeting: Meeting, source: str = "") -> MeetingId:
    """Store a whole meeting in one transaction; returns its new id. Numbers its documents
    carry enter the register as imported from `source` (RegisterError when one is taken)."""
    with store.write(Change(Noun.MEETING_LIST)) as db:
        org_id = meeting.organization.id or find_or_create_organization(store,
                                                                         meeting.organization)
        row = clean_row({f: getattr(meeting, f) for f in INFO_FIELDS})
        row.update(organization_id=org_id, chair_key=meeting.chair,
                   secretary_key=meeting.secretary)
        meeting_id = MeetingId(stored_id(db.table("meetings").insert(row).last_pk))
        _insert_children(db, meeting_id, meeting)
        refuse_duplicate_numbers(db, meeting_id, org_id)  # rolls the whole meeting back
        if any(d.number is not None for d in meeting.documents):
            _register_numbers(db, get_organization(db, org_id), meeting, meeting_id, source)
    return meeting_id


def _register_numbers(db: Database, org: Organization, meeting: Meeting, meeting_id: int,
                      source: str) -> None:
    """The numbers the documents carry enter the register; a taken one refuses the package."""
    try:
        register_imported(db, org, meeting, meeting_id,
                          child_ids(db, "documents", "meeting_id", meeting_id), source)
    except RegisterError as exc:
        raise PackageError("documents", str(exc)) from None


def _insert_children(db: Database, mid: int, m: Meeting) -> None:
    # positions are known (a new meeting has no rows yet): one statement per list
    insert_children(db, "attendees", "meeting_id", mid, [attendee_row(a) | {
        "person_id": a.person_id or link_person(db, a, m.date)} for a in m.attendees])
    insert_children(db, "agenda_items", "meeting_id", mid,
                    [{"key": g.key, "title": g.title} for g in m.agenda])
    insert_children(db, "opinions", "meeting_id", mid, [opinion_row(o) for o in m.opinions])
    insert_children(db, "votes", "meeting_id", mid, [vote_row(v) for v in m.votes])
    insert_children(db, "conclusions", "meeting_id", mid, [{"text": c.text} for c in m.conclusions])
    for c, cid in zip(m.conclusions, child_ids(db, "conclusions", "meeting_id", mid),
                      strict=True):
        insert_children(db, "conclusion_items", "conclusion_id", cid, [{"text": i.text}
                                                                       for i in c.items])
        insert_children(db, "tasks", "conclusion_id", cid, [task_row(t) for t in c.tasks])
    insert_children(db, "documents", "meeting_id", mid, [document_row(d) for d in m.documents])


def attendee_row(a: Attendee) -> dict:
    """Table columns of an attendee."""
    return {"key": a.key, "name": a.name, "title": a.title, "organization": a.organization,
            "role": a.role, "presence": a.presence, "is_group": int(a.group),
            "arrived_at": a.arrived_at, "absence_reason": a.absence_reason, "count": a.count}


def opinion_row(o: Opinion) -> dict:
    """Table columns of an opinion."""
    return {"key": o.key, "speaker_key": o.speaker, "speaker_label": o.speaker_label,
            "agenda_key": o.agenda, "at": o.at, "text": o.text}


def vote_row(v: Vote) -> dict:
    """Table columns of a vote."""
    return {"subject": v.subject, "in_favor": v.in_favor, "against": v.against,
            "abstain": v.abstain, "eligible": v.eligible, "result": v.result,
            "agenda_key": v.agenda, "took_part": v.took_part}


def task_row(t: Task) -> dict:
    """Table columns of a task."""
    return {"assignee": t.assignee, "description": t.description, "coordinating": t.coordinating,
            "deadline": t.deadline, "deadline_text": t.deadline_text, "status": t.status}


def document_row(d: OfficialDocument) -> dict:
    """Table columns of an official document."""
    s = d.signer or Signer()
    return {"kind": d.kind, "number": d.number, "year": d.year, "issued_on": d.issued_on,
            "has_signer": int(d.signer is not None), "signer_authority": s.authority,
            "signer_authority_title": s.authority_title, "signer_title": s.title,
            "signer_name": s.name, "archive": d.archive,
            "recipients": json.dumps(list(d.recipients), ensure_ascii=False),
            "content": "" if d.content is None else json.dumps(content_to_dict(d.content),
                                                                ensure_ascii=False)}


def load_meeting(db: Database, meeting_id: int) -> Meeting:
    """The whole meeting, lists in their stored order. Raises NotFoundError for an unknown id."""
    row = db.table("meetings").get(meeting_id)
    mid, date = row["id"], require_date(row["date"])
    return Meeting(
        id=MeetingId(mid), title=row["title"], kind=MeetingKind(row["kind"]),
        date=date, end_date=parse_date(row["end_date"]),
        start_time=row["start_time"], end_time=row["end_time"], location=row["location"],
        chair=row["chair_key"], secretary=row["secretary_key"], purpose=row["purpose"],
        convened_total=row["convened_total"], reporting_units=row["reporting_units"],
        notifying_body=row["notifying_body"], organization=get_organization(db, row["organization_id"]),
        attendees=[attendee_from_row(r) for r in children(db, "attendees", "meeting_id", mid)],
        agenda=[AgendaItem(key=r["key"], title=r["title"], id=r["id"])
                for r in children(db, "agenda_items", "meeting_id", mid)],
        opinions=[opinion_from_row(r) for r in children(db, "opinions", "meeting_id", mid)],
        votes=[vote_from_row(r) for r in children(db, "votes", "meeting_id", mid)],
        conclusions=load_conclusions(db, mid),
        documents=[document_from_row(r) for r in children(db, "documents", "meeting_id", mid)],
        # tasks of earlier meetings (not in the package), as they stood on the last meeting day
        carried=carried_as_of(db, mid, parse_date(row["end_date"]) or date),
    )


def attendee_from_row(r: dict) -> Attendee:
    """An Attendee from its row."""
    return Attendee(key=r["key"], name=r["name"], title=r["title"],
                    organization=r["organization"], role=Role(r["role"]),
                    presence=Presence(r["presence"]), group=bool(r["is_group"]),
                    arrived_at=r["arrived_at"], absence_reason=r["absence_reason"],
                    count=r["count"], person_id=r["person_id"], id=r["id"])


def opinion_from_row(r: dict) -> Opinion:
    """An Opinion from its row."""
    return Opinion(key=r["key"], text=r["text"], speaker=r["speaker_key"],
                   speaker_label=r["speaker_label"], agenda=r["agenda_key"], at=r["at"],
                   id=r["id"])


def vote_from_row(r: dict) -> Vote:
    """A Vote from its row."""
    return Vote(subject=r["subject"], in_favor=r["in_favor"], against=r["against"],
                abstain=r["abstain"], eligible=r["eligible"], result=r["result"],
                agenda=r["agenda_key"], took_part=r["took_part"], id=r["id"])


def task_from_row(r: dict) -> Task:
    """A Task from its row."""
    return Task(assignee=r["assignee"], description=r["description"],
                coordinating=r["coordinating"], deadline=parse_date(r["deadline"]),
                deadline_text=r["deadline_text"], status=TaskStatus(r["status"]), id=r["id"])


def conclusion_from_row(db: Database, r: dict) -> Conclusion:
    """A Conclusion with its sub-items and tasks."""
    cid = r["id"]
    return Conclusion(
        text=r["text"], id=cid,
        items=[SubItem(text=i["text"], id=i["id"])
               for i in children(db, "conclusion_items", "conclusion_id", cid)],
        tasks=[task_from_row(t) for t in children(db, "tasks", "conclusion_id", cid)],
    )


def load_conclusions(db: Database, meeting_id: int) -> list[Conclusion]:
    """A meeting's conclusions in order, each with its sub-items and tasks."""
    return [conclusion_from_row(db, r) for r in children(db, "conclusions", "meeting_id",
                                                          meeting_id)]


def document_from_row(r: dict) -> OfficialDocument:
    """An OfficialDocument from its row."""
    signer = None
    if r["has_signer"]:
        signer = Signer(authority=Authority(r["signer_authority"]),
                        authority_title=r["signer_authority_title"],
                        title=r["signer_title"], name=r["signer_name"])
    return OfficialDocument(kind=DocumentKind(r["kind"]), number=r["number"], year=r["year"],
                            issued_on=parse_date(r["issued_on"]), signer=signer,
                            recipients=json.loads(r["recipients"]), archive=r["archive"],
                            content=content_from_dict(json.loads(r["content"]))
                            if r["content"] else None, id=r["id"])


def list_meetings(db: Database, limit: int | None = None, offset: int = 0,
                  matching: str = "") -> list[MeetingSummary]:
    """Meetings newest first, with their count of open tasks (one query, no N+1).

    matching keeps the meetings whose title or date (dd/mm/yyyy) contains the typed text,
    accents and case optional.
    """
    where, params = _matching_clause(db, matching)
    # CROSS JOIN keeps SQLite from walking every open task of the file (tasks_status index)
    # for each listed meeting: 300x faster on 10,000 meetings
    sql = f"""SELECT m.id, m.date, m.title,
                (SELECT count(*) FROM conclusions c CROSS JOIN tasks t ON t.conclusion_id = c.id
                 WHERE c.meeting_id = m.id AND t.status = 'open') AS open_tasks
             FROM meetings m {where} ORDER BY m.date DESC, m.id DESC"""
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return [MeetingSummary(MeetingId(r[0]), dt.date.fromisoformat(r[1]), r[2], r[3])
            for r in db.execute(sql, params).fetchall()]


def _matching_clause(db: Database, matching: str) -> tuple[str, list]:
    wanted = fold(matching).strip()
    if not wanted:
        return "", []
    db.conn.create_function("fold", 1, fold, deterministic=True)
    shown_date = ("substr(m.date, 9, 2) || '/' || substr(m.date, 6, 2) || '/' "
                  "|| substr(m.date, 1, 4)")
    where = f"WHERE instr(fold(m.title), ?) > 0 OR instr({shown_date}, ?) > 0"
    return where, [wanted, wanted]


def meeting_exists(db: Database, meeting_id: int) -> bool:
    """True when a meeting with this id is stored."""
    return db.execute("SELECT 1 FROM meetings WHERE id = ?", [meeting_id]).fetchone() is not None


def meeting_title(db: Database, meeting_id: int) -> str | None:
    """The title of a meeting (None when there is no such meeting), without loading the rest."""
    row = db.execute("SELECT title FROM meetings WHERE id = ?", [meeting_id]).fetchone()
    return None if row is None else row[0]


def meeting_organization(db: Database, meeting_id: int) -> Organization | None:
    """The issuing organisation of a meeting (None when there is no such meeting)."""
    row = db.execute("SELECT organization_id FROM meetings WHERE id = ?", [meeting_id]).fetchone()
    return None if row is None else get_organization(db, row[0])


def count_meetings(db: Database, matching: str = "") -> int:
    """How many meetings are stored (that match the typed text)."""
    where, params = _matching_clause(db, matching)
    return db.execute(f"SELECT count(*) FROM meetings m {where}", params).fetchone()[0]


def update_meeting_info(store: Store, meeting_id: int, **fields) -> None:
    """Change the information fields (title, kind, date, times, location, purpose, chair…)."""
    renamed = {"chair": "chair_key", "secretary": "secretary_key"}
    allowed = set(INFO_FIELDS) | set(renamed)
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"unknown meeting fields: {sorted(unknown)}")
    row = clean_row({renamed.get(k, k): v for k, v in fields.items()})
    row["updated_at"] = dt.datetime.now().isoformat(timespec="seconds")
    with store.write(Change(Noun.MEETING_INFO, meeting_id)) as db:
        db.table("meetings").update(meeting_id, row)


def delete_meeting(store: Store, meeting_id: int) -> None:
    """Delete a meeting and everything recorded in it."""
    with store.write(Change(Noun.MEETING_LIST, meeting_id)) as db:
        db.execute("DELETE FROM meetings WHERE id = ?", [meeting_id])
