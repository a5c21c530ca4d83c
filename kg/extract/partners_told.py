"""Partnerships told by pointing back at a partnership or company the article named before.

An anaphoric partnership noun that gathers parties ("Cette coopération associe X, Y et Z",
"The alliance, which includes X and Y", "El consorcio reúne a X y Y"): partners of each other,
or with "also" partners of the article's company. A party said to be a partner ("Petrobras est
partenaire du projet", "Telmex will also be a partner"): a partner of the article's company;
coordinated ones ("X and Y are partners in the project") of each other; one in apposition ("X,
partenaire de Y,") or told partner of a named one ("X est partenaire de Y") of Y; one named
after "X and its partner" of X, untyped names too when "its" or an article says they are bodies
("le Cirad et son partenaire l'Embrapa"). The coordinated subjects
after a clause that names the partnership ("Con este convenio, AWS y la SE impulsarán"):
partners of each other. The two parties a plural subject points to ("Ambas instituciones
firmaron un convenio: X y Y", or named at the start of the next sentence). And a compound of
two names next to a partnership noun ("l'alliance Renault-Nissan"), when the article names them
apart or the gazetteer knows them. A noun that gathers may follow a participle clause
("Financé par l'UE, le projet réunit ..."), and name only some of its members ("huit
partenaires, dont A et B"). Coordinated members of one group ("X et Y sont membres du
réseau") are partners of each other.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kg.extract.base import Context
from kg.extract.lexicon import pattern
from kg.extract.partners import SHARE, all_pairs, clause_end, is_party, listed
from kg.extract.partners_joint import named_apart
from kg.model import Mention, Partnership
from kg.recognize.names import lexicon
from kg.text import fold

# "this initiative", "the consortium", "cette initiative, annoncée mardi,": a sentence that
# opens on a partnership or program noun that points back
ANAPHOR = re.compile(
    r"\W*(?:this|that|the|these|esta|este|estos|estas|dicho|dicha|el|la|cette|ce|cet|ces|le|la"
    r"|l[’'])\s*",
    re.IGNORECASE,
)
# between the noun and its verb: an aside, a relative ("The alliance, which includes"), the
# noun's own complement ("ce programme de coopération scientifique réunit")
ASIDE = re.compile(
    r"\s*(?:,[^,]{1,60},|,)?\s*(?:[a-záéíóúñàâçèêëîïôûüœ’'-]+\s+){0,4}",
)
COPULA = re.compile(
    r"\s*,?\s*(?:is|are|will be|was|has been|es|son|será|serán|fue|est|sont|sera|seront|a été"
    r"|becomes|became|will become|has become|devient|deviendra|est devenu|est devenue"
    r"|se convierte en|se convirtió en|se convertirá en)"
    r"\s+(?:(?:also|también|además|également|aussi|the other|l[’']autre|otro|otra)\s+)*"
    r"(?:(?:a|an|un|une|el|le|la|l[’'])\s+)?$",
    re.IGNORECASE,
)

# where a list of parties ends (a full stop inside a name, "Acme Corp.", does not end it)
STOP = re.compile(r"[.;:!?]")
LIST_END = re.compile(r"[.;:!?]|,\s*(?:qui|que|which|who|lo que|para|pour|to)\b")


def find_gathered(ctx: Context) -> Iterator[Partnership]:
    """'Cette initiative regroupe également Colfondos et Porvenir': the parties an anaphoric
    partnership noun gathers are partners of the article's company."""
    text, s = ctx.text, ctx.sentence
    fronted = FRONTED_BY.match(text, s.begin, s.end)  # "Financé par l'UE, le projet réunit"
    lead = ANAPHOR.match(text, fronted.end() if fronted else s.begin, s.end)
    if lead is None:
        return
    noun = None
    for role in ("noun", "group", "trigger"):  # "Cette coopération associe A, B et C"
        noun = noun or pattern(ctx.lang, "partnership_words", role).match(text, lead.end(), s.end)
    if noun is None or pattern(ctx.lang, "partnership_words", "partner").fullmatch(noun.group()):
        return  # "The partners include A and B": partners of the article's company (below)
    after = noun.end()
    named = [m for m in ctx.mentions if m.begin >= after][:1]
    if named and named[0].kind in ("name", "program") and not text[after : named[0].begin].strip():
        after = named[0].end  # "le projet Amazonia réunit": the project's own name
    verb = pattern(ctx.lang, "partnership_words", "gathers").search(
        text, after, min(s.end, after + 80)
    )
    if verb is None or not ASIDE.fullmatch(text, after, verb.start()):
        return
    end = clause_end(ctx, LIST_END, verb.end())
    some = SOME_OF.match(text, verb.end(), s.end)  # "huit partenaires, dont A et B"
    start = some.end() if some else verb.end()
    members = listed(ctx, start, end)
    if members and WHERE.search(text, start, members[0].begin):
        return  # "the project includes plants in Chile and Peru": where, not who
    also = ALSO.search(text, noun.end(), verb.end() + 12)
    if also is None and len(members) >= 2:
        if sum(bool(SHARE.match(text, m.end)) for m in members) >= 2:
            return  # "réunit A (45 %), B (35 %) et C (20 %)": each with the lead (`find_shares`)
        # "The alliance brings together A, B and C": its members are partners of each other
        yield from all_pairs(ctx, members, noun.start(), "partnerships.gathered")
        return
    if ctx.doc.main_org is None:
        return
    for m in members:  # "... also gathers A and B": they join the article's company
        yield from _with_main(ctx, m, noun.start(), "partnerships.gathered")


