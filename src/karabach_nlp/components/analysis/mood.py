"""Verb form and mood (Indikativ / Konjunktiv / Imperativ) of German finite verbs from form, STTS tag and lemma.

Three kinds of evidence, strongest first:
1. a lexicon of forms that are subjunctive whatever the context ("sei", "wäre", "könne", "würde");
2. Konjunktiv I singular = present stem + "e" ("habe", "gebe", "werde"): identical to the first
   person indicative, so it counts as subjunctive unless "ich" stands in the same clause;
3. Konjunktiv II of strong verbs: an umlaut the lemma lacks ("käme", "stünde", "gälten") or the
   past stem + "e" ("ginge", "bliebe"); apart from "wurde", the indicative past of strong verbs
   never ends in "e".
Weak Konjunktiv II ("zeigten") and "sollte"/"wollte" equal the indicative past: left indicative.
"""

from __future__ import annotations

from typing import Optional, Sequence

UMLAUTS = frozenset("äöü")
CLAUSE_BOUNDARY_TAGS = frozenset({"$,", "$.", "$("})
FIRST_PERSON_SINGULAR = frozenset({"ich"})
_SUBJUNCTIVE_ENDINGS_WITH_UMLAUT = ("e", "en", "est", "et")


def verb_form(tag: str) -> Optional[str]:
    if not tag.startswith("V"):
        return None
    if tag.endswith("FIN") or tag.endswith("IMP"):
        return "Fin"
    if tag.endswith("INF") or tag.endswith("IZU"):
        return "Inf"
    if tag.endswith("PP"):
        return "Part"
    return None


def is_present_stem_e(form: str, lemma: str) -> bool:
    """'habe'/'haben', 'handele'/'handeln', 'stelle'/'darstellen' (separable prefix before the stem)."""
    if not form.endswith("e") or len(form) < 2:
        return False
    stem = form[:-1]
    return any(lemma.endswith(ending) for ending in (stem + "en", stem + "n", form[:-2] + "eln", form[:-2] + "ern"))


def is_strong_konjunktiv_ii(form: str, lemma: str) -> bool:
    # "wurde" is the one indicative past in -e
    if not lemma.endswith("n") or lemma.endswith("werden") or is_present_stem_e(form, lemma):
        return False
    if UMLAUTS & set(form) and not UMLAUTS & set(lemma):
        return form.endswith(_SUBJUNCTIVE_ENDINGS_WITH_UMLAUT)
    # past stem + e: "ginge", "bliebe"; "-te" is left out because it is mostly the weak past ("machte",
    # "brachte", "musste"); the few strong ones in "-te" ("hielte") are in the lexicon
    return form.endswith("e") and not form.endswith("te")


def clause_bounds(tags: Sequence[str], i: int) -> tuple[int, int]:
    start = i
    while start > 0 and tags[start - 1] not in CLAUSE_BOUNDARY_TAGS:
        start -= 1
    end = i + 1
    while end < len(tags) and tags[end] not in CLAUSE_BOUNDARY_TAGS:
        end += 1
    return start, end


def mood(i: int, words: Sequence[str], tags: Sequence[str], lemmas: Sequence[str], subjunctive_forms: frozenset) -> Optional[str]:
    """Mood of word ``i`` of a sentence (None when it is not a finite verb)."""
    tag = tags[i]
    if verb_form(tag) != "Fin":
        return None
    form, lemma = words[i].lower(), lemmas[i].lower()
    if tag.endswith("IMP") and (i == 0 or tags[i - 1] in CLAUSE_BOUNDARY_TAGS) and form not in subjunctive_forms:
        return "Imp"
    if form in subjunctive_forms:
        return "Sub"
    if is_present_stem_e(form, lemma):
        if i == 0:  # "Habe gestern ...": first person with the subject left out, or an imperative
            return "Ind"
        start, end = clause_bounds(tags, i)
        first_person = any(words[j].lower() in FIRST_PERSON_SINGULAR for j in range(start, end))
        return "Ind" if first_person else "Sub"
    if is_strong_konjunktiv_ii(form, lemma):
        return "Sub"
    return "Ind"
