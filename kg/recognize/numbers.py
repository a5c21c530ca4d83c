"""Numbers as news writes them, with their offsets: digits in any grouping, words, scale words.

Shared by the money, quantity and period recognizers in `kg.recognize.amounts`. Scale words
("millones", "bn", "%"), the words that mean one only before a scale ("a billion") and the
links after a scale ("millones de") come from `kg/lang/<lang>/scales.txt`. Number words
("seven thousand", "cinco mil", "quinze") are read by text2num, so no list of them is kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from text_to_num import text2num

from kg.text import lang_table

SP = r"[^\S\r\n]"  # horizontal white space, U+00A0 and U+202F included
LETTERS = r"[^\W\d_]+"
WORD = rf"{LETTERS}(?:-{LETTERS})*"

# Digits: groups of three split by one repeated separator, or plain digits, each with an
# optional decimal part. Never glued to letters or to other digits by a date, time, range or
# code separator ("14/01/2025", "10:30", "COVID-19"): those are not amounts; but for the
# quetzal's "Q", which Guatemalan papers glue to the number ("Q620 millones": find_numbers keeps
# it only before a scale word, so "Q3" stays a quarter).
DIGITS = (
    r"(?:(?<![\w.,/:+-])|(?<=(?<!\w)Q))"
    r"(?:\d{1,3}(?P<sep>[,. \u00a0\u202f])\d{3}(?:(?P=sep)\d{3})*(?:[.,]\d+)?"
    r"|\d+(?:[.,]\d+)?)"
    r"(?![.,/:-]?\d)"
)
_TOKEN = re.compile(rf"(?P<digits>{DIGITS})|(?P<word>{WORD})")
_NEXT_WORD = re.compile(rf"{SP}+(?P<word>{WORD})")
_SPACES = re.compile(r"[ \u00a0\u202f]")

# A lone mark followed by exactly three digits ("5,000", "1.500") groups thousands when the
# language writes it so: English "1.500" is 1.5, Spanish (Mexican usage too) groups with both,
# French "2,300" is a decimal.
_GROUPING_MARKS = {"en": ",", "es": ",.", "fr": "."}


class Number(NamedTuple):
    """A number found in text, its scale word included: `text[begin:end]` is "1.3 billion"."""

    begin: int
    end: int
    value: float
    digits: bool  # written in digits (a year or a day can only be digits)
    scaled: bool  # ends with a scale word, so "de dólares" / "d'emplois" may follow
    percent: bool
    currency: str | None  # implied by the scale word: "mdd" is USD, "mdp" the local peso


def form_pattern(form: str, start: bool = True, stop: bool = True) -> str:
    """A regex for a data-file form: spaces match any run of spaces, either apostrophe.

    A form with a capital letter matches only as written ("M", "PEN", "Mds"); a lower-case
    one in any case. A form that starts (ends) with a letter may not touch another letter
    there, unless `start` (`stop`) is off: scale words touch the number in "865mn".
    """
    pattern = f"{SP}+".join(re.escape(part).replace("'", "['’]") for part in form.split())
    if any(c.isupper() for c in form):
        pattern = f"(?-i:{pattern})"
    if start and form[0].isalnum():
        pattern = rf"(?<!\w){pattern}"
    if stop and form[-1].isalnum():
        pattern = rf"{pattern}(?!\w)"
    return pattern


def alternation(forms: Iterable[str], start: bool = True, stop: bool = True) -> str:
    """One regex for many forms, as a trie so matching tries each letter once, longest first.

    Python's `re` tries the alternatives of "a|b|c" one by one at every position; sharing
    prefixes ("dólares", "dólares estadounidenses", "dólar") makes long lists cheap. Case and
    boundaries are as in `form_pattern`.
    """
    unique = set(forms)
    sensitive = sorted(f for f in unique if any(c.isupper() for c in f))
    insensitive = sorted(unique.difference(sensitive))
    parts = [_trie(insensitive, start, stop)] if insensitive else []
    if sensitive:
        parts.append(f"(?-i:{_trie(sensitive, start, stop)})")
    return "|".join(parts) or "(?!)"


def _atoms(form: str) -> list[str]:
    """A form as regex atoms: one per character, a run of spaces as one."""
    atoms: list[str] = []
    for c in " ".join(form.split()):
        atoms.append(f"{SP}+" if c == " " else "['’]" if c in "'’" else re.escape(c))
    return atoms


def _trie(forms: list[str], start: bool, stop: bool) -> str:
    """The forms as nested groups of shared prefixes: "d(?:ólar(?:es(?!\\w)|(?!\\w)))"."""
    root: dict = {}
    for form in forms:
        node = root
        for atom in _atoms(form):
            node = node.setdefault(atom, {})
        node[""] = form[-1].isalnum()  # the end of a form; must it end a word?

    def regex(node: dict, depth: int) -> str:
        branches = []
        for atom, child in node.items():
            if atom == "":
                continue
            lead = r"(?<!\w)" if start and depth == 0 and atom[0].isalnum() else ""
            branches.append(lead + atom + regex(child, depth + 1))
        if "" in node:  # after the longer forms, so the longest wins
            branches.append(r"(?!\w)" if stop and node[""] else "")
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return regex(root, 0)


@dataclass(frozen=True)
class Ending:
    """Forms that may end right before an offset ("more than", "US$"), found fast.

    Searching backwards with `$` tries every start in the window against every form; matching
    the reversed window against reversed forms tries one start, so this is many times faster.
    """

    pattern: re.Pattern[str]
    width: int  # how far back the longest form with its spaces may start

    @classmethod
    def of(cls, forms: Iterable[str]) -> Ending:
        ordered = sorted(set(forms), key=lambda f: (-len(f), f))
        alternatives = []
        for form in ordered:
            words = (re.escape(w[::-1]).replace("'", "['’]") for w in reversed(form.split()))
            pattern = f"{SP}+".join(words)
            alternatives.append(f"(?-i:{pattern})" if any(c.isupper() for c in form) else pattern)
        pattern = rf"{SP}*(?P<form>{'|'.join(alternatives) or '(?!)'})"
        return cls(re.compile(pattern, re.I), max(map(len, ordered), default=0) + 8)

    def before(self, text: str, offset: int, begin: int) -> tuple[int, str] | None:
        """(start, form as written) of a form ending before `offset`, spaces between allowed.

        The form must start at or after `begin` and, when it starts with a letter, not inside
        a word.
        """
        low = max(begin, offset - self.width)
        m = self.pattern.match(text[low:offset][::-1])
        if m is None:
            return None
        start, stop = offset - m.end("form"), offset - m.start("form")
        if start > 0 and text[start].isalnum() and text[start - 1].isalnum():
            return None
        return start, text[start:stop]


def form_key(text: str) -> str:
    """The key a matched form is looked up by: single spaces, straight apostrophes."""
    return " ".join(text.split()).replace("’", "'")


def lookup(table: dict[str, str], matched: str) -> str | None:
    """Look a matched form up as written, then folded (lower-case forms match any case)."""
    key = form_key(matched)
    found = table.get(key)
    return found if found is not None else table.get(key.casefold())


def keyed(rows: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Data rows (form, value) keyed as `lookup` expects: lower-case forms folded."""
    return {
        (form if any(c.isupper() for c in form) else form.casefold()): value for form, value in rows
    }