# a participle clause that opens the sentence: "Financed by the EU, the project ..."
FRONTED_BY = re.compile(r"\W*[^\W\d_]+\s+(?:by|par|por)\s+[^,;.:]{1,80},\s*", re.IGNORECASE)
# a count of members, then the few it names: "eight partners, including A and B"
SOME_OF = re.compile(
    r"\s*(?:[\w-]+\s+){1,3}?[\w-]+\s*,?\s*(?:dont|including|among them|entre ellos|entre ellas"
    r"|entre los que|entre las que|incluidos|incluidas|parmi lesquels|parmi lesquelles)\s+",
    re.IGNORECASE,
)
WHERE = re.compile(r"(?<!\w)(?:in|at|on|en|à|au|aux|dans|sur)(?!\w)", re.IGNORECASE)
ALSO = re.compile(r"(?<!\w)(?:also|también|además|également|aussi)(?!\w)", re.IGNORECASE)


# "X, partenaire de Y,", "X, a long-time partner of Y": a partner named in apposition
APPOSITION = re.compile(
    r"\s*,\s*(?:(?:a|an|the|un|une|el|la|le|l[’']|su|son|sa|its|their|leur)\s+)?"
    r"(?:[a-záéíóúñàâçèêëîïôûü-]+\s+)?$",
    re.IGNORECASE,
)
OF_PARTY = re.compile(
    r"\s*(?:[a-záéíóúñàâçèêëîïôûü-]+\s+)?(?:of|de|del|du|des|d[’'])\s*"
    r"(?:(?:the|la|el|le|l[’'])\s*)?",
    re.IGNORECASE,
)


def _partner_apposed(ctx: Context, subject: Mention, after: int) -> Iterator[Partnership]:
    """'L'Université Laval, partenaire de l'Université du Chili,': the two are partners."""
    if not is_party(ctx, subject, strict=True):
        return
    names = [m for m in ctx.mentions if m.begin >= after]
    if not names or not OF_PARTY.fullmatch(ctx.text, after, names[0].begin):
        return
    if is_party(ctx, names[0], strict=True) or _governed_country(ctx, names[0]):
        yield from all_pairs(ctx, [subject, names[0]], subject.begin, "partnerships.partner_of")


