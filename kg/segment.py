"""Split an article's body into sentences, keeping exact offsets into the article text.

Rule-based on purpose: news prose is regular, the rules are fast and deterministic, and the
offsets must be exact. A sentence ends at `.`, `!`, `?` or `…` (optionally followed by a closing
quote or bracket) when a space and a capital, digit, quote or bullet follow, unless the word
before is a known abbreviation (per-language data) or a single initial; a line break always
ends a sentence, since headlines, bullets and captions stand on their own lines; and a
quotation is never split from its speaker.

Work is linear in the text's length, however it is laid out: quotation marks are counted as the
line is scanned (not re-counted from the line's start at every full stop), and a sentence is
at most MAX_SENTENCE characters, cut at a space beyond that. Recognizers and rules compare the
mentions of a sentence pairwise, so one line of a few hundred kilobytes with no full stop would
otherwise cost minutes; no sentence of real news comes near the cap (the longest in the
project's corpora has 628 characters).
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
_QUOTES = re.compile('[“”«»"]')
MAX_SENTENCE = 2_000


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
        quotes = _Quotes(text, line_begin)
        for match in _END.finditer(text, line_begin, pos):
            # the word before the stop: no abbreviation is 40 characters long
            before = _WORD_BEFORE.search(text, max(start, match.start() - 40), match.start())
            word = before.group(1).lower() if before else ""
            if word in abbreviations or (
                len(word) == 1 and word.isalpha() and match.group() == "."
            ):
                continue
            if quotes.inside(match.end()):
                continue  # a quote and its speaker stay in one sentence
            _add(sentences, text, start, match.end())
            start = match.end()
        _add(sentences, text, start, pos)
    return sentences


class _Quotes:
    """Quotation marks counted from the start of a line, forward only (linear per line)."""

    def __init__(self, text: str, begin: int):
        self.text = text
        self.pos = begin
        self.counts = dict.fromkeys('“”«»"', 0)

    def inside(self, end: int) -> bool:
        """True when text[begin:end] ends inside a quotation or right at its closing mark."""
        for mark in _QUOTES.finditer(self.text, self.pos, end):
            self.counts[mark.group()] += 1
        self.pos = max(self.pos, end)
        counts = self.counts
        if counts["“"] > counts["”"] or counts["«"] > counts["»"] or counts['"'] % 2 == 1:
            return True
        last = end - 1
        while last >= 0 and self.text[last].isspace():
            last -= 1
        return last >= 0 and self.text[last] in '”»"'


def _add(sentences: list[Sentence], text: str, begin: int, end: int) -> None:
    while begin < end and text[begin].isspace():
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    while end - begin > MAX_SENTENCE:  # cut at the last space before the cap, else at it
        cut = text.rfind(" ", begin + MAX_SENTENCE // 2, begin + MAX_SENTENCE)
        cut = cut if cut > begin else begin + MAX_SENTENCE
        _add(sentences, text, begin, cut)
        begin = cut
        while begin < end and text[begin].isspace():
            begin += 1
    if end > begin:
        sentences.append(Sentence(begin, end, text[begin:end]))
