"""HanTa's per-word morphology search (``analyze_forward``, ``analyze_viterbi``), same results, faster.

HanTa scores every (segment, tag) pair of a word through a method call (``lp_m_t``) that mostly
answers "impossible". Here the same search runs over the same model in the same order (so the
floating-point sums and tie-breaks are identical), but an impossible pair is skipped with one
dictionary lookup, and a guessed score for an unknown segment is summed inline from parts kept
per (tag, length) and per ending.
``tests/test_morphology_table.py`` compares both; ``scripts/regression.py`` holds all output fixed.
"""

from __future__ import annotations

import math
from operator import itemgetter
from typing import Callable, Optional

from HanTa.HanoverTagger import EMPTY, END_UNKNOWN, START, UNKNOWN, logaddexp

LOWER = -1e6  # HanTa's floor for a path score


def _suffix_score(model, t: int, m: str) -> float:
    """HanTa's score of the longest known ending (up to 4 letters) of segment ``m`` for tag ``t``."""
    mlen = len(m)
    suffixes = model.LP_s_t[t]
    if mlen > 4 and m[-4:] in suffixes:
        return suffixes[m[-4:]]
    if mlen > 3 and m[-3:] in suffixes:
        return suffixes[m[-3:]]
    if mlen > 2 and m[-2:] in suffixes:
        return suffixes[m[-2:]]
    if mlen > 1 and m[-1:] in suffixes:
        return suffixes[m[-1:]]
    return suffixes[""]


SUFFIX_ROWS = 50_000  # endings whose scores per tag are kept in the process (~1 KB each)


def _suffix_row(model, m: str) -> dict:
    """tag -> :func:`_suffix_score` of segment ``m``, for the tags HanTa guesses. The score reads
    only the last 4 letters of ``m`` and whether ``m`` is longer, so rows are kept per process by
    that key (segments of rare words share their endings; ``_fill`` reads them there first);
    emptied when full. Made from the ending index: the empty ending's scores, overwritten by those
    of each longer ending the tag knows, so each tag keeps its longest known ending's score."""
    rows = _suffix_rows(model)
    if len(rows) >= SUFFIX_ROWS:
        rows.clear()
    empty, by_ending = _ending_index(model)
    mlen = len(m)
    found = [by_ending.get(m[-n:]) for n in (4, 3, 2, 1) if mlen > n]
    longest = next((known for known in found if known), None)
    if longest is not None and len(longest) == len(empty):
        row = longest  # every tag knows this ending (HanTa's model: all share one list); read only
    else:
        row = dict(empty)
        for known in reversed(found):
            if known:
                row.update(known)
    rows[m[-4:], mlen > 4] = row
    return row


def _ending_index(model) -> tuple[dict, dict]:
    """(tag -> score of the empty ending, ending of 1-4 letters -> {tag: score}) over HanTa's
    ending scores (``LP_s_t``) of the tags it guesses: the same scores :func:`_suffix_score`
    reads, found by one look-up per ending instead of one per tag."""
    found = getattr(model, "_karabach_endings", None)
    if found is None:
        empty, by_ending = {}, {}
        for t in _guessable(model):
            for ending, lp in model.LP_s_t[t].items():
                if not ending:
                    empty[t] = lp
                elif len(ending) <= 4:
                    by_ending.setdefault(ending, {})[t] = lp
        found = model._karabach_endings = (empty, by_ending)
    return found


def _suffix_rows(model) -> dict:
    return model.__dict__.setdefault("_karabach_suffix_rows", {})


def _guess_bases(model) -> dict:
    found = getattr(model, "_karabach_guess_bases", None)
    if found is None:
        found = {t: [model.Int_t + model.LP_hapax_t[t] + lp_len for lp_len in model.LP_len_t[t]] for t in _guessable(model)}
        model._karabach_guess_bases = found
    return found


