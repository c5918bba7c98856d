"""Fill the English .ts from secretary_app_en.json; fail naming every source text left without one.

Usage: python fill_translations.py secretary_app_en.ts secretary_app_en.json
The JSON maps a Vietnamese source text to its English text (a list of two for plural %n texts);
the key "@contexts" holds per-context exceptions: {"Context": {"source": "English"}}.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def english_for(table: dict, context: str, source: str):
    """The English text of one message, or None."""
    special = table.get("@contexts", {}).get(context, {})
    return special.get(source, table.get(source))


def fill_message(message: ET.Element, english) -> None:
    """Write the English text into one <message> and mark it finished."""
    translation = message.find("translation")
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        forms = english if isinstance(english, list) else [english, english]
        for child in list(translation):
            translation.remove(child)
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = english


def fill(ts_path: Path, table: dict) -> list[str]:
    """Fill every message of the .ts; returns the 'context: source' texts left untranslated."""
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            english = english_for(table, name, source)
            if english is None:
                missing.append(f"{name}: {source!r}")
            else:
                fill_message(message, english)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path.write_text(HEADER + body + "\n", encoding="utf-8")
    return missing


def main(argv: list[str]) -> int:
    """Fill, report what is missing, exit 1 when anything is."""
    ts_path, json_path = Path(argv[0]), Path(argv[1])
    missing = fill(ts_path, json.loads(json_path.read_text(encoding="utf-8")))
    for line in missing:
        print(f"untranslated: {line}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