# "Bimbo and its partner Siemens", "la UNAM y su socio, el IPN,": the two are partners
AND_ITS = re.compile(
    r"\s*,?\s*(?:and|y|e|et)\s+(?:its|their|su|sus|son|sa|ses|leur)\s+(?:[\w-]+\s+)?",
    re.IGNORECASE,
)
# the words between the partner noun and the partner's name: an adjective ("local"), a comma,
# an article and the kind of party ("son partenaire local, la société X", "its partner, the
# company X")
PARTNER_NAMED = re.compile(
    r"\s*(?:(?P<word>[a-záéíóúñàâçèêëîïôûü-]+)\s*)?,?\s*\(?\s*"
    r"(?:(?:the|el|la|le|l[’'])\s*(?P<kind>[a-záéíóúñàâçèêëîïôûü-]+\s+)?)?",
    re.IGNORECASE,
)
# "its partners A, B and C", "(A, B y C)": the next partner of a list
NEXT_PARTNER = re.compile(r"\s*(?:,|,?\s*(?:and|y|e|et|&))\s*(?:(?:the|el|la|le|l[’'])\s*)?")


def _and_its_partner(ctx: Context, subject: Mention, after: int) -> Iterator[Partnership]:
    """'Bimbo and its partner Siemens will build': the partner named right after the word
    ("et son partenaire brésilien l'Embrapa": a demonym only describes it)."""
    names = [m for m in ctx.mentions if m.begin >= after and m.kind != "demonym"]
    if not names or not (named := PARTNER_NAMED.fullmatch(ctx.text, after, names[0].begin)):
        return
    stopwords = lexicon(ctx.lang)["stopwords"]
    if fold(named.group("word") or "") in stopwords or fold(named.group("kind") or "") in stopwords:
        return  # "et ses partenaires en Amazonie": where they are, not who
    partner = names[0]  # "and its partners in Mexico": where they are, not who
    if partner.kind == "place" or not (is_party(ctx, subject) and is_party(ctx, partner)):
        return
    partners = [partner]
    for m in names[1:]:  # "its partners (A, B and C)": each of them
        if not (NEXT_PARTNER.fullmatch(ctx.text, partners[-1].end, m.begin) and is_party(ctx, m)):
            break
        partners.append(m)
    # an untyped subject is an organization when "its" says so, or an article right before
    # it ("le Cirad et son partenaire l'Embrapa"; not "Dupont et son partenaire Lefèvre")
    if (
        subject.kind == "org"
        or ITS.match(ctx.text, subject.end, after)
        or _article_before(ctx, subject)
    ):
        for one in partners:
            yield from all_pairs(ctx, [subject, one], subject.begin, "partnerships.partner_of")


ITS = re.compile(r"\s*,?\s*(?:and|y|e|et)\s+(?:its|their)\s", re.IGNORECASE)


@cache
def _with_its(lang: str) -> re.Pattern[str]:
    """'with its', 'junto a sus', 'aux côtés de ses' (the "with" words of `partnership_words`)
    and a word, right before a partner noun: "Acme will build the plant with its partner
    Brisco" names the partner of the sentence's subject."""
    withs = pattern(lang, "partnership_words", "with").pattern
    return re.compile(
        rf"(?:{withs}|on|upon|sur|en)\s+(?:its|their|su|sus|son|sa|ses|leur|leurs)\s+"
        rf"(?:[\w-]+\s+)?$",
        re.IGNORECASE,
    )


# "has joined the initiative as an industrial", "s'est jointe au programme comme", "se sumó a
# la alianza como": a party that joins the venture spoken of as its partner (an aside about
# the party may come first: ", qui réalise des projets,")
JOINED_AS = re.compile(
    r"\s*(?:,[^,;]{1,80},)?\s*(?:has joined|have joined|joined|will join|s[’']est jointe?"
    r"|s[’']est joint|a rejoint|rejoint|rejoindra|se sumó|se unió|se sumará|se unirá|se suma"
    r"|se une)\s+(?:[\w’'-]+\s+){0,4}?(?:as|comme|como|en tant que)\s+"
    r"(?:(?:an?|un|une)\s+)?(?:[\w-]+\s+)?",
    re.IGNORECASE,
)
COMPLEMENT_IN_LEAD = re.compile(r"(?<!\w)(?:of|de|del|du|des|d[’'])(?!\w)", re.IGNORECASE)
# before the subject that opens a sentence: an article and a few describing words
SUBJECT_LEAD = re.compile(
    r"\W*(?:(?:the|el|la|los|las|le|les|l[’'])\s*)?(?:[\w-]+\s+){0,3}", re.IGNORECASE
)


