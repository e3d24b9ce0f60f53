"""Canonical names of unnamed actors and roles (spec §3): the nominative base form of a phrase.

"des Innenministeriums" -> "Innenministerium", "zahlreichen Unternehmensvertretern" ->
"Unternehmensvertreter", "die britischen Behörden in London" -> "britische Behörden", "des
neutralen Vermittlers" -> "neutraler Vermittler", "des Bundesministeriums für Wirtschaft und
Technologie" -> "Bundesministerium für Wirtschaft und Technologie". Articles, numbers, ages and
adjectives that say nothing of who it is are dropped; adjectives take the strong ending of the head
noun's gender and number; the head its nominative from HanTa's lemma; a phrase after the head stays
as written where it is part of the name (a genitive, "für …", "von …"). Mention spans never change.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Token

from ..analysis.tagger import is_known_adjective, is_nominalised_adjective
from .words import word_set, word_tuple

FEMININE = word_tuple("feminine_noun_endings")
NEUTER = word_tuple("neuter_noun_endings")
DROPPED_ADJECTIVES = word_set("dropped_adjectives")
FEMININE_PERSONS = word_set("feminine_singular")
WEAK_MASCULINE = word_tuple("weak_masculine_endings")
WEAK_ER = word_set("weak_er_nouns")
KEPT_PREPOSITIONS = word_set("kept_complement_prepositions")
SPOKESPERSON_HEADS = word_set("spokesperson_heads")
DETERMINER_TAGS = {"ART", "PDAT", "PIAT", "PPOSAT", "PIDAT", "PWAT", "CARD", "PRELAT"}
SINGULAR_ARTICLES = {"des", "dem", "das", "ein", "eines", "einem", "einen", "einer", "eine"}
MASCULINE_ARTICLES = {"ein", "eines", "einem", "einen", "des", "dem", "den"}
GENITIVE_ARTICLES = {"des", "der", "eines", "einer"}
ADJ_ENDINGS = ("em", "en", "er", "es", "e")
NOT_PLACE_ENDINGS = ("ung", "ungen", "age", "ion", "ionen", "heit", "keit")  # "Behörden Spionage": no place name
UMLAUTS = str.maketrans("äöü", "aou")
STRONG = {"m": "er", "f": "e", "n": "es", "pl": "e"}
AGE = re.compile(r"\d|jährig", re.I)
PARTICIPLE = re.compile(r".*iert$|ge.*t$")  # "die von der Miliz kontrollierte Behörde": a deed, not who


def is_spokesperson(noun: str) -> bool:
    """'Sprecher', 'Polizeisprecherin', 'Büro': a person or office that speaks for a body."""
    return noun in SPOKESPERSON_HEADS or noun.lower().endswith(("sprecher", "sprecherin"))


def gender(noun: str, person: bool = False) -> str:
    low = noun.lower().split("-")[-1]
    if person:  # "Präsidentin", "Frau" are women; "Experte", "Zeuge" are men
        return "f" if low.endswith("in") or low.capitalize() in FEMININE_PERSONS else "m"
    if low.endswith(NEUTER):
        return "n"
    if low.endswith(FEMININE) and not low.endswith(("er", "or")):
        return "f"
    return "m"


def singular(tok: Token, person: bool = False) -> str:
    """'Innenministeriums' -> 'Innenministerium', 'Präsidenten' -> 'Präsident', 'BWL-Studenten' ->
    'BWL-Student': the written form cut to HanTa's lemma, so compounds keep their case."""
    text, lemma = tok.text, tok.lemma_.split("-")[-1]
    if "ß" in lemma and "ß" not in text:
        lemma = lemma.replace("ß", "ss")  # the lexicon's old spelling: "Ausschuß" for "Ausschusses"
    if not lemma or text.lower() == lemma.lower():
        return text
    cut = len(text) - len(text.split("-")[-1]) + len(lemma)
    endings = ("s", "es", "n", "en", "ns", "e") if person else ("s", "es")  # only persons decline weak: "Präsidenten"
    if text.lower().endswith(lemma.lower() + text[cut:].lower()) and text[cut:] in endings:
        return text[:cut]
    return text


