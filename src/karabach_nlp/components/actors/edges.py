"""Where a phrase ends: adjectives and an article to the left, a place ("in Baku"), a genitive
("der Polizei"), a name's words to the right. Blank pipeline first: capitalisation and word lists,
tags where a tagger set them."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from ..analysis.tagger import is_known_word
from .context import Context
from .grammar import (ARTICLES, GENITIVE_ARTICLES, INITIAL, NAME_PARTICLES, NAME_WORD, NUMBER, ORDINAL, PLACE_PREPOSITIONS,
                      PREPOSITIONS, is_adjective, is_cap)
from .mention_record import Mention
from .nouns import is_plural_role
from .words import word_set

COMPLEMENT_OPENERS = word_set("complement_openers")


def left_edge(ctx: Context, head: int) -> int:
    """Extend left over adjectives and one article ("die französische Aufsichtsbehörde").

    Adjectives count only after an article or at a phrase boundary, so that a verb with an
    adjective's ending ("sagte", "haben") is never swallowed.
    """
    doc = ctx.doc
    taken = ctx.taken
    verbs = ctx.lex.verbs
    i = head
    coordinated = 0  # words of "… und" the phrase took: no more than two adjectives besides them
    while True:
        while i > 0 and (i - 1) not in taken and (
            is_adjective(doc[i - 1].text, verbs) or ORDINAL.match(doc[i - 1].text) or NUMBER.match(doc[i - 1].text)
        ):
            i -= 1
        if i >= 2 and i < head and {i - 1, i - 2}.isdisjoint(taken) and doc[i - 1].lower_ in ("und", "oder") and (
                is_adjective(doc[i - 2].text, verbs)
                or (ctx.starts[i - 2] and is_adjective(doc[i - 2].lower_, verbs) and doc[i - 2].tag_ in ("", "ADJA"))):
            i -= 2  # "Arabische und iranische Medien": coordinated adjectives
            coordinated += 2
            continue
        if (i >= 2 and i < head and (i - 1) not in taken and doc[i - 1].tag_ == "ADJD" and doc[i - 1].text.islower()
                and doc[i - 2].lower_ in ARTICLES):
            i -= 1  # "die staatlich kontrollierten Medien": an adverb before the participle
        break
    if i > 0 and (i - 1) not in taken and doc[i - 1].lower_ in ARTICLES:
        return i - 1
    if (i > 0 and (i - 1) not in taken and ctx.starts[i - 1] and is_adjective(doc[i - 1].lower_, verbs)
            and doc[i - 1].tag_ in ("", "ADJA")):
        return i - 1  # "Politische Beobachter" at the start of a sentence; not "Wie Anwohner" (a tagger knows)
    if i < head:
        before = doc[i - 1] if i > 0 else None
        boundary = before is None or before.is_punct or before.lower_ in PREPOSITIONS or before.lower_ in ("laut", "und")
        if not boundary or head - i - coordinated > 2:
            return head
    return i


def place_after(ctx: Context, end: int) -> int:
    """'in Baku', 'von New Orleans', 'in Berg-Karabach': capitalised tokens after a place preposition."""
    doc = ctx.doc
    if end + 1 < len(doc) and doc[end].lower_ in PLACE_PREPOSITIONS and is_cap(doc[end + 1].text):
        j = end + 1
        if doc[j].text in ctx.lex.name_stopwords:
            return end
        while j < len(doc) and is_cap(doc[j].text) and doc[j].text not in ctx.lex.name_stopwords:
            j += 1
            if j - end > 3:
                break
        if doc[end].lower_ == "für":
            j = field_list(ctx, j)
        return j
    return end


def field_list(ctx: Context, j: int) -> int:
    """"für Wirtschaft und Energie", "für Umwelt, Naturschutz und Reaktorsicherheit": an institution's
    fields run on over commas and "und" while each part is one more field, not another actor."""
    doc = ctx.doc
    lex = ctx.lex
    while j + 1 < len(doc) and doc[j].text in (",", "und"):
        nxt = doc[j + 1].text
        if (not is_cap(nxt) or nxt in lex.name_stopwords or nxt in lex.given_names or lex.head_type(nxt)
                or doc[j + 1].lower_ in ARTICLES or nxt in lex.alias_index or doc[j + 1].tag_ == "NE"):
            break
        if doc[j].text == "," and not any(t.text == "und" for t in doc[j + 2 : j + 5]):
            break  # a comma must lead on to the closing "und" of the list
        j += 2
    return j


def genitive_after(ctx: Context, end: int, depth: int = 2) -> int:
    """'der Polizei', 'des Influenza-Programms der WHO', 'der Vereinten Nationen': genitive complements."""
    doc = ctx.doc
    if depth == 0 or end + 1 >= len(doc) or doc[end].lower_ not in GENITIVE_ARTICLES:
        return end
    stop = ctx.lex.stopwords_and_speech_verbs
    j = end + 1
    while j < len(doc) and is_adjective(doc[j].text):
        j += 1
    if j >= len(doc) or not is_cap(doc[j].text) or doc[j].text in stop:
        return end
    j += 1
    if (j < len(doc) and is_cap(doc[j].text) and not doc[j].text.isupper() and doc[j].text not in stop
            and doc[j].text not in ctx.lex.given_names and not _given_and_surname(ctx, j)):
        j += 1  # a two-word name ("der Region Elsass"), but not a person's given name after it
    if j < len(doc) and doc[j].text in ctx.lex.legal_forms:
        j += 1  # "der Emsland Stärke GmbH": the legal form closes the company's name
    return genitive_after(ctx, j, depth - 1)


def _given_and_surname(ctx: Context, j: int) -> bool:
    """Two name words at ``j`` right before a verb, the first a proper noun: an unlisted given name
    and a surname ("der CDU/CSU-Bundestagsfraktion Friedbert Pflüger begrüßt"), not the body's name."""
    doc = ctx.doc
    if j + 1 >= len(doc) or not is_cap(doc[j + 1].text) or doc[j + 1].text.isupper():
        return False
    owner, lex = doc[j - 1].text, ctx.lex
    if not (lex.head_type(owner) not in (None, "person") or owner in lex.state_by_alias or owner in lex.region_by_alias):
        return False  # only after a listed body's head or a state: not "der EU-Medienkommissarin Viviane Reding" (the
        # holder of that title), not "der Aga Khan University" (a name of three words)
    if j + 2 >= len(doc) or not doc[j + 2].tag_.startswith("V"):
        return False  # "der Region Elsass Adrien Zeller", "des Bundesstaates New York,": no holder's name closes the clause
    if any(span.start <= j < span.end for spans in ctx.by_label.values() for span in spans):
        return False  # a listed name ("der Organisation Amnesty International sagte") is the body's, no person's
    return doc[j].tag_ == "NE" and doc[j + 1].text not in ctx.lex.name_stopwords


