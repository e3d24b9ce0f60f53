"""German quantity parser: the quantity words of a mention to a spec ``Count`` interval.

Usable on its own::

    parse_count("mehr als 1,5 Millionen")   # Count(low=1500001, high=None, ...)
    find_quantities("Es starben 874 Soldaten und rund 30 Zivilisten.")

Number words go through ``text2num`` (German compounds such as "achthundertvierundsiebzig");
digits, qualifiers, vague words and ranges are read here, with every word list in
``models/lexicons/quantities.json``. Intervals follow the count table of the spec (§1).
Nothing here raises on odd text: what is not a quantity gives ``None`` or no match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from text_to_num import text2num

from .records import Count
from .resources import load_json

# German digit groups: "5.000", "2 500" (also with narrow/no-break spaces), decimals "1,5".
_DIGITS = re.compile(r"\d{1,3}(?:[.\u00a0\u202f\u2009 ]\d{3})+(?![\d.,]\d)(?:,\d+)?|\d+(?:,\d+)?")
_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+\.?")
_SPACE = re.compile(r"\s+")
_SUB_ONE = re.compile(r"\bein(?:e|s)\b(?=\s+(?:million|milliarde))|eins(?=tausend|hundert)")
_HALF = re.compile(r"^(?P<n>[a-zäöüß]+?)einhalb$")


@dataclass(frozen=True)
class Base:
    """A number form before qualifiers: the interval it denotes and its kind."""

    end: int
    low: Optional[int]
    high: Optional[int]
    approximate: bool = False
    vague: bool = False
    kind: str = "number"  # number | one | vague


@dataclass(frozen=True)
class Quantity:
    """A quantity phrase found in a text: ``text[start:end]`` are its words, qualifier included."""

    start: int
    end: int
    count: Count
    kind: str  # number | one | vague
    number_start: int  # where the number itself starts (after any qualifier)


class _Lexicon:
    def __init__(self, data: dict):
        self.one = set(data["one"])
        self.scales = data["scales"]
        self.fractions = data["fractions"]
        self.dozen = data["dozen"]
        self.vague = {k: v for k, v in data["vague"].items() if not k.startswith("_")}
        self.several = data["several"]["words"]
        self.several_units = data["several"]["units"]
        self.between = data["range_words"]["between"]
        self.range_and = data["range_words"]["and"]
        self.range_to = data["range_words"]["to"]
        self.not_after = re.compile(data["not_after"]["regex"])
        quals = [(w, kind) for kind, words in data["qualifiers"].items() for w in words]
        quals.sort(key=lambda t: -len(t[0]))  # longest first: "weit mehr als" before "mehr als"
        alts = [(p, kind) for kind, ps in data["qualifier_patterns"].items() if not kind.startswith("_") for p in ps]
        alts += [(_phrase(w), kind) for w, kind in quals]
        self.qualifier = re.compile(r"(?:%s)\s+" % "|".join(f"(?P<q{i}>{a})" for i, (a, _) in enumerate(alts)), re.IGNORECASE)
        self.qualifier_kind = {f"q{i}": kind for i, (_, kind) in enumerate(alts)}
        after = [(_phrase(w), kind) for kind, ws in data["qualifiers_after"].items() if not kind.startswith("_") for w in ws]
        self.qualifier_after = re.compile(r"\s+(?:%s)" % "|".join(f"(?P<a{i}>{a})" for i, (a, _) in enumerate(after)), re.IGNORECASE)
        self.qualifier_after_kind = {f"a{i}": kind for i, (_, kind) in enumerate(after)}
        several = sorted(self.several, key=len, reverse=True)
        self.several_re = re.compile(r"(?:%s)\b" % "|".join(_phrase(w) for w in several), re.IGNORECASE)


def _phrase(words: str) -> str:
    """A lexicon phrase as a regex: words separated by any whitespace, ending at a word boundary."""
    body = r"\s+".join(re.escape(w) for w in words.split())
    return body + (r"\b" if words[-1].isalnum() else "")


@lru_cache(maxsize=1)
def _lex() -> _Lexicon:
    return _Lexicon(load_json("lexicons", "quantities.json"))


@lru_cache(maxsize=50_000)  # called on every word that may start a number; text2num is slow
def words_to_int(words: str) -> Optional[int]:
    """German number words ("achthundertvierundsiebzig", "eine Million zweitausend") as an int."""
    w = _SPACE.sub(" ", words.strip().lower())
    if not w or not w.replace(" ", "").isalpha():
        return None
    w = _SUB_ONE.sub("ein", w)
    try:
        value = text2num(w, "de")
    except (ValueError, IndexError, KeyError, TypeError):
        return None
    return value if isinstance(value, int) and value >= 0 else None


def _digits_value(s: str) -> Optional[float]:
    s = re.sub(r"[.\u00a0\u202f\u2009 ]", "", s).replace(",", ".")
    try:
        return float(s) if "." in s else int(s)
    except ValueError:
        return None


def _word_at(text: str, pos: int) -> Optional[re.Match]:
    m = _WORD.match(text, pos)
    if m is None or (pos > 0 and text[pos - 1].isalnum()):
        return None
    return m


def _skip_space(text: str, pos: int) -> int:
    m = _SPACE.match(text, pos)
    return m.end() if m else pos


def _scale_after(text: str, pos: int) -> Optional[tuple[int, int]]:
    """A scale word ("Millionen", "Mio.", "Tausend") after ``pos``: (end, factor)."""
    p = _skip_space(text, pos)
    if p == pos:
        return None
    m = _word_at(text, p)
    if m is None:
        return None
    word = m.group(0).lower()
    if word in _lex().scales:
        return m.end(), _lex().scales[word]
    if word.rstrip(".") in _lex().scales:  # "Millionen." at a sentence end: the dot is punctuation
        return m.start() + len(word.rstrip(".")), _lex().scales[word.rstrip(".")]
    return None


def _integral(value: float, end: int) -> Optional[Base]:
    if value != int(value) or value < 0:
        return None
    return Base(end, int(value), int(value))


def _number_words(text: str, pos: int) -> Optional[Base]:
    """Longest run of up to four number words at ``pos`` that text2num reads."""
    lex = _lex()
    first = _word_at(text, pos)
    if first is None:
        return None
    first_end = first.end() - (1 if first.group(0).endswith(".") else 0)
    if words_to_int(text[pos:first_end]) is None and text[pos:first_end].lower() not in lex.one:
        return None  # "und vier": a run must start with a number word (checked before reading on)
    ends = [first_end]
    m = first
    for _ in range(3):
        p = _skip_space(text, m.end())
        if p == m.end():
            break
        m = _word_at(text, p)
        if m is None:
            break
        ends.append(m.end() - (1 if m.group(0).endswith(".") else 0))
    for end in reversed(ends):
        words = text[pos:end]
        if words_to_int(words.split()[-1]) is None and words.split()[-1].lower() not in _lex().scales:
            continue
        if words.lower() in lex.vague or words.lower() in lex.one:
            continue
        value = words_to_int(words)
        if value is not None:
            return Base(end, value, value)
    return None


def _fraction(text: str, pos: int) -> Optional[Base]:
    """"anderthalb Millionen", "zweieinhalb Tausend": only with a scale word, so the count is whole."""
    m = _word_at(text, pos)
    if m is None:
        return None
    word = m.group(0).lower().rstrip(".")
    value = _lex().fractions.get(word)
    if value is None:
        half = _HALF.match(word)
        whole = words_to_int(half.group("n")) if half else None
        if whole is None:
            return None
        value = whole + 0.5
    scale = _scale_after(text, m.start() + len(word))
    if scale is None:
        return None
    return _integral(value * scale[1], scale[0])


def _base(text: str, pos: int, after_dash: bool = False) -> Optional[Base]:
    """The number form starting exactly at ``pos`` (``after_dash``: second half of "20-30")."""
    lex = _lex()
    if pos < len(text) and text[pos].isdecimal():
        return _digits_base(text, pos, after_dash)
    m = _word_at(text, pos)
    if m is None:
        return None
    bare = m.group(0).lower().rstrip(".")
    bare_end = m.start() + len(bare)
    sev = lex.several_re.match(text, pos)
    if sev is not None:
        return _several(text, sev.end())
    if bare in lex.vague and not _scale_word_before(text, pos):
        lo, hi = lex.vague[bare]
        return Base(bare_end, lo, hi, True, True, "vague")
    if bare in lex.one:
        return _one(text, pos, bare_end)
    frac = _fraction(text, pos)
    if frac is not None:
        return frac
    return _words_base(text, pos)


def _digits_base(text: str, pos: int, after_dash: bool) -> Optional[Base]:
    """Digits at ``pos``: "874", "5.000", "1,5 Millionen"; not a date, a time or part of a code."""
    glued = pos > 1 and text[pos - 1] in ".:/,-" and text[pos - 2].isdigit() and not after_dash
    if pos > 0 and (text[pos - 1].isalnum() or glued):
        return None
    m = _DIGITS.match(text, pos)
    if m is None:
        return None
    value = _digits_value(m.group(0))
    if value is None:
        return None
    scale = _scale_after(text, m.end())
    if scale is not None:
        return _integral(value * scale[1], scale[0])
    if _lex().not_after.match(text[m.end() :]):
        return None
    return _integral(value, m.end())


def _unit_word(text: str, pos: int, units: dict) -> Optional[tuple[int, object]]:
    """A word of ``units`` after ``pos`` and some space ("Dutzend", "hundert"): (its end, its value)."""
    p = _skip_space(text, pos)
    unit = _word_at(text, p) if p > pos else None
    if unit is None:
        return None
    word = unit.group(0).lower().rstrip(".")
    if word not in units:
        return None
    return unit.start() + len(unit.group(0).rstrip(".")), units[word]


def _several(text: str, end: int) -> Base:
    """ "mehrere hundert", "einige Dutzend", "mehrere", "zahlreiche" (``end``: after the several-word)."""
    unit = _unit_word(text, end, _lex().several_units)
    if unit is not None:
        (lo, hi) = unit[1]
        return Base(unit[0], lo, hi, True, True, "vague")
    return Base(end, 2, None, True, True, "vague")


def _one(text: str, pos: int, bare_end: int) -> Base:
    """ "ein Dutzend", "eine Million", else the one of "ein Kind"."""
    dozen = _unit_word(text, bare_end, _lex().dozen)
    if dozen is not None:
        return Base(dozen[0], dozen[1], dozen[1], True, False, "number")
    words = _number_words(text, pos)  # "eine Million"
    if words is not None and words.end > bare_end:
        return words
    return Base(bare_end, 1, 1, kind="one")


def _words_base(text: str, pos: int) -> Optional[Base]:
    """Number words: "achthundertvierundsiebzig", "drei Dutzend", "fünf Mio."."""
    words = _number_words(text, pos)
    if words is None:
        return None
    dozen = _unit_word(text, words.end, _lex().dozen)
    if dozen is not None and words.low is not None:
        n = words.low * dozen[1]  # "drei Dutzend"
        return Base(dozen[0], n, n, True, False, "number")
    if text[words.end : words.end + 1] == "-" and text[words.end + 1 : words.end + 2].isalpha():
        return None  # "drei-jährige"
    scale = _scale_after(text, words.end)
    if scale is not None and words.low is not None and words.low < 1000:
        # "zwei Millionen" is read whole by text2num; this only catches "fünf Mio."
        return Base(scale[0], words.low * scale[1], words.low * scale[1])
    return words


def _scale_word_before(text: str, pos: int) -> bool:
    """'Millionen' right after a number is a scale, not the vague 'Millionen'."""
    before = text[max(0, pos - 30) : pos].rstrip()
    return bool(before) and (before[-1].isdigit() or before.lower().endswith(("eine", "ein", "zwei", "drei")))


def _apply(kind: str, b: Base) -> Count:
    """Shift the interval of ``b`` as the spec's table says for qualifier ``kind``."""
    exact = b.low is not None and b.low == b.high and not b.vague
    approx, vague = b.approximate, b.vague
    if kind == "more_than":
        return Count(low=(b.high + 1) if exact else b.low, high=None, approximate=approx, vague=vague)
    if kind == "at_least":
        return Count(low=b.low, high=None, approximate=approx, vague=vague)
    if kind == "less_than":
        high = (b.low - 1) if exact else b.high
        if high is None or high < 0:
            raise ValueError("nothing below zero")
        return Count(low=None, high=high, approximate=approx, vague=vague)
    if kind == "up_to":
        return Count(low=None, high=b.high if b.high is not None else b.low, approximate=approx, vague=vague)
    if kind == "approx":
        return Count(low=b.low, high=b.high, approximate=True, vague=vague)
    if kind == "almost":
        return Count(low=None, high=b.high if b.high is not None else b.low, approximate=True, vague=vague)
    raise ValueError(kind)