def strong_noun(noun: str, article: Optional[str], head: Token) -> str:
    """One man named by a noun made of an adjective takes its strong nominative: "einem anderen
    Beamten" -> "Beamter", "der Angeklagte" -> "Angeklagter"; a woman's stays ("die Angeklagte"),
    and "der Angeklagten" (a woman's genitive or dative) is left as it is."""
    if not noun.endswith("e") or not is_nominalised_adjective(noun):
        return noun
    if article in MASCULINE_ARTICLES or (article == "der" and head.lower_.endswith("e")):
        return noun + "r"
    return noun


def plural(tok: Token) -> str:
    """Nominative plural of a plural noun: the dative -n goes ('Ärzten' -> 'Ärzte', 'Vertretern' ->
    'Vertreter'), the plural -n stays ('Behörden'); a noun made of an adjective is strong ('Verdächtige')."""
    text, lemma = tok.text, tok.lemma_.split("-")[-1]
    last = text.split("-")[-1]
    if not text.endswith("n") or len(last) < 4:
        return text
    stem, low, base = text[:-1], last.lower(), lemma.lower()
    if low == base + "n" and base.endswith("e") and is_known_adjective(low):
        return stem  # a noun made of an adjective takes the strong ending: "die Verdächtigen" -> "Verdächtige"
    if low in (base + "n", base + "en"):  # the plural's own -n: "Behörden", "Soldaten", "Bauern"
        return stem if low.endswith(("ern", "eln")) and lemma not in WEAK_ER else text
    fold = low[:-1].translate(UMLAUTS)
    base = base.translate(UMLAUTS)
    if fold in (base + "e", base + "er"):  # "Ärzten", "Kindern", "Männern": the dative's -n
        return stem
    return text


def is_plural(tok: Token, article: Optional[str], known_plural: bool, person: bool, role: bool = False) -> bool:
    if article in SINGULAR_ARTICLES:  # "Das … Zentralfernsehen" is one, whatever its ending suggests
        return False
    if known_plural:
        return True
    text, lemma = tok.text.split("-")[-1].lower(), tok.lemma_.split("-")[-1].lower()
    if text == lemma or text in (lemma + "s", lemma + "es"):
        return False
    if article == "den" and gender(tok.lemma_, person) == "m" and text in (lemma + "n", lemma + "en") and not lemma.endswith(("er", "el")):
        return False  # "den Präsidenten": one man
    if role and text in (lemma + "n", lemma + "en") and lemma.endswith(WEAK_MASCULINE) and gender(tok.text, person) == "m":
        return False  # a role is one person's: "ihren französischen Kollegen X", "des Ökonomen X"
    return True


def _named(adjective: Token) -> bool:
    """A capitalised adjective inside a sentence is part of a name, never an empty one ("die Neue
    Osnabrücker Zeitung", "der Neuen Demokratischen Partei")."""
    before = adjective.doc[adjective.i - 1] if adjective.i > 0 else None  # after an article or a capitalised
    return (adjective.text[:1].isupper() and before is not None and not adjective.is_sent_start  # adjective: not
            and (before.tag_ in ("ART", "APPRART", "PPOSAT") or (before.tag_ == "ADJA" and before.text[:1].isupper())))  # capitalised by its place


def _uncapitalised(adjective: Token, form: str, article: Optional[str]) -> str:
    """An adjective capitalised only because it opens a sentence or a headline, with no article
    before it, is written small in the name of a group or a person ("Überlebende Russen berichten" →
    "überlebende Russen"); a place's adjective ("Berliner") and a name's ("Die Neue Osnabrücker
    Zeitung") keep their capital, as a single body's does (the caller: "Sozialdemokratische Partei")."""
    before = adjective.doc[adjective.i - 1] if adjective.i > 0 else None
    opens = before is None or adjective.is_sent_start or before.is_punct or before.is_space
    if article or not opens or not form[:1].isupper() or _named(adjective):
        return form
    if form.endswith("er") and adjective.lemma_.lower() == adjective.text.lower():
        return form  # "Berliner", "Londoner"
    return form[:1].lower() + form[1:]


def _article_gender(article: Optional[str], adjectives: list[Token], head: Token) -> Optional[str]:
    """The gender the article and the adjective's ending show where the noun's ending does not: "der
    deutschen Bundeswehr" (weak -en after "der", no genitive -s: a feminine genitive or dative) and
    "einer …" are feminine; a masculine "der" takes "-e" ("der deutsche Botschafter")."""
    if head.text.endswith("s"):
        return None
    if article == "einer" or (article == "der" and adjectives and adjectives[0].lower_.endswith("en")):
        return "f"
    return None


