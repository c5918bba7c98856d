"""Reading a pasted list of people: one name per line, or a table copied from Word or Excel."""

from __future__ import annotations

import re
from dataclasses import dataclass

from secretary_app.domain.text import clean_text, fold

_NUMBERING = re.compile(r"^\s*(?:[-–+•*·]+|\(?\d{1,3}[.)]?|[IVXLC]{1,5}[.)]|[a-zđ][.)])\s+")
_HONORIFIC = re.compile(r"^(?:ông|bà|đồng chí|đ/c|đc)\.?\s+", re.IGNORECASE)
_HEADERS = {"stt", "tt", "ho va ten", "ho ten", "ten", "chuc vu", "don vi", "so tt"}
_GROUP_STARTS = ("dai dien", "thuong truc", "lanh dao", "doan ", "cac ", "ban ", "tap the")


@dataclass
class PastedPerson:
    """One person (or delegation) read from a pasted line."""

    name: str
    title: str = ""
    organization: str = ""
    group: bool = False


def parse_pasted_people(text: str) -> list[PastedPerson]:
    """People in a pasted block; numbering, headers, honorifics and blank lines dropped."""
    people = []
    for line in clean_text(text).split("\n"):
        cells = [c.strip() for c in line.split("\t")]
        cells = _without_numbering(cells)
        if not cells or fold(cells[0]) in _HEADERS:
            continue
        person = _from_cells(cells) if len(cells) > 1 else _from_line(cells[0])
        if person.name:
            person.group = fold(person.name).startswith(_GROUP_STARTS)
            people.append(person)
    return people


def _without_numbering(cells: list[str]) -> list[str]:
    while cells and (not cells[0] or re.fullmatch(r"[\dIVXLC]{1,5}[.)]?", cells[0])):
        cells = cells[1:]
    return cells


def _from_cells(cells: list[str]) -> PastedPerson:
    name = _HONORIFIC.sub("", cells[0]).strip()
    return PastedPerson(name, cells[1], cells[2] if len(cells) > 2 else "")


def _from_line(line: str) -> PastedPerson:
    line = _HONORIFIC.sub("", _NUMBERING.sub("", line)).strip().rstrip(";.")
    for separator in (" – ", " - ", ", "):
        if separator in line:
            name, title = line.split(separator, 1)
            return PastedPerson(name.strip(), title.strip())
    return PastedPerson(line)