@dataclass(frozen=True)
class Scales:
    """A language's scale words, compiled once."""

    scale: re.Pattern[str]  # matched right after a number
    link: re.Pattern[str]  # matched right after a scale: "de", "d'"
    multipliers: dict[str, str]  # form key -> multiplier ("percent" for percentages)
    currencies: dict[str, str]  # form key -> implied ISO 4217 code or "*"
    ones: frozenset[str]  # folded words meaning one before a scale: "a", "un", "une"
    words: frozenset[str]  # folded scale words, to tell "cinco mil millones" is scaled


@cache
def scales(lang: str) -> Scales:
    """Load and compile `scales.txt` for a language (see its header for the columns)."""
    rows = [row + ("",) * (3 - len(row)) for row in lang_table(lang, "scales")]
    scale_rows = [r for r in rows if r[1] not in ("one", "of")]
    links = [r[0] for r in rows if r[1] == "of"]
    link = "|".join(
        f"{SP}+{form_pattern(f)}" + ("" if f.endswith("'") else f"(?={SP})") for f in links
    )
    scale = alternation((r[0] for r in scale_rows), start=False)
    return Scales(
        scale=re.compile(rf"(?:{SP}+|-)?(?P<scale>{scale})", re.I),
        link=re.compile(link or "(?!)", re.I),
        multipliers=keyed((r[0], r[1]) for r in scale_rows),
        currencies=keyed((r[0], r[2]) for r in scale_rows if r[2]),
        ones=frozenset(r[0].casefold() for r in rows if r[1] == "one"),
        words=frozenset(r[0].casefold() for r in scale_rows),
    )