NOBILITY_TITLES = word_set("nobility_titles")


def _surname_before_verb(ctx: Context, j: int) -> bool:
    """The word at ``j`` right after a given name, no title, closed by a finite verb or a punctuation
    mark: the surname ("Mathias Edler sieht"), though it reads as a German word too."""
    doc = ctx.doc
    k = j + 1
    return ctx.lex.head_type(doc[j].text) is None and (k >= len(doc) or doc[k].is_punct or doc[k].tag_.endswith("FIN"))


def name_after(ctx: Context, start: int, party_ends: bool = True) -> int:
    """End of the name tokens from ``start``: capitalised words, initials and particles
    ("Ursula von der Leyen", "Larry A. Silverstein"); a party acronym after a person's name ends
    it (``party_ends``), not after a company's ("Grupo ACS")."""
    doc = ctx.doc
    lex = ctx.lex
    j = start
    while j < len(doc) and j - start < 4:
        text = doc[j].text
        if INITIAL.match(text) and j > start:
            j += 1
            continue
        if (text in ("’", "'") and j > start and j + 1 < len(doc) and is_cap(doc[j + 1].text)
                and not doc[j - 1].whitespace_ and not doc[j].whitespace_):
            j += 2  # "Mark O’Keefe": an apostrophe inside the name
            continue
        after_given = j > start and doc[j - 1].text in lex.given_names  # "Birgit Prinz": a surname like a title
        if (j > start and doc[j - 1].text.endswith("s") and doc[j].tag_ == "NN" and is_known_word(text)
                and not (j == start + 1 and after_given and _surname_before_verb(ctx, j))):
            break  # "Barack Obamas Wunsch": after a genitive name comes what is his, not his name; but
            # "Mathias Edler sieht": a given name is no genitive, the word before the verb its surname
        if (is_cap(text) and NAME_WORD.match(text) and text not in lex.name_stopwords
                and (after_given or lex.head_type(text) is None) and text not in lex.state_by_alias):
            if party_ends and text.isupper() and len(text) > 1 and j > start:
                break  # "(CDU)" or "SPD" after a name is a party, not the name
            j += 1
            continue
        if text in NAME_PARTICLES and j > start:
            words = j - start + (start > 0 and doc[start - 1].text in lex.given_names)
            if text == "von" and words >= 2 and doc[j - 1].text not in NOBILITY_TITLES and doc[j - 1].text not in lex.given_names:
                break  # "John Sifton von Human Rights Watch": after given name and surname "von" opens a phrase
            k = j + 1
            if k < len(doc) and doc[k].text in ("der", "den", "de", "la"):
                k += 1
            if k < len(doc) and is_cap(doc[k].text) and NAME_WORD.match(doc[k].text):
                j = k
                continue
        break
    while j > start and doc[j - 1].text in NAME_PARTICLES | {"der", "den", "la"}:
        j -= 1  # "Otto Koudelka von der TU": the particles belong to the place, not the name
    return j


