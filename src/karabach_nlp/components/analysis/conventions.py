"""Universal POS and lemma conventions on top of the STTS tagger output (data in models/analysis/)."""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from ...resources import load_json
from .mood import clause_bounds

NON_FINITE_VERB = frozenset({"VVINF", "VVIZU", "VVPP", "VAINF", "VAPP", "VMINF", "VMPP"})
CLOSED_CLASS = frozenset({"ART", "PPER", "PRF", "PDS", "PDAT", "PIS", "PIAT", "PPOSAT", "PPOSS", "PRELS", "PRELAT", "PWS", "PWAT"})
# "haben" and the modals head the clause (VERB) when no other verb depends on them; "sein" and
# "werden" stay AUX as copulas, as in UD German.
MAIN_VERB_WITHOUT_DEPENDENT = frozenset({"haben", "können", "müssen", "sollen", "wollen", "dürfen", "mögen"})


@lru_cache(maxsize=1)
def _tables() -> tuple[dict, dict, dict]:
    exceptions = load_json("analysis", "gsd_dev_exceptions.json")
    return load_json("analysis", "stts_upos.json"), exceptions["upos"], exceptions["lemma"]


def upos(i: int, words: Sequence[str], tags: Sequence[str], lemmas: Sequence[str]) -> str:
    by_tag, by_word, _ = _tables()
    tag = tags[i]
    if tag[:2] in ("VA", "VM") and lemmas[i] in MAIN_VERB_WITHOUT_DEPENDENT:
        start, end = clause_bounds(tags, i)
        others = tags[start:i] + tags[i + 1 : end]
        return "AUX" if any(t in NON_FINITE_VERB or t.startswith("VV") for t in others) else "VERB"
    return by_word.get(f"{tag}|{words[i].lower()}") or by_tag.get(tag, "X")


def lemma(word: str, tag: str, tagger_lemma: str) -> str:
    if len(word) > 1 and word.isupper() and tag in ("NN", "NE", "XY", "FM"):
        return word  # acronyms: "SPD", not HanTa's "Spd"
    if tag in CLOSED_CLASS:
        return _tables()[2].get(word.lower(), tagger_lemma)
    return tagger_lemma
