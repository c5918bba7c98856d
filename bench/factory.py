"""Seeded meetings: attendees from a shared pool of people, long opinions, conclusions with tasks."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from bench import phrases, vocab
from bench.writer import Writer, person_name, unit
from secretary_app.domain.enums import (
    Authority,
    DocumentKind,
    MeetingKind,
    Presence,
    Role,
    TaskStatus,
)
from secretary_app.domain.model import (
    AgendaItem,
    Attendee,
    Conclusion,
    Meeting,
    OfficialDocument,
    Opinion,
    Organization,
    Signer,
    SubItem,
    Task,
    Vote,
)

DATA_TODAY = dt.date(2025, 7, 1)  # tasks due before this are mostly done


@dataclass(frozen=True)
class Shape:
    """How big a generated meeting is: list sizes (low, high) and opinion words (low, high)."""

    attendees: tuple[int, int] = (26, 34)
    groups: tuple[int, int] = (0, 3)
    opinions: tuple[int, int] = (34, 46)
    words: tuple[int, int] = (80, 400)
    skew: float = 2.0  # > 1: short opinions more frequent than long ones
    conclusions: tuple[int, int] = (7, 9)
    agenda: tuple[int, int] = (2, 5)


DB_SHAPE = Shape()
LARGE_SHAPE = Shape(attendees=(57, 57), groups=(3, 3), opinions=(300, 300), skew=1.0,
                    conclusions=(40, 40), agenda=(8, 8))


@dataclass(frozen=True)
class Person:
    """Someone of the office's world who comes to meetings."""

    name: str
    title: str
    organization: str


def people_pool(seed: int | str, size: int = 1500) -> list[Person]:
    """The people of one database: the same names come back meeting after meeting."""
    rng = random.Random(f"{seed}:people")
    return [Person(person_name(rng)[0], rng.choice(vocab.TITLES), unit(rng)) for _ in range(size)]


def organization() -> Organization:
    """The issuing body of the generated meetings."""
    return Organization(name="SỞ GIÁO DỤC VÀ ĐÀO TẠO", parent_name="UBND TỈNH ĐẮK LẮK",
                        abbreviation="SGDĐT", place_name="Đắk Lắk")


def make_meeting(rng: random.Random, date: dt.date, pool: list[Person], shape: Shape,
                 org: Organization) -> Meeting:
    """One whole meeting on this date."""
    attendees = _attendees(rng, pool, shape)
    agenda = [AgendaItem(key=f"g{i + 1}", title=_fill(rng, date, rng.choice(phrases.TOPICS))
                         .capitalize()) for i in range(rng.randint(*shape.agenda))]
    writer = Writer(rng, date.year, [a.name for a in attendees if not a.group])
    title, kind = rng.choice(phrases.TITLE_TEMPLATES)
    start = dt.datetime.combine(date, dt.time(rng.choice((7, 8, 9, 13, 14)), rng.choice((0, 30))))
    return Meeting(
        title=writer.fill(title), date=date, organization=org, kind=MeetingKind(kind),
        start_time=f"{start:%H:%M}", end_time=f"{start + dt.timedelta(hours=3):%H:%M}",
        location=rng.choice(vocab.PLACES), chair="a1", secretary="a2",
        purpose=writer.fill("Đánh giá kết quả thực hiện {topic}; thống nhất nhiệm vụ thời gian tới."),
        attendees=attendees, agenda=agenda,
        opinions=_opinions(rng, writer, attendees, agenda, start, shape),
        votes=_votes(rng, writer, len(attendees)),
        conclusions=[_conclusion(rng, writer, date) for _ in range(rng.randint(*shape.conclusions))],
        documents=_documents(rng, attendees[0], date),
    )


def _fill(rng: random.Random, date: dt.date, template: str) -> str:
    return Writer(rng, date.year, []).fill(template)