def _sentence_subject(ctx: Context, end: int) -> Mention | None:
    """The organization that opens the sentence, before `end`, or None."""
    s = ctx.sentence
    first = next((m for m in ctx.mentions if m.begin >= s.begin and m.kind != "date"), None)
    if first is None or first.end > end or not is_party(ctx, first, strict=True):
        return None
    lead = SUBJECT_LEAD.fullmatch(ctx.text, s.begin, first.begin)
    if lead is None or any(c.isupper() for c in lead.group()[1:]):
        return None
    # "La filiale du groupe X": the name completes the subject's noun, it is not the subject
    return None if COMPLEMENT_IN_LEAD.search(lead.group()) else first


ARTICLE_BEFORE = re.compile(r"(?<!\w)(?:the|el|la|le|l[’'])\s*$", re.IGNORECASE)


def _article_before(ctx: Context, m: Mention) -> bool:
    return bool(ARTICLE_BEFORE.search(ctx.text, max(0, m.begin - 5), m.begin))


def find_partner_of(ctx: Context) -> Iterator[Partnership]:
    """'Le groupe brésilien Petrobras est partenaire du projet': a party said to be a partner
    is a partner of the article's company; 'X, partenaire de Y,', 'X est partenaire de Y': of
    Y."""
    main = ctx.doc.main_org
    text, s = ctx.text, ctx.sentence
    for word in pattern(ctx.lang, "partnership_words", "partner").finditer(text, s.begin, s.end):
        names = [m for m in ctx.mentions if m.end <= word.start()]
        if not names:
            continue
        subject = names[-1]
        if AND_ITS.fullmatch(text, subject.end, word.start()):
            yield from _and_its_partner(ctx, subject, word.end())
            continue
        if APPOSITION.fullmatch(text, subject.end, word.start()):
            yield from _partner_apposed(ctx, subject, word.end())
            continue
        if _with_its(ctx.lang).search(text, max(s.begin, word.start() - 40), word.start()):
            opener = _sentence_subject(ctx, word.start())
            if opener is not None:
                yield from _and_its_partner(ctx, opener, word.end())
            continue
        if JOINED_AS.fullmatch(text, subject.end, word.start()):
            # "X s'est jointe à l'initiative comme partenaire industriel": of its company
            if is_party(ctx, subject):
                yield from _with_main(ctx, subject, subject.begin, "partnerships.partner_of")
            continue
        if not COPULA.fullmatch(text, subject.end, word.start()):
            continue
        # "L'Université Laval est partenaire de l'Université du Chili": of the one named
        of_named = list(_partner_apposed(ctx, subject, word.end()))
        if of_named:
            yield from of_named
            continue
        if main is None or not (is_party(ctx, subject) or _governed_country(ctx, subject)):
            continue
        subjects = _coordinated(ctx, names)
        if len(subjects) >= 2:  # "A, B and C are partners in the project": of each other
            yield from all_pairs(ctx, subjects, subjects[0].begin, "partnerships.partner_of")
            continue
        yield from _with_main(ctx, subject, subject.begin, "partnerships.partner_of")


def find_members(ctx: Context) -> Iterator[Partnership]:
    """'X, Y and Z are members of the consortium': coordinated members of one group (a
    consortium, a network, not a named alliance) are partners of each other."""
    text, s = ctx.text, ctx.sentence
    for word in pattern(ctx.lang, "partnership_words", "member").finditer(text, s.begin, s.end):
        names = [m for m in ctx.mentions if m.end <= word.start()]
        if not names or not COPULA.fullmatch(text, names[-1].end, word.start()):
            continue
        noun = GROUP_OF.match(text, word.end())
        if noun is None or not any(
            pattern(ctx.lang, "partnership_words", role).fullmatch(noun.group("noun"))
            for role in ("group", "noun")
        ):
            continue
        subjects = _coordinated(ctx, names)
        if len(subjects) >= 2:
            yield from all_pairs(ctx, subjects, subjects[0].begin, "partnerships.members")


