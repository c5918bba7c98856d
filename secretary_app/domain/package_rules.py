"""Typed readers for meeting-package values that name the path of any bad value."""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Any, Literal, TypeVar, overload

from secretary_app.domain.text import clean_optional, clean_text, is_blank

E = TypeVar("E", bound=StrEnum)
_MISSING = object()
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_COUNT = 2**63 - 1  # the largest integer SQLite stores


class PackageError(ValueError):
    """A package that breaks a rule of the format; the message names the bad value's path."""

    def __init__(self, path: str, message: str):
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path


# what json.JSONDecodeError says, in Vietnamese (its wording is fixed in json.decoder/scanner)
JSON_PROBLEMS = {
    "Expecting value": "thiếu giá trị",
    "Expecting property name enclosed in double quotes": "cần tên trường trong ngoặc kép",
    "Expecting ',' delimiter": "thiếu dấu phẩy",
    "Expecting ':' delimiter": "thiếu dấu hai chấm",
    "Extra data": "còn dữ liệu thừa sau đối tượng JSON",
    "Unterminated string starting at": "chuỗi chưa đóng ngoặc kép",
    "Invalid control character at": "ký tự điều khiển không hợp lệ trong chuỗi",
    "Invalid \\escape": "dấu \\ không hợp lệ",
    "Invalid \\uXXXX escape": "mã \\uXXXX không hợp lệ",
    "Illegal trailing comma before end of object": "dấu phẩy thừa trước dấu }",
    "Illegal trailing comma before end of array": "dấu phẩy thừa trước dấu ]",
}


def json_problem(message: str) -> str:
    """What json's decoder said, in Vietnamese (an unknown wording is kept)."""
    return JSON_PROBLEMS.get(message, message)


def join(path: str, key: str | int) -> str:
    """Path of a child value: 'attendees' + 3 -> 'attendees[3]', + 'name' -> 'attendees[3].name'."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def field_value(obj: dict, key: str, path: str, required: bool) -> Any:
    """The raw value at key, _MISSING when absent and optional; refuses a missing required key."""
    if key not in obj:
        if required:
            raise PackageError(join(path, key), "thiếu trường bắt buộc")
        return _MISSING
    return obj[key]


@overload
def read_object(obj: dict, key: str, path: str, required: Literal[True]) -> dict: ...
@overload
def read_object(obj: dict, key: str, path: str, required: bool = False) -> dict | None: ...
def read_object(obj: dict, key: str, path: str, required: bool = False) -> dict | None:
    """A nested JSON object, or None when absent/null and optional."""
    value = field_value(obj, key, path, required)
    if value is _MISSING or (value is None and not required):
        return None
    if not isinstance(value, dict):
        raise PackageError(join(path, key), "phải là một đối tượng JSON")
    return value


def read_list(obj: dict, key: str, path: str) -> list:
    """A JSON array; an absent key or null is an empty list."""
    value = field_value(obj, key, path, False)
    if value is _MISSING or value is None:
        return []
    if not isinstance(value, list):
        raise PackageError(join(path, key), "phải là một danh sách")
    return value


def read_text(obj: dict, key: str, path: str, required: bool = False, default: str = "") -> str:
    """Cleaned text (NFC, control characters dropped); required text must not be empty."""
    value = field_value(obj, key, path, required)
    if value is _MISSING or value is None:
        if required:
            raise PackageError(join(path, key), "không được để trống")
        return default
    if not isinstance(value, str):
        raise PackageError(join(path, key), "phải là chuỗi văn bản")
    cleaned = clean_text(value)
    if required and is_blank(cleaned):
        raise PackageError(join(path, key), "không được để trống")
    return cleaned


def read_optional_text(obj: dict, key: str, path: str) -> str | None:
    """Cleaned text or None."""
    value = field_value(obj, key, path, False)
    if value is _MISSING or value is None:
        return None
    if not isinstance(value, str):
        raise PackageError(join(path, key), "phải là chuỗi văn bản hoặc null")
    return clean_optional(value)


def read_bool(obj: dict, key: str, path: str, default: bool = False) -> bool:
    """A JSON boolean."""
    value = field_value(obj, key, path, False)
    if value is _MISSING or value is None:
        return default
    if not isinstance(value, bool):
        raise PackageError(join(path, key), "phải là true hoặc false")
    return value


@overload
def read_count(obj: dict, key: str, path: str, optional: Literal[False] = False) -> int: ...
@overload
def read_count(obj: dict, key: str, path: str, optional: bool) -> int | None: ...
def read_count(obj: dict, key: str, path: str, optional: bool = False) -> int | None:
    """A whole number ≥ 0 (booleans and fractions refused); None only when optional."""
    value = field_value(obj, key, path, False)
    if value is _MISSING or value is None:
        return None if optional else 0
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise PackageError(join(path, key), "phải là số nguyên không âm")
    if value > MAX_COUNT:
        raise PackageError(join(path, key), "số quá lớn")
    return value


@overload
def read_enum(obj: dict, key: str, path: str, enum: type[E], default: E) -> E: ...
@overload
def read_enum(obj: dict, key: str, path: str, enum: type[E], default: None) -> E | None: ...
def read_enum(obj: dict, key: str, path: str, enum: type[E], default: E | None) -> E | None:
    """One of the listed values of an enumeration."""
    value = field_value(obj, key, path, False)
    if value is _MISSING or value is None:
        return default
    allowed = [member.value for member in enum]
    if value not in allowed:
        shown = ", ".join(repr(a) for a in allowed)
        raise PackageError(join(path, key), f"giá trị {value!r} không hợp lệ (chỉ nhận: {shown})")
    return enum(value)


@overload
def read_date(obj: dict, key: str, path: str, required: Literal[True]) -> dt.date: ...
@overload
def read_date(obj: dict, key: str, path: str, required: bool = False) -> dt.date | None: ...
def read_date(obj: dict, key: str, path: str, required: bool = False) -> dt.date | None:
    """A real calendar date written YYYY-MM-DD."""
    value = field_value(obj, key, path, required)
    if value is _MISSING or value is None:
        if required:
            raise PackageError(join(path, key), "thiếu ngày (YYYY-MM-DD)")
        return None
    if not isinstance(value, str) or not _DATE.match(value):
        raise PackageError(join(path, key), f"ngày {value!r} không đúng dạng YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise PackageError(join(path, key), f"ngày {value!r} không có trong lịch") from None


def read_time(obj: dict, key: str, path: str) -> str | None:
    """A time of day HH:MM from 00:00 to 23:59, or None."""
    value = field_value(obj, key, path, False)
    if value is _MISSING or value is None:
        return None
    if not isinstance(value, str) or not _TIME.match(value):
        raise PackageError(join(path, key), f"giờ {value!r} không hợp lệ (HH:MM, 00:00–23:59)")
    return value


def read_key(obj: dict, key: str, path: str, seen: set[str]) -> str:
    """An id unique within its list."""
    value = field_value(obj, key, path, True)
    if not isinstance(value, str) or not value:
        raise PackageError(join(path, key), "mã (id) phải là chuỗi không rỗng")
    if value in seen:
        raise PackageError(join(path, key), f"mã {value!r} bị trùng")
    seen.add(value)
    return value


def read_ref(obj: dict, key: str, path: str, known: set[str]) -> str | None:
    """A reference to an id of another list, or None."""
    value = field_value(obj, key, path, False)
    if value is _MISSING or value is None:
        return None
    if not isinstance(value, str) or value not in known:
        raise PackageError(join(path, key), f"tham chiếu {value!r} không trỏ tới mã nào")
    return value
