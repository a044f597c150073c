"""Corpus maker: N articles derived from the seeds, in the seeds' five languages, deterministic per seed number.

Article i is seed file i % 5 in variant i // 5. Variant 0 is the seeds as they are; every other
variant is one story told in all five languages with the same changes: every date shifted by one
offset (whole months, then days; dateline, timestamp, masthead and in-text dates alike), registry
names swapped for another entity of the same type (its name in the article's language), some
names replaced by new invented ones, and the middle paragraphs shuffled (one sometimes dropped).
Names and dates are located with the generator's own matchers, so Thai stays without spaces and
Arabic keeps its clitics (a clitic before a swapped name stays).

    python -m bench.corpus --n 1000 --seed 0 --out bench/out/corpus-1000
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from babel.dates import get_month_names

from generator.annotate.mentions import build_name_index, find_mentions
from generator.dates import DateExpression, find_date_expressions
from generator.knowledge.registry import Entity, load_registry
from generator.lang.fold import fold_form
from generator.model import Mention
from generator.read.reader import find_seeds, read_seed

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
NEW_SHARE, SWAP_SHARE = 0.15, 0.3  # per variant and entity: a new invented name / another registry entity
MONTHS, DAYS = (-48, 24), (-10, 0)  # date offset ranges; the seeds' day numbers (11..28) stay in their month
LONG_LINE = 150  # paragraphs from the first to the last line this long are shuffled; header and tail stay
DROP_SHARE = 0.3  # share of derived articles that lose one shuffled paragraph
ARABIC_CLITICS = "وفبلكـ"
ORG_WORDS = ("Group", "Holdings", "Technology", "Industrial Group", "Energy")
# Chinese syllables in pinyin, Russian (Palladius), Arabic and Thai transcription: material for new names.
SYLLABLES = [s.split("/") for s in (
    "wang/Ван/وانغ/หวัง li/Ли/لي/หลี่ zhang/Чжан/تشانغ/จาง chen/Чэнь/تشن/เฉิน liu/Лю/ليو/หลิว yang/Ян/يانغ/หยาง "
    "zhao/Чжао/تشاو/จ้าว hua/Хуа/هوا/หัว ming/Мин/مينغ/หมิง hai/Хай/هاي/ไห่ feng/Фэн/فنغ/เฟิง lin/Линь/لين/หลิน "
    "xin/Синь/شين/ซิน tao/Тао/تاو/เทา ping/Пин/بينغ/ผิง jun/Цзюнь/جون/จวิน bo/Бо/بو/ปั๋ว kang/Кан/كانغ/คัง "
    "song/Сун/سونغ/ซ่ง fu/Фу/فو/ฝู qing/Цин/تشينغ/ชิง yu/Юй/يو/อวี๋ gang/Ган/قانغ/กัง rong/Жун/رونغ/หรง"
).split()]


@dataclass(frozen=True)
class Seed:
    """One seed file: its text, language, registry mentions and date expressions (offsets into text)."""

    name: str
    lang: str
    text: str
    mentions: tuple[Mention, ...]
    dates: tuple[DateExpression, ...]


@dataclass(frozen=True)
class Variant:
    """The changes shared by the five language versions of one story: date offset and new names by entity."""

    months: int = 0
    days: int = 0
    names: dict[str, dict[str, str]] = field(default_factory=dict)  # entity id -> {lang: new name}


def load_seeds(seeds_dir: Path = SEEDS) -> tuple[list[Seed], dict[str, Entity]]:
    """The seeds with their mentions and dates found by the generator, and the registry by id."""
    entities = load_registry(seeds_dir / "knowledge" / "entities.yml")
    index = build_name_index(entities)
    seeds = []
    for path in find_seeds(seeds_dir):
        article = read_seed(path, seeds_dir).article
        text = path.read_text(encoding="utf-8")
        dates = find_date_expressions(text, article.lang, article.published)
        seeds.append(Seed(path.name, article.lang, text, find_mentions(text, index), tuple(dates)))
    return seeds, {e.id: e for e in entities}


def plan_variant(rng: random.Random, registry: dict[str, Entity], mentioned: list[str]) -> Variant:
    """A date offset, and for some entities another registry entity's names or new invented names."""
    names = {}
    for entity_id in mentioned:
        kind, roll = registry[entity_id].type, rng.random()
        if roll < NEW_SHARE and kind in ("person", "place", "organisation"):
            names[entity_id] = invent(rng, kind)
        elif roll < NEW_SHARE + SWAP_SHARE:
            pool = [e for e in registry.values() if e.type == kind and e.id != entity_id]
            if pool:
                names[entity_id] = registry_names(rng.choice(pool))
    return Variant(rng.randint(*MONTHS), rng.randint(*DAYS), names)


