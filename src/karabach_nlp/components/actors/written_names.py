"""A named body's ``name`` is the fullest name the article writes for it, in the nominative (spec §3).

- A gazetteer actor: its listed name where the article writes it, or only a part of it ("OSZE",
  "BaFin", "USA": the name it is commonly known by; "Spiegel" for "Der Spiegel", but not one of two
  names the listed name joins by a slash: "Grünen" is "Grüne", not "Bündnis 90/Die Grünen"); otherwise the longest of its listed forms the article writes,
  in the nominative ("der „Frankfurter Allgemeine Zeitung“" -> "Frankfurter Allgemeine Zeitung"
  for the entry "FAZ", "den Vereinigten Staaten" -> "Vereinigte Staaten"). Its ``key`` and
  ``wikidata`` come from the entry, so the same body groups across articles whatever it is called.
- An actor known by an acronym the article defines ("dem Kriminologischen Forschungsinstitut
  Niedersachsen (KFN)", "die „Confédération Européenne de Pétanque“ (CEP)"): the long form.

Mention spans never change.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc

from ...doctext import doc_text
from .canonical import DETERMINER_TAGS, STRONG, gender, is_plural, is_spokesperson, plural, singular, strong_adjective
from .grammar import ACRONYM, ARTICLES, QUOTE_PAIRS
from .words import word_set

NAME_CONNECTORS = word_set("name_connectors")
SHORT_FORM_WORDS = word_set("short_form_words")
CLOSING_QUOTES = {close for _, closers in QUOTE_PAIRS for close in closers}


def nominative(doc: Doc, start: int, end: int) -> Optional[str]:
    """A written name in the nominative: the capitalised adjectives before its first noun take the
    strong ending, that noun its nominative; the words after it stay as written ("des Bundesamtes
    für Verfassungsschutz" -> "Bundesamt für Verfassungsschutz"). A name without a German noun
    ("Human Rights Watch") stays as written."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tokens = list(span)
    article = doc[span.start - 1].lower_ if span.start > 0 and doc[span.start - 1].lower_ in ARTICLES else None
    while tokens and (tokens[0].tag_ in DETERMINER_TAGS or tokens[0].lower_ in ARTICLES):
        article = article or tokens[0].lower_
        tokens = tokens[1:]
    i = 0
    while i < len(tokens) - 1 and tokens[i].tag_ == "ADJA":
        i += 1
    if not tokens:
        return None
    if tokens[i].tag_ != "NN" or not tokens[i].text[:1].isupper():
        return doc[tokens[0].i : tokens[-1].i + 1].text
    first = i
    while (i + 1 < len(tokens) and tokens[i].whitespace_ and _uninflected(tokens[i])
           and tokens[i + 1].text[:1].isupper() and not tokens[i + 1].text.isupper() and (tokens[i + 1].tag_ == "NN" or (
               i + 2 < len(tokens) and tokens[i + 1].tag_ == "NE" and tokens[i + 2].tag_ == "NN" and tokens[i + 1].whitespace_))):
        i += 1  # nouns written apart, the first without a case ending: the last is the head ("des Deutschen Fußball
        # Verbands", "des Deutschen Pétanque Verbands")
    head = tokens[i]
    # a body's noun after "den" that is not its base form is a plural ("den Vereinigten Staaten"):
    # only persons decline weak in the singular ("den Präsidenten")
    many = is_plural(head, article, False, False) or (article == "den" and head.lower_ != head.lemma_.lower())
    noun = plural(head) if many else singular(head)
    ending = STRONG["pl" if many else gender(noun)]
    name = " ".join([strong_adjective(a, ending) for a in tokens[:first]] + [t.text for t in tokens[first:i]] + [noun])
    if i + 1 < len(tokens):  # as written, with its spacing: "Öffentliche Dienste, Transport und Verkehr"
        name += head.whitespace_ + doc[tokens[i + 1].i : tokens[-1].i + 1].text
    return name


def _uninflected(tok) -> bool:
    """A noun without a case ending: its lemma, or no -n/-s after it ("Fußball", "Pétanque"; not
    "Arbeitskreises", "Bundesländern")."""
    return tok.lower_ == tok.lemma_.lower() or not tok.lower_.endswith(("n", "s"))


def _listed_base(form: str, name: str, aliases: list[str]) -> str:
    """'Chinas' -> 'China', 'Bundesgerichtshofs' -> 'Bundesgerichtshof': a genitive the gazetteer
    lists beside its base form."""
    for ending in ("s", "es"):
        base = form[: -len(ending)]
        if form.endswith(ending) and (base == name or base in aliases):
            return base
    return form


def _undeclined(form: str, name: str, aliases: list[str]) -> str:
    """A nominalised adjective's weak -n dropped: "Grünen" -> "Grüne", "Linken" -> "Linke" (of "Die
    Linke"). A declined form is an alias of its own, never the listed name written."""
    base = form[:-1]
    if not form.endswith(("en", "EN")):
        return form
    for words in (a.split() for a in (name, *aliases)):
        if len(words) == 2 and words[0].lower() in ARTICLES and words[1].lower() == base.lower():
            return words[1]  # in the listed spelling: "der LINKEN" -> "Linke"
    return base if base in aliases else form


def _part_of(form: str, name: str) -> bool:
    """``form`` is written for the listed ``name``: a part of it ("Spiegel" of "Der Spiegel"), but not
    one of two names the listed name joins with a slash: "Grünen" alone names no "Bündnis 90/Die
    Grünen" (the name is the written form, "Grüne")."""
    low, whole = form.lower(), name.lower()
    if low not in whole:
        return False
    return low == whole or "/" not in whole or not any(low in side for side in whole.split("/"))


def gazetteer_name(doc: Doc, name: str, aliases: list[str], spans: list[tuple[int, int]]) -> str:
    """The listed ``name`` where a mention writes it, else the longest listed form the mentions
    write (in the nominative); a form inside a compound ("US-Regierung") does not count."""
    text = doc_text(doc)
    best = None
    for s, e in spans:
        written = text[s:e]
        for alias in [name, *aliases]:
            if alias not in written:
                continue  # not written here at all: no pattern to build for it
            undeclined = _undeclined(alias, name, aliases)
            for found in re.finditer(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", written):
                if undeclined != alias:  # a declined form is an alias of its own: "Linken" is "Linke"
                    form = undeclined
                else:
                    form = nominative(doc, s + found.start(), s + found.end()) or alias
                    form = _listed_base(form, name, aliases)
                    if name in (alias, form) or _part_of(form, name):
                        return name  # written, or a part of it: "n24" is "N24", "Spiegel" "Der Spiegel"
                if (form in aliases or form == undeclined) and (best is None or len(form) > len(best)):
                    best = form
    return best or name


def definition_at(doc: Doc, i: int) -> Optional[int]:
    """Where the long form the acronym at ``i`` is defined by ends: the index of the "(" in "… (DSW)",
    of the comma in "„Deutscher Fußball-Bund“, kurz „DFB“" or "…“, kurz FIFA"; None if no definition."""
    if 1 < i and doc[i - 1].text == "(" and i + 1 < len(doc) and doc[i + 1].text == ")":
        return i - 1
    k = i - 1 if i > 0 and doc[i - 1].text in ("„", "»", '"') else i
    if k >= 3 and doc[k - 1].lower_ in SHORT_FORM_WORDS and doc[k - 2].text == "," and doc[k - 3].text in CLOSING_QUOTES:
        return k - 2
    return None


def _quoted_before(doc: Doc, end: int, acronym: str) -> Optional[str]:
    """The quoted name closing right before ``end``, in the nominative, if it opens with the acronym's letter."""
    k = end - 2
    while k > 0 and doc[k].text not in ("„", "»", "«", '"') and end - k < 10:
        k -= 1
    if k < end - 2 and doc[k].text in ("„", "»", "«", '"'):
        long = doc[k + 1 : end - 1]
        if long.text[:1].lower() == acronym[:1].lower():  # in the nominative: "der „Westdeutschen Allgemeinen Zeitung“"
            return nominative(doc, long.start_char, long.end_char) or long.text
    return None


def _unquoted_before(doc: Doc, end: int, acronym: str) -> Optional[str]:
    """The run of capitalised words (with "für", "de", "of" …) before ``end`` that opens with the
    acronym's first letter, in the nominative; a title or spokesperson before it is no part of it
    ("Präsident des Deutschen Fußball Verbands (DFB)", "Sprecher der Sudanesischen Befreiungsarmee (SPLA)")."""
    k = end
    while k > 0 and (doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha or doc[k - 1].lower_ in NAME_CONNECTORS):
        k -= 1
    # the last genitive in the run whose name opens with the acronym's letter is the name, not the noun
    # it depends on: "Präsident des Deutschen Fußball Verbands (DFB)", "Gebiet der Trinkwasseraufbereitung
    # des Technischen Hilfswerks (THW)"
    k = next((j for j in range(end - 1, k, -1) if doc[j - 1].lower_ in ("des", "der")
              and doc[j].text[:1].lower() == acronym[:1].lower()), k)
    while k < end and (doc[k].lower_ in NAME_CONNECTORS or doc[k].tag_ in DETERMINER_TAGS or doc[k].lower_ in ARTICLES
                       or is_spokesperson(doc[k].text)):
        k += 1
    if k < end and doc[k].text[:1].lower() == acronym[:1].lower() and doc[k:end].text != acronym:
        return nominative(doc, doc[k].idx, doc[end - 1].idx + len(doc[end - 1].text))
    return None


def acronym_long_form(doc: Doc, acronym: str) -> Optional[str]:
    """The long form the article gives an acronym in "(…)" right after it or with ", kurz" before
    it, in the nominative: a quoted name first (as the body writes itself: "„Deutscher
    Fußball-Bund“, kurz „DFB“"), else the run of capitalised words before "(…)" that opens with
    the acronym's first letter."""
    unquoted = None
    for tok in doc:
        p = definition_at(doc, tok.i) if tok.text == acronym else None
        if p is None or p < 2:
            continue
        if doc[p - 1].text in CLOSING_QUOTES:
            quoted = _quoted_before(doc, p, acronym)
            if quoted:
                return quoted
        elif doc[p].text == "(" and unquoted is None:
            unquoted = _unquoted_before(doc, p, acronym)
    return unquoted


def written_name(doc: Doc, entries: dict[tuple[str, str], list[str]], type_: str, name: str,
                 spans: list[tuple[int, int]]) -> str:
    """The name an actor with mentions at ``spans`` gets from what the article writes (see above)."""
    aliases = entries.get((type_, name))
    if aliases is not None:
        return gazetteer_name(doc, name, aliases, spans)
    if ACRONYM.match(name) and type_ != "person":
        return acronym_long_form(doc, name) or name
    return name