def _range_end(text: str, pos: int, joiners: list[str]) -> Optional[tuple[str, Base]]:
    """After a number: "bis 30", "-30", "und 30" (the joiner is returned with the second number)."""
    p = _skip_space(text, pos)
    for joiner in joiners:
        if text.startswith(joiner, p) and (not joiner.isalpha() or _word_at(text, p) and _word_at(text, p).group(0) == joiner):
            q = _skip_space(text, p + len(joiner))
            if joiner.isalpha() and q == p + len(joiner):
                continue
            second = _base(text, q, after_dash=not joiner.isalpha())
            if second is not None and second.kind == "number" and second.low is not None:
                return joiner, second
    return None


def match_quantity(text: str, pos: int) -> Optional[Quantity]:
    """The quantity phrase that starts exactly at ``pos``, or None."""
    lex = _lex()
    qualifier = None
    start = pos
    q = lex.qualifier.match(text, pos)
    if q is not None and (pos == 0 or not text[pos - 1].isalnum()):
        qualifier = lex.qualifier_kind[q.lastgroup]
        number_start = q.end()
    else:
        number_start = pos
    # "zwischen 20 und 30"
    if qualifier is None:
        w = _word_at(text, pos)
        if w is not None and w.group(0).lower() == lex.between:
            first = _base(text, _skip_space(text, w.end()))
            if first is not None and first.kind == "number" and first.low is not None:
                rng = _range_end(text, first.end, lex.range_and[:1])
                if rng is not None and rng[1].low >= first.low:
                    return Quantity(pos, rng[1].end, Count(low=first.low, high=rng[1].high), "number", _skip_space(text, w.end()))
            return None
    base = _base(text, number_start)
    if base is None:
        return None
    end = base.end
    if base.kind == "number" and base.low == base.high and not base.approximate:
        rng = _range_end(text, base.end, lex.range_to)
        if rng is not None and rng[1].low is not None and rng[1].low > base.low:
            base = Base(rng[1].end, base.low, rng[1].high)
            end = base.end
    after = lex.qualifier_after.match(text, end) if qualifier is None and base.kind == "number" else None
    if after is not None and base.low == base.high:  # "zwei oder mehr"
        qualifier, end = lex.qualifier_after_kind[after.lastgroup], after.end()
    try:
        if qualifier is None:
            count = Count(low=base.low, high=base.high, approximate=base.approximate, vague=base.vague)
        else:
            count = _apply(qualifier, base)
    except ValueError:
        return None
    return Quantity(start, end, count, base.kind, number_start)


