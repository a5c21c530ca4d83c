"""The body a post is of, named in lower case after the title ("président du directoire",
"président de l'université de Guyane", "presidente del consejo regional de Lima"): a post of
that body, not of the State; with its place after it, an organization of its own, named from
the text with the head word capitalized as a name is written (`lang/*/title_body_words`)."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from kg.extract.base import Context
from kg.model import Entity, Mention
from kg.recognize.names import org_word_type
from kg.resolve import Cluster
from kg.text import fold, lang_lines, normalize_space, slug

if TYPE_CHECKING:
    from kg.extract.title_phrases import Phrase

# "del área de", "de la universidad de": a lower-case unit noun between a title and a name
UNIT_GAP = re.compile(
    r"\s*(?:de la|del|de|du|of the|of|at the|in the)\s+([a-záéíóúñçèêë]+)"
    r"(?:\s+(?:de la|del|de|du|des|of))?\s+$"
)


# between a body's lower-case words and its place: a connector
CONNECTOR = re.compile(r"\s*(?:de la|de l[’']|del|de|du|des|d[’']|of the|of)\s*", re.IGNORECASE)


LOWER_HEAD = re.compile(r"\s+\S+(?:\s+(?:la|las|los|the))?\s+(?:l[’'])?([\w-]+)")


def lower_body(ctx: Context, phrase: Phrase, lower: re.Match[str], after: Mention | None) -> None:
    """'président du directoire', 'presidente de la universidad de Sonora': a lower-case body
    (`lang/*/title_body_words`) the post is of, named in full when a place follows it."""
    head = LOWER_HEAD.match(lower.group())
    if not head or fold(head.group(1)) not in _body_words(ctx.lang):
        return
    phrase.body = True
    begin = lower.start() + head.start(1)
    if (
        after is not None
        and after.kind == "place"
        and CONNECTOR.fullmatch(ctx.text[lower.end() : after.begin])
        and org_word_type([head.group(1)], ctx.lang)
    ):
        phrase.body_name = (begin, after.end)


def body_before(ctx: Context, phrase: Phrase, place: Mention) -> bool:
    """'rector de la universidad de Sonora': a body's lower-case noun, then its place."""
    gap = UNIT_GAP.fullmatch(ctx.gap(phrase.end, place))
    if not gap or fold(gap.group(1)) not in _body_words(ctx.lang):
        return False
    if org_word_type([gap.group(1)], ctx.lang) is None:
        return False
    phrase.body, phrase.body_name = True, (phrase.end + gap.start(1), place.end)
    return True


@cache
def _body_words(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in lang_lines(lang, "title_body_words"))


def body_entity(ctx: Context, begin: int, end: int) -> Entity | None:
    """The organization the words `ctx.text[begin:end]` name, made known to the article."""
    text = normalize_space(ctx.text[begin:end])
    type_ = org_word_type(text.split()[:1], ctx.lang)
    if not text or type_ is None:
        return None
    label = text[0].upper() + text[1:]
    key = slug(label)
    cluster = ctx.resolution.clusters.get(key)
    if cluster is None:
        cluster = Cluster(key, label, type_, forms={text}, first=begin)
        ctx.resolution.clusters[key] = cluster
    if cluster.type in ("Person", "Place", "Country", "State", "City"):
        return None
    ctx.resolution.used.add(key)
    return cluster.entity()
