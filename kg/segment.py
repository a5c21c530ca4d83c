"""Split an article's body into sentences, keeping exact offsets into the article text.

Rule-based on purpose: news prose is regular, the rules are fast and deterministic, and the
offsets must be exact. A sentence ends at `.`, `!`, `?` or `…` (optionally followed by a closing
quote or bracket) when a space and a capital, digit, quote or bullet follow, unless the word
before is a known abbreviation (per-language data) or a single initial; a line break always
ends a sentence, since headlines, bullets and captions stand on their own lines; and a
quotation is never split from its speaker.
"""

from __future__ import annotations

import re
from functools import cache

from kg.model import Article, Sentence
from kg.text import lang_lines

_END = re.compile(
    r"""[.!?…]+["'”»’)\]]*(?=\s+["'“«‘(\[¿¡•\-–—]?[A-ZÀ-ÖØ-Þ0-9])"""
    r"|(?<=[a-zà-ÿ0-9]{3})\.(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ]{2})"  # "ne faiblit pas.Depuis": a lost space
)
_LINE = re.compile(r"\n+|\r\n?")
_WORD_BEFORE = re.compile(r"([\w.°]+)\W*$")


@cache
def _abbreviations(lang: str) -> frozenset[str]:
    return frozenset(lang_lines(lang, "abbreviations"))


def segment(article: Article) -> list[Sentence]:
    """The sentences of the article body, in order; `text[begin:end] == sentence.text`."""
    return split(article.text, article.lang, article.body_start)


def split(text: str, lang: str, begin: int = 0, end: int | None = None) -> list[Sentence]:
    end = len(text) if end is None else end
    abbreviations = _abbreviations(lang)
    sentences: list[Sentence] = []
    pos = begin
    for line in _LINE.split(text[begin:end]):
        line_begin = text.index(line, pos) if line else pos
        pos = line_begin + len(line)
        start = line_begin
        for match in _END.finditer(text, line_begin, pos):
            before = _WORD_BEFORE.search(text, start, match.start())
            word = before.group(1).lower() if before else ""
            if word in abbreviations or (
                len(word) == 1 and word.isalpha() and match.group() == "."
            ):
                continue
            if _in_quote(text[line_begin : match.end()]):
                continue  # a quote and its speaker stay in one sentence
            _add(sentences, text, start, match.end())
            start = match.end()
        _add(sentences, text, start, pos)
    return sentences


def _in_quote(text: str) -> bool:
    """True when `text` ends inside a quotation or right at its closing mark."""
    if text.count("“") > text.count("”") or text.count("«") > text.count("»"):
        return True
    if text.count('"') % 2 == 1:
        return True
    return text.rstrip()[-1:] in {"”", "»", '"'}


def _add(sentences: list[Sentence], text: str, begin: int, end: int) -> None:
    while begin < end and text[begin].isspace():
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    if end > begin:
        sentences.append(Sentence(begin, end, text[begin:end]))
