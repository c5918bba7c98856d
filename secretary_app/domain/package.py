"""The JSON meeting package (versions 1 and 1.1): validation into a Meeting, and back."""

from __future__ import annotations

import json
from typing import Any

from secretary_app.domain import package_rules as r
from secretary_app.domain.decisions import DraftContent, content_from_dict, content_to_dict
from secretary_app.domain.enums import (
    Authority,
    DocumentKind,
    DocumentStyle,
    MeetingKind,
    Presence,
    Role,
    TaskStatus,
)
from secretary_app.domain.limits import too_long
from secretary_app.domain.model import (
    AgendaItem,
    Attendee,
    Conclusion,
    Meeting,
    OfficialDocument,
    Opinion,
    Organization,
    Signer,
    SubItem,
    Task,
    Vote,
)
from secretary_app.domain.package_rules import PackageError

FORMAT = "secretary-app/meeting"
VERSION = 1.1  # what exporters write
VERSIONS = (1, 1.1)  # what import accepts (1.1 adds optional fields only)
MAX_PACKAGE_BYTES = 20 * 1024 * 1024

__all__ = ["PackageError", "parse_package_bytes", "parse_package", "meeting_to_package",
           "package_to_json"]


def parse_package_bytes(data: bytes) -> Meeting:
    """Decode, parse and validate a package file's bytes."""
    if len(data) > MAX_PACKAGE_BYTES:
        raise PackageError("", f"tệp quá lớn ({len(data) // (1024 * 1024)} MB; tối đa 20 MB)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PackageError("", f"tệp không phải UTF-8 hợp lệ (byte {exc.start})") from None
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PackageError("", f"JSON hỏng ở dòng {exc.lineno}, cột {exc.colno}: "
                                f"{r.json_problem(exc.msg)}") from None
    except RecursionError:
        raise PackageError("", "JSON lồng nhau quá sâu") from None
    except ValueError:  # an integer literal of thousands of digits
        raise PackageError("", "JSON chứa số quá lớn") from None
    return parse_package(raw)


def parse_package(raw: Any) -> Meeting:
    """Validate a decoded package and build the Meeting it describes."""
    if not isinstance(raw, dict):
        raise PackageError("", "gói cuộc họp phải là một đối tượng JSON")
    if raw.get("format") != FORMAT:
        raise PackageError("format", f"phải là {FORMAT!r}")
    _check_version(raw.get("version"))
    organization = _organization(r.read_object(raw, "organization", ""))
    seen: set[str] = set()
    attendees = [_attendee(a, r.join("attendees", i), seen)
                 for i, a in enumerate(r.read_list(raw, "attendees", ""))]
    people = {a.key for a in attendees}
    seen = set()
    agenda = [_agenda(g, r.join("agenda", i), seen)
              for i, g in enumerate(r.read_list(raw, "agenda", ""))]
    items = {g.key for g in agenda}
    meeting = _meeting(r.read_object(raw, "meeting", "", required=True), people, organization)
    seen = set()
    meeting.attendees = attendees
    meeting.agenda = agenda
    meeting.opinions = [_opinion(o, r.join("opinions", i), seen, people, items)
                        for i, o in enumerate(r.read_list(raw, "opinions", ""))]
    meeting.votes = [_vote(v, r.join("votes", i), items)
                     for i, v in enumerate(r.read_list(raw, "votes", ""))]
    meeting.conclusions = [_conclusion(c, r.join("conclusions", i))
                           for i, c in enumerate(r.read_list(raw, "conclusions", ""))]
    meeting.documents = [_document(d, r.join("documents", i))
                         for i, d in enumerate(r.read_list(raw, "documents", ""))]
    if (over := too_long(meeting)) is not None:  # what the documents could not lay out
        raise PackageError(*over)
    return meeting


def _check_version(version: Any) -> None:
    if isinstance(version, bool) or not isinstance(version, int | float):
        raise PackageError("version", "phải là số (1 hoặc 1.1)")
    if version > max(VERSIONS):
        raise PackageError("version", f"phiên bản {version} mới hơn phiên bản ứng dụng hỗ trợ "
                           f"({VERSION}); hãy cập nhật ứng dụng")
    if version not in VERSIONS:
        raise PackageError("version", f"phiên bản {version} không hợp lệ (chỉ nhận 1 hoặc 1.1)")


def _obj(value: Any, path: str) -> dict:
    if not isinstance(value, dict):
        raise PackageError(path, "phải là một đối tượng JSON")
    return value


def _organization(obj: dict | None) -> Organization:
    obj = obj or {}
    p = "organization"
    return Organization(
        parent_name=r.read_text(obj, "parent_name", p),
        name=r.read_text(obj, "name", p),
        abbreviation=r.read_text(obj, "abbreviation", p),
        place_name=r.read_text(obj, "place_name", p),
        style=r.read_enum(obj, "style", p, DocumentStyle, DocumentStyle.STATE),
        term_start=r.read_date(obj, "term_start", p),
    )


def _meeting(obj: dict, people: set[str], organization: Organization) -> Meeting:
    p = "meeting"
    meeting = Meeting(
        title=r.read_text(obj, "title", p, required=True),
        kind=r.read_enum(obj, "kind", p, MeetingKind, MeetingKind.MEETING),
        date=r.read_date(obj, "date", p, required=True),
        end_date=r.read_date(obj, "end_date", p),
        start_time=r.read_time(obj, "start_time", p),
        end_time=r.read_time(obj, "end_time", p),
        location=r.read_text(obj, "location", p),
        chair=r.read_ref(obj, "chair", p, people),
        secretary=r.read_ref(obj, "secretary", p, people),
        purpose=r.read_text(obj, "purpose", p),
        reporting_units=r.read_text(obj, "reporting_units", p),
        notifying_body=r.read_text(obj, "notifying_body", p),
        convened_total=r.read_count(obj, "convened_total", p, optional=True),
        organization=organization,
    )
    if meeting.end_date is not None and meeting.end_date < meeting.date:
        raise PackageError("meeting.end_date", "ngày kết thúc không được trước ngày bắt đầu")
    return meeting


def _attendee(value: Any, p: str, seen: set[str]) -> Attendee:
    obj = _obj(value, p)
    attendee = _attendee_fields(obj, p, seen)
    if attendee.count is not None and not attendee.group:
        raise PackageError(r.join(p, "count"), "chỉ nhóm (group: true) mới có số người")
    if attendee.count == 0:
        raise PackageError(r.join(p, "count"), "một nhóm có ít nhất 1 người")
    return attendee


def _attendee_fields(obj: dict, p: str, seen: set[str]) -> Attendee:
    return Attendee(
        key=r.read_key(obj, "id", p, seen),
        name=r.read_text(obj, "name", p, required=True),
        title=r.read_text(obj, "title", p),
        organization=r.read_text(obj, "organization", p),
        role=r.read_enum(obj, "role", p, Role, Role.MEMBER),
        presence=r.read_enum(obj, "presence", p, Presence, Presence.PRESENT),
        group=r.read_bool(obj, "group", p),
        arrived_at=r.read_time(obj, "arrived_at", p),
        absence_reason=r.read_text(obj, "absence_reason", p),
        count=r.read_count(obj, "count", p, optional=True),
    )


def _agenda(value: Any, p: str, seen: set[str]) -> AgendaItem:
    obj = _obj(value, p)
    return AgendaItem(key=r.read_key(obj, "id", p, seen), title=r.read_text(obj, "title", p))


def _opinion(value: Any, p: str, seen: set[str], people: set[str], items: set[str]) -> Opinion:
    obj = _obj(value, p)
    return Opinion(
        key=r.read_key(obj, "id", p, seen),
        speaker=r.read_ref(obj, "speaker", p, people),
        speaker_label=r.read_optional_text(obj, "speaker_label", p),
        agenda=r.read_ref(obj, "agenda", p, items),
        at=r.read_time(obj, "at", p),
        text=r.read_text(obj, "text", p),
    )


def _vote(value: Any, p: str, items: set[str]) -> Vote:
    obj = _obj(value, p)
    vote = Vote(
        subject=r.read_text(obj, "subject", p),
        in_favor=r.read_count(obj, "in_favor", p),
        against=r.read_count(obj, "against", p),
        abstain=r.read_count(obj, "abstain", p),
        eligible=r.read_count(obj, "eligible", p, optional=True),
        result=r.read_text(obj, "result", p),
        agenda=r.read_ref(obj, "agenda", p, items),
        took_part=r.read_count(obj, "took_part", p, optional=True),
    )
    cast = vote.in_favor + vote.against + vote.abstain
    if vote.eligible is not None and cast > vote.eligible:
        raise PackageError(r.join(p, "eligible"),
                           f"tổng số phiếu ({cast}) lớn hơn số người có quyền biểu quyết "
                           f"({vote.eligible})")
    return vote


def _conclusion(value: Any, p: str) -> Conclusion:
    obj = _obj(value, p)
    items = [SubItem(text=r.read_text(_obj(i, r.join(r.join(p, "items"), n)), "text",
                                      r.join(r.join(p, "items"), n)))
             for n, i in enumerate(r.read_list(obj, "items", p))]
    tasks = [_task(t, r.join(r.join(p, "tasks"), n))
             for n, t in enumerate(r.read_list(obj, "tasks", p))]
    return Conclusion(text=r.read_text(obj, "text", p), items=items, tasks=tasks)


def _task(value: Any, p: str) -> Task:
    obj = _obj(value, p)
    return Task(
        assignee=r.read_text(obj, "assignee", p),
        description=r.read_text(obj, "description", p),
        coordinating=r.read_text(obj, "coordinating", p),
        deadline=r.read_date(obj, "deadline", p),
        deadline_text=r.read_text(obj, "deadline_text", p),
        status=r.read_enum(obj, "status", p, TaskStatus, TaskStatus.OPEN),
    )


def _document(value: Any, p: str) -> OfficialDocument:
    obj = _obj(value, p)
    kind = r.read_enum(obj, "kind", p, DocumentKind, None)
    if kind is None:
        raise PackageError(r.join(p, "kind"), "thiếu loại văn bản ('BB', 'TB', 'NQ', 'QĐ', 'GM')")
    number = r.read_count(obj, "number", p, optional=True)
    if number == 0:
        raise PackageError(r.join(p, "number"), "số văn bản bắt đầu từ 1")
    year = r.read_count(obj, "year", p, optional=True)
    if number is not None and year is None:
        raise PackageError(r.join(p, "year"), "văn bản đã có số thì phải có năm")
    signer_obj = r.read_object(obj, "signer", p)
    recipients = []
    for n, line in enumerate(r.read_list(obj, "recipients", p)):
        if not isinstance(line, str):
            raise PackageError(r.join(r.join(p, "recipients"), n), "phải là chuỗi văn bản")
        recipients.append(r.read_text({"v": line}, "v", ""))
    return OfficialDocument(
        kind=kind, number=number, year=year,
        issued_on=r.read_date(obj, "issued_on", p),
        signer=None if signer_obj is None else _signer(signer_obj, r.join(p, "signer")),
        recipients=recipients,
        archive=r.read_text(obj, "archive", p),
        content=_content(obj, p),
    )


def _content(obj: dict, p: str) -> DraftContent | None:
    raw = r.read_object(obj, "content", p)
    if raw is None:
        return None
    for key in ("bases", "articles", "invitees"):
        r.read_list(raw, key, r.join(p, "content"))  # refuses a value that is not a list
    r.read_bool(raw, "per_invitee", r.join(p, "content"))  # refuses a value that is not a bool
    for n, item in enumerate(raw.get("articles") or []):
        where = r.join(r.join(r.join(p, "content"), "articles"), n)
        r.read_text(_obj(item, where), "text", where)
        r.read_count(item, "conclusion", where, optional=True)
    return content_from_dict(raw)


def _signer(obj: dict, p: str) -> Signer:
    return Signer(
        authority=r.read_enum(obj, "authority", p, Authority, Authority.NONE),
        authority_title=r.read_text(obj, "authority_title", p),
        title=r.read_text(obj, "title", p),
        name=r.read_text(obj, "name", p),
    )


def _iso(value) -> str | None:
    return None if value is None else value.isoformat()


def meeting_to_package(meeting: Meeting) -> dict:
    """The package (version 1.1) describing a meeting; parse_package() gives the meeting back."""
    org = meeting.organization
    return {
        "format": FORMAT,
        "version": VERSION,
        "organization": {"parent_name": org.parent_name, "name": org.name,
                         "abbreviation": org.abbreviation, "place_name": org.place_name,
                         "style": org.style.value, "term_start": _iso(org.term_start)},
        "meeting": {
            "title": meeting.title, "kind": meeting.kind.value, "date": _iso(meeting.date),
            "end_date": _iso(meeting.end_date), "start_time": meeting.start_time,
            "end_time": meeting.end_time, "location": meeting.location,
            "chair": meeting.chair, "secretary": meeting.secretary, "purpose": meeting.purpose,
            **_optional_texts(meeting, "reporting_units", "notifying_body"),
            "convened_total": meeting.convened_total,
        },
        "attendees": [_attendee_out(a) for a in meeting.attendees],
        "agenda": [{"id": g.key, "title": g.title} for g in meeting.agenda],
        "opinions": [{"id": o.key, "speaker": o.speaker, "speaker_label": o.speaker_label,
                      "agenda": o.agenda, "at": o.at, "text": o.text} for o in meeting.opinions],
        "votes": [_vote_out(v) for v in meeting.votes],
        "conclusions": [_conclusion_out(c) for c in meeting.conclusions],
        "documents": [_document_out(d) for d in meeting.documents],
    }


def _optional_texts(meeting: Meeting, *names: str) -> dict:
    """Fields written only when typed, so packages of meetings without them stay unchanged."""
    return {name: getattr(meeting, name) for name in names if getattr(meeting, name)}


def _attendee_out(a: Attendee) -> dict:
    return {"id": a.key, "name": a.name, "title": a.title, "organization": a.organization,
            "role": a.role.value, "presence": a.presence.value,
            "absence_reason": a.absence_reason, "arrived_at": a.arrived_at,
            "group": a.group, "count": a.count}


def _vote_out(v: Vote) -> dict:
    out = {"subject": v.subject, "in_favor": v.in_favor, "against": v.against,
           "abstain": v.abstain, "eligible": v.eligible, "result": v.result}
    if v.agenda:
        out["agenda"] = v.agenda
    if v.took_part is not None:
        out["took_part"] = v.took_part
    return out


def _conclusion_out(c: Conclusion) -> dict:
    return {
        "text": c.text,
        "items": [{"text": i.text} for i in c.items],
        "tasks": [{"assignee": t.assignee, "description": t.description,
                   "coordinating": t.coordinating, "deadline": _iso(t.deadline),
                   "deadline_text": t.deadline_text, "status": t.status.value} for t in c.tasks],
    }


def _document_out(d: OfficialDocument) -> dict:
    signer = None
    if d.signer is not None:
        signer = {"authority": d.signer.authority.value,
                  "authority_title": d.signer.authority_title,
                  "title": d.signer.title, "name": d.signer.name}
    out = {"kind": d.kind.value, "number": d.number, "year": d.year,
           "issued_on": _iso(d.issued_on), "signer": signer,
           "recipients": list(d.recipients), "archive": d.archive}
    if d.content is not None:  # NQ, QĐ, GM once drafted
        out["content"] = content_to_dict(d.content)
    return out


def package_to_json(package: dict) -> str:
    """Pretty UTF-8 JSON text of a package (non-ASCII kept readable)."""
    return json.dumps(package, ensure_ascii=False, indent=2) + "\n"
