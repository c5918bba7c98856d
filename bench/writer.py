"""Seeded text maker: fills the sentence stock with units, people, numbers and dates."""

from __future__ import annotations

import datetime as dt
import random

from bench import phrases, vocab

SURNAME_WORDS = [s for s, _ in vocab.SURNAMES]
SURNAME_WEIGHTS = [w for _, w in vocab.SURNAMES]


def person_name(rng: random.Random) -> tuple[str, bool]:
    """A Vietnamese full name and whether it is a woman's."""
    woman = rng.random() < 0.45
    surname = rng.choices(SURNAME_WORDS, SURNAME_WEIGHTS)[0]
    if surname in ("Y", "H'"):  # Ê Đê names: "Y Sơn Niê", "H'Hương Ênuôl"
        given = rng.choice(vocab.GIVEN_WOMEN if surname == "H'" else vocab.GIVEN_MEN)
        clan = rng.choice(("Niê", "Ênuôl", "Mlô", "Byă", "Kbuôr"))
        return (f"H'{given} {clan}" if surname == "H'" else f"Y {given} {clan}"), surname == "H'"
    middle = rng.choice(vocab.MIDDLE_WOMEN if woman else vocab.MIDDLE_MEN)
    given = rng.choice(vocab.GIVEN_WOMEN if woman else vocab.GIVEN_MEN)
    return f"{surname} {middle} {given}", woman


def unit(rng: random.Random) -> str:
    """A department, district unit or office of the Department of Education."""
    pick = rng.random()
    if pick < 0.45:
        return rng.choice(vocab.DEPARTMENTS)
    if pick < 0.75:
        return rng.choice(vocab.OFFICES)
    return rng.choice(vocab.DISTRICT_UNITS).format(d=rng.choice(vocab.DISTRICTS))


class Filler(dict):
    """Template values made on demand: str.format_map asks only for the slots it needs."""

    def __init__(self, writer: Writer):
        super().__init__()
        self.writer = writer

    def __missing__(self, key: str) -> str:
        return self.writer.slot(key)


class Writer:
    """Makes the text of one meeting from a seeded random source."""

    def __init__(self, rng: random.Random, year: int, speakers: list[str]):
        self.rng = rng
        self.year = year
        self.speakers = speakers

    def slot(self, key: str) -> str:
        """The value of one template slot."""
        rng = self.rng
        makers = {
            "unit": lambda: unit(rng), "unit2": lambda: unit(rng),
            "topic": lambda: rng.choice(phrases.TOPICS),
            "programme": lambda: rng.choice(vocab.PROGRAMMES).format(y=self.year,
                                                                     y1=self.year + 1),
            "district": lambda: rng.choice(vocab.DISTRICTS),
            "person": lambda: rng.choice(self.speakers) if self.speakers else "Nguyễn Văn An",
            "y": lambda: str(self.year), "y1": lambda: str(self.year + 1),
            "y1_prev": lambda: str(self.year - 1), "month": lambda: str(rng.randint(1, 12)),
            "n": lambda: str(rng.randint(2, 95)), "m": lambda: f"{rng.randint(120, 9800):,}"
            .replace(",", "."),
            "p": lambda: f"{rng.randint(35, 99)},{rng.randint(0, 9)}%",
            "d": lambda: self.date_text(),
        }
        return makers[key]()

    def date_text(self) -> str:
        """A date in the meeting's year, written dd/mm/yyyy."""
        day = dt.date(self.year, 1, 1) + dt.timedelta(days=self.rng.randint(0, 364))
        return f"{day:%d/%m/%Y}"

    def fill(self, template: str) -> str:
        """The template with every slot filled."""
        return template.format_map(Filler(self))

    def sentence(self) -> str:
        """One sentence of an opinion: an opener and a claim, sometimes a follow-up."""
        text = f"{self.fill(self.rng.choice(phrases.OPENERS))} "
        text += self.fill(self.rng.choice(phrases.CLAIMS)) + "."
        if self.rng.random() < 0.4:
            text += " " + self.fill(self.rng.choice(phrases.FOLLOWS))
        return text[0].upper() + text[1:]

    def opinion(self, target: int, limit: int) -> str:
        """Whole sentences until at least `target` words but never more than `limit`."""
        parts: list[str] = []
        count = 0
        while count < target:
            sentence = self.sentence()
            size = len(sentence.split())
            if count + size > limit:
                continue  # a shorter sentence comes soon
            parts.append(sentence)
            count += size
            if self.rng.random() < 0.12 and count < target:
                parts.append("\n")
        return " ".join(parts).replace(" \n ", "\n")
