"""All of the command line's help is in Vietnamese, as the desktop app is."""

from __future__ import annotations

import argparse
import re

import pytest

from secretary_app.cli import build_parser
from tests.conftest import run_cli

VIETNAMESE = re.compile(r"[à-ỹđ]", re.I)
ENGLISH = ("usage:", "options:", "positional arguments", "show this help", "default:",
           "program's version", "VERB")


def parsers():
    """The top-level parser and every subcommand's, by name."""
    top = build_parser()
    found = {"secretary-app": top}
    for action in top._actions:
        if isinstance(action, argparse._SubParsersAction):
            found.update(action.choices)
    return found


def help_texts():
    for name, parser in parsers().items():
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    yield f"{name} {choice.dest}", choice.help
            elif action.help is not argparse.SUPPRESS:
                yield f"{name} {'/'.join(action.option_strings) or action.dest}", action.help


@pytest.mark.parametrize(("where", "text"), list(help_texts()))
def test_every_help_line_is_vietnamese(where, text):
    assert text and VIETNAMESE.search(text), f"{where}: {text!r}"


@pytest.mark.parametrize("name", sorted(parsers()))
def test_printed_help_has_no_english_headings(name):
    args = ["--help"] if name == "secretary-app" else [name, "--help"]
    helped = run_cli(*args)
    assert helped.returncode == 0
    assert "cách dùng: secretary-app" in helped.stdout
    assert not [word for word in ENGLISH if word in helped.stdout]


@pytest.mark.parametrize(("args", "said"), [
    (["frobnicate"], "lỗi: tham số LỆNH: không có lựa chọn 'frobnicate'"),
    (["export", "1"], "lỗi: thiếu tham số bắt buộc: --document, --format, -o/--output"),
    (["export", "abc", "--document", "minutes", "--format", "pdf", "-o", "x.pdf"],
     "lỗi: tham số MÃ: 'abc' không phải số nguyên"),
    (["verify", "1", "x.pdf"], "lỗi: không hiểu tham số: x.pdf"),
    (["backup", "-o"], "lỗi: tham số -o/--output: cần một giá trị"),
    (["sign", "x.pdf", "-o", "y.pdf"], "lỗi: cần một trong các tham số --p12 --pkcs11"),
])
def test_usage_errors_are_vietnamese(tmp_path, args, said):
    refused = run_cli("--db", str(tmp_path / "s.db"), *args)
    assert refused.returncode == 2
    assert said in refused.stderr and "cách dùng: secretary-app" in refused.stderr
    english = ("error:", "invalid choice", "required", "unrecognized", "expected", "invalid int")
    assert not [word for word in english if word in refused.stderr], refused.stderr
    assert refused.stdout == ""
