"""The drafted text of a resolution (NQ), decision (QĐ) or invitation (GM), kept apart from the
minutes: built once from the meeting's conclusions, then edited on its own."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from secretary_app.domain.text import clean_text


@dataclass
class Article:
    """One article (Điều) of a resolution or decision, or one task of a Party resolution."""

    text: str
    conclusion: int | None = None  # number (1, 2 …) of the conclusion it was drafted from


@dataclass
class DraftContent:
    """What a NQ, QĐ or GM says besides the frame (number, date, signer, Nơi nhận)."""

    summary: str = ""  # trích yếu: 'về …' (Party), 'Về việc …' (QĐ, GM), free for a NQ
    authority: str = ""  # state NQ/QĐ: the issuing authority line ('HỘI ĐỒNG NHÂN DÂN TỈNH …')
    bases: list[str] = field(default_factory=list)  # 'Căn cứ …' lines
    proposal: str = ""  # QĐ: 'Theo đề nghị của …'; NQ: 'Xét …'
    results: str = ""  # Party monthly resolution: results of last month (section I)
    articles: list[Article] = field(default_factory=list)
    execution: str = ""  # the last article: who carries it out, from when
    invitees: list[str] = field(default_factory=list)  # GM: 'Kính mời' lines
    contact: str = ""  # GM: contact person and telephone
    per_invitee: bool = False  # GM: one invitation per invitee (a page each) instead of one list


_TEXT = ("summary", "authority", "proposal", "results", "execution", "contact")


def content_to_dict(content: DraftContent) -> dict:
    """The JSON object stored in the database and the package (per_invitee only when set, so
    that a finalised meeting's hash, taken over this object, stays what it was)."""
    out = asdict(content)
    if not content.per_invitee:
        del out["per_invitee"]
    return out


def content_from_dict(raw: dict[str, Any] | None) -> DraftContent:
    """A DraftContent from its JSON object (unknown keys ignored, text cleaned)."""
    raw = raw or {}
    texts: dict[str, Any] = {k: clean_text(str(raw.get(k) or "")) for k in _TEXT}
    content = DraftContent(**texts)
    content.bases = [clean_text(str(b)) for b in raw.get("bases") or []]
    content.invitees = [clean_text(str(b)) for b in raw.get("invitees") or []]
    content.per_invitee = raw.get("per_invitee") is True
    for item in raw.get("articles") or []:
        number = item.get("conclusion") if isinstance(item, dict) else None
        text = item.get("text") if isinstance(item, dict) else item
        content.articles.append(Article(
            clean_text(str(text or "")),
            number if isinstance(number, int) and not isinstance(number, bool) else None))
    return content
