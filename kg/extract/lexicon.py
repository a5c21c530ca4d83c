"""Word lists of the fact rules, compiled once per language from `kg/lang/<lang>/*.txt`."""

from __future__ import annotations

import re
from functools import cache

from kg.text import lang_table


@cache
def words_by_role(lang: str, name: str) -> dict[str, frozenset[str]]:
    """A two-column data file as role -> words (lower-case)."""
    out: dict[str, set[str]] = {}
    for row in lang_table(lang, name):
        if len(row) >= 2:
            out.setdefault(row[1], set()).add(row[0].casefold())
    return {role: frozenset(words) for role, words in out.items()}


@cache
def pattern(lang: str, name: str, role: str) -> re.Pattern[str]:
    """A whole-word, case-insensitive regex of the words of one role (never matches if none)."""
    words = sorted(words_by_role(lang, name).get(role, ()), key=len, reverse=True)
    if not words:
        return re.compile(r"(?!x)x")
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def role_of(lang: str, name: str, word: str) -> str | None:
    word = word.casefold()
    for role, words in words_by_role(lang, name).items():
        if word in words:
            return role
    return None