def _attendees(rng: random.Random, pool: list[Person], shape: Shape) -> list[Attendee]:
    people = rng.sample(pool, rng.randint(*shape.attendees))
    out = [Attendee(key=f"a{i + 1}", name=p.name, title=p.title, organization=p.organization,
                    role=Role.CHAIR if i == 0 else Role.SECRETARY if i == 1 else Role.MEMBER,
                    presence=_presence(rng) if i > 1 else Presence.PRESENT)
           for i, p in enumerate(people)]
    for late in (a for a in out if a.presence is Presence.LATE):
        late.arrived_at = f"{rng.randint(8, 10):02d}:{rng.choice((5, 15, 20, 40)):02d}"
    for excused in (a for a in out if a.presence is Presence.ABSENT_EXCUSED):
        excused.absence_reason = rng.choice(("Đi công tác", "Nghỉ phép", "Ốm", "Họp tại tỉnh"))
    for _ in range(rng.randint(*shape.groups)):
        name = rng.choice(vocab.GROUP_NAMES).format(u=unit(rng))
        out.append(Attendee(key=f"a{len(out) + 1}", name=name, group=True))
    return out


def _presence(rng: random.Random) -> Presence:
    return rng.choices(list(Presence), (85, 6, 6, 3))[0]


def _opinions(rng: random.Random, writer: Writer, attendees: list[Attendee],
              agenda: list[AgendaItem], start: dt.datetime, shape: Shape) -> list[Opinion]:
    speakers = [a for a in attendees if a.presence in (Presence.PRESENT, Presence.LATE)]
    count = rng.randint(*shape.opinions)
    low, high = shape.words
    out = []
    for i in range(count):
        target = low + int((high - 20 - low) * rng.random() ** shape.skew)
        speaker = rng.choice(speakers)
        label = "Đại biểu khách mời" if rng.random() < 0.03 else None
        out.append(Opinion(key=f"o{i + 1}", text=writer.opinion(target, high),
                           speaker=None if label else speaker.key, speaker_label=label,
                           agenda=agenda[i * len(agenda) // count].key,
                           at=f"{start + dt.timedelta(minutes=4 * i):%H:%M}"))
    return out


def _votes(rng: random.Random, writer: Writer, size: int) -> list[Vote]:
    votes = []
    for _ in range(rng.choice((0, 0, 1, 2))):
        against, abstain = rng.randint(0, 3), rng.randint(0, 2)
        votes.append(Vote(subject=writer.fill(rng.choice(phrases.VOTE_SUBJECTS)),
                          in_favor=size - against - abstain, against=against, abstain=abstain,
                          eligible=size, result=rng.choice(phrases.RESULTS)))
    return votes


def _conclusion(rng: random.Random, writer: Writer, date: dt.date) -> Conclusion:
    items = [SubItem(writer.fill(rng.choice(phrases.SUB_ITEMS)))
             for _ in range(rng.choice((0, 0, 2, 3, 4)))]
    tasks = [_task(rng, writer, date) for _ in range(rng.choice((0, 1, 1, 2, 3)))]
    return Conclusion(text=writer.fill(rng.choice(phrases.CONCLUSION_TEXTS)), items=items,
                      tasks=tasks)


def _task(rng: random.Random, writer: Writer, date: dt.date) -> Task:
    deadline = date + dt.timedelta(days=rng.randint(10, 150)) if rng.random() < 0.7 else None
    wording = "" if deadline else writer.fill(rng.choice(vocab.DEADLINE_WORDS))
    due = deadline or date + dt.timedelta(days=120)
    weights = (10, 85, 5) if due < DATA_TODAY else (90, 8, 2)
    return Task(assignee=unit(rng), description=writer.fill(rng.choice(phrases.TASK_DESCRIPTIONS)),
                coordinating=unit(rng) if rng.random() < 0.5 else "", deadline=deadline,
                deadline_text=wording, status=rng.choices(list(TaskStatus), weights)[0])


def _documents(rng: random.Random, chair: Attendee, date: dt.date) -> list[OfficialDocument]:
    signer = Signer(authority=Authority.NONE, title=chair.title, name=chair.name)
    docs = [OfficialDocument(kind=DocumentKind.MINUTES, signer=signer, issued_on=date,
                             recipients=["Như trên", "Lưu: VT, VP"])]
    if rng.random() < 0.5:
        docs.append(OfficialDocument(
            kind=DocumentKind.NOTICE, issued_on=date + dt.timedelta(days=2),
            signer=Signer(authority=Authority.TL, authority_title="GIÁM ĐỐC",
                          title="CHÁNH VĂN PHÒNG", name=rng.choice(("Trần Văn Hùng",
                                                                    "Đỗ Thị Hồng Nhung"))),
            recipients=["Các phòng thuộc Sở", "Lưu: VT, VP"]))
    return docs
