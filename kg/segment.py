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
    r"""[.!?…]+(?:["'”’)\]]|\s?»)*(?=\s+["'“«‘(\[¿¡•\-–—]?[A-ZÀ-ÖØ-Þ0-9])"""
    r"|(?<=[a-zà-ÿ0-9]{3})\.(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ]{2})"  # "ne faiblit pas.Depuis": a lost space
)
_LINE = re.compile(r"(?:\r\n|\n|\r)+")
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
    for line_begin, pos in _lines(text, begin, end, lang):
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
            if quotes.inside(match.end(), start):
                continue  # a quote and its speaker stay in one sentence
            _add(sentences, text, start, match.end())
            start = match.end()
        _add(sentences, text, start, pos)
    return sentences


# a line that a hard wrap cut: it ends without a stop and the next one goes on in lower case
_OPEN_END = re.compile(r"[^.!?…:;\"”»)\]\s]\s*\Z")
_GOES_ON = re.compile(r"[ \t]*[a-zà-öø-ÿ]")
_BRACKET_END = re.compile(r"(?:[^(\[\s][)\]]|[;:])\s*\Z")
_ABBREVIATION_END = re.compile(r"(?<![\w.])(\w+)\.[ \t]*\Z")


def _lines(text: str, begin: int, end: int, lang: str) -> list[tuple[int, int]]:
    """The (begin, end) of each line, a line broken by a hard wrap joined to the next (see
    `wrap_breaks`)."""
    joined: list[tuple[int, int]] = []
    pos = begin
    breaks = set(wrap_breaks(text, lang, begin, end))
    for m in _LINE.finditer(text, begin, end):
        if m.start() not in breaks:
            joined.append((pos, m.start()))
            pos = m.end()
    joined.append((pos, end))
    return joined


def wrap_breaks(text: str, lang: str, begin: int = 0, end: int | None = None) -> list[int]:
    """The offsets of the line breaks a hard wrap put inside a sentence: a single line break
    between a line with no stop and one that starts in lower case ("la llegada de grandes
    inversiones\ny crecimientos") is a space, not a sentence's end; in a text wrapped
    throughout, so is one before a capital ("Constellation Brands, Younger\nOptics"), and one
    after a title's abbreviation or an initial ("le directeur, M.\nPaul Roy")."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    pos = begin
    for m in _LINE.finditer(text, begin, end):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, end))

    def wrapped(a: tuple[int, int], b: tuple[int, int]) -> bool:
        if text[a[1] : b[0]] not in ("\n", "\r\n"):
            return False
        # "... the company Acme (ACM)\nannounced", "... de Commerce ;\nen ce moment": a bracket
        # or a semicolon goes on before lower case only
        if _OPEN_END.search(text, a[0], a[1]):
            return True
        if _BRACKET_END.search(text, a[0], a[1]):
            return bool(_GOES_ON.match(text, b[0], b[1]))
        word = _ABBREVIATION_END.search(text, max(a[0], a[1] - 12), a[1])
        return bool(word) and (
            word.group(1).isupper() and len(word.group(1)) == 1 or word.group(1).lower() in titles
        )

    titles = _abbreviations(lang) - {"etc"}

    pairs = [wrapped(a, b) for a, b in zip(spans, spans[1:], strict=False)]
    nexts = spans[1:]
    goes_on = [
        p and bool(_GOES_ON.match(text, b, e)) for p, (b, e) in zip(pairs, nexts, strict=True)
    ]
    lower = sum(goes_on)
    # a hard-wrapped text (many lines going on in lower case): every open line goes on, but
    # one much shorter than the wrapped lines, which ends a headline or a paragraph
    hard = lower >= 3 and lower >= 0.3 * len(pairs)
    widths = sorted(a[1] - a[0] for on, a in zip(goes_on, spans, strict=False) if on)
    full = 0.6 * widths[len(widths) // 2] if widths else 0
    return [
        a[1]
        for wrap, on, a in zip(pairs, goes_on, spans, strict=False)
        if wrap and (on or hard and a[1] - a[0] >= full)
    ]


def unwrap(text: str, lang: str, begin: int = 0) -> str:
    """`text` with each line break of a hard wrap after `begin` made a space: the same length,
    so every offset into it is an offset into `text`, and the rules that read a phrase on one
    line ("1.300\nmillones", "Younger\nOptics") read it across the wrap."""
    breaks = wrap_breaks(text, lang, begin)
    if not breaks:
        return text
    chars = list(text)
    for at in breaks:
        chars[at] = " "
        if text.startswith("\r\n", at):  # a Windows line end: both characters
            chars[at + 1] = " "
    return "".join(chars)


class _Quotes:
    """Quotation marks counted from the start of a line, forward only (linear per line)."""

    def __init__(self, text: str, begin: int):
        self.text = text
        self.pos = begin
        self.counts = dict.fromkeys('“”«»"', 0)

    def inside(self, end: int, start: int) -> bool:
        """True when text[begin:end] ends inside a quotation, or right at the closing mark of
        one that opens the sentence begun at `start` (its speaker may follow: '"We will
        grow." Smith said'); a quotation that closes a sentence begun before it ('which he
        called "the best."') ends that sentence."""
        for mark in _QUOTES.finditer(self.text, self.pos, end):
            self.counts[mark.group()] += 1
        self.pos = max(self.pos, end)
        counts = self.counts
        if counts["“"] > counts["”"] or counts["«"] > counts["»"] or counts['"'] % 2 == 1:
            return True
        last = end - 1
        while last >= 0 and self.text[last].isspace():
            last -= 1
        if last < 0 or self.text[last] not in '”»"':
            return False
        opening = self.text.rfind(_OPENING[self.text[last]], start, last)
        return opening < 0 or not self.text[start:opening].strip(" \t-–—")


_OPENING = {"”": "“", "»": "«", '"': '"'}


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