def strong_adjective(tok: Token, ending: str) -> str:
    text = tok.text
    if text[:1].isupper() and text.endswith("er") and tok.lemma_.lower() == text.lower():
        return text  # "Berliner", "Londoner": a place's adjective does not inflect
    for end in ADJ_ENDINGS:
        if text.endswith(end) and len(text) - len(end) >= 3:
            return text[: -len(end)] + ending
    return text


def _names_someone(tokens: list[Token], names: frozenset[str] = frozenset()) -> bool:
    """A genitive that holds a name ("des Deutschen Bundestages", "der Stadt Den Haag", "der UN"),
    a gazetteer's among ``names`` too ("des Bundestages", "der Grünen"); not a thing ("des Fahrzeugs")."""
    return any(t.tag_ == "NE" or (t.tag_ == "ADJA" and t.text[:1].isupper()) or (t.text.isupper() and len(t.text) > 1)
               or t.text in names for t in tokens[1:])


def _genitive(tokens: list[Token]) -> list[Token]:
    """The genitive phrase that opens ``tokens``, up to a preposition after it ("der Grünen [im Landtag]")."""
    end = next((k for k, t in enumerate(tokens) if k > 1 and t.tag_ in ("APPR", "APPRART")), len(tokens))
    return tokens[:end]


def _kept_complement(tokens: list[Token], mode: str, qualified: bool = False,
                     names: frozenset[str] = frozenset()) -> list[Token]:
    """The words after the head that belong to the name: all of them for a role; else a genitive
    that names someone, a phrase after "für" or "von"; "aus …" for a body only; "in …" only where
    no adjective says whose it is ("Behörden in Berg-Karabach", but "britische Behörden")."""
    if not tokens or mode == "role":
        return tokens
    first = tokens[0].lower_
    if mode == "spokesperson":
        return []  # "Sprecher der UN": the body is an actor of its own, linked by speaks_for
    if first in GENITIVE_ARTICLES:
        if _names_someone(tokens):
            return tokens
        genitive = _genitive(tokens)  # a listed body: "Fraktion der Grünen", "Rechtsausschuss des Bundestages"
        return genitive if mode == "body" and _names_someone(genitive, names) else []
    if first in ("in", "im") and mode == "body" and not qualified:
        # "Behörden in Berg-Karabach", "Regierung in Lomé": a place by its name; not "im Nachbarland", "im Landtag"
        return tokens if any(t.tag_ == "NE" or (not t.tag_ and t.text[:1].isupper()) for t in tokens[1:]) else []  # untagged: as written
    if first in KEPT_PREPOSITIONS or (first == "aus" and mode == "body"):
        return tokens
    return []


def _coordinated(doc: Doc, last: Token) -> int:
    """2 where the phrase's last word is a name joined by "und" to one more word the mention left out
    ("Politiker von [SPD] und Grünen kritisierten"); 0 where a compound, a noun, an article or a
    preposition follows ("und Vertreter der Grünen" is a phrase of its own)."""
    k = last.i
    if k + 2 >= len(doc) or doc[k + 1].lower_ != "und" or not (last.tag_ == "NE" or last.text.isupper()):
        return 0
    other = doc[k + 2]
    after = doc[k + 3] if k + 3 < len(doc) else None
    if other.tag_ not in ("NE", "NN") or not other.text[:1].isupper() or "-" in other.text:
        return 0
    if after is not None and (after.tag_ in DETERMINER_TAGS or after.tag_ in ("APPR", "APPRART", "NN", "NE")):
        return 0  # "und Vertreter der Grünen", "und Grünen im Landtag": a phrase of its own
    return 2


def _place_genitive(doc: Doc, k: int, names: frozenset[str]) -> list[int]:
    """[k] where the token at ``k`` is a listed place's genitive opening a body's phrase, which says
    whose body the head after it is: "Bayerns Polizei", "Frankreichs Behörden" (not the place's name
    alone); none after an article or a preposition."""
    tok = doc[k]
    if k + 1 >= len(doc) or not doc[k + 1].text[:1].isupper() or not tok.text[:1].isupper() or not tok.whitespace_:
        return []
    if not tok.text.endswith("s") or tok.text[:-1] not in names:
        return []
    return [] if k > 0 and doc[k - 1].tag_ in DETERMINER_TAGS | {"APPR", "APPRART"} else [k]


