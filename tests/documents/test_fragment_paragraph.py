"""The fast flowable for body text of several fragments (emoji in the fallback face, a bold
label, & < >, double spaces, tabs, line breaks) reads our markup, breaks lines and draws them
as reportlab's Paragraph does, in time linear in the length."""

from __future__ import annotations

import copy
import random
import re

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus.paragraph import _getFragWords, _HSFrag

from secretary_app.documents.blocks import Align, Document, NumberedItem, Paragraph, Run
from secretary_app.documents.export import export_document, to_pdf_bytes
from secretary_app.documents.fonts import register_pdf_fonts
from secretary_app.documents.pdf import body as pdf_body
from secretary_app.documents.pdf.fraglines import FragLineBreaker
from secretary_app.documents.pdf.frags import HS, frag_words, fragments
from secretary_app.documents.pdf.metrics import SPACE_SHRINKAGE
from secretary_app.documents.pdf.mixed import FragParagraph
from secretary_app.documents.pdf.renderer import body_paragraph, markup
from secretary_app.domain.enums import DocumentKind
from secretary_app.domain.package import parse_package
from secretary_app.storage.meetings import create_meeting, load_meeting
from tests.documents.readback import norm, pdf_drawn, pdf_pages, pdf_reader, pdf_text

register_pdf_fonts()
WIDTH = 165 * 72 / 25.4  # the text width of the A4 page with Part 0 margins
INDENT = 12.7 * 72 / 25.4
PIECES = ["Ủy", "ban", "nhân", "dân", "khuyến", "học", "Đắk", "🎉", "👩🏽‍💻", "🇻🇳", "&", "<",
          ">", "&amp;", "<b>", "“trích”", "'x'", '"y"', "R&D", "AT&T", "5%", "\u00a0", "x",
          "e\u0301", "…", "—"]
GAPS = [" ", " ", " ", "", "  ", "   ", "\t", " \t ", "\u2003"]
SETTINGS = settings(max_examples=25, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


def _joined(pairs) -> str:
    return "".join(piece + gap for piece, gap in pairs)


def texts(gaps=GAPS, max_size=150):
    """User text mixing the serif, the fallback face, markup characters and whitespace."""
    return st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(gaps)), min_size=1,
                    max_size=max_size).map(_joined)


def _runs(text: str, shape: int) -> tuple[Run, ...]:
    """The shapes the minutes use: a speaker intro, a bold label, a bold or italic run."""
    return [(Run("Đồng chí A phát biểu: "), Run(text)), (Run("1. ", bold=True), Run(text)),
            (Run(text, bold=True),), (Run(text, italic=True), Run(" – hết", bold=True))][shape]


def _style(indent: float = INDENT) -> ParagraphStyle:
    return ParagraphStyle("t", fontName="LiberationSerif", fontSize=14, leading=18,
                          firstLineIndent=indent, allowWidows=0, allowOrphans=0,
                          spaceShrinkage=SPACE_SHRINKAGE)


@SETTINGS
@given(text=texts(gaps=[*GAPS, "\n", " \n "]), shape=st.integers(0, 3))
def test_fragments_and_words_are_reportlabs(text, shape):
    source = markup(_runs(text, shape))
    theirs = RLParagraph(source, _style()).frags
    ours = fragments(source)
    assert ours == [(f.fontName, None if hasattr(f, "lineBreak") else f.text) for f in theirs]
    words = [(w[0], [(f.fontName, t) for f, t in w[1:]], isinstance(w, _HSFrag))
             for w in _getFragWords(copy.deepcopy(theirs), WIDTH)]
    assert [(w, list(p), bool(f & HS)) for w, p, f in frag_words(ours, 14)] == words


def _lines(source: str) -> tuple[list, list]:
    """(ours, reportlab's) lines of markup at the page width: unused width, word count,
    line break, and the (face, text) pieces drawn."""
    ours = FragLineBreaker(14, WIDTH - INDENT, WIDTH).run(frag_words(fragments(source), 14))
    theirs = RLParagraph(source, _style()).breakLines([WIDTH - INDENT, WIDTH]).lines
    return ([(line.extra, line.count, line.line_break, [tuple(f) for f in line.frags])
             for line in ours],
            [(line.extraSpace, line.wordCount, line.lineBreak,
              [(f.fontName, f.text) for f in line.words]) for line in theirs])


@SETTINGS
@given(text=texts(gaps=[*GAPS, "\n"], max_size=400), shape=st.integers(0, 3))
def test_lines_are_reportlabs(text, shape):
    source = markup(_runs(text, shape))
    assume(len(fragments(source)) > 1)  # one fragment is test_plain_paragraph's
    ours, theirs = _lines(source)
    assert ours == theirs


@pytest.mark.parametrize("long", ["tailieu/hop/" * 50, "🎉" * 300, "R&D<b>" * 80 + "👩🏽‍💻" * 40])
def test_a_word_longer_than_a_line_is_split_as_reportlab_splits_it(long):
    for place in ("", "Đồng chí A phát biểu: mở đầu ", "x " * 45):
        ours, theirs = _lines(markup(_runs(place + long + " kết thúc", 1)))
        assert ours == theirs
        assert len(ours) >= 3


def _shown(lines: list[tuple]) -> list[tuple]:
    """Lines as _lines describes them, without pieces of no text: Paragraph keeps empty
    pieces of split words it joins and splits again on each page (an empty operand)."""
    return [(extra, count, brk, [f for f in frags if f[1]]) for extra, count, brk, frags in lines]


def _theirs(paragraph: RLParagraph) -> list:
    paragraph.wrap(WIDTH, 10**6)  # what Paragraph draws for a part: its words broken again
    return _shown([(line.extraSpace, line.wordCount, line.lineBreak,
                    [(f.fontName, f.text) for f in line.words])
                   for line in paragraph.blPara.lines])


