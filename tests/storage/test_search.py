"""Search: folding (accents, đ, case, NFD), user input that looks like syntax, snippets."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from secretary_app.domain.model import Attendee, Meeting, Opinion, Organization
from secretary_app.storage.meetings import create_meeting
from secretary_app.storage.search import search
from secretary_app.storage.search_text import parse_query


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def places(results) -> list[tuple[int, str]]:
    return [(h.meeting_id, h.where) for h in results.hits]


def marked(results) -> list[str]:
    return [h.snippet.marked() for h in results.hits]


@pytest.mark.parametrize("query", ["dao", "Dao", "DAO", "đào", "ĐÀO", "Đào", nfd("Đào")])
def test_dao_finds_dao_with_accents_and_d_stroke(seeded_store, query):
    results = search(seeded_store.db, query)
    assert (seeded_store.seed_id, "Thành phần") in places(results)
    assert "Hà Ngọc [Đào], Chủ tịch Hội Cựu giáo chức tỉnh, Hội Cựu giáo chức tỉnh" \
        in marked(results)


@pytest.mark.parametrize("query", ["khuyen hoc", "KHUYẾN HỌC", "Khuyến học", nfd("khuyến học")])
def test_khuyen_hoc_finds_khuyen_hoc(seeded_store, query):
    results = search(seeded_store.db, query)
    wheres = {w for _, w in places(results)}
    assert {"Tiêu đề", "Thành phần", "Ý kiến – Phạm Đăng Khoa", "Kết luận 1"} <= wheres
    opinion = next(h for h in results.hits if h.where == "Ý kiến – Phạm Đăng Khoa")
    assert opinion.snippet.marked() == ("Phát biểu ý kiến của Hội [Khuyến học] tỉnh về kết quả "
                                        "phối hợp và những khó khăn, vướng mắc.")
    assert (opinion.page, opinion.kind, opinion.focus_id) == ("proceedings", "opinion",
                                                              opinion.row_id)


def test_nfd_stored_text_is_found_and_highlighted(store):
    meeting = Meeting(title="Họp", date=dt.date(2024, 1, 5), organization=Organization("SỞ"))
    mid = create_meeting(store, meeting)
    # written behind the funnel's back, decomposed: still found, snippet keeps the NFD text
    store.db.execute("INSERT INTO opinions (meeting_id, position, key, text) VALUES (?, 0, 'o1', ?)",
                     [mid, nfd("Ông Đào Văn Khuyến phát biểu")])
    hit, = search(store.db, "dao van").hits
    assert hit.snippet.text == nfd("Ông Đào Văn Khuyến phát biểu")
    start, end = hit.snippet.spans[0]
    assert unicodedata.normalize("NFC", hit.snippet.text[start:end]) == "Đào Văn"


def test_results_carry_meeting_date_title_and_row(seeded_store):
    hit = next(h for h in search(seeded_store.db, "Hà Ngọc Đào").hits)
    assert hit.meeting_date == dt.date(2024, 10, 16)
    assert hit.meeting_title.startswith("Họp đánh giá tình hình thực hiện Chương trình số 55")
    row = seeded_store.db.execute("SELECT name FROM attendees WHERE id = ?", [hit.row_id])
    assert row.fetchone()[0] == "Hà Ngọc Đào"
    assert (hit.page, hit.focus_id) == ("attendees", hit.row_id)


def test_sub_items_tasks_and_conclusions_are_labelled(seeded_store):
    where = {h.where for h in search(seeded_store.db, "Cộng đồng học tập").hits}
    assert where == {"Kết luận 2 b)"}
    tasks = search(seeded_store.db, "Giám đốc Sở GDĐT báo cáo Tỉnh ủy").hits
    task = next(h for h in tasks if h.where == "Nhiệm vụ – Kết luận 3")
    parent = seeded_store.db.execute("SELECT conclusion_id FROM tasks WHERE id = ?",
                                     [task.row_id]).fetchone()[0]
    assert (task.page, task.kind, task.focus_id) == ("conclusions", "task", parent)
    agenda = search(seeded_store.db, "\"đẩy mạnh thực hiện Chương trình 55 hướng\"").hits
    assert [(h.where, h.page, h.focus_id) for h in agenda] == [
        ("Thông tin chung", "info", None), ("Chương trình 2", "proceedings", None)]


@pytest.mark.parametrize("query", [
    '"', '""', '"khuyến học', 'khuyến học"', 'khuyen AND hoc', 'AND', 'OR', 'NOT khuyen',
    'NEAR(khuyen hoc)', 'NEAR(', 'khuyen*', '*', ':', 'body:khuyen', '^khuyen', '(', ')',
    '-', '--khuyen', "'", "khuyến's", 'a"b"c"', '{body}', '[x]', '+', '\\', '%', '_', '\x00',
    'khuyen\nhoc', '😀', '<b>&amp;</b>',
])
def test_query_syntax_never_raises(seeded_store, query):
    results = search(seeded_store.db, query)
    assert isinstance(results.hits, list)


def test_operators_and_quotes_give_sensible_results(seeded_store):
    db = seeded_store.db
    both = places(search(db, "khuyen hoc"))
    assert places(search(db, "khuyen AND hoc")) == both  # AND is what words mean anyway
    assert search(db, '"khuyen hoc').hits  # unbalanced quote: a phrase to the end
    assert search(db, "khuyen*").hits  # a star is not a wildcard, just punctuation
    assert not search(db, "NEAR(khuyen hoc)").hits  # 'near' is searched as a word
    assert search(db, "*").hits == [] and search(db, "").hits == []


def test_quoted_phrase_needs_the_words_together(seeded_store):
    db = seeded_store.db
    loose = {h.where for h in search(db, "hoc tap").hits}
    phrase = {h.where for h in search(db, '"tap hoc"').hits}
    assert "Kết luận 2 a)" in loose and phrase == set()


def test_hyphenated_words_are_one_phrase(seeded_store):
    hits = search(seeded_store.db, "GDTrH-GDTX").hits
    assert {h.where for h in hits} == {"Kết luận 2", "Nhiệm vụ – Kết luận 2"}
    assert all("[GDTrH-GDTX]" in h.snippet.marked() for h in hits)
    assert search(seeded_store.db, "24/2023/TT-BGDĐT").hits


def test_parse_query_quotes_every_token():
    query = parse_query('"khuyến học" NEAR(Đào* AND x:y -z')
    assert query.to_fts() == '"khuyen hoc" "near" "dao" "x" "y" "z"'
    assert parse_query('*:()"').is_empty


def test_snippet_html_escapes_user_text(store):
    meeting = Meeting(title="Chi phí R&D <dự kiến> \"Đào tạo\"", date=dt.date(2024, 2, 1),
                      organization=Organization("SỞ"))
    create_meeting(store, meeting)
    hit, = search(store.db, "dao tao").hits
    assert hit.snippet.to_html() == ("Chi phí R&amp;D &lt;dự kiến&gt; &quot;<b>Đào tạo</b>"
                                     "&quot;")


def test_long_text_snippet_is_one_line_around_the_match(store):
    text = "Mở đầu.\n" + "Nội dung dài dòng " * 30 + "\nĐề nghị Phòng Khảo thí báo cáo.\t" \
        + "Kết thúc " * 30
    meeting = Meeting(title="Họp", date=dt.date(2024, 2, 1), organization=Organization("SỞ"),
                      attendees=[Attendee(key="a1", name="Trần Văn Bình")],
                      opinions=[Opinion(key="o1", speaker="a1", text=text)])
    create_meeting(store, meeting)
    hit, = search(store.db, "khao thi").hits
    assert hit.where == "Ý kiến – Trần Văn Bình"
    line = hit.snippet.marked()
    assert "\n" not in line and "\t" not in line
    assert line.startswith("…") and line.endswith("…")
    assert "Phòng [Khảo thí] báo cáo." in line
    assert len(hit.snippet.text) <= 170


def test_speaker_name_finds_their_opinions(store):
    meeting = Meeting(title="Họp", date=dt.date(2024, 2, 1), organization=Organization("SỞ"),
                      attendees=[Attendee(key="a1", name="Trần Văn Bình")],
                      opinions=[Opinion(key="o1", speaker="a1", text="Đồng ý với dự thảo."),
                                Opinion(key="o2", speaker_label="Khách mời", text="Góp ý.")])
    create_meeting(store, meeting)
    where = [h.where for h in search(store.db, "binh dong y").hits]
    assert where == ["Ý kiến – Trần Văn Bình"]
    assert [h.where for h in search(store.db, "khach moi").hits] == ["Ý kiến – Khách mời"]


def test_results_are_limited_newest_meeting_first(store):
    for day in (3, 1, 2):
        create_meeting(store, Meeting(title=f"Giao ban ngày {day}", date=dt.date(2024, 5, day),
                                      organization=Organization("SỞ")))
    results = search(store.db, "giao ban", limit=2)
    assert [h.meeting_date.day for h in results.hits] == [3, 2]
    assert results.truncated
    assert not search(store.db, "giao ban", limit=3).truncated


def test_snippet_of_a_long_nfd_text_finds_a_late_match():
    import unicodedata as ud

    from secretary_app.storage.search_snippet import CHUNK, make_snippet
    from secretary_app.storage.search_text import parse_query

    filler = ud.normalize("NFD", "Hội nghị bàn việc chung. ") * (3 * CHUNK // 25)
    text = filler + ud.normalize("NFD", "Đào tạo cán bộ") + " kết thúc."
    snippet = make_snippet(text, parse_query("dao tao"))
    assert ud.normalize("NFC", snippet.marked()).count("[Đào tạo]") == 1


def test_snippet_shows_where_all_the_words_are_not_only_the_first_word():
    """A NQ's whole text is one field: 'hiệu lực' must show '…có [hiệu lực] kể từ ngày ký',
    not an earlier 'hiệu quả' with only [hiệu] marked."""
    from secretary_app.storage.search_snippet import make_snippet
    from secretary_app.storage.search_text import parse_query

    text = ("Sở tiếp nối công tác phối hợp, đảm bảo tính liên tục và hiệu quả. " * 6
            + "Nghị quyết này có hiệu lực kể từ ngày ký.")
    snippet = make_snippet(text, parse_query("hiệu lực"))
    assert "[hiệu lực]" in snippet.marked()
    first = make_snippet("Đào tạo cán bộ; đào tạo lại.", parse_query("dao tao"))
    assert first.marked() == "[Đào tạo] cán bộ; [đào tạo] lại."