def canonical(doc: Doc, start: int, end: int, known_plural: bool = False, mode: str = "body",
              names: frozenset[str] = frozenset()) -> Optional[str]:
    """The canonical name of the phrase at characters ``[start, end)``; None when it has no noun.
    ``mode``: "body", "person" (no "aus …" after the head) or "role" (the whole complement stays)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    before = span.start
    while before > 0 and doc[before - 1].tag_ == "ADJA" and doc[before - 1].text[:1].isupper():
        # a capitalised adjective is part of the name: "der Freiwilligen [Feuerwehr Mölschbach]"
        before -= 1
    tokens = list(doc[before : span.end])
    i, article = 0, None
    while i < len(tokens) and (tokens[i].tag_ in DETERMINER_TAGS or tokens[i].lower_ in SINGULAR_ARTICLES | {"der", "die", "den"}):
        article = article or tokens[i].lower_
        i += 1
    owner = _place_genitive(doc, tokens[i].i, names) if mode == "body" and i < len(tokens) - 1 else []
    i += len(owner)  # a listed place's genitive opening the mention says whose body it is: "Frankreichs Behörden"
    prefix = [doc[owner[0] : owner[-1] + 1].text] if owner else []
    # a role's Saxon genitive: "Russlands Präsident"
    while mode == "role" and i < len(tokens) - 1 and tokens[i].tag_ == "NE":
        prefix.append(tokens[i].text)
        i += 1
    adjectives = []
    while i < len(tokens) and tokens[i].tag_ in ("ADJA", "ADJD") and not tokens[i].text[:1].isupper() or (
            i < len(tokens) - 1 and tokens[i].tag_ == "ADJA"):
        adjectives.append(tokens[i])
        i += 1
    if i >= len(tokens) or not tokens[i].text[:1].isupper():
        return None
    head = tokens[i]
    many = is_plural(head, article, known_plural, mode != "body", role=mode == "role")
    noun = plural(head) if many else singular(head, mode != "body")
    ending = STRONG["pl" if many else _article_gender(article, adjectives, head) or gender(noun, mode != "body")]
    if mode == "person" and not many:
        noun = strong_noun(noun, article, head)
    if mode == "person" and is_spokesperson(head.text):
        mode = "spokesperson"
    small = many or mode != "body"  # a group or a person; a body's name keeps it ("Sächsische Zeitung")
    words = prefix + [_uncapitalised(a, strong_adjective(a, ending), article) if small else strong_adjective(a, ending)
                      for a in adjectives
             if _named(a) or (not AGE.search(a.text) and not PARTICIPLE.match(a.lemma_.lower())
                              and a.lemma_.lower() not in DROPPED_ADJECTIVES and a.lower_ not in DROPPED_ADJECTIVES)]
    rest = tokens[i + 1 :]
    # a name right after the head is part of it ("Feuerwehr Mölschbach", "Polizei Dortmund")
    j = 0
    while j < len(rest) and rest[j].tag_ == "NE" and not rest[j].lower_.endswith(NOT_PLACE_ENDINGS):
        j += 1
    words += [noun]
    tail = rest[:j] + _kept_complement(rest[j:], mode, qualified=bool(words[:-1]), names=names)
    opened = next((k for k, t in enumerate(tail) if t.text == "("), None) if mode == "role" else None
    if opened:  # "Kommissionspräsident der Afrikanischen Union (AU)": the acronym it defines is no part of it
        tail = tail[:opened]
    while tail and tail[-1].is_punct:  # "…, persönlicher Sprecher von Aljaksandr Milinkewitsch,"
        tail = tail[:-1]
    if tail:  # as written, spacing and commas kept: "für Umwelt, Naturschutz und Reaktorsicherheit"
        last = tail[-1].i + (_coordinated(doc, tail[-1]) if mode != "role" and len(tail) > len(rest[:j]) else 0)
        words.append(doc[tail[0].i : last + 1].text)
    return " ".join(words)


def name_adjective(doc: Doc, start: int, name: str) -> str:
    """A name with the capitalised adjective that stands right before its mention and belongs to
    it: "der Freiwilligen [Feuerwehr Mölschbach]" -> "Freiwillige Feuerwehr Mölschbach"."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return name
    before = doc[span.start - 1]
    if before.tag_ != "ADJA" or not before.text[:1].isupper() or name.startswith(before.text):
        return name
    words = name.split()
    return f"{strong_adjective(before, STRONG[gender(words[0])])} {name}"