def registry_names(entity: Entity) -> dict[str, str]:
    """An entity's name per language; English and German fall back to the English name."""
    names = dict(entity.names)
    return {**{lang: names["en"] for lang in ("en", "de") if "en" in names}, **names}


def invent(rng: random.Random, kind: str) -> dict[str, str]:
    """A new Chinese-style name of a person, place or organisation, written in each seed language."""
    surname, first, second = rng.sample(SYLLABLES, 3)
    word = [first[0].capitalize() + second[0], first[1] + second[1].lower(), first[2] + second[2], first[3] + second[3]]
    if kind == "person":
        latin = f"{surname[0].capitalize()} {word[0]}"
        return {"en": latin, "de": latin, "ru": f"{surname[1]} {word[1]}", "ar": f"{surname[2]} {first[2]} {second[2]}",
                "th": f"{surname[3]} {word[3]}"}
    if kind == "place":
        return {"en": word[0], "de": word[0], "ru": word[1], "ar": word[2], "th": word[3]}
    latin = f"{word[0]} {rng.choice(ORG_WORDS)}"
    return {"en": latin, "de": latin, "ru": latin, "th": latin, "ar": f"مجموعة {word[2]}"}


def derive(seed: Seed, variant: Variant, registry: dict[str, Entity], rng: random.Random) -> str:
    """The seed's text with the variant's names and dates, its middle paragraphs shuffled."""
    edits = [edit for m in seed.mentions if (edit := swap(m, seed.text, seed.lang, variant, registry))]
    edits += [(d.start, d.end, shift(seed.text[d.start:d.end], d, seed.lang, variant)) for d in seed.dates]
    return shuffle(apply_edits(seed.text, edits), rng)


def swap(mention: Mention, text: str, lang: str, variant: Variant, registry: dict[str, Entity]) -> tuple[int, int, str] | None:
    """Replace a mention written as a registry form of its language (an Arabic clitic before it stays).

    A Latin-script name in a Thai, Russian or Arabic article (BMW Group, an English subtitle) gets the English name.
    """
    new = variant.names.get(mention.entity, {}).get("en" if lang not in ("en", "de") and mention.surface.isascii() else lang)
    if new is None:
        return None
    forms = [form for form_lang, form in registry[mention.entity].surface_forms() if form_lang in (lang, "any")]
    for cut in range(3 if lang == "ar" else 1):
        head, rest = mention.surface[:cut], mention.surface[cut:]
        if all(c in ARABIC_CLITICS for c in head) and fold_form(rest) in map(fold_form, forms):
            new = new.upper() if rest.isupper() and rest not in forms else new  # SHENYANG, but not EU
            if lang == "th" and new.isascii():  # Thai sets Latin names off with spaces
                new = ("" if text[mention.start - 1:mention.start].isspace() else " ") + new + (
                    "" if text[mention.end:mention.end + 1].isspace() else " ")
            return mention.start, mention.end, head + new
    return None  # an inflected form (Russian cases, German genitive): left as it is


