"""What a meeting's documents print from outside its own rows, as frozen at finalising."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import typing

from secretary_app.domain.model import CarriedTask, Meeting, Organization

STATUS_WORDS = {"open": "đang thực hiện", "done": "đã hoàn thành", "cancelled": "hủy"}


def _plain(value):
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def to_plain(obj, leave_out: tuple[str, ...] = ()) -> dict:
    """A dataclass as a JSON-ready dict (enums by value, dates in ISO form)."""
    return {f.name: _plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)
            if f.name not in leave_out}


def _typed(hint, value):
    if value is None:
        return None
    kinds = typing.get_args(hint) or (hint,)
    if dt.date in kinds:
        return dt.date.fromisoformat(value)
    for kind in kinds:
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            return kind(value)
    return value


def from_plain(cls, data: dict):
    """The dataclass back from to_plain(); unknown keys are ignored, missing ones defaulted."""
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    return cls(**{k: _typed(hints[k], v) for k, v in data.items() if k in names})


def sources_of(meeting: Meeting) -> dict:
    """The organisation profile and the carried tasks the documents print, as plain data."""
    return {"organization": to_plain(meeting.organization, leave_out=("id",)),
            "carried": [to_plain(t) for t in meeting.carried]}


def with_sources(meeting: Meeting, sources: dict) -> Meeting:
    """The meeting printing the frozen sources instead of the live ones."""
    org = from_plain(Organization, sources["organization"])
    org.id = meeting.organization.id
    carried = [from_plain(CarriedTask, t) for t in sources["carried"]]
    return dataclasses.replace(meeting, organization=org, carried=carried)


ORG_LABELS = {"name": "tên cơ quan", "parent_name": "cơ quan chủ quản",
              "abbreviation": "chữ viết tắt", "place_name": "địa danh",
              "style": "kiểu văn bản", "show_minutes_date": "dòng địa danh, ngày tháng",
              "numbering": "cách đánh số", "term_start": "đầu nhiệm kỳ"}
TASK_LABELS = {"assignee": "đơn vị", "description": "nội dung", "deadline": "thời hạn",
               "deadline_text": "thời hạn", "status": "tình trạng",
               "source_title": "cuộc họp giao", "source_date": "ngày họp giao"}


def _shown(key: str, value) -> str:
    if key == "status":
        return STATUS_WORDS.get(value, str(value))
    return "(trống)" if value in (None, "") else str(value)


def source_changes(frozen: dict, live: dict) -> list[str]:
    """What changed in the sources since they were frozen, one Vietnamese sentence each."""
    out = []
    old_org, new_org = frozen["organization"], live["organization"]
    for key in sorted(set(old_org) | set(new_org)):
        if old_org.get(key) != new_org.get(key):
            out.append(f"Hồ sơ cơ quan, {ORG_LABELS.get(key, key)}: «{_shown(key, old_org.get(key))}»"
                       f" → «{_shown(key, new_org.get(key))}»")
    old_tasks = {t.get("task_id"): t for t in frozen["carried"]}
    new_tasks = {t.get("task_id"): t for t in live["carried"]}
    for task_id, old in old_tasks.items():
        new = new_tasks.get(task_id)
        name = old.get("assignee") or old.get("description") or str(task_id)
        if new is None:
            out.append(f"Nhiệm vụ chuyển tiếp «{name}»: không còn được chuyển vào cuộc họp này")
            continue
        for key in TASK_LABELS:
            if old.get(key) != new.get(key):
                out.append(f"Nhiệm vụ chuyển tiếp «{name}», {TASK_LABELS[key]}: "
                           f"«{_shown(key, old.get(key))}» → «{_shown(key, new.get(key))}»")
    for task_id, new in new_tasks.items():
        if task_id not in old_tasks:
            name = new.get("assignee") or new.get("description") or str(task_id)
            out.append(f"Nhiệm vụ chuyển tiếp mới «{name}»")
    return out