# "members of the consortium", "membres du réseau", "miembros del consorcio": a lower-case noun
GROUP_OF = re.compile(
    r"\s+(?:of|de|del|du|des|d[’'])\s*(?:(?:the|this|la|el|le|l[’']|ce|cette|este|esta)\s*)?"
    r"(?P<noun>[a-záéíóúñàâçèêëîïôûü-]+)"
)


COORDINATED = re.compile(
    r"\s*(?:,|,?\s*(?:and|y|e|et|&))\s*(?:(?:the|el|la|los|las|le|les|l[’'])\s*)?", re.IGNORECASE
)


def _coordinated(ctx: Context, names: list[Mention]) -> list[Mention]:
    """The parties coordinated with the last mention ("Harvard, MIT and the UNAM"), in order."""
    chain = [names[-1]]
    for m in reversed(names[:-1]):
        if not COORDINATED.fullmatch(ctx.text, m.end, chain[0].begin):
            break
        chain.insert(0, m)
    span = ctx.text[chain[0].begin : chain[-1].begin]
    if len(chain) < 2 or not CONJUNCTION.search(span):
        return []
    return [m for m in chain if is_party(ctx, m) or _governed_country(ctx, m)]


def _governed_country(ctx: Context, m: Mention) -> bool:
    return m.kind == "place" and ctx.type_of(m) == "Country"


def _with_main(ctx: Context, m: Mention, begin: int, rule: str) -> Iterator[Partnership]:
    main = ctx.doc.main_org
    entity = ctx.entity(m, "Organization")
    if main is None or entity is None or entity.key == main.key:
        return
    evidence = ctx.evidence(begin, m.end, rule, confidence=0.7)
    programs = ctx.of("program")
    program = programs[0].label if programs else None
    yield Partnership(a=main, b=entity, program=program, evidence=evidence)


# "Con este convenio,", "Through this partnership,", "Grâce à cet accord,": a sentence that
# opens on the partnership the article told before
FRONT = re.compile(
    r"\W*(?:con|mediante|a través de|gracias a|por medio de|tras|en virtud de|with|through"
    r"|under|thanks to|after|grâce à|avec|par|dans le cadre de|au travers de|à travers"
    r"|aux termes de)\s+"
    r"(?:(?:this|that|the|these|este|esta|estos|estas|dicho|dicha|el|la|los|las|ce|cet|cette"
    r"|ces|le|la|les)(?!\w)|l[’'])\s*"
    r"|\W*(?:con|mediante|gracias|tras|en virtud|a través)\s+(?:al|del)\s+",
    re.IGNORECASE,
)


def find_after_front(ctx: Context) -> Iterator[Partnership]:
    """'Con este convenio, AWS y la SE impulsarán el talento digital': the coordinated
    subjects after a clause that names the partnership are its partners."""
    text, s = ctx.text, ctx.sentence
    front = FRONT.match(text, s.begin, s.end)
    if front is None:
        return
    start = TERMS_OF.match(text, front.end(), s.end)  # "Under the terms of the agreement,"
    start = start.end() if start else front.end()
    noun = None
    for role in ("trigger", "group", "noun"):
        noun = noun or pattern(ctx.lang, "partnership_words", role).match(text, start, s.end)
    if noun is None:
        return
    comma = re.compile(r"[^,.;]{0,40},").match(text, noun.end(), s.end)
    if comma is None:
        return
    parties = listed(ctx, comma.end(), s.end, strict=True)
    coordinated = len(parties) >= 2 and re.search(
        r"(?<!\w)(?:and|y|e|et|&)(?!\w)", text[parties[0].end : parties[-1].begin]
    )
    if not coordinated:  # one subject: its partner is told before, or named after it
        words = ctx.lang, "partnership_words"  # "the program": no agreement between parties
        agreement = pattern(*words, "trigger").fullmatch(noun.group()) or pattern(
            *words, "group"
        ).fullmatch(noun.group())
        if agreement and parties and LIST_START.fullmatch(ctx.gap(comma.end(), parties[0])):
            told = list(_told_before(ctx, parties[0], s.begin))
            yield from told or _told_after(ctx, parties[0], s.begin)
        return
    entities = []
    for m in parties:
        entity = ctx.entity(m, "Organization")
        if entity and all(entity.key != e.key for e in entities):
            entities.append(entity)
    programs = ctx.of("program")
    program = programs[0].label if programs else None
    rule = "partnerships.after_front"
    for i, a in enumerate(entities):
        for b in entities[i + 1 :]:
            evidence = ctx.evidence(s.begin, parties[-1].end, rule, confidence=0.7)
            yield Partnership(a=a, b=b, program=program, evidence=evidence)