def digits_value(token: str, lang: str) -> float:
    """The value of a number written in digits, reading `,` and `.` by shape and language.

    Spaces always group thousands, and then a mark left is the decimal one. With both marks the
    last is the decimal one. A repeated mark groups thousands. A lone mark before exactly three
    digits is read the way the language writes it (`_GROUPING_MARKS`); before other counts of
    digits it is a decimal mark ("2,45", "1.5").
    """
    if _SPACES.search(token):
        return float(_SPACES.sub("", token).replace(",", "."))
    marks = [c for c in token if c in ",."]
    if not marks:
        return float(token)
    if len(set(marks)) == 2:
        return float(token.replace(marks[0], "").replace(marks[-1], "."))
    mark = marks[0]
    if len(marks) > 1:
        return float(token.replace(mark, ""))
    head, tail = token.split(mark)
    if len(tail) == 3 and head != "0" and mark in _GROUPING_MARKS.get(lang, ","):
        return float(head + tail)
    return float(f"{head}.{tail}")


@lru_cache(maxsize=65536)
def word_value(words: str, lang: str) -> float | None:
    """The value of number words ("seven thousand", "cinco mil"), or None if they are not.

    A run that starts with a plural multiplier ("millions", "miles", "hundreds") is a vague
    amount, not a number, so it has no value. Cached because every word of an article is
    asked once per recognizer.
    """
    try:
        value = float(text2num(words, lang))
    except ValueError:
        return None
    first = words.split(maxsplit=1)[0]
    head = value if first == words else _bare_value(first, lang)
    if first.endswith("s") and head is not None and _is_multiplier(head):
        return None
    return value


def _bare_value(word: str, lang: str) -> float | None:
    try:
        return float(text2num(word, lang))
    except ValueError:
        return None


def _is_multiplier(value: float) -> bool:
    """100, 1000, 1e6...: a word worth this alone ("millions") only counts after a number."""
    return value >= 100 and str(int(value)).rstrip("0") == "1"


def parse_number(token: str, lang: str) -> float | None:
    """The value of one number as written: "5,000", "2,3", "40 000", "seven thousand", "a billion".

    Digits are read by `digits_value`; words by text2num; a trailing scale word multiplies
    ("1.3 billion", "2,3 milliards"); "a"/"un"/"une" count as one only before a scale word.
    None when the token is not exactly one number (percentages and currencies included).
    """
    token = token.strip()
    found = find_numbers(token, lang)
    if len(found) != 1 or found[0].begin != 0 or found[0].end != len(token) or found[0].percent:
        return None
    return found[0].value


