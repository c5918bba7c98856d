"""Headcount of a meeting (convened, present, absent), its quorum and the verdict of a vote."""

from __future__ import annotations

from dataclasses import dataclass

from secretary_app.domain.body_rules import THRESHOLD_WORDS, Base, BodyType
from secretary_app.domain.enums import Presence, Role
from secretary_app.domain.model import Attendee, Meeting, Vote
from secretary_app.domain.text import fold

PROBATIONARY = "du bi"  # 'dự bị' folded: a probationary Party member has no vote


def is_probationary(attendee: Attendee) -> bool:
    """A probationary Party member (đảng viên dự bị): 'dự bị' in the title or group name."""
    return PROBATIONARY in fold(f"{attendee.name} {attendee.title}")


def weight(attendee: Attendee) -> int:
    """How many people a line stands for: a person 1, a group its count (0 when not given: a
    delegation of unknown size is listed but not counted)."""
    return (attendee.count or 0) if attendee.group else 1


@dataclass(frozen=True)
class Headcount:
    """Members convened and how many came; guests are not counted."""

    convened: int
    probationary: int  # of the convened: probationary Party members (no vote)
    present: int
    late: int
    absent_excused: int
    absent_unexcused: int  # including convened members not on the list
    present_probationary: int

    @property
    def absent(self) -> int:
        """Every convened member who did not come."""
        return self.absent_excused + self.absent_unexcused

    @property
    def voting(self) -> int:
        """Members with a vote (probationary Party members have none)."""
        return self.convened - self.probationary

    @property
    def voting_present(self) -> int:
        """Members with a vote who are present."""
        return self.present - self.present_probationary


def headcount(meeting: Meeting) -> Headcount:
    """Count members from named attendees and group counts; the convened total when set."""
    members = [a for a in meeting.attendees if a.role is not Role.GUEST]
    here = [a for a in members if a.presence in (Presence.PRESENT, Presence.LATE)]
    counted = sum(weight(a) for a in members)
    convened = max(meeting.convened_total or 0, 0) or counted
    present = sum(weight(a) for a in here)
    excused = sum(weight(a) for a in members if a.presence is Presence.ABSENT_EXCUSED)
    party = meeting.organization.rules.body_type is BodyType.PARTY_CELL
    return Headcount(
        convened=convened,
        probationary=sum(weight(a) for a in members if party and is_probationary(a)),
        present=present,
        late=sum(weight(a) for a in here if a.presence is Presence.LATE),
        absent_excused=excused,
        absent_unexcused=max(convened - present - excused, 0),
        present_probationary=sum(weight(a) for a in here if party and is_probationary(a)),
    )


def two_digits(n: int) -> str:
    """Counts below 10 with a leading zero, as the minutes write them ('02', '16')."""
    return f"{n:02d}"


def headcount_line(meeting: Meeting) -> str:
    """'Tổng số đảng viên: 17 (15 chính thức, 02 dự bị); có mặt: 16; vắng: 01 (có lý do: 01)'."""
    count, rules = headcount(meeting), meeting.organization.rules
    text = f"Tổng số {rules.member_word}: {two_digits(count.convened)}"
    if count.probationary:
        text += (f" ({two_digits(count.voting)} chính thức, "
                 f"{two_digits(count.probationary)} dự bị)")
    text += f"; có mặt: {two_digits(count.present)}"
    if count.late:
        text += f" (trong đó {two_digits(count.late)} đến muộn)"
    text += f"; vắng: {two_digits(count.absent)}"
    reasons = []
    if count.absent_excused:
        reasons.append(f"có lý do: {two_digits(count.absent_excused)}")
    if count.absent_unexcused:
        reasons.append(f"không có lý do: {two_digits(count.absent_unexcused)}")
    if reasons:
        text += f" ({', '.join(reasons)})"
    return text


def quorum_met(meeting: Meeting) -> bool:
    """True when enough voting members are present by the body's quorum rule."""
    count, rules = headcount(meeting), meeting.organization.rules
    return rules.quorum.met(count.voting_present, count.voting)


def validity_sentence(meeting: Meeting) -> str:
    """Whether the meeting may proceed by the quorum rule; '' when the body has none."""
    count, rules = headcount(meeting), meeting.organization.rules
    words = THRESHOLD_WORDS[rules.quorum]
    if not words:
        return ""
    who = f"{rules.member_word}{' chính thức' if count.probationary else ''}"
    share = f"{count.voting_present}/{count.voting} {who}"
    if quorum_met(meeting):
        return f"Số có mặt ({share}) bảo đảm {words} theo quy định: cuộc họp hợp lệ."
    need = rules.quorum.needed(count.voting)
    return (f"Số có mặt ({share}) chưa bảo đảm {words} theo quy định "
            f"(cần ít nhất {need}): cuộc họp không đủ điều kiện tiến hành.")


def vote_base(meeting: Meeting, vote: Vote, base: Base) -> int:
    """The number a vote's counts are measured against under a base."""
    count = headcount(meeting)
    if base is Base.MEMBERS:
        return count.voting
    if base is Base.PRESENT:
        return count.voting_present
    return vote.eligible or (vote.in_favor + vote.against + vote.abstain)


def vote_passed(meeting: Meeting, vote: Vote) -> bool | None:
    """Whether the vote passed by the body's rule; None when the body has no rule."""
    rules = meeting.organization.rules
    if not THRESHOLD_WORDS[rules.pass_threshold]:
        return None
    return rules.pass_threshold.met(vote.in_favor, vote_base(meeting, vote, rules.pass_base))


BASE_WORDS = {Base.MEMBERS: "tổng số", Base.PRESENT: "số có mặt", Base.VOTE: "số"}


def verdict_sentence(meeting: Meeting, vote: Vote) -> str:
    """'Nội dung được thông qua (quá nửa tổng số đại biểu tán thành).' or '' with no rule."""
    passed = vote_passed(meeting, vote)
    if passed is None:
        return ""
    rules = meeting.organization.rules
    count = headcount(meeting)
    who = f"{rules.member_word}{' chính thức' if count.probationary else ''}"
    rule = f"{THRESHOLD_WORDS[rules.pass_threshold]} {BASE_WORDS[rules.pass_base]} {who} tán thành"
    if passed:
        return f"Nội dung được thông qua ({rule})."
    return f"Nội dung không được thông qua (chưa đạt {rule})."
