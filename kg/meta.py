"""What an article states about itself: bylines, datelines, source lines, an author box.

Found with per-language label words from `kg/lang/<code>/metadata.txt` and month names from
`months.txt`; dates come out as ISO `YYYY-MM-DD`. `merge` combines what several places say,
the first that says a field winning (caller, then front matter, then the text).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from functools import cache

from kg.model import LANGS, Meta
from kg.text import lang_table, strip_accents


def merge(*metas: Meta) -> Meta:
    """Each field from the first Meta that has it."""
    names = [item.name for item in dataclasses.fields(Meta)]
    values = [next((v for m in metas if (v := getattr(m, n)) is not None), None) for n in names]
    return Meta(**dict(zip(names, values, strict=True)))


_DATES = (  # day-first for numbers: DD/MM/YYYY unless the day cannot be a month day
    re.compile(r"(?<![\w.])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)"),
    re.compile(r"(?<![\w.])(?P<d>\d{1,2})([/.-])(?P<m>\d{1,2})\2(?P<y>\d{4})(?!\d)"),
    re.compile(
        r"(?<!\w)(?P<mon>[^\W\d_]{3,})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})(?!\d)",
        re.IGNORECASE,
    ),
    re.compile(
        r"(?<![\w.])(?P<d>\d{1,2})(?:er|st|nd|rd|th|º|°)?\s+(?:de\s+)?(?P<mon>[^\W\d_]{3,})\.?,?"
        r"\s+(?:del?\s+)?(?P<y>\d{4})(?!\d)",
        re.IGNORECASE,
    ),
)
_SPLIT_BYLINE = re.compile(r"\s*(?:[,|•·–—]|\s-\s)\s*")


def parse_date(text: str) -> str | None:
    """The first date stated in `text` as ISO YYYY-MM-DD, or None when none parses.

    >>> parse_date("1er janvier 2025"), parse_date("14/01/2025"), parse_date("soon")
    ('2025-01-01', '2025-01-14', None)
    """
    found = _first_date(text)
    return found[2] if found else None


def find_meta(body: str, lang: str) -> Meta:
    """What the body states about itself, in language `lang`.

    A labelled date line ("Published: January 14, 2025", a dateline "date 2025-01-14 ..."), a
    byline near the top ("By Jane Doe"), a source line ("Source : Name, Publisher, 14/01/2025")
    and an author box near the end ("Jane Doe" then "Jane is a reporter at The Ledger").
    """
    labels = _labels(lang)
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    title = (lines[0][2:].strip() or None) if lines and lines[0].startswith("# ") else None
    date = next(filter(None, (_labelled_date(line, labels) for line in lines)), None)
    byline = next(filter(None, (_byline(line, labels) for line in lines[:10])), Meta())
    source = next(filter(None, (_source(line, labels) for line in lines)), Meta())
    return merge(Meta(title=title, date=date), byline, source, _author_box(lines[-15:], labels))


@cache
def _labels(lang: str) -> dict[str, re.Pattern[str]]:
    phrases: dict[str, list[str]] = {}
    for row in lang_table(lang, "metadata"):
        phrases.setdefault(row[0], []).append(row[1])
    alts = {
        kind: "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(ps, key=len)[::-1])
        for kind, ps in phrases.items()
    }
    never = "(?!x)x"
    return {
        "date": re.compile(rf"(?:{alts.get('date', never)})(?!\w)\s*:?\s*", re.IGNORECASE),
        "source": re.compile(rf"(?:{alts.get('source', never)})s?\s*:\s*", re.IGNORECASE),
        "by": re.compile(rf"(?:{alts.get('by', never)})\s*:?\s+", re.IGNORECASE),
        "bio": re.compile(rf"\s+(?:{alts.get('bio', never)})\s.*?\s(?:{alts.get('at', never)})\s+"),
    }


@cache
def _month_table() -> dict[str, int]:
    """Month names and abbreviations of every language, folded, to their number."""
    return {
        _fold(name): int(row[0])
        for code in LANGS
        for row in lang_table(code, "months")
        for name in row[1:]
    }


def _fold(word: str) -> str:
    return strip_accents(word.casefold()).rstrip(".")


def _first_date(text: str) -> tuple[int, int, str] | None:
    """(start, end, ISO date) of the earliest valid date in `text`."""
    best = None
    for pattern in _DATES:
        for match in pattern.finditer(text):
            iso = _iso(match)
            if iso is not None:
                if best is None or match.start() < best[0]:
                    best = (match.start(), match.end(), iso)
                break
    return best


def _iso(match: re.Match[str]) -> str | None:
    parts = match.groupdict()
    year, day = int(parts["y"]), int(parts["d"])
    if parts.get("mon"):
        month = _month_table().get(_fold(parts["mon"]), 0)
    else:
        month = int(parts["m"])
        if match.re is _DATES[1] and day <= 12 < month:
            day, month = month, day  # 01/14/2025 can only be month first
    if not 1800 <= year <= 2200:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _labelled_date(line: str, labels: dict[str, re.Pattern[str]]) -> str | None:
    """The date after a label at the start of a line; at most one word (a weekday) between."""
    label = labels["date"].match(line)
    if label is None:
        return None
    rest = line[label.end() :][:60]
    found = _first_date(rest)
    if found and re.fullmatch(r"(?:[^\W\d_]+,?\s+)?", rest[: found[0]]):
        return found[2]
    return None


def _byline(line: str, labels: dict[str, re.Pattern[str]]) -> Meta | None:
    label = labels["by"].match(line)
    if label is None or len(line) > 120:
        return None
    name, *tail = _SPLIT_BYLINE.split(line[label.end() :], maxsplit=1)
    if not _is_name(name):
        return None
    return Meta(author=name, date=parse_date(tail[0]) if tail else None)


def _source(line: str, labels: dict[str, re.Pattern[str]]) -> Meta | None:
    """A source line: 'Source: [author,] publisher[, date]', the date anywhere in it."""
    label = labels["source"].match(line)
    if label is None:
        return None
    rest = line[label.end() :]
    found = _first_date(rest)
    if found:
        rest = rest[: found[0]] + "," + rest[found[1] :]
    parts = [part.strip(" .") for part in re.split(r"[,;|]", rest) if part.strip(" .")]
    url = next((part for part in parts if "://" in part), None)
    names = [part for part in parts if "://" not in part and part[0].isupper()]
    author = names.pop(0) if len(names) >= 2 and _is_name(names[0]) else None
    publisher = names[0] if names else None
    return Meta(url=url, date=found[2] if found else None, author=author, publisher=publisher)


def _author_box(lines: list[str], labels: dict[str, re.Pattern[str]]) -> Meta:
    """A name on its own line, then a bio that starts with it: "<Name> is a ... at <Publisher>"."""
    for name, bio in zip(lines, lines[1:], strict=False):
        first = name.split()[0]
        if _is_name(name, most=4) and bio.startswith((f"{name} ", f"{first} ")):
            start = len(name) if bio.startswith(f"{name} ") else len(first)
            said = labels["bio"].match(bio, start)
            if said:
                return Meta(author=name, publisher=_capitalised(bio[said.end() :]) or None)
    return Meta()


@cache
def _particles() -> frozenset[str]:
    """Small words inside names ('de', 'van', 'y'), from every language: names travel."""
    return frozenset(
        row[1] for code in LANGS for row in lang_table(code, "metadata") if row[0] == "particle"
    )


def _is_name(text: str, *, least: int = 2, most: int = 6) -> bool:
    """Looks like a person's name: a few capitalised words, maybe with particles (de, van)."""
    words = text.split()
    if not least <= len(words) <= most or not (words[0][0].isupper() and words[-1][0].isupper()):
        return False
    return all(
        word in _particles() or (word[0].isupper() and not any(c.isdigit() for c in word))
        for word in words
    )


def _capitalised(text: str) -> str:
    """The leading run of capitalised words (with inner particles): a publisher's name."""
    words: list[str] = []
    for word in text.split():
        clean = word.strip(".,;:()\"'")
        if not clean or not (clean[0].isupper() or (words and clean in _particles())):
            break
        words.append(clean)
        if word[-1] in ".,;:":  # the sentence or the list goes on without the name
            break
    while words and words[-1] in _particles():
        words.pop()
    return " ".join(words)
