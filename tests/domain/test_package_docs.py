"""docs/meeting-package.md stays true: its example is a valid 1.1 package."""

from __future__ import annotations

import json
import re
from pathlib import Path

from secretary_app.domain.package import meeting_to_package, parse_package

DOC = Path(__file__).resolve().parents[2] / "docs" / "meeting-package.md"


def test_documented_example_is_a_1_1_package_that_round_trips():
    text = DOC.read_text(encoding="utf-8")
    example = json.loads(re.search(r"```json\n(.*?)```", text, re.S).group(1))
    assert example["version"] == 1.1
    meeting = parse_package(example)
    assert meeting.convened_total == 17
    assert meeting_to_package(meeting) == example