# "Under the terms of the agreement", "Aux termes de cet accord", "En virtud del convenio"
TERMS_OF = re.compile(
    r"\s*(?:terms|términos|termes)\s+(?:of|de|del|du)\s*"
    r"(?:(?:this|that|the|este|esta|el|la|ce|cet|cette|le|la|l[’'])\s*)?",
    re.IGNORECASE,
)


def _told_before(ctx: Context, subject: Mention, begin: int) -> Iterator[Partnership]:
    """'Acme signed an agreement on Tuesday. Under the deal, Vextra will train its staff': the
    party that opens the main clause joins the one that signed in the sentence before, when
    that sentence names no partner after its partnership word."""
    if ctx.index == 0:
        return
    before = Context(ctx.doc, ctx.index - 1)
    text, s = before.text, before.sentence
    words = [
        w
        for role in ("trigger", "joint")
        for w in pattern(ctx.lang, "partnership_words", role).finditer(text, s.begin, s.end)
    ]
    if not words:
        return
    word = min(words, key=lambda w: w.start())
    names = [m for m in before.mentions if m.kind in ("org", "name", "place", "person")]
    if any(m.begin >= word.end() for m in names):
        return  # the sentence names its partner, or more than it tells
    signers = [m for m in names if m.end <= word.start()]
    if len(signers) != 1 or not is_party(before, signers[0], strict=True):
        return
    a = before.entity(signers[0], "Organization")
    b = ctx.entity(subject, "Organization")
    if a is None or b is None or a.key == b.key:
        return
    programs = ctx.of("program")
    evidence = ctx.evidence(begin, subject.end, "partnerships.told_before", confidence=0.65)
    yield Partnership(a=a, b=b, program=programs[0].label if programs else None, evidence=evidence)


# between a subject and its object: a verb of at most three words and an article
VERB_OBJECT = re.compile(
    r"\s+(?:[a-záéíóúñàâçèêëîïôûü]+\s+){1,3}"
    r"(?:(?:the|el|la|los|las|al|a la|le|la|les|l[’']|au|aux)\s*)?",
)


def _told_after(ctx: Context, subject: Mention, begin: int) -> Iterator[Partnership]:
    """'Through this agreement, Vextra will equip the Conalep': the organization right after
    the subject's verb is its partner."""
    after = [m for m in ctx.mentions if m.begin >= subject.end]
    if not after or not VERB_OBJECT.fullmatch(ctx.gap(subject, after[0])):
        return
    if not is_party(ctx, after[0], strict=True):
        return
    a, b = ctx.entity(subject, "Organization"), ctx.entity(after[0], "Organization")
    if a is None or b is None or a.key == b.key:
        return
    programs = ctx.of("program")
    evidence = ctx.evidence(begin, after[0].end, "partnerships.told_after", confidence=0.6)
    yield Partnership(a=a, b=b, program=programs[0].label if programs else None, evidence=evidence)


