"""Issue 11.6: every package that imports also exports. Text fields printed in frames
(signatures, headings, Nơi nhận, cells) have limits the renderers are proven to lay out: a
property test draws every field's length up to its limit and exports both formats."""

from __future__ import annotations

import copy
import json
import time

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from secretary_app.documents.export import build_document, to_docx_bytes, to_pdf_bytes
from secretary_app.domain.enums import Authority, DocumentKind
from secretary_app.domain.limits import LIMITS, MAX_RECIPIENTS
from secretary_app.domain.model import Signer, SubItem, Task, Vote
from tests.conftest import SEED_PATH, run_cli

WORDS = ["Nguyễn", "Văn", "Bảy", "Hội", "đồng", "Khuyến", "học", "tỉnh", "Đắk", "Lắk", "😀",
         "Sở", "Giáo", "dục", "và", "Đào", "tạo", "x" * 40, "(Trưởng", "phòng)"]
FIELDS = sorted(LIMITS) + ["recipients"]


def text(n: int, seed: int = 0) -> str:
    out, i = [], seed
    while sum(len(w) + 1 for w in out) < n:
        out.append(WORDS[i % len(WORDS)])
        i += 7
    return " ".join(out)[:n]


def filled(meeting, lengths: dict[str, int]):
    """The seed meeting with every limited field at its drawn length."""
    m = copy.deepcopy(meeting)
    n = lengths
    m.title, m.location, m.purpose = (text(n[f"meeting.{f}"], i) for i, f in
                                      enumerate(("title", "location", "purpose")))
    for f in ("name", "parent_name", "abbreviation", "place_name"):
        setattr(m.organization, f, text(n[f"organization.{f}"], 3))
    for a in m.attendees:
        for f in ("name", "title", "organization", "absence_reason"):
            setattr(a, f, text(n[f"attendee.{f}"], 5))
    for o in m.opinions[:2]:
        o.speaker, o.speaker_label = None, text(n["opinion.speaker_label"], 2)
    for g in m.agenda:
        g.title = text(n["agenda.title"], 4)
    m.votes.append(Vote(subject=text(n["vote.subject"]), in_favor=5, against=1, abstain=0,
                        eligible=7, result=text(n["vote.result"], 6)))
    for c in m.conclusions:
        c.items.append(SubItem(text=text(300, 1)))
        c.tasks.append(Task(assignee=""))
        for t in c.tasks:
            for f in ("assignee", "coordinating", "deadline_text", "description"):
                setattr(t, f, text(n[f"task.{f}"], 8))
    for d in m.documents:
        d.signer = Signer(authority=list(Authority)[-1],
                          authority_title=text(n["signer.authority_title"], 9),
                          title=text(n["signer.title"], 10), name=text(n["signer.name"], 11))
        d.recipients = [text(n["document.recipient"], k) for k in range(n["recipients"])]
        d.archive = text(n["document.archive"], 12)
    return m


AT_LIMIT = {**LIMITS, "recipients": MAX_RECIPIENTS}
lengths = st.fixed_dictionaries(
    {f: st.integers(0, AT_LIMIT[f]) | st.just(AT_LIMIT[f]) for f in FIELDS})


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@example(AT_LIMIT)
@given(lengths)
def test_every_field_up_to_its_limit_exports_to_both_formats(seed_meeting, drawn):
    meeting = filled(seed_meeting, drawn)
    for kind in (DocumentKind.MINUTES, DocumentKind.NOTICE):
        document = build_document(meeting, kind)
        started = time.monotonic()
        assert to_pdf_bytes(document).startswith(b"%PDF")
        assert to_docx_bytes(document)[:2] == b"PK"
        assert time.monotonic() - started < 30


def _package_with(tmp_path, change) -> str:
    package = json.loads(SEED_PATH.read_text(encoding="utf-8"))
    change(package)
    path = tmp_path / "p.json"
    path.write_text(json.dumps(package, ensure_ascii=False), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("change, where", [
    (lambda p: p["attendees"][0].update(name="Nguyễn Văn A " * 116), "attendees[0].name"),
    (lambda p: p["meeting"].update(title="Họp " * 262_144), "meeting.title"),
    (lambda p: p["documents"][1]["signer"].update(title="x" * 151),
     "documents[1].signer.title"),
    (lambda p: p["documents"][0].update(recipients=["Sở;"] * 13), "documents[0].recipients"),
])
def test_a_field_over_its_limit_is_refused_at_import(tmp_path, change, where):
    db = tmp_path / "d.db"
    started = time.monotonic()
    result = run_cli("--db", str(db), "import", _package_with(tmp_path, change))
    assert result.returncode == 2, result.stderr
    assert where in result.stderr and "quá giới hạn" in result.stderr
    assert time.monotonic() - started < 30


def test_the_app_boxes_hold_at_most_the_limit(qtbot):
    from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

    from secretary_app.ui.text_limits import install_text_limits

    install_text_limits(QApplication.instance())
    line = QLineEdit(objectName="signerName")
    box = QPlainTextEdit(objectName="titleEdit")
    for widget in (line, box):
        qtbot.addWidget(widget)
        widget.show()
    assert line.maxLength() == LIMITS["signer.name"]
    box.setPlainText("Họp " * 1000)
    assert len(box.toPlainText()) == LIMITS["meeting.title"]


def test_the_recipients_box_keeps_what_the_signature_page_holds():
    from secretary_app.ui.pages.document_fields import recipient_lines

    lines = recipient_lines("\n".join(f"- Sở {i} " + "x" * 200 for i in range(20)))
    assert len(lines) == MAX_RECIPIENTS
    assert all(len(line) == LIMITS["document.recipient"] for line in lines)
