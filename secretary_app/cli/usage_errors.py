"""argparse's own error messages (unknown command, missing option …) said in Vietnamese."""

from __future__ import annotations

import re

_TYPES = {"int": "số nguyên", "float": "số", "Path": "đường dẫn tệp"}

# (English pattern from argparse, Vietnamese replacement); applied in order, each at most once
_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"^argument (.+?): ", r"tham số \1: "),
    (r"the following arguments are required: (.+)$", r"thiếu tham số bắt buộc: \1"),
    (r"one of the arguments (.+) is required$", r"cần một trong các tham số \1"),
    (r"unrecognized arguments: (.+)$", r"không hiểu tham số: \1"),
    (r"invalid choice: (.+?) \(choose from (.+)\)$", r"không có lựa chọn \1 (chọn một trong: \2)"),
    (r"not allowed with argument (.+)$", r"không dùng cùng với tham số \1"),
    (r"ambiguous option: (.+?) could match (.+)$", r"tùy chọn \1 không rõ: có thể là \2"),
    (r"expected one argument$", "cần một giá trị"),
    (r"expected at least one argument$", "cần ít nhất một giá trị"),
    (r"expected (\d+) arguments?$", r"cần \1 giá trị"),
    (r"ignored explicit argument (.+)$", r"bỏ qua giá trị \1 (tùy chọn này không nhận giá trị)"),
)
_INVALID_VALUE = re.compile(r"invalid (\w+) value: (.+)$")


def vietnamese_usage_error(message: str) -> str:
    """The message argparse gives for bad usage, in Vietnamese (unknown wording kept as is)."""
    for pattern, replacement in _PATTERNS:
        message = re.sub(pattern, replacement, message, count=1)
    found = _INVALID_VALUE.search(message)
    if found:
        kind = _TYPES.get(found.group(1), "giá trị hợp lệ")
        message = message[:found.start()] + f"{found.group(2)} không phải {kind}"
    return message