_CANDIDATE = re.compile(r"(?<![\w])(?=[\wÄÖÜäöüß])")


def _may_start(text: str, pos: int) -> bool:
    """False only where :func:`match_quantity` surely finds nothing: no digit, qualifier or
    several-word starts here, and the word here opens no number form (checked once per word)."""
    lex = _lex()
    if text[pos].isdecimal() or lex.qualifier.match(text, pos) or lex.several_re.match(text, pos):
        return True
    word = _WORD.match(text, pos)
    return word is not None and _word_may_start(word.group(0))


@lru_cache(maxsize=50_000)
def _word_may_start(word: str) -> bool:
    """A word (with the dot :data:`_WORD` may take) that ``_base`` or "zwischen" could read."""
    lex = _lex()
    bare = word.lower().rstrip(".")
    return (word.lower() == lex.between or bare in lex.vague or bare in lex.one or bare in lex.fractions
            or _HALF.match(bare) is not None or words_to_int(word[:-1] if word.endswith(".") else word) is not None)


def find_quantities(text: str, start: int = 0, end: Optional[int] = None) -> list[Quantity]:
    """Every quantity phrase in ``text[start:end]``, left to right, none overlapping."""
    end = len(text) if end is None else end
    window = text[:end]
    found: list[Quantity] = []
    pos = start
    for m in _CANDIDATE.finditer(window, start):
        if m.start() < pos or not _may_start(window, m.start()):
            continue
        try:
            quantity = match_quantity(window, m.start())
        except (ValueError, OverflowError):
            quantity = None
        if quantity is not None:
            found.append(quantity)
            pos = quantity.end
    return found


def parse_count(words: str) -> Optional[Count]:
    """The interval that ``words`` (a whole quantity phrase) denote, or None when they are none."""
    if not isinstance(words, str):
        return None
    stripped = words.strip()
    if not stripped:
        return None
    try:
        quantity = match_quantity(stripped, 0)
    except (ValueError, OverflowError):
        return None
    if quantity is None or quantity.end != len(stripped):
        return None
    return quantity.count


__all__ = ["Quantity", "find_quantities", "match_quantity", "parse_count", "words_to_int"]