def shift(text: str, date: DateExpression, lang: str, variant: Variant) -> str:
    """A date expression moved by the variant's offset: numeric dates, years, month names, day numbers."""
    months = list(get_month_names("wide", "format", lang).values())
    year_delta = add_months(date.first, variant.months).year - date.first.year
    names = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
    pattern = re.compile(r"\d{4}-\d\d-\d\d|\d\d?([./])\d\d?\1\d{4}|\d+:\d\d|\d+(?:st|nd|rd|th)?|" + names)

    def one(match: re.Match) -> str:
        token = match.group()
        if token in months:
            return months[(months.index(token) + variant.months) % 12]
        if ":" in token:
            return token  # a time of day
        if len(token) == 10 or match.group(1):  # ISO or day-first numeric date
            parts = re.findall(r"\d+", token)
            iso = token[4:5] == "-"
            year, month, day = map(int, parts if iso else parts[::-1])
            moved = add_months(dt.date(year, month, day), variant.months) + dt.timedelta(days=variant.days)
            sep = match.group(1)
            return moved.isoformat() if iso else f"{moved.day:0{len(parts[0])}d}{sep}{moved.month:0{len(parts[1])}d}{sep}{moved.year}"
        digits = token.rstrip("stndrh")
        if len(digits) == 4:
            return str(int(digits) + year_delta)  # Gregorian or Buddhist era: the same delta
        if date.precision != "day":
            return token
        day = int(digits) + variant.days
        return str(day) + (ordinal(day) if len(token) > len(digits) else "")

    return pattern.sub(one, text)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day of the month, months later (the last day of the month when it is shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    for last in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


def ordinal(day: int) -> str:
    """The English ordinal suffix of a day number."""
    return "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def apply_edits(text: str, edits: list[tuple[int, int, str]]) -> str:
    """The text with non-overlapping (start, end, replacement) edits applied; overlapping ones are skipped."""
    pieces, cursor = [], 0
    for start, end, new in sorted(edits):
        if start >= cursor:
            pieces += [text[cursor:start], new]
            cursor = end
    return "".join(pieces) + text[cursor:]


def shuffle(text: str, rng: random.Random) -> str:
    """Shuffle the paragraphs between the header (up to the first long line) and the tail (after the last)."""
    lines = text.split("\n")
    long = [i for i, line in enumerate(lines) if len(line) >= LONG_LINE]
    if len(long) < 3:
        return text
    separator = "\n\n" if "\n\n" in text else "\n"
    middle = [line for line in lines[long[0] + 1:long[-1] + 1] if line.strip()]
    if len(middle) > 3 and rng.random() < DROP_SHARE:
        middle.pop(rng.randrange(len(middle)))
    rng.shuffle(middle)
    return "\n".join(lines[:long[0] + 1]) + separator + separator.join(middle) + "\n" + "\n".join(lines[long[-1] + 1:])


def make_corpus(out: Path, n: int, seed: int = 0, seeds_dir: Path = SEEDS) -> Path:
    """Write n articles (and a copy of seeds/knowledge/) into a fresh folder; the same seed gives the same bytes."""
    seeds, registry = load_seeds(seeds_dir)
    mentioned = sorted({m.entity for s in seeds for m in s.mentions})
    rng = random.Random(seed)
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(seeds_dir / "knowledge", out / "knowledge")
    variant = Variant()
    for number in range(n):
        index, position = divmod(number, len(seeds))
        source = seeds[position]
        if position == 0 and index > 0:
            variant = plan_variant(rng, registry, mentioned)
        text = source.text if index == 0 else derive(source, variant, registry, rng)
        (out / f"{number:05d}_{source.lang}.txt").write_text(text, encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    """Command line: write one corpus."""
    parser = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=100, help="number of articles (default 100)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--out", type=Path, required=True, help="folder to write (replaced)")
    args = parser.parse_args(argv)
    make_corpus(args.out, args.n, args.seed)
    print(f"{args.n} articles in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
