"""Money, quantities and periods in news text, as Mentions with exact character offsets.

Numbers come from `kg.recognize.numbers`; what stands around them comes from the language's
data files: `currencies.txt` (symbols, codes and words before or after a number),
`qualifiers.txt` ("more than", "unos", "près de"; "new" in "7,000 new jobs"), `periods.txt`
(span, rate, current and deadline phrases), plus `stopwords.txt` and `months.txt`, whose words
never name what a number counts ("14 de enero"). Every mention's `text` is
`text[begin:end]`; qualifier words are not part of the span but go in `qualifier`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from kg.model import Mention
from kg.recognize.numbers import (
    DIGITS,
    LETTERS,
    SP,
    WORD,
    Ending,
    Number,
    alternation,
    digits_value,
    find_numbers,
    form_key,
    form_pattern,
    keyed,
    lookup,
    parse_number,
    scales,
)
from kg.text import fold, lang_lines, lang_table

__all__ = ["find_money", "find_periods", "find_quantities", "local_sign", "parse_number"]

_NOUN = re.compile(rf"{SP}+(?P<word>{WORD})")
_GLUED_NOUN = re.compile(rf"{SP}*(?P<word>{WORD})")  # after "d'": "d'emplois"
_YEAR = re.compile(r"(?:19\d\d|20\d\d|2100)")
_PREVIOUS_WORD = re.compile(rf"(?P<word>{LETTERS}){SP}+$")
_MAX_UNIT_WORDS = 5  # the noun and up to four words before it: "highly qualified and full-time"


@dataclass(frozen=True)
class _Around:
    """What may stand around a number in one language, compiled once."""

    before: Ending  # currency before a number: "US$", "USD"
    after: re.Pattern[str]  # currency after a number (or its scale word)
    codes: dict[str, str]  # currency form key -> ISO 4217 code or "*"
    qualifier: Ending  # just before the amount: "more than", "plus d'"
    qualifiers: dict[str, str]  # qualifier form key -> English key
    unit_words: frozenset[str]  # folded words skipped before the counted noun
    unit_endings: tuple[str, ...]  # endings of words skipped before it: "ly" in "fully"
    not_units: frozenset[str]  # folded words that never name what is counted


@cache
def _around(lang: str) -> _Around:
    currencies = lang_table(lang, "currencies")
    before = [r[0] for r in currencies if r[2] in ("before", "both")]
    after = [r[0] for r in currencies if r[2] in ("after", "both")]
    rows = lang_table(lang, "qualifiers")
    amount = [r for r in rows if r[1] == "amount"]
    months = {cell for row in lang_table(lang, "months") for cell in row[1:]}
    period_units = {r[1] for r in lang_table(lang, "periods") if r[0] in ("unit", "units")}
    not_units = set(lang_lines(lang, "stopwords")) | months | period_units
    return _Around(
        before=Ending.of(before),
        after=re.compile(
            rf"(?P<link>{scales(lang).link.pattern})?{SP}*(?P<currency>{alternation(after)})", re.I
        ),
        codes=keyed((r[0], r[1]) for r in currencies),
        qualifier=Ending.of(r[0] for r in amount),
        qualifiers=keyed((r[0], r[2]) for r in amount),
        unit_words=_folded(r[0] for r in rows if r[1] == "unit" and r[0][0] != "-"),
        unit_endings=tuple(r[0][1:] for r in rows if r[1] == "unit" and r[0][0] == "-"),
        not_units=_folded(not_units),
    )


def _folded(words: Iterable[str]) -> frozenset[str]:
    """Words as a text may write them, for a quick casefold look-up: "según" and "segun"."""
    return frozenset(w for word in words for w in (word.casefold(), fold(word)))


def find_money(
    text: str, lang: str, begin: int = 0, end: int | None = None, *, default_peso: str = "MXN"
) -> list[Mention]:
    """Amounts of money in `text[begin:end]`: value, ISO 4217 `unit`, `qualifier`.

    "US$1.3 billion", "5.000 millones de dólares", "19 Mds USD", "five billion dollars". A bare
    "$" is USD; "pesos" are `default_peso` (the caller knows the country: "COP" for Colombia).
    The span runs from the currency or number to the last currency or scale word.
    """
    return [m for m in _amounts(text, lang, begin, end, default_peso) if m.kind == "money"]


_BARE_SIGN = re.compile(rf"\${SP}*[\d.,]+(?:{SP}+{LETTERS})*")


def local_sign(mention: Mention, lang: str) -> bool:
    """An amount written with a bare "$" and no currency word ("$270.000 millones", "$ 131 mil
    millones"): in Spanish and French text about a peso country the sign is the peso's."""
    if lang == "en" or mention.kind != "money" or not _BARE_SIGN.fullmatch(mention.text):
        return False
    lex = scales(lang)
    words = [w for w in mention.text[1:].split() if not w[0].isdigit()]
    return all(lookup(lex.multipliers, w) and not lookup(lex.currencies, w) for w in words)


def find_quantities(text: str, lang: str, begin: int = 0, end: int | None = None) -> list[Mention]:
    """Counted things and percentages in `text[begin:end]`: "7,000 new jobs", "58.9%".

    `unit` is the counted noun as written, lower-cased ("empleos"), or "percent"; `label` is
    it folded. Numbers without a noun after them, money, years, days of dates and durations
    ("15 years") are not quantities.
    """
    return [m for m in _amounts(text, lang, begin, end, "MXN") if m.kind == "quantity"]


def _amounts(text: str, lang: str, begin: int, end: int | None, default_peso: str) -> list[Mention]:
    """Money and quantities in one pass, so a number is never both."""
    end = len(text) if end is None else end
    around = _around(lang)
    found: list[Mention] = []
    taken = begin
    # the unscaled numbers just before, in a list: "1,074, 586 y 484 millones de pesos"
    pending: list[tuple[Number, Mention | None]] = []
    for number in find_numbers(text, lang, begin, end):
        if number.begin < taken:
            continue
        mention = _money(text, number, around, begin, end, default_peso) or _quantity(
            text, lang, number, around, begin, end
        )
        if pending and mention and mention.kind == "money" and number.scaled and number.digits:
            shared = _shared_scales(text, lang, pending, number, mention, around, begin)
            used = {id(m) for _, m in pending if m is not None}
            while shared and found and id(found[-1]) in used:
                found.pop()
            found.extend(shared)
        if mention is None and number.scaled and found and found[-1].kind == "money":
            mention = _elided_currency(text, number, found[-1], around, begin)
        plain = number.digits and not number.scaled and not number.percent
        plain = plain and (mention is None or mention.kind == "money")
        if not plain:
            pending = []
        elif pending and _LIST_ITEM.fullmatch(text, _end(pending[-1]), number.begin):
            pending.append((number, mention))
        else:
            pending = [(number, mention)]
        if mention is not None:
            found.append(mention)
            taken = mention.end
    return found


_CAPITALIZED = r"[A-ZÀ-Þ][\w'’-]*"
_LABEL = rf"{_CAPITALIZED}(?:{SP}+(?:(?:de|del|do|da|la|los|las|el){SP}+)?{_CAPITALIZED}){{0,3}}"
_LIST_GAP = re.compile(  # ", Hermosillo ", ", y Mexicali ": a list item's label, capitalized
    rf"{SP}*(?:,{SP}*(?:(?:y|and|et|e){SP}+)?|{SP}+(?:y|and|et|e){SP}+)(?:{_LABEL}{SP}+)?"
)


def _elided_currency(
    text: str, number: Number, last: Mention, around: _Around, begin: int
) -> Mention | None:
    """A scaled number after an amount of the sentence takes its currency: in a list
    ("Guanajuato recibirá 2,861 millones de pesos, Hermosillo 1,052 millones"), or later in a
    clause that leaves the currency out ("ventas por 500 millones de dólares y prevé invertir
    30 millones", "Acme invests $100 million in X and Brisco 50 million in Y")."""
    if not _LIST_GAP.fullmatch(text, last.end, number.begin) and not _LATER_GAP.fullmatch(
        text, last.end, number.begin
    ):
        return None
    return Mention(
        kind="money",
        begin=number.begin,
        end=number.end,
        text=text[number.begin : number.end],
        value=number.value,
        unit=last.unit,
        qualifier=_qualifier(text, number.begin, around, begin),
    )


# what may stand between an amount and a later one that leaves its currency out: words,
# commas and spaces, no other figure, no sentence break
_LATER_GAP = re.compile(r"[^\d;:.!?()\[\]\r\n]{1,120}")
_SHARED_SCALE = re.compile(rf"{SP}*,?{SP}*(?:-|–|to|a|à|y|and|et|or|o|ou){SP}*", re.I)
_LIST_ITEM = re.compile(rf"{SP}*,{SP}*")  # "1,074, 586": the items before the last of a list
_DIGITS = re.compile(DIGITS)


def _end(item: tuple[Number, Mention | None]) -> int:
    number, mention = item
    return mention.end if mention else number.end


def _shared_scales(
    text: str,
    lang: str,
    pending: list[tuple[Number, Mention | None]],
    number: Number,
    money: Mention,
    around: _Around,
    begin: int,
) -> list[Mention]:
    """The first amounts of a range, pair or list whose scale and currency come after the last:
    "US$2,000 to US$2,400 million", "84 y 170 millones de dólares", "1,074, 586, y 484
    millones de pesos". The items are joined by commas, the last by a range or a conjunction."""
    if not _SHARED_SCALE.fullmatch(text, _end(pending[-1]), money.begin):
        return []
    if not money.text[0].isdigit() and any(
        m is None and _is_year(text, n, around, begin) for n, m in pending
    ):  # "rose in 2024 to $5 million": a year, then an amount with its own sign
        return []
    raw = _DIGITS.match(text, number.begin)
    if raw is None or not (base := digits_value(raw.group(), lang)):
        return []
    return [
        _shared_scale(text, item, number.value / base, money, around, begin) for item in pending
    ]


def _shared_scale(
    text: str,
    item: tuple[Number, Mention | None],
    scale: float,
    money: Mention,
    around: _Around,
    begin: int,
) -> Mention:
    first, mention = item
    start, stop = (mention.begin, mention.end) if mention else (first.begin, first.end)
    return Mention(
        kind="money",
        begin=start,
        end=stop,
        text=text[start:stop],
        value=first.value * scale,
        unit=money.unit,
        qualifier=_qualifier(text, start, around, begin),
    )


def _money(
    text: str, number: Number, around: _Around, begin: int, end: int, default_peso: str
) -> Mention | None:
    if number.percent:
        return None
    start, stop, code = number.begin, number.end, number.currency
    before = around.before.before(text, start, begin)
    if before:
        start, code = before[0], lookup(around.codes, before[1])
    after = around.after.match(text, stop, end)
    if after and (number.scaled or not after.group("link")):
        stop = after.end()
        named = lookup(around.codes, after.group("currency"))
        # a bare "$" is the dollar's and the peso's sign: "$500 millones de pesos" is in pesos
        bare = before is not None and before[1] == "$"
        code = named if named and (code is None or bare) else code
    if code is None:
        return None
    return Mention(
        kind="money",
        begin=start,
        end=stop,
        text=text[start:stop],
        value=number.value,
        unit=default_peso if code == "*" else code,
        qualifier=_qualifier(text, start, around, begin),
    )


def _quantity(
    text: str, lang: str, number: Number, around: _Around, begin: int, end: int
) -> Mention | None:
    if number.percent:
        unit, stop = "percent", number.end
    else:
        noun = _noun(text, lang, number, around, end)
        if noun is None or _is_year(text, number, around, begin):
            return None
        unit, stop = text[noun[0] : noun[1]].lower(), noun[1]
    return Mention(
        kind="quantity",
        begin=number.begin,
        end=stop,
        text=text[number.begin : stop],
        label=fold(unit),
        value=number.value,
        unit=unit,
        qualifier=_qualifier(text, number.begin, around, begin),
    )


def _noun(
    text: str, lang: str, number: Number, around: _Around, end: int
) -> tuple[int, int] | None:
    """The span of the noun a number counts: "jobs" in "7,000 new jobs", "d'emplois" -> "emplois".

    A link ("de", "d'") may follow a scale word only ("5 millones de personas", not "14 de
    enero"). Listed unit words ("new", "nuevos", "and") may stand before the noun.
    """
    pos, pattern = number.end, _NOUN
    if number.scaled and (link := scales(lang).link.match(text, pos, end)):
        pos, pattern = link.end(), _GLUED_NOUN
    for skipped in range(_MAX_UNIT_WORDS):
        m = pattern.match(text, pos, end)
        if m is None:
            return None
        word = m.group("word").casefold()
        if word in around.unit_words or _has_ending(word, around.unit_endings):
            pos, pattern = m.end(), _NOUN
            continue
        if skipped and m.group("word")[0].isupper():
            return None  # "1,200 millones y Sinaloa": a name after "y" is counted by no one
        if word in around.not_units or len(word) < 2:
            return None
        return m.start("word"), m.end("word")
    return None


def _has_ending(word: str, endings: tuple[str, ...]) -> bool:
    return any(word.endswith(e) and len(word) > len(e) + 2 for e in endings)


def _is_year(text: str, number: Number, around: _Around, begin: int) -> bool:
    """A bare 1900-2100 after a function word or a name: "in 2025 companies", "Plan 2030 jobs"."""
    written = text[number.begin : number.end]
    if not number.digits or number.scaled or not _YEAR.fullmatch(written):
        return False
    previous = _PREVIOUS_WORD.search(text, max(begin, number.begin - 30), number.begin)
    if previous is None:
        return False
    word = previous.group("word")
    return word.casefold() in around.not_units or word[0].isupper()


def _qualifier(text: str, start: int, around: _Around, begin: int) -> str | None:
    found = around.qualifier.before(text, start, begin)
    return lookup(around.qualifiers, found[1]) if found else None


@dataclass(frozen=True)
class _Periods:
    """A language's period templates, each a regex whose outer group `t<i>` is template i.

    Most templates start with a fixed word ("over", "durante", "d'ici"): one quick search for
    those words, then only their templates are tried there, longest first. The few that start
    with a number ("{n}-{unit}") are searched on their own.
    """

    starts: re.Pattern[str]  # the first words of fixed-start templates
    by_start: dict[str, tuple[int, ...]]  # folded first word -> its templates, longest first
    loose: tuple[int, ...]  # templates that start with a number
    each: tuple[re.Pattern[str], ...]  # template i
    templates: tuple[tuple[str, str], ...]  # (kind, value) of template i
    designators: dict[str, str]  # unit word key -> ISO 8601 designator: "Y", "10Y"
    unit_kinds: dict[str, str]  # unit word key -> "unit" (singular) or "units" (plural)
    ones: frozenset[str]  # words worth one in "within a year", "en un año"


# A number in a period: digits, or up to three words ("twenty five") that parse_number must
# accept; in a compound ("five-year") one word or two joined by a hyphen ("twenty-five").
_N = rf"\d+(?:[.,]\d+)?|{LETTERS}+(?:(?:{SP}+|-){LETTERS}+){{0,2}}"
_N_GLUED = rf"\d+(?:[.,]\d+)?|{LETTERS}+(?:-{LETTERS}+)?"
_PLACEHOLDER = re.compile(r"(\{n\}-|\{n\??\}|\{unit\}|\{year\})")


@cache
def _periods(lang: str) -> _Periods:
    rows = [row + ("",) * (3 - len(row)) for row in lang_table(lang, "periods")]
    units = [row for row in rows if row[0] in ("unit", "units")]
    unit_pattern = alternation(form for _, form, _ in units)
    phrases = sorted(
        (row for row in rows if row[0] not in ("unit", "units")), key=lambda r: (-len(r[1]), r[1])
    )
    each = tuple(
        re.compile(rf"(?<![\w'’])(?P<t{i}>{_template(template, i, unit_pattern)})(?![\w-])", re.I)
        for i, (_, template, _) in enumerate(phrases)
    )
    by_start: dict[str, list[int]] = {}
    for i, (_, template, _) in enumerate(phrases):
        first = template.split()[0]
        if "{" not in first:
            by_start.setdefault(form_key(first).casefold(), []).append(i)
    return _Periods(
        starts=re.compile(rf"(?<![\w'’])(?:{alternation(by_start, False, False)})(?!\w)", re.I),
        by_start={word: tuple(indices) for word, indices in by_start.items()},
        loose=tuple(i for i, (_, t, _) in enumerate(phrases) if "{" in t.split()[0]),
        each=each,
        templates=tuple((kind, value) for kind, _, value in phrases),
        designators=keyed((form, value) for _, form, value in units),
        unit_kinds=keyed((form, kind) for kind, form, _ in units),
        ones=scales(lang).ones,
    )


def _template(template: str, i: int, unit_pattern: str) -> str:
    """A regex for one template of `periods.txt`; its groups are n<i>, u<i> and y<i>."""
    fills = {
        "{n}": rf"(?P<n{i}>{_N})",
        "{n?}": rf"(?P<n{i}>{_N})",
        "{n}-": rf"(?P<n{i}>{_N_GLUED})-",
        "{unit}": rf"(?P<u{i}>{unit_pattern})",
        "{year}": rf"(?P<y{i}>{_YEAR.pattern})(?![\d.,]\d)",
    }
    pattern, joined, absent = "", False, []
    for word in template.split():
        if word.startswith("!"):
            absent.append(form_pattern(word[1:]))
            continue
        parts = "".join(
            fills[part] if part in fills else form_pattern(part) if part else ""
            for part in _PLACEHOLDER.split(word)
        )
        if word == "{n?}":  # may be left out: "over the next decade"
            pattern += (f"{SP}+" if joined else "") + f"(?:{parts}{SP}+)?"
            joined = False
            continue
        pattern += (f"{SP}+" if joined else "") + parts
        joined = True
    if absent:
        pattern += rf"(?!{SP}+(?:{'|'.join(absent)}))"
    return pattern


def find_periods(text: str, lang: str, begin: int = 0, end: int | None = None) -> list[Mention]:
    """Periods in `text[begin:end]`: spans, rates, the current year, deadlines.

    "over the next 15 years" -> label "P15Y"; "per year", "al año" -> label "P1Y", qualifier
    "per"; "este año" -> label "", qualifier "this year"; "d'ici 2030" -> value 2030.0,
    qualifier "by". A span with no number ("en los próximos años") has label "".
    """
    end = len(text) if end is None else end
    periods = _periods(lang)
    found: list[Mention] = []
    for start in periods.starts.finditer(text, begin, end):
        for i in periods.by_start[form_key(start.group()).casefold()]:
            m = periods.each[i].match(text, start.start(), end)
            if m and (mention := _period(m, lang, periods)):
                found.append(mention)
                break
    for i in periods.loose:
        for m in periods.each[i].finditer(text, begin, end):
            if mention := _period(m, lang, periods):
                found.append(mention)
    kept: list[Mention] = []
    for mention in sorted(found, key=lambda m: (m.begin, -m.end)):
        if not kept or mention.begin >= kept[-1].end:  # "within a year", not also "a year"
            kept.append(mention)
    return kept


def _period(m: re.Match[str], lang: str, periods: _Periods) -> Mention | None:
    name = m.lastgroup or ""
    i = int(name[1:])
    kind, value = periods.templates[i]
    label, year, qualifier = "", None, None
    if kind == "span":
        label = _duration(m.group(f"n{i}"), m.group(f"u{i}"), lang, periods)
        if label is None:
            return None
    elif kind == "rate":
        label, qualifier = value, "per"
    elif kind == "current":
        qualifier = value
    elif kind == "by":
        year, qualifier = float(m.group(f"y{i}")), "by"
    return Mention(
        kind="period",
        begin=m.start(),
        end=m.end(),
        text=m.group(),
        label=label,
        value=year,
        qualifier=qualifier,
    )


def _duration(n: str | None, unit: str, lang: str, periods: _Periods) -> str | None:
    """ISO 8601 duration of "<n> <unit>": "P15Y", "P6M", "P10Y" for a decade.

    "" when the number is left out before a plural ("the coming years"); None when what was
    taken for a number is none, or is no sensible count of units.
    """
    designator = lookup(periods.designators, unit)
    if designator is None:
        return None
    if n is None:
        if lookup(periods.unit_kinds, unit) == "units":
            return ""
        count = 1.0
    elif form_key(n).casefold() in periods.ones:
        count = 1.0
    elif n[0].isdigit():
        count = digits_value(n, lang)
    else:
        count = parse_number(n, lang) or 0.0
    if not 0 < count <= 100:
        return None
    times, letter = designator[:-1], designator[-1]
    return f"P{count * float(times or 1):g}{letter}"