def _fill(model, word: str, table: list, followups: "_Followups", strict: bool, back: Optional[list]) -> None:
    """The morpheme lattice of ``word``: HanTa's loops, but for each segment only the tags that
    know it (or may guess it) are tried, in the order of HanTa's follow-up list. The loop over
    end positions runs outside the loop over states (each segment is looked up once); every row
    still receives its entries in HanTa's order, so its insertion order and tie-breaks hold.
    HanTa's score for a segment its lexicon lacks (``lp_m_t`` when not strict) is
    ((Int_t + hapax) + length) + ending, less 4.6 for the whole word: the same sums in the same
    order, from the bases per (tag, length) and the ending scores per tag (``_suffix_row``)."""
    wlen = len(word)
    index, bases = _morpheme_index(model), _guess_bases(model)
    known_of = index.found.get if index.complete else index.get  # a plain dict look-up once built
    suffix_rows = _suffix_rows(model)
    # the ending scores of a segment longer than 4 letters depend only on where it ends
    long_rows: list = [None] * (wlen + 1)
    backs = back if back is not None else [None] * (wlen + 2)  # no back-pointers kept
    # HanTa guesses no segment of 1-2 letters in a word of 4 or more (none at all when strict)
    shortest_guess = wlen + 1 if strict else 1 if wlen < 4 else 3
    for i in range(wlen + 1):
        kept = _kept_states(table[i], followups, strict)
        if not kept:
            continue
        guessers = [k for k in kept if k[3]]  # a segment the lexicon lacks goes on from these only
        for j in range(i + 1, wlen + 1):
            segment = word[i:j]
            known = known_of(segment, _NONE)
            size = j - i
            guessing = size >= shortest_guess
            if guessing:
                length, penalty = size if size < 24 else 24, 4.6 if size == wlen else 0.0
                if size > 4:
                    suffixes = long_rows[j]
                    if suffixes is None:
                        suffixes = long_rows[j] = suffix_rows.get((segment[-4:], True)) or _suffix_row(model, segment)
                else:
                    suffixes = suffix_rows.get((segment, False)) or _suffix_row(model, segment)
            target = table[j]
            row_back = backs[j]
            for state, lp, followup, guessable in kept if known else guessers:
                if known:
                    hits = [(step[0], lpm, step[1], step[2]) for t, lpm in known.items() if (step := followup.get(t))]
                    if guessing:
                        hits += [(place, bases[t][length] + suffixes[t] - penalty, lpt, new)
                                 for place, t, lpt, new in guessable if t not in known]
                    if len(hits) > 1:
                        hits.sort()
                elif guessing:  # already in follow-up order: no list to build and sort
                    for _, t, lpt, newstate in guessable:
                        lp1 = lp + lpt + (bases[t][length] + suffixes[t] - penalty)
                        if lp1 > LOWER:
                            old = target.get(newstate)
                            if old is None or lp1 > old:
                                target[newstate] = lp1
                                if row_back is not None:
                                    row_back[newstate] = (state, i)
                    continue
                else:
                    break  # no state can go on with this segment
                for _, lpm, lpt, newstate in hits:
                    lp1 = lp + lpt + lpm
                    if lp1 > LOWER:
                        old = target.get(newstate)
                        if old is None or lp1 > old:
                            target[newstate] = lp1
                            if row_back is not None:
                                row_back[newstate] = (state, i)


def _kept_states(row: dict, followups: "_Followups", strict: bool) -> list[tuple]:
    """The states of a row HanTa goes on from (within 1 of the 4th best), with their follow-ups."""
    rowbound = sorted(row.values(), reverse=True)[3] - 1 if len(row) > 3 else LOWER
    kept = []
    for state, lp in row.items():
        if lp < rowbound:
            continue
        followup, guessable = followups[state]
        if followup:
            kept.append((state, lp, followup, () if strict else guessable))
    return kept


_NONE: dict = {}
_NO_FOLLOWUP: tuple = ({}, ())


class _Followups(dict):
    """state -> its follow-ups (``_positions``), made by ``make`` when first asked for and kept."""

    __slots__ = ("make",)

    def __init__(self, make: Callable):
        super().__init__()
        self.make = make

    def __missing__(self, state: tuple) -> tuple:
        found = self[state] = self.make(state)
        return found


class _MorphemeIndex:
    """morpheme -> {tag: log P(morpheme | tag)}: HanTa's ``LP_m_t`` turned around (tags in
    ``LP_m_t``'s order). Turning all ~48,000 entries around costs a fresh process ~0.06 s, more
    than a single article needs, so segments are first looked up one by one (~7 us each, kept);
    after ``EAGER_AFTER`` of them the whole index is built."""

    EAGER_AFTER = 4_000

    def __init__(self, scores_by_tag: dict):
        self.scores_by_tag = scores_by_tag
        self.found: dict = {}
        self.complete = False

    def get(self, segment: str, default: dict) -> dict:
        known = self.found.get(segment)
        if known is None:
            if self.complete:
                return default
            if len(self.found) >= self.EAGER_AFTER:
                self._build()
                return self.found.get(segment, default)
            known = self.found[segment] = {tag: scores[segment] for tag, scores in self.scores_by_tag.items() if segment in scores}
        return known or default

    def _build(self) -> None:
        found: dict = {}
        for tag, scores in self.scores_by_tag.items():
            for morpheme, lp in scores.items():
                found.setdefault(morpheme, {})[tag] = lp
        self.found, self.complete = found, True


def _morpheme_index(model) -> _MorphemeIndex:
    found = getattr(model, "_karabach_index", None)
    if found is None:
        found = model._karabach_index = _MorphemeIndex(model.LP_m_t)
    return found


def _guessable(model) -> tuple:
    """Tags whose unknown segments HanTa guesses (open classes with suffix statistics)."""
    found = getattr(model, "_karabach_guessable", None)
    if found is None:
        found = model._karabach_guessable = tuple(t for t in model.LP_hapax_t if t in model.LP_s_t)
    return found


