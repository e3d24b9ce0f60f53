"""STTS tags and lemmas from HanTa (the Hanover Tagger, LGPL-3.0, German model shipped in its wheel).

HanTa is pure Python: analysing an unseen word form costs ~1-3 ms, so the per-form analyses are
cached for the life of the process (news text repeats its vocabulary). The sentence-level
Viterbi search is our own (``best_tags``): the same search over HanTa's model, but it tries only
the tags a word can have instead of every successor of a state (~3x faster, same tags).
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Optional, Sequence

CACHE_SIZE = 200_000  # word forms; a few hundred bytes each
# HanTa's word analysis grows with the square of the word length (1000 letters: ~10 s); German
# words stay well below this, longer tokens are URLs, hashes or garbage and get the tag XY.
MAX_WORD_LENGTH = 60
_LONG_WORD_STAND_IN = "X"

# HanTa writes verb and adjective subtypes in brackets and has tags of its own beyond STTS.
_HANTA_TO_STTS = {"NNA": "NN", "NNI": "NN", "UNKNOWN": "XY"}


def normalise_tag(hanta_tag: str) -> str:
    """'VV(FIN)' -> 'VVFIN', 'ADJ(A)' -> 'ADJA'; nominalised adjectives/infinitives -> 'NN'."""
    if hanta_tag.endswith(")") and "(" in hanta_tag[1:]:  # not the punctuation tag "$("
        hanta_tag = hanta_tag[:-1].replace("(", "")
    return _HANTA_TO_STTS.get(hanta_tag, hanta_tag)


def hanta_available() -> bool:
    try:
        import HanTa  # noqa: F401
    except ImportError:
        return False
    return True


@lru_cache(maxsize=1)
def _tagger():
    from HanTa import HanoverTagger as ht

    from . import form_table, morphology, user_cache

    class CachedTagger(ht.HanoverTagger):
        """HanTa with its per-form analyses read from the shipped table of frequent forms
        (``form_table``) or the user's cache of earlier runs (``user_cache``), else computed by
        the same search, faster (``morphology``), and memoised in the process per (form, tag); the tag candidates of a form are memoised in ``_candidates``, and
        ``best_tags`` replaces its sentence search."""

        def __init__(self, model: str):
            super().__init__(model)
            self._analyze_cached = lru_cache(maxsize=CACHE_SIZE)(self._analyze_uncached)

        def reachable(self):  # called by HanTa's __init__
            self.reachability = morphology.reachability(self.LP_trans, self.int2tag)

        def analyze_forward(self, word):
            found = form_table.forward(word)
            if found is None:
                found = user_cache.forward(word)
            if found is None:
                found = morphology.analyze_forward(self, word)
                user_cache.remember_forward(word, found)
            return found

        def analyze_viterbi(self, word, targetpos):
            return morphology.analyze_viterbi(self, word, targetpos)

        def _analyze(self, word, pos, taglevel=1):
            return self._analyze_cached(word, pos, taglevel)

        def _analyze_uncached(self, word, pos, taglevel):
            if taglevel != 1:
                return super()._analyze(word, pos, taglevel)
            form = word.lower()  # HanTa's lemma search reads the lower-cased form only
            found = form_table.lemma(form, pos)
            if found is None:
                found = user_cache.lemma(form, pos)
            if found is None:
                found = super()._analyze(word, pos, taglevel)
                user_cache.remember_lemma(form, pos, found)
            return found

    return CachedTagger("morphmodel_ger.pgz")


def load_model() -> None:
    """Read HanTa's model now: when the pipeline is built, so that it is among the long-lived
    objects the garbage collector is told to leave alone (``karabach_nlp.startup``)."""
    _tagger()


BEAM = 5  # states kept per word, as in HanTa
_FLOOR = -1e6


@lru_cache(maxsize=CACHE_SIZE)
def _candidates(word: str, case_sensitive: bool) -> tuple[tuple[int, float], ...]:
    """(tag, log P(word | tag)) pairs HanTa allows for a word; empty when nothing is known."""
    from HanTa.HanoverTagger import UNKNOWN

    found = tuple(_tagger()._tag_word(word, cutoff=5, casesensitive=case_sensitive, conditional=True))
    return () if {tag for tag, _ in found} == {UNKNOWN} else found


# HanTa gives words of its lexicon a log probability above this; unseen forms it guesses from
# their endings score far lower (about -25 and below).
KNOWN_WORD_FLOOR = -20.0


def is_known_word(word: str) -> bool:
    """A form HanTa's lexicon knows ("predigen", "anschließend"), not one it guesses ("feuen",
    "Milinkewitsch"); False without HanTa."""
    if not hanta_available():
        return False
    return any(score > KNOWN_WORD_FLOOR for _, score in _candidates(word, True))


def is_known_compound(word: str) -> bool:
    """A form HanTa knows, or a compound whose last part of four letters or more it knows
    ("Dichterfürst": "Fürst"); a foreign name ("Camden") is neither. False without HanTa."""
    return is_known_word(word) or any(is_known_word(word[k:].capitalize()) for k in range(1, len(word) - 3))


def is_known_verb(word: str) -> bool:
    """A form HanTa's lexicon knows as a full verb ("feiern", "schildern"), not only as another
    word ("Fahrern"); False without HanTa."""
    if not hanta_available():
        return False
    names = _tagger().int2tag
    return any(score > KNOWN_WORD_FLOOR and str(names[tag]).startswith("VV") for tag, score in _candidates(word, True))


def is_known_adjective(word: str) -> bool:
    """A form HanTa's lexicon knows as an attributive adjective ("verdächtigen", "deutschen"), not
    only as a noun ("experten"); False without HanTa."""
    if not hanta_available():
        return False
    names = _tagger().int2tag
    return any(score > KNOWN_WORD_FLOOR and str(names[tag]) in ("ADJ(A)", "NNA") for tag, score in _candidates(word, True))


NOUN_READING_MARGIN = 1.0  # log probability by which a nominalised adjective must beat a common-noun reading


def is_nominalised_adjective(word: str) -> bool:
    """A form HanTa's lexicon knows as a nominalised adjective or participle (its tag ``NNA``) and
    not as a common noun too: "Angeklagte", "Jährigen", "Entführten"; not "Weise", "Tatsache".
    False without HanTa."""
    if not hanta_available():
        return False
    names = _tagger().int2tag
    scores = {names[tag]: score for tag, score in _candidates(word, True) if score > KNOWN_WORD_FLOOR}
    # a common-noun reading close to it ("Tatsache": NNA -8.3, NN -8.4) makes it a common noun
    return "NNA" in scores and scores.get("NN", -math.inf) < scores["NNA"] - NOUN_READING_MARGIN


def _most_likely_tag(word: str, case_sensitive: bool) -> Optional[int]:
    candidates = _candidates(word, case_sensitive)
    return max(candidates, key=lambda pair: pair[1])[0] if candidates else None


def best_tags(words: Sequence[str]) -> list[int]:
    """HanTa's tag numbers for one sentence: Viterbi over tag-trigram states (HanTa's beam rule:
    states more than 1 below the 6th best are dropped)."""
    from HanTa.HanoverTagger import EMPTY, END, START

    transitions_of = _tagger().LP_trans_word
    back: list[dict] = []
    previous = {(EMPTY, START): 0.0}
    for i, word in enumerate(words):
        # the first word's case says nothing: every sentence starts with a capital
        candidates = _candidates(word, i > 0)
        bound = sorted(previous.values(), reverse=True)[BEAM] - 1 if len(previous) > BEAM else _FLOOR
        row: dict = {}
        pointers: dict = {}
        for state, score in previous.items():
            if score < bound:
                continue
            transitions = transitions_of[state]
            last = state[1]
            # nothing known about the word: any successor, at no word cost
            steps = candidates or [(tag, 0.0) for tag in transitions]
            for tag, lp_word in steps:
                lp_trans = transitions.get(tag)
                if lp_trans is None or tag == END:
                    continue
                lp = score + lp_trans + lp_word
                new = (last, tag)
                if lp > _FLOOR and (new not in row or lp > row[new]):
                    row[new] = lp
                    pointers[new] = state
        back.append(pointers)
        previous = row
    final, best = None, -math.inf
    for state, score in previous.items():
        lp = score + transitions_of[state].get(END, -math.inf)
        if final is None or lp > best:
            final, best = state, lp
    tags = []
    state = final
    for pointers in reversed(back):
        tags.append(state[1])
        state = pointers[state]
    return tags[::-1]


def tag_sentence(words: Sequence[str]) -> list[tuple[str, str]]:
    """(STTS tag, lemma) for each word of one sentence."""
    if not words:
        return []
    shortened = [w if len(w) <= MAX_WORD_LENGTH else _LONG_WORD_STAND_IN for w in words]
    model = _tagger()
    try:
        tags = best_tags(shortened)
    except (KeyError, TypeError):  # no path through HanTa's transitions (not seen in practice)
        tags = [_most_likely_tag(word, i > 0) for i, word in enumerate(shortened)]
    tagged = []
    for word, tag in zip(shortened, tags):
        tagged.append((model.int2tag[tag], model._analyze(word, tag)[0]) if tag is not None else ("XY", word))
    return [_tag_and_lemma(word, tag, lemma) for word, (tag, lemma) in zip(words, tagged)]


def _tag_and_lemma(word: str, hanta_tag: str, lemma: str) -> tuple[str, str]:
    if len(word) > MAX_WORD_LENGTH:
        return "XY", word
    tag = normalise_tag(hanta_tag)
    if tag in ("XY", "FM") and not any(c.isalnum() for c in word):
        return "$(", word  # dashes, ellipses, emoticons: HanTa's model lacks many of them
    return tag, lemma


@lru_cache(maxsize=1)  # read per article for meta; the installed metadata does not change
def model_version() -> Optional[str]:
    try:
        from importlib.metadata import version

        return version("HanTa")
    except Exception:  # pragma: no cover - metadata missing in odd installs
        return None
