"""STTS tags and lemmas from HanTa (the Hanover Tagger, LGPL-3.0, German model shipped in its wheel).

HanTa is pure Python: analysing an unseen word form costs ~0.2 ms, tagging a sentence of known
forms is cheap. News text repeats its vocabulary, so the per-form analyses are cached for the
life of the process; a cold start runs at a few thousand words/s, a warm one at tens of thousands.
"""

from __future__ import annotations

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

    class CachedTagger(ht.HanoverTagger):
        """HanTa with its two per-word analyses memoised; the sentence Viterbi is unchanged."""

        def __init__(self, model: str):
            super().__init__(model)
            self._tag_word_cached = lru_cache(maxsize=CACHE_SIZE)(super()._tag_word)
            self._analyze_cached = lru_cache(maxsize=CACHE_SIZE)(super()._analyze)

        def _tag_word(self, word, cutoff=5, casesensitive=True, conditional=False):
            return self._tag_word_cached(word, cutoff, casesensitive, conditional)

        def _analyze(self, word, pos, taglevel=1):
            return self._analyze_cached(word, pos, taglevel)

    return CachedTagger("morphmodel_ger.pgz")


def tag_sentence(words: Sequence[str]) -> list[tuple[str, str]]:
    """(STTS tag, lemma) for each word of one sentence."""
    if not words:
        return []
    shortened = [w if len(w) <= MAX_WORD_LENGTH else _LONG_WORD_STAND_IN for w in words]
    tagged = _tagger().tag_sent(shortened)
    return [_tag_and_lemma(word, tag, lemma) for word, (_, lemma, tag) in zip(words, tagged)]


def _tag_and_lemma(word: str, hanta_tag: str, lemma: str) -> tuple[str, str]:
    if len(word) > MAX_WORD_LENGTH:
        return "XY", word
    tag = normalise_tag(hanta_tag)
    if tag in ("XY", "FM") and not any(c.isalnum() for c in word):
        return "$(", word  # dashes, ellipses, emoticons: HanTa's model lacks many of them
    return tag, lemma


def model_version() -> Optional[str]:
    try:
        from importlib.metadata import version

        return version("HanTa")
    except Exception:  # pragma: no cover - metadata missing in odd installs
        return None