def find_numbers(text: str, lang: str, begin: int = 0, end: int | None = None) -> list[Number]:
    """Every number in `text[begin:end]`, in order, each with the scale word after it."""
    end = len(text) if end is None else end
    lex = scales(lang)
    found: list[Number] = []
    taken = begin
    for m in _TOKEN.finditer(text, begin, end):
        start = m.start()
        if start < taken:  # a scale or number word already read
            continue
        if m.lastgroup == "digits":
            value = digits_value(m.group(), lang)
            number = _scaled(text, start, m.end(), value, True, [], lex, end)
            if number and found and _after_thousand(text, found[-1], start, m.group(), lex):
                head = found.pop()  # "3 mil 200 millones", "mil 400": one number
                value += head.value
                number = _scaled(text, head.begin, m.end(), value, True, [], lex, end)
            elif number and number.scaled and _comma_thousands(m.group(), number.value / value):
                grouped = float(m.group().replace(",", ""))
                number = number._replace(value=number.value / value * grouped)
            if number and not number.scaled and start and text[start - 1] == "Q":
                number = None  # "Q3": a quarter, not three quetzales
        else:
            word = m.group().casefold()
            if word not in lex.ones and word_value(word, lang) is None:
                continue
            value, stop, run = _word_run(text, m.end(), word, lang, lex, end)
            number = _scaled(text, start, stop, value, False, run, lex, end) if run else None
        if number is not None:
            found.append(number)
            taken = number.end
    return found


def _after_thousand(text: str, head: Number, start: int, digits: str, lex: Scales) -> bool:
    """Digits right after a number that ends with the thousand word: "3 mil 200", "mil 400"."""
    if not (digits.isdigit() and len(digits) <= 3) or text[head.end : start].strip(" \u00a0"):
        return False
    if head.percent or head.value % 1000:
        return False
    last = text[head.begin : head.end].split()[-1]
    return lookup(lex.multipliers, last) == "1000"


def _comma_thousands(digits: str, multiplier: float) -> bool:
    """A lone comma before exactly three digits, then "millions", groups thousands in any
    language: "12,500 millions" is twelve thousand five hundred millions, a usage Spanish and
    Portuguese sources bring into French text ("3,531 milliards" stays 3.531 billion)."""
    head, _, tail = digits.partition(",")
    grouped = head.isdigit() and tail.isdigit() and len(tail) == 3 and head != "0"
    return grouped and multiplier == 1e6


def _word_run(
    text: str, stop: int, word: str, lang: str, lex: Scales, end: int
) -> tuple[float, int, list[str]]:
    """The longest run of number words from `word` (ending at `stop`) read as one number.

    Two number words may be linked by one short word ("two hundred and fifty", "treinta y
    cinco", "soixante et onze"). A word meaning one before a scale ("a billion") is worth 1.
    Returns (value, end offset, the folded words); no words when there is no number.
    """
    run = [(stop, word)]  # (end offset, folded word)
    while m := _NEXT_WORD.match(text, run[-1][0], end):
        following = m.group("word").casefold()
        if word_value(following, lang) is None:
            after = _NEXT_WORD.match(text, m.end(), end)
            if len(following) > 3 or after is None:
                break
            if word_value(after.group("word").casefold(), lang) is None:
                break
        run.append((m.end(), following))
    for k in range(len(run), 0, -1):
        words = [w for _, w in run[:k]]
        if word_value(words[-1], lang) is None:
            continue
        value = word_value(" ".join(words), lang)
        if value is not None:
            return value, run[k - 1][0], words
    if word in lex.ones:
        return 1.0, stop, [word]
    return 0.0, stop, []


def _scaled(
    text: str,
    start: int,
    stop: int,
    value: float,
    digits: bool,
    run: list[str],
    lex: Scales,
    end: int,
) -> Number | None:
    """The number with the scale word after it, or None when it is no number after all.

    Digits glued to letters that are no scale ("5G", "1st", "2º") and a lone word worth one
    or less ("one", "un", "zero") without a scale after it are not numbers.
    """
    m = lex.scale.match(text, stop, end)
    lone = not digits and len(run) == 1 and value <= 1
    if m and lone and len(m.group("scale")) < 3:
        m = None  # "a b", "un M": too short to read as "a billion"
    if m:
        multiplier = lookup(lex.multipliers, m.group("scale"))
        currency = lookup(lex.currencies, m.group("scale"))
        if multiplier == "percent":
            return Number(start, m.end(), value, digits, False, True, None)
        if multiplier is not None:
            return Number(start, m.end(), value * float(multiplier), digits, True, False, currency)
    if digits and stop < len(text) and text[stop].isalnum():
        return None
    if lone:
        return None
    scaled = not digits and run[-1] in lex.words
    return Number(start, stop, value, digits, scaled, False, None)