def article_before_role(ctx: Context, role: int) -> Optional[int]:
    """The article opening "der [chinesische] Bürgerrechtler": up to two adjectives may stand
    between it and the role noun at ``role``."""
    doc = ctx.doc
    j = role - 1
    while j >= 0 and role - j <= 3 and is_adjective(doc[j].text, ctx.lex.verbs):
        j -= 1
    if j >= 1 and doc[j].lower_ == "und" and doc[j - 1].tag_ == "NN" and is_cap(doc[j - 1].text):
        first = j - 1  # two roles joined: "der bekannte Nürnberger Trommler und Bandleader"
        j = first - 1
        while j >= 0 and first - j <= 3 and (doc[j].tag_ == "ADJA" or is_adjective(doc[j].text, ctx.lex.verbs)):
            j -= 1
    return j if j >= 0 and doc[j].lower_ in ARTICLES else None


def role_apposition(ctx: Context, end: int) -> bool:
    """", Laborleiter …" after ``end``: a comma and a person's role noun without an article."""
    doc = ctx.doc
    return (end + 1 < len(doc) and doc[end].text == "," and is_cap(doc[end + 1].text)
            and ctx.lex.head_type(doc[end + 1].text) == "person" and not is_plural_role(ctx.lex, doc[end + 1].text))


def complement_end(ctx: Context, k: int) -> int:
    """Past a short complement of a head noun: a name ("Die Gruppe Turkey Blocks") or a
    prepositional phrase ("von Borussia Dortmund", "für Menschenrechte", "um Anita Zaidi")."""
    doc = ctx.doc
    taken = ctx.taken
    j = k
    if j < len(doc) and doc[j].tag_ == "APPR" and doc[j].lower_ in COMPLEMENT_OPENERS:
        j += 1
        if j < len(doc) and doc[j].tag_ == "ART":
            j += 1
    elif not (j < len(doc) and doc[j].tag_ == "NE"):
        return k
    first = j
    while j < len(doc) and j - first < 3 and doc[j].tag_ in ("NE", "NN", "ADJA") and j not in taken:
        j += 1
    if any(doc[m].text in ctx.lex.legal_forms for m in range(first, j)):
        return k  # "Die Bergbau Nordhessen AG": a company's name, for the legal-form rule
    return j if j > first and j < len(doc) and doc[j].tag_.endswith("FIN") else k


def quoted_name_start(doc: Doc, j: int) -> int:
    """The article before a quoted name, over adjectives and "in Linz erscheinende"."""
    if j == 0 or doc[j - 1].tag_ not in ("ART", "ADJA"):
        return j
    i = j - 1
    while i > 0 and j - i <= 5 and doc[i].tag_ != "ART":
        if doc[i].tag_ not in ("ADJA", "ADV", "APPR", "NE", "NN"):
            return j
        i -= 1
    return i if doc[i].tag_ == "ART" and doc[i].lower_ in ("der", "die", "das") else j


def long_form(doc: Doc, mentions: list, end: int) -> Optional[Mention]:
    """The mention an acronym in "(…)" right after token ``end`` - 1 defines: the phrase ending there,
    or an institution's head phrase whose name runs on to it ("dem Bundesamt für Sicherheit in der
    Informationstechnik (BSI)"). A state or region closing a longer name is not it ("die
    UN-Friedensmission im Südsudan (UNMISS)", "Human Rights Commission of Pakistan (HRCP)")."""
    best = None
    for m in mentions:
        if m.type == "person" or m.end > end or end - m.end > 6:
            continue
        gap = doc[m.end : end]
        if m.end < end and (m.kind != "phrase" or any(t.is_punct or t.tag_.startswith("V") for t in gap)):
            continue
        if best is None or m.end > best.end or (m.end == best.end and m.start < best.start):
            best = m  # the longest phrase ending there: "Forschungsinstitut Niedersachsen", not "Niedersachsen"
    if best is not None and best.type in ("state", "region") and best.start > 0 and doc[best.start - 1].is_lower:
        return None
    return best
