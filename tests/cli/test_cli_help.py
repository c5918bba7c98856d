"""All of the command line's help is in Vietnamese, as the desktop app is."""

from __future__ import annotations

import argparse
import re

import pytest

from secretary_app.cli import build_parser
from tests.conftest import run_cli

VIETNAMESE = re.compile(r"[à-ỹđ]", re.I)
ENGLISH = ("usage:", "options:", "positional arguments", "show this help", "default:",
           "program's version")


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