# "Airbus chose Safran as its partner", "Thales a choisi Airbus comme partenaire", "Bimbo
# eligió a la UNAM como socio": a party chosen as the subject's partner
AS_PARTNER = re.compile(
    r"\s+(?:as|como|comme)\s+(?:(?:its|his|her|their|a|an|su|sus|un|una|son|sa|ses|leur)\s+)?"
    r"(?:[a-záéíóúñàâçèêëîïôûü-]+\s+)?$",
    re.IGNORECASE,
)
VERB_GAP = re.compile(
    r"\s+(?:[a-záéíóúñàâçèêëîïôûü’'-]+\s+){1,3}(?:a\s+|al\s+)?(?:the\s+|la\s+|el\s+|le\s+|l[’'])?"
)


def find_chosen_as(ctx: Context) -> Iterator[Partnership]:
    """'Airbus chose Safran as its partner': the subject and the party it chose."""
    text, s = ctx.text, ctx.sentence
    for word in pattern(ctx.lang, "partnership_words", "partner").finditer(text, s.begin, s.end):
        names = [m for m in ctx.mentions if m.end <= word.start() and m.kind in NAMED]
        if len(names) < 2:
            continue
        chosen, subject = names[-1], names[-2]
        if not AS_PARTNER.fullmatch(text, chosen.end, word.start()):
            continue
        if not VERB_GAP.fullmatch(text, subject.end, chosen.begin):
            continue
        if not (is_party(ctx, chosen) and is_party(ctx, subject)):
            continue
        a, b = ctx.entity(subject, "Organization"), ctx.entity(chosen, "Organization")
        if a is None or b is None or a.key == b.key:
            continue
        evidence = ctx.evidence(subject.begin, word.end(), "partnerships.chosen_as", confidence=0.7)
        programs = ctx.of("program")
        yield Partnership(
            a=a, b=b, program=programs[0].label if programs else None, evidence=evidence
        )


NAMED = frozenset({"org", "name", "place", "person", "program"})


# "Partners include A, B and C", "Its partners are ...", "Sus aliados son ...", "Les
# partenaires du programme sont ...": the list names the partners of the article's company
PARTNERS_ARE = re.compile(
    r"\W*(?:(?:among|parmi|entre)\s+)?(?:(?:the|its|their|our|los|las|sus|nuestros|les|ses|leurs"
    r"|nos)\s+)?(?:[\w’'-]+\s+){0,2}?(?P<word>partners|socios|aliados|partenaires)\b[^.;:]{0,50}?\s+"
    r"(?:include|included|are|were|incluyen|son|fueron|figuran|se encuentran|sont|comprennent"
    r"|incluent|figurent|se trouvent)\s+"
    # "Our partner on the project is X", "Nuestro socio es X", "Notre partenaire est X"
    r"|\W*(?:(?:yes|no|sí|oui|non)[.,]?\s+)?(?:(?:its|their|our|su|nuestro|nuestra|son|sa|notre|leur)\s+)"
    r"(?:[\w’'-]+\s+)?(?P<one>partner|socio|socia|aliado|aliada|partenaire)\b[^.;:,]{0,40}?\s+"
    r"(?:is|was|es|fue|est|était)\s+",
    re.IGNORECASE,
)


def find_partners_are(ctx: Context) -> Iterator[Partnership]:
    """'Its partners in the program are Intel, HP and Dell': each listed party is a partner
    of the organization whose partners they are (named before "'s partners"), else of the
    article's company."""
    text, s = ctx.text, ctx.sentence
    head = PARTNERS_ARE.match(text, s.begin, s.end)
    if head is None:
        return
    owner = [  # "Partners in the project include": the word itself is not the owner
        m
        for m in ctx.names()
        if m.end <= head.end()
        and is_party(ctx, m)
        and not m.begin <= head.start("word" if head.group("word") else "one") < m.end
    ]
    members = listed(ctx, head.end(), clause_end(ctx, LIST_END, head.end()))
    if head.group("one"):  # "Our partner is X, the Chilean utility": one partner
        members = members[:1]
    if owner:
        first = ctx.entity(owner[-1], "Organization")
        for m in members:
            other = ctx.entity(m, "Organization")
            if first is not None and other is not None and first.key != other.key:
                evidence = ctx.evidence(s.begin, m.end, "partnerships.partners_are", confidence=0.7)
                yield Partnership(a=first, b=other, evidence=evidence)
        return
    for m in members:
        yield from _with_main(ctx, m, s.begin, "partnerships.partners_are")


