"""The fast flowable for one-fragment body text lays out, splits and draws exactly as
reportlab's Paragraph did; what it does not lay out still goes to Paragraph."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph as RLParagraph

from secretary_app.documents.blocks import Align, Document, NumberedItem, Paragraph, Run
from secretary_app.documents.export import to_pdf_bytes
from secretary_app.documents.fonts import missing_glyphs, register_pdf_fonts
from secretary_app.documents.pdf import body as pdf_body
from secretary_app.documents.pdf import plain as pdf_plain
from secretary_app.documents.pdf.metrics import SPACE_SHRINKAGE
from secretary_app.documents.pdf.mixed import FragParagraph
from secretary_app.documents.pdf.renderer import body_paragraph
from tests.documents.readback import norm, pdf_pages, pdf_reader, pdf_text

register_pdf_fonts()
WORDS = ("Ủy ban nhân dân tỉnh Đắk Lắk giáo dục và đào tạo đề nghị các phòng chuyên môn rà "
         "soát kế hoạch, bảo đảm tiến độ; chất lượng năm 2024 hội nghị kết luận thực hiện "
         "công tác ngày 05/01/2025 (dự thảo) “trích dẫn” 68,9% … Nguyễn Thị Hường Ư Ơ "
         "Quyết định số 18/UBND-KGVX 'trường' \"học\" 100").split()
WIDTH = 165 * 72 / 25.4  # the text width of the A4 page with Part 0 margins
INDENT = 12.7 * 72 / 25.4


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def _paragraphs(seed: int, count: int, extra: tuple[str, ...] = ()) -> list[Paragraph]:
    """Plain paragraphs of every shape the minutes use, 1 to 400 words."""
    rng = random.Random(seed)
    made: list[Paragraph] = []
    for index in range(count):
        text = _text(rng, rng.choice([1, 3, 12, 40, 90, 160, 400]))
        if extra:
            text = text.replace(" ", f" {rng.choice(extra)} ", 2)
        shape = index % 5
        if shape == 0:
            made.append(Paragraph((Run(text, bold=True),), keep_with_next=True))
        elif shape == 1:
            made.append(Paragraph((Run("Đồng chí Lê Văn A phát biểu: "), Run(text))))
        elif shape == 2:
            made.append(NumberedItem((Run(text),), label=f"{index}."))
        elif shape == 3:
            made.append(Paragraph((Run(text, italic=True),), align=Align.LEFT, indent=False))
        else:
            made.append(Paragraph((Run(text),), size=13))
    return made


def _both(monkeypatch, blocks) -> tuple[bytes, bytes]:
    """(fast, reportlab Paragraph only) PDFs of the same blocks."""
    fast = to_pdf_bytes(Document(blocks=list(blocks)))
    with monkeypatch.context() as patch:
        patch.setattr(pdf_body, "fast_paragraph", lambda *args: None)
        slow = to_pdf_bytes(Document(blocks=list(blocks)))
    return fast, slow


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_same_pdf_bytes_as_reportlab_paragraph(monkeypatch, seed):
    fast, slow = _both(monkeypatch, _paragraphs(seed, 40))
    assert len(pdf_reader(fast).pages) >= 5  # paragraphs split across pages
    assert fast == slow


PLAIN_WORDS = st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậềểễếệìỉĩíịồổỗốộờởỡớợ"
                               "ừửữứựỳỷỹýỵĐĂÂÊÔƠƯ0123456789.,;:!?()[]{}\\/%$#@*+=_-'\"“”‘’…–—",
                      min_size=1, max_size=30)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(PLAIN_WORDS, min_size=1, max_size=200))
def test_any_plain_text_gives_the_same_bytes(monkeypatch, words):
    text = " ".join(words)
    blocks = [Paragraph((Run(text),)), Paragraph((Run(text, bold=True),), align=Align.LEFT)]
    fast, slow = _both(monkeypatch, blocks)
    assert fast == slow
    printed = pdf_text(fast).split()
    assert all(word in printed for word in text.split())  # never broken inside a word


GAPS = st.sampled_from([" ", " ", " ", "  ", "   ", "\t", " \t", "\u00a0", " \u00a0 ", "\u2003",
                        "\u200b", "\u3000 "])


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pairs=st.lists(st.tuples(PLAIN_WORDS | st.just("tailieu/hop/" * 12), GAPS),
                      min_size=1, max_size=150))
def test_any_spacing_gives_the_same_bytes(monkeypatch, pairs):
    """Double spaces and tabs (kept as no-break spaces), other blanks, long words."""
    text = "".join(word + gap for word, gap in pairs)
    blocks = [Paragraph((Run(text),)), Paragraph((Run(text, italic=True),), align=Align.LEFT)]
    assert isinstance(body_paragraph(blocks[0], Document().page), pdf_plain.PlainParagraph)
    fast, slow = _both(monkeypatch, blocks)
    assert fast == slow


def _layout(pdf: bytes) -> list[tuple[list[str], list[str]]]:
    """Per page: the word spacings and the text origins, i.e. where every line goes."""
    pages = []
    for page in pdf_reader(pdf).pages:
        stream = page.get_contents().get_data().decode("latin-1")
        spacing = [v for v in re.findall(r"(\S+) Tw", stream) if v != "0"]
        pages.append((spacing, re.findall(r"1 0 0 1 (\S+ \S+) (?:Tm|cm)", stream)))
    return pages


def test_markup_characters_keep_the_lines_and_word_spacing(monkeypatch):
    """Paragraph draws & < > as fragments of their own (other operators, same layout)."""
    fast, slow = _both(monkeypatch, _paragraphs(4, 30, extra=("R&D", "< 5%", "a>b", "&amp;")))
    assert pdf_pages(fast) == pdf_pages(slow)  # every line of every page
    assert _layout(fast) == _layout(slow)
    assert "R&D" in pdf_text(fast) and "< 5%" in pdf_text(fast) and "&amp;" in pdf_text(fast)


def test_more_characters_than_one_font_subset(monkeypatch):
    letters = "".join(chr(c) for c in range(0x1EA0, 0x1EFA))  # Vietnamese letters
    letters += "".join(chr(c) for c in range(0x391, 0x3CA) if c != 0x3A2)  # Greek
    letters += "".join(chr(c) for c in range(0x410, 0x450))  # Cyrillic
    assert not missing_glyphs(letters)
    words = [letters[i:i + 7] for i in range(0, len(letters), 7)]
    text = " ".join(words[i % len(words)] + " năm" for i in range(200))
    fast, slow = _both(monkeypatch, [Paragraph((Run(text),)), Paragraph((Run(letters[::-1]),))])
    assert fast == slow
    assert b"+1 " in pdf_reader(fast).pages[0].get_contents().get_data()  # a second subset
    assert norm(text) in norm(pdf_text(fast))


def test_a_word_longer_than_a_line_is_broken_as_reportlab_does(monkeypatch):
    text = "Đường dẫn " + "tailieu/hop/" * 60 + " cuối."
    paragraph = body_paragraph(Paragraph((Run(text),)), Document().page)
    assert isinstance(paragraph, pdf_plain.PlainParagraph)
    lines = [words for _, words in paragraph.lines(WIDTH)]
    assert lines[0][:2] == ["Đường", "dẫn"] and lines[-1][-1] == "cuối."
    assert "".join(w for line in lines for w in line if "/" in w) == "tailieu/hop/" * 60
    fast, slow = _both(monkeypatch, [Paragraph((Run(text),)), Paragraph((Run("Sau."),))])
    assert fast == slow


def test_a_long_word_across_pages_gives_paragraph_bytes(monkeypatch):
    text = "Tệp " + "tailieu/hop/" * 1500 + " xong " + _text(random.Random(9), 300)
    blocks = [Paragraph((Run(text),)), Paragraph((Run(text, bold=True),), align=Align.LEFT)]
    fast, slow = _both(monkeypatch, blocks)
    assert len(pdf_reader(fast).pages) >= 4
    assert fast == slow


@pytest.mark.parametrize("runs", [
    (Run("gạch chân", underline=True),),
    (Run("gạch\u00admềm"),),
    (Run("\n"),),
])
def test_what_the_fast_flowables_do_not_lay_out_goes_to_reportlab_paragraph(runs):
    assert isinstance(body_paragraph(Paragraph(runs), Document().page), RLParagraph)


def test_centred_body_text_goes_to_reportlab_paragraph():
    block = Paragraph((Run("Giữa trang"),), align=Align.CENTER)
    assert isinstance(body_paragraph(block, Document().page), RLParagraph)


@pytest.mark.parametrize(("runs", "words"), [
    ((Run("Kết luận của chủ trì:", bold=True),), ["Kết", "luận", "của", "chủ", "trì:"]),
    ((Run("nghiêng", italic=True, bold=True),), ["nghiêng"]),
    ((Run("Đồng chí A: "), Run("hai  dấu\tcách")), ["Đồng", "chí", "A:", "hai", "\u00a0dấu",
                                                   "\u00a0", "\u00a0cách"]),
])
def test_one_fragment_takes_the_plain_flowable(runs, words):
    made = body_paragraph(Paragraph(runs), Document().page)
    assert isinstance(made, pdf_plain.PlainParagraph)
    assert made.words == words  # reportlab's words: a no-break space stands for each extra one


@pytest.mark.parametrize("runs", [
    (Run("Chúc mừng 🎉 thành công"),),
    (Run("Đậm", bold=True), Run(" thường")),
    (Run("Đồng chí A phát biểu: "), Run("R&D < 5% > 3%")),
    (Run("hai\ndòng"),),
])
def test_several_fragments_take_the_fragment_flowable(runs):
    assert isinstance(body_paragraph(Paragraph(runs), Document().page), FragParagraph)


def test_long_text_with_soft_hyphens_is_laid_out_without_them():
    made = body_paragraph(Paragraph((Run("gạch\u00admềm " * 3000),)), Document().page)
    assert isinstance(made, pdf_plain.PlainParagraph)
    assert set(made.words) == {"gạchmềm"}  # Paragraph prints them nowhere but at a break


def _style(indent: float = INDENT) -> ParagraphStyle:
    return ParagraphStyle("t", fontName="LiberationSerif", fontSize=14, leading=18,
                          firstLineIndent=indent, allowWidows=0, allowOrphans=0,
                          spaceShrinkage=SPACE_SHRINKAGE)


def _lines_of(text: str, indent: float = INDENT, width: float = WIDTH) -> list:
    """Our lines of a 14 pt regular paragraph with the first-line indent."""
    words = text.split()
    widths = pdf_plain.word_widths(words, "LiberationSerif", 14)
    space = pdf_plain.word_widths([" "], "LiberationSerif", 14)[0]
    return pdf_plain.break_lines(words, widths, space, width - indent, width)


@pytest.mark.parametrize("seed", range(6))
def test_line_breaks_equal_reportlab_breaklines(seed):
    text = _text(random.Random(seed), 30 + 60 * seed)
    ours = _lines_of(text)
    theirs = RLParagraph(text, _style()).breakLines([WIDTH - INDENT, WIDTH]).lines
    assert ours == [(extra, list(line)) for extra, line in theirs]


def test_a_line_never_overruns_by_shrinking_its_spaces():
    """LibreOffice and Word keep spaces whole: a word 0.1 pt too wide goes to the next line
    (reportlab's default 5% space shrinkage kept it, so the PDF broke lines one word later)."""
    words = ["a", "b", "c", "d", "e"]
    lines = pdf_plain.break_lines(words, [10.0] * 5, 2.0, 30.0, 33.9)
    assert [line for _, line in lines] == [["a", "b"], ["c", "d"], ["e"]]
    assert lines[0][0] == 8.0  # unused width: 30 - (10 + 2 + 10)
    assert lines[1][0] == pytest.approx(11.9)  # "e" would make it 34 wide on 33.9
    assert pdf_plain.break_lines(words, [10.0] * 5, 2.0, 30.0, 34.0)[1][1] == ["c", "d", "e"]


def _plain(lines: int) -> pdf_plain.PlainParagraph:
    """A paragraph of exactly `lines` lines at the page width."""
    words = _text(random.Random(lines), 400).split()
    made = pdf_plain.PlainParagraph(words, "LiberationSerif", 14, 18, INDENT, Align.JUSTIFY, 6)
    while len(made.lines(WIDTH)) > lines:
        words = words[:-1]
        made = pdf_plain.PlainParagraph(words, "LiberationSerif", 14, 18, INDENT,
                                        Align.JUSTIFY, 6)
    assert len(made.lines(WIDTH)) == lines
    return made


def _line_counts(parts) -> list[int]:
    return [round(part.wrap(WIDTH, 10_000)[1] / 18) for part in parts]


@pytest.mark.parametrize(("lines", "room", "expected"), [
    (5, 3, [3, 2]),  # two lines carry over
    (4, 3, [2, 2]),  # no widow: one more line goes with it
    (3, 2, []),  # three lines cannot split without a widow or an orphan: all move on
    (6, 1, []),  # one line would be an orphan
    (6, 6, [6]),  # fits
    (9, 4, [4, 5]),
])
def test_split_like_paragraph_without_widows_or_orphans(lines, room, expected):
    made = _plain(lines)
    height = room * 18 + 5
    parts = made.split(WIDTH, height)
    assert _line_counts(parts) == expected
    text = " ".join(made.words)
    theirs = RLParagraph(text, _style()).split(WIDTH, height)
    assert _line_counts(theirs) == expected
    if len(parts) == 2:
        first, rest = parts
        assert first.lines(WIDTH) + rest.lines(WIDTH) == made.lines(WIDTH)
        assert first.indent == INDENT and first.justify_last
        assert rest.indent == 0 and not rest.justify_last
        assert rest.lines(WIDTH) == made.lines(WIDTH)[expected[0]:]
        again = pdf_plain.PlainParagraph(None, "LiberationSerif", 14, 18, 0, Align.JUSTIFY, 6)
        again._lines = {WIDTH: rest.lines(WIDTH)}  # a part at another width: its own words
        assert again.lines(WIDTH + 1) == _lines_of(" ".join(made.words[len(
            [w for _, line in first.lines(WIDTH) for w in line]):]), 0, WIDTH + 1)


def _words_of(lines) -> list:
    """Lines as (unused width, words), without the empty first piece of a split word."""
    return [(extra, [str(w) for w in words if w]) for extra, words in lines]


@pytest.mark.parametrize("seed", [1, 2])
def test_every_page_break_gives_the_parts_paragraph_draws(seed):
    """Split after each line: both parts have the lines Paragraph breaks them into again
    (the pieces of a word split across the parts joined in each)."""
    rng = random.Random(seed)
    long = ["tailieu/hop/" * 14, "i" * 9 + "W" * 30, "W" * 40]
    text = " ".join(rng.choice(long) if rng.random() < 0.15 else rng.choice(WORDS)
                    for _ in range(500))
    made = body_paragraph(Paragraph((Run(text),)), Document().page)
    assert isinstance(made, pdf_plain.PlainParagraph)
    for room in range(2, len(made.lines(WIDTH))):
        theirs = RLParagraph(text, _style()).split(WIDTH, room * 18 + 1)
        ours = made.split(WIDTH, room * 18 + 1)
        assert len(ours) == len(theirs)
        for our, their in zip(ours, theirs, strict=False) if len(ours) == 2 else ():
            their.wrap(WIDTH, 10**6)
            assert _words_of(our.lines(WIDTH)) == _words_of(their.blPara.lines)


@pytest.mark.parametrize(("seed", "words"), [(28, 36), (456, 14)])
def test_lines_that_once_overran_now_fit_as_paragraph_draws_them(monkeypatch, seed, words):
    text = _text(random.Random(seed), words)
    # these last lines were wider than the line (within reportlab's 5% space shrinkage)
    assert all(extra >= 0 for extra, _ in _lines_of(text))
    blocks = [Paragraph((Run(text),)), Paragraph((Run(text),), align=Align.LEFT)]
    fast, slow = _both(monkeypatch, blocks)
    assert fast == slow