def _positions(model, state: tuple, pairs) -> tuple[dict, tuple]:
    """tag -> (its place in HanTa's follow-up list of ``state``, transition score, next state);
    and (place, tag, score, next state) of the tags among them whose unknown segments HanTa
    guesses, in follow-up order."""
    places = {t: (k, p, (state[1], t)) for k, (t, p) in enumerate(pairs)}
    return places, tuple(sorted((places[t][0], t, places[t][1], places[t][2]) for t in _guessable(model) if t in places))


def _forward_followups(model) -> _Followups:
    found = getattr(model, "_karabach_followups", None)
    if found is None:
        nonfinal = model.LP_trans_nonfinal
        found = model._karabach_followups = _Followups(
            lambda state: _positions(model, state, nonfinal[state]) if state in nonfinal else _NO_FOLLOWUP)
    return found


def analyze_forward(model, word: str) -> list[tuple[int, float]]:
    """(part of speech, log probability) of a lower-cased form, best first: ``analyze_forward``."""
    table = [{(EMPTY, START): 0}] + [{} for _ in range(len(word) + 1)]
    _fill(model, word, table, _forward_followups(model), model.strict, None)
    for state, lp in table[-2].items():
        for tag1, lpt in model.LP_trans_final.get(state, []):
            lp1 = lp + lpt
            if lp1 > LOWER:
                newstate = (state[1], tag1)
                if newstate not in table[-1] or lp1 > table[-1][newstate]:
                    table[-1][newstate] = lp1
    results: dict = {}
    for state, lp in table[-1].items():
        if lp == -math.inf:
            continue
        pos = -state[1]
        results[pos] = logaddexp(results[pos], lp) if pos in results else lp
    found = sorted(results.items(), key=itemgetter(1), reverse=True)
    return found or [(UNKNOWN, 0)]


def analyze_viterbi(model, word: str, targetpos: int) -> list[tuple[int, int]]:
    """The best morpheme path of ``word`` ending in ``targetpos``: ``analyze_viterbi``."""
    wlen = len(word)
    by_target = model.__dict__.setdefault("_karabach_filtered", {})
    followups = by_target.get(targetpos)
    if followups is None:
        reachable = model.reachability.get(targetpos, frozenset())
        nonfinal = model.LP_trans_nonfinal
        followups = by_target[targetpos] = _Followups(
            lambda state: _positions(model, state, [(t, p) for (t, p) in nonfinal.get(state, []) if t in reachable]))
    for strict in (True, False):
        table = [{(EMPTY, START): 0}] + [{} for _ in range(wlen + 1)]
        back = [{} for _ in range(wlen + 2)]
        _fill(model, word, table, followups, strict, back)
        _close(model, table, back, targetpos, wlen)
        if table[-1]:
            break
    return _best_path(table, back)


def _close(model, table: list, back: list, targetpos: int, wlen: int) -> None:
    for state, lp in table[-2].items():
        for tag1, lpt in model.LP_trans_final.get(state, []):
            if tag1 == targetpos:
                lp1 = lp + lpt
                if lp1 > LOWER:
                    newstate = (state[1], tag1)
                    if newstate not in table[-1] or lp1 > table[-1][newstate]:
                        table[-1][newstate] = lp1
                        back[-1][newstate] = (state, wlen)
                break


def _best_path(table: list, back: list) -> list[tuple[int, int]]:
    pmax = -math.inf
    beststate = (EMPTY, EMPTY)
    for state, lp in table[-1].items():
        if lp > pmax:
            pmax, beststate = lp, state
    i = len(back) - 1
    if beststate == (EMPTY, EMPTY):
        states = [((UNKNOWN, END_UNKNOWN), i), ((START, UNKNOWN), i - 1)]
    else:
        states = [(beststate, i)]
        state = beststate
        while i > 0:
            state, i = back[i][state]
            states.append((state, i))
        states = states[:-1]
    return [(state[1], i) for (state, i) in states[::-1]]


def reachability(transitions: dict, tags: dict) -> dict[int, frozenset]:
    """HanTa's ``reachability`` (for each final class, every state from which a chain of transitions
    leads to it), the same sets, from one map of predecessors instead of a scan of all transitions
    per state and per class (a fifth of HanTa's start-up)."""
    predecessors: dict = {}
    for (_, state), followers in transitions.items():
        for follower in followers:
            predecessors.setdefault(follower, set()).add(state)
    found = {}
    for target in tags:
        if target >= 0:
            continue
        states = set(predecessors.get(target, ()))
        todo = list(states)
        while todo:
            for state in predecessors.get(todo.pop(), ()):
                if state not in states:
                    states.add(state)
                    todo.append(state)
        found[target] = frozenset(states)
    return found
