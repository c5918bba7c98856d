"""Kinds of collective body and their rules: quorum, passing a vote, base of the percentages."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction


class BodyType(StrEnum):
    """The kind of body that meets (chosen in the organisation profile)."""

    PARTY_CELL = "party_cell"  # chi bộ, đảng ủy (cấp ủy)
    COUNCIL = "council"  # Hội đồng nhân dân
    SCHOOL_COUNCIL = "school_council"  # hội đồng trường
    ASSOCIATION = "association"  # ban chấp hành hội
    AGENCY = "agency"  # cơ quan (giao ban): the head decides
    GENERIC = "generic"


class Threshold(StrEnum):
    """How many are needed, as a share of a base."""

    NONE = "none"  # no rule: nothing is checked or printed
    MORE_THAN_HALF = "more_than_half"  # quá nửa (hơn một nửa)
    AT_LEAST_HALF = "at_least_half"  # ít nhất một nửa
    TWO_THIRDS = "two_thirds"  # ít nhất hai phần ba

    def met(self, count: int, base: int) -> bool:
        """True when count out of base reaches the threshold (NONE is always met)."""
        if self is Threshold.NONE:
            return True
        if base <= 0:
            return False
        share = Fraction(count, base)
        if self is Threshold.MORE_THAN_HALF:
            return share > Fraction(1, 2)
        return share >= (Fraction(1, 2) if self is Threshold.AT_LEAST_HALF else Fraction(2, 3))

    def needed(self, base: int) -> int:
        """The smallest count that meets the threshold out of base."""
        return next(n for n in range(base + 1) if self.met(n, base)) if base > 0 else 0


class Base(StrEnum):
    """What a vote's share is counted against."""

    MEMBERS = "members"  # every voting member of the body (tổng số thành viên / đại biểu)
    PRESENT = "present"  # the voting members present
    VOTE = "vote"  # those entitled in this vote (its 'eligible'), else those who voted


THRESHOLD_WORDS = {
    Threshold.NONE: "", Threshold.MORE_THAN_HALF: "quá nửa",
    Threshold.AT_LEAST_HALF: "ít nhất một nửa", Threshold.TWO_THIRDS: "ít nhất hai phần ba",
}


@dataclass(frozen=True)
class BodyRules:
    """The rules a meeting of one body follows."""

    body_type: BodyType = BodyType.GENERIC
    quorum: Threshold = Threshold.NONE  # share of the voting members who must be present
    pass_threshold: Threshold = Threshold.NONE  # share of pass_base that must vote in favour
    pass_base: Base = Base.MEMBERS
    percent_base: Base = Base.VOTE

    @property
    def member_word(self) -> str:
        """What the members are called in the headcount: 'đảng viên', 'đại biểu', 'thành viên'."""
        return MEMBER_WORDS[self.body_type]


MEMBER_WORDS = {
    BodyType.PARTY_CELL: "đảng viên", BodyType.COUNCIL: "đại biểu",
    BodyType.SCHOOL_COUNCIL: "thành viên", BodyType.ASSOCIATION: "ủy viên",
    BodyType.AGENCY: "người", BodyType.GENERIC: "đại biểu",
}

# Defaults per body type; the sources are listed in docs/meeting-rules.md.
DEFAULTS = {
    BodyType.PARTY_CELL: BodyRules(BodyType.PARTY_CELL, Threshold.TWO_THIRDS,
                                   Threshold.MORE_THAN_HALF, Base.MEMBERS, Base.MEMBERS),
    BodyType.COUNCIL: BodyRules(BodyType.COUNCIL, Threshold.TWO_THIRDS,
                                Threshold.MORE_THAN_HALF, Base.MEMBERS, Base.MEMBERS),
    BodyType.SCHOOL_COUNCIL: BodyRules(BodyType.SCHOOL_COUNCIL, Threshold.TWO_THIRDS,
                                       Threshold.MORE_THAN_HALF, Base.MEMBERS, Base.MEMBERS),
    BodyType.ASSOCIATION: BodyRules(BodyType.ASSOCIATION, Threshold.TWO_THIRDS,
                                    Threshold.MORE_THAN_HALF, Base.PRESENT, Base.PRESENT),
    BodyType.AGENCY: BodyRules(BodyType.AGENCY, Threshold.NONE, Threshold.NONE,
                               Base.PRESENT, Base.PRESENT),
    BodyType.GENERIC: BodyRules(),
}


def rules_for(body_type: str, quorum: str = "", pass_rule: str = "",
              percent_base: str = "") -> BodyRules:
    """The rules of a body type with the profile's own choices ('' keeps the default).

    pass_rule is written 'threshold/base', e.g. 'two_thirds/members'.
    """
    default = DEFAULTS[BodyType(body_type or BodyType.GENERIC)]
    threshold, _, base = (pass_rule or "").partition("/")
    return BodyRules(
        body_type=default.body_type,
        quorum=Threshold(quorum) if quorum else default.quorum,
        pass_threshold=Threshold(threshold) if threshold else default.pass_threshold,
        pass_base=Base(base) if base else default.pass_base,
        percent_base=Base(percent_base) if percent_base else default.percent_base,
    )