def find_both_named(ctx: Context) -> Iterator[Partnership]:
    """'Ambas instituciones firmaron un convenio: la UNAM y el IPN', 'The two universities
    signed an agreement. Harvard and MIT will ...': the parties a plural subject ("both", "les
    deux") points to, named after a colon or at the start of the next sentence."""
    text, s = ctx.text, ctx.sentence
    colon = text.find(":", s.begin, s.end)
    if colon >= 0 and _both_told(ctx, s.begin, colon):
        yield from _named_list(ctx, colon + 1)
    elif ctx.index > 0:
        before = Context(ctx.doc, ctx.index - 1)
        if _both_told(before, before.sentence.begin, before.sentence.end):
            yield from _named_list(ctx, s.begin)


def _both_told(ctx: Context, begin: int, end: int) -> bool:
    """A partnership told of a plural subject ("both", "les deux") with no party named."""
    text = ctx.text
    both = pattern(ctx.lang, "partnership_words", "both").search(text, begin, end)
    if both is None or any(begin <= m.begin < end and is_party(ctx, m) for m in ctx.mentions):
        return False
    return any(
        pattern(ctx.lang, "partnership_words", role).search(text, both.end(), end)
        for role in ("joint", "trigger")
    )


def _named_list(ctx: Context, begin: int) -> Iterator[Partnership]:
    """The coordinated parties that open the text at `begin`, each pair a partnership."""
    parties = listed(ctx, begin, clause_end(ctx, STOP, begin), strict=True)
    if len(parties) != 2 or not LIST_START.fullmatch(ctx.gap(begin, parties[0])):
        return  # "both", "les deux": two parties
    if not CONJUNCTION.search(ctx.text, parties[0].end, parties[-1].begin):
        return
    yield from all_pairs(ctx, parties, parties[0].begin, "partnerships.both_named")


LIST_START = re.compile(r"\s*(?:(?:the|el|la|los|las|le|les|l[’'])\s*)?", re.IGNORECASE)
CONJUNCTION = re.compile(r"(?<!\w)(?:and|y|e|et|&)(?!\w)", re.IGNORECASE)


# "l'alliance Renault-Nissan", "the UNAM-Harvard partnership": a compound of two names
COMPOUND = re.compile(r"\s*[-–]\s*")


def find_compound(ctx: Context) -> Iterator[Partnership]:
    """'l'alliance Renault-Nissan', 'the UNAM-Harvard partnership': a partnership noun next to
    a compound of two names the article names apart makes them partners."""
    text, s = ctx.text, ctx.sentence
    nouns = [
        n.span()
        for role in ("trigger", "group", "noun")
        for n in pattern(ctx.lang, "partnership_words", role).finditer(text, s.begin, s.end)
    ]
    for m in ctx.mentions:
        if m.kind not in ("org", "name") or not COMPOUND.search(m.text):
            continue
        if not any(
            NOUN_GAP.fullmatch(text, e, m.begin) or NOUN_GAP.fullmatch(text, m.end, b)
            for b, e in nouns
        ):
            continue
        parts = COMPOUND.split(m.text)
        own = ctx.resolution.key_of(m)
        entities = [named_apart(ctx, part, own) for part in parts]
        if len(parts) == 2 and all(entities) and entities[0].key != entities[1].key:
            evidence = ctx.evidence(m.begin, m.end, "partnerships.compound", confidence=0.7)
            yield Partnership(a=entities[0], b=entities[1], evidence=evidence)


NOUN_GAP = re.compile(r"\s*(?:(?:de|del|du|des|d[’']|of|the|la|le|l[’'])\s*)?")
