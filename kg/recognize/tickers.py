"""Listed companies told by their ticker: "Antofagasta (LON: ANTO)", "Zorbel (BMV: ZORBEL)".

A name followed by an exchange's code and a ticker in brackets is a company, whatever else
the name may be (a city, a region): that mention and every other one of the same name in the
article are the company's, and the ticker in the brackets is no name of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from kg.model import Mention
from kg.text import lang_lines

NAME_KINDS = frozenset({"place", "name", "org"})


@cache
def _ticker() -> re.Pattern[str]:
    codes = sorted(lang_lines("xx", "stock_exchanges"), key=len, reverse=True)
    code = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in codes)
    listing = rf"(?:{code})\s*:\s*[A-Z0-9][A-Z0-9.\-]{{0,11}}"
    return re.compile(rf"\s*\(\s*{listing}(?:\s*[;,]\s*{listing})*\s*\)", re.IGNORECASE)


def listed_companies(text: str, found: list[list[Mention]]) -> list[list[Mention]]:
    """The mentions of each sentence, the names the article lists with a ticker made
    companies everywhere, and the tickers dropped."""
    listed: set[str] = set()
    brackets: list[tuple[int, int]] = []
    for sentence in found:
        for m in sentence:
            ticker = _ticker().match(text, m.end) if m.kind in NAME_KINDS else None
            if ticker:
                brackets.append((m.end, ticker.end()))
                if m.kind != "org":
                    listed.add(m.text)
    if not brackets:
        return found
    return [
        [
            _company(m) if m.text in listed and m.kind in ("place", "name") else m
            for m in sentence
            if not any(b <= m.begin and m.end <= e for b, e in brackets)
        ]
        for sentence in found
    ]


def _company(m: Mention) -> Mention:
    return replace(m, kind="org", label=m.text, type="Corporation", key=None)