def _ours(paragraph: FragParagraph) -> list:
    return _shown([(line.extra, line.count, line.line_break, [tuple(f) for f in line.frags])
                   for line in paragraph.lines(WIDTH)])


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_page_break_gives_the_parts_paragraph_draws(seed):
    """Split after each line: both parts have the lines Paragraph breaks them into (split
    words joined again), except that after a line break Paragraph's second part starts
    with an empty line."""
    text = _long_text(seed, 160, GAPS + ["tailieu/hop/" * 14 + " ", "🎉" * 40, "i" * 9, "\n"])
    made = body_paragraph(Paragraph(_runs(text, 1)), Document().page)
    assert isinstance(made, FragParagraph) and len(made.lines(WIDTH)) > 20
    for room in range(2, len(made.lines(WIDTH))):
        theirs = RLParagraph(markup(_runs(text, 1)), _style()).split(WIDTH, room * 18 + 1)
        ours = made.split(WIDTH, room * 18 + 1)
        assert len(ours) == len(theirs)
        if len(ours) < 2:
            continue
        assert _ours(ours[0]) == _theirs(theirs[0])
        after_break = made.lines(WIDTH)[len(ours[0].lines(WIDTH)) - 1].line_break
        assert _ours(ours[1]) == _theirs(theirs[1])[1 if after_break else 0:]


def _both(monkeypatch, blocks) -> tuple[bytes, bytes]:
    """(fast, reportlab Paragraph only) PDFs of the same blocks."""
    fast = to_pdf_bytes(Document(blocks=list(blocks)))
    with monkeypatch.context() as patch:
        patch.setattr(pdf_body, "fast_paragraph", lambda *args: None)
        slow = to_pdf_bytes(Document(blocks=list(blocks)))
    return fast, slow


@SETTINGS
@given(text=texts(), shape=st.integers(0, 3))
def test_any_text_gives_paragraphs_bytes(monkeypatch, text, shape):
    block = Paragraph(_runs(text, shape), align=(Align.JUSTIFY, Align.LEFT)[shape % 2])
    fast, slow = _both(monkeypatch, [block])
    assert fast == slow


def _long_text(seed: int, pieces: int, gaps=GAPS) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(PIECES) + rng.choice(gaps) for _ in range(pieces))


@pytest.mark.parametrize("seed", [1, 2])
def test_paragraphs_split_across_pages_give_paragraphs_bytes(monkeypatch, seed):
    blocks = [Paragraph(_runs(_long_text(seed + shape, 2500), shape),
                        align=(Align.JUSTIFY, Align.LEFT)[shape % 2],
                        size=(14, 13)[shape // 2]) for shape in range(4)]
    blocks.insert(2, NumberedItem((Run(_long_text(seed, 30)),), label="2.", label_bold=True))
    fast, slow = _both(monkeypatch, blocks)
    assert len(pdf_reader(fast).pages) >= 12
    assert fast == slow


def _streams(pdf: bytes) -> list[str]:
    """Each page's operators with runs of blanks as one: reportlab writes an empty text
    operand (a blank) for each empty piece it keeps."""
    return [re.sub(" +", " ", page.get_contents().get_data().decode("latin-1"))
            for page in pdf_reader(pdf).pages]


def test_long_words_across_pages_draw_what_paragraph_draws(monkeypatch):
    """Paragraph joins and splits a long word again on each page, keeping empty pieces of
    it; the same lines, faces, positions and spacing, blanks aside."""
    text = _long_text(5, 700, GAPS + ["tailieu/hop/" * 30 + " ", "🎉" * 200])
    fast, slow = _both(monkeypatch, [Paragraph(_runs(text, 1))])
    assert len(pdf_reader(fast).pages) >= 5
    assert _streams(fast) == _streams(slow)


def test_a_line_break_at_a_page_end_leaves_no_blank_line_on_the_next(monkeypatch):
    """Paragraph starts the rest of a paragraph that a page ends after a line break with an
    empty line; ours continues at the top, as Word does."""
    text = "\n".join(f"Dòng {n}: AT&T 🎉 khuyến học" for n in range(120))
    fast, slow = _both(monkeypatch, [Paragraph(_runs(text, 0))])
    assert pdf_pages(fast)[0] == pdf_pages(slow)[0]
    assert norm(pdf_text(fast)) == norm(pdf_text(slow))
    ours, theirs = pdf_drawn(fast, 1)[1], pdf_drawn(slow, 1)[1]  # under the page number
    assert ours.text.startswith("Dòng") and theirs.text.startswith("Dòng")
    assert ours.y == pytest.approx(theirs.y + 18)


def test_a_long_opinion_of_emoji_and_markup_exports_whole(store, seed_package, tmp_path):
    """300,000 characters in one opinion: the PDF holds all of it (seconds, not minutes)."""
    unit = "Ủy ban <b>R&D</b> “trích” 'x' 🎉 khuyến\thọc  AT&T 👩🏽‍💻 < 5% &amp; Đắk Lắk. "
    text = (unit * (300_000 // len(unit) + 1))[:300_000]
    seed_package["opinions"][0]["text"] = text
    meeting = load_meeting(store.db, create_meeting(store, parse_package(seed_package)))
    out = export_document(meeting, DocumentKind.MINUTES, "pdf", tmp_path / "bb.pdf")
    data = out.read_bytes()
    assert len(pdf_reader(data).pages) > 100
    assert norm(text) in norm(pdf_text(data))


def test_the_fast_flowable_takes_emoji_and_markup():
    made = body_paragraph(Paragraph(_runs("AT&T 🎉  khuyến\thọc", 1)), Document().page)
    assert isinstance(made, FragParagraph)
