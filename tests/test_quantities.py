"""The German quantity parser on its own: the spec's count table, number forms, and properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from num2words import num2words

from karabach_nlp.quantities import find_quantities, parse_count, words_to_int
from karabach_nlp.records import Count

# text -> (low, high, approximate, vague): one or more rows for each line of the spec's table
TABLE = {
    "874": (874, 874, False, False),
    "5.000": (5000, 5000, False, False),
    "1,5 Millionen": (1500000, 1500000, False, False),
    "2 500": (2500, 2500, False, False),
    "achthundertvierundsiebzig": (874, 874, False, False),
    "zweitausendeinhundert": (2100, 2100, False, False),
    "eine Million": (1000000, 1000000, False, False),
    "ein": (1, 1, False, False),
    "eine": (1, 1, False, False),
    "einer": (1, 1, False, False),
    "anderthalb Millionen": (1500000, 1500000, False, False),
    "zweieinhalb Tausend": (2500, 2500, False, False),
    "mehr als 30": (31, None, False, False),
    "über 100": (101, None, False, False),
    "Über hundert": (101, None, False, False),
    "mindestens 18": (18, None, False, False),
    "wenigstens 7": (7, None, False, False),
    "weniger als 10": (None, 9, False, False),
    "unter 50": (None, 49, False, False),
    "bis zu 50": (None, 50, False, False),
    "höchstens 40": (None, 40, False, False),
    "maximal 15": (None, 15, False, False),
    "rund 200": (200, 200, True, False),
    "etwa 40": (40, 40, True, False),
    "ungefähr 60": (60, 60, True, False),
    "circa 120": (120, 120, True, False),
    "ca. 30": (30, 30, True, False),
    "gut 70": (70, 70, True, False),
    "schätzungsweise 500": (500, 500, True, False),
    "fast 50": (None, 50, True, False),
    "knapp 1.000": (None, 1000, True, False),
    "beinahe 20": (None, 20, True, False),
    "nahezu 90": (None, 90, True, False),
    "nähert sich der 5000": (None, 5000, True, False),
    "nähere sich bereits der 5000": (None, 5000, True, False),
    "zwischen 20 und 30": (20, 30, False, False),
    "20 bis 30": (20, 30, False, False),
    "20-30": (20, 30, False, False),
    "zwanzig bis dreißig": (20, 30, False, False),
    "ein Dutzend": (12, 12, True, False),
    "Dutzende": (24, 99, True, True),
    "einige Dutzend": (24, 99, True, True),
    "Hunderte": (200, 999, True, True),
    "mehrere hundert": (200, 999, True, True),
    "Tausende": (2000, 9999, True, True),
    "Tausenden": (2000, 9999, True, True),
    "mehrere tausend": (2000, 9999, True, True),
    "Zehntausende": (20000, 99999, True, True),
    "mehrere": (2, None, True, True),
    "einige": (2, None, True, True),
    "zahlreiche": (2, None, True, True),
    "viele": (2, None, True, True),
    "mehr als 1,5 Millionen": (1500001, None, False, False),
    "drei Dutzend": (36, 36, True, False),
}

NOT_QUANTITIES = ["", "   ", "Soldaten", "1:26", "20-Jähriger", "30 Jahre", "26.06", "2,5", "und vier", "mehr als", "über die Ursache", "²"]


@pytest.mark.parametrize("text", sorted(TABLE))
def test_quantities_count_table_row(text):
    count = parse_count(text)
    assert count is not None, text
    assert (count.low, count.high, count.approximate, count.vague) == TABLE[text]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_quantities_non_quantity_gives_none(text):
    assert parse_count(text) is None


def test_quantities_finder_locates_phrases_with_offsets():
    text = "Am 26.06 starben insgesamt 35 Personen, rund 200 wurden verletzt; Video 1:26 min."
    found = find_quantities(text)
    assert [text[q.start : q.end] for q in found] == ["35", "rund 200"]
    assert found[1].number_start == text.index("200")


def test_quantities_finder_reads_compound_words_and_scales():
    text = "Zwei Millionen dreihunderttausend Menschen und achthundertvierundsiebzig Soldaten"
    found = find_quantities(text)
    assert [(text[q.start : q.end], q.count.low) for q in found] == [
        ("Zwei Millionen dreihunderttausend", 2300000),
        ("achthundertvierundsiebzig", 874),
    ]


# ---- properties ------------------------------------------------------------------------

def german_digits(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


@settings(max_examples=300, deadline=None)
@given(n=st.integers(min_value=0, max_value=10**9), sep=st.sampled_from([".", " ", "\u202f"]))
def test_quantities_digit_form_round_trips(n, sep):
    assert parse_count(german_digits(n, sep)).low == n
    assert parse_count(str(n)).high == n


@settings(max_examples=300, deadline=None)
@given(n=st.integers(min_value=0, max_value=10**9))
def test_quantities_word_form_round_trips(n):
    words = num2words(n, lang="de")  # an independent German spelling of the number
    assert words_to_int(words) == n
    count = parse_count(words)
    assert (count.low, count.high) == (n, n)


SHIFTS = {
    "mehr als": lambda n: (n + 1, None, False),
    "über": lambda n: (n + 1, None, False),
    "mindestens": lambda n: (n, None, False),
    "wenigstens": lambda n: (n, None, False),
    "weniger als": lambda n: (None, n - 1, False),
    "unter": lambda n: (None, n - 1, False),
    "bis zu": lambda n: (None, n, False),
    "höchstens": lambda n: (None, n, False),
    "maximal": lambda n: (None, n, False),
    "rund": lambda n: (n, n, True),
    "etwa": lambda n: (n, n, True),
    "ungefähr": lambda n: (n, n, True),
    "circa": lambda n: (n, n, True),
    "ca.": lambda n: (n, n, True),
    "gut": lambda n: (n, n, True),
    "schätzungsweise": lambda n: (n, n, True),
    "fast": lambda n: (None, n, True),
    "knapp": lambda n: (None, n, True),
    "beinahe": lambda n: (None, n, True),
    "nahezu": lambda n: (None, n, True),
    "nähert sich der": lambda n: (None, n, True),
}


@settings(max_examples=300, deadline=None)
@given(
    qualifier=st.sampled_from(sorted(SHIFTS)),
    n=st.integers(min_value=1, max_value=10**9),
    form=st.sampled_from(["digits", "grouped", "words"]),
)
def test_quantities_qualifier_shifts_interval_as_table_says(qualifier, n, form):
    number = {"digits": str(n), "grouped": german_digits(n, "."), "words": num2words(n, lang="de")}[form]
    count = parse_count(f"{qualifier} {number}")
    assert (count.low, count.high, count.approximate) == SHIFTS[qualifier](n)
    assert count.vague is False


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=60) | st.lists(st.sampled_from(["mehr", "als", "über", "1.000", "bis", "-", "zu", "ein",
                                                           "Dutzend", "Millionen", ",5", "zwischen", "und", "²", "fast"]),
                                           max_size=8).map(" ".join))
def test_quantities_never_raise_on_arbitrary_text(text):
    count = parse_count(text)
    assert count is None or count.low is not None or count.high is not None
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(text)


@pytest.mark.parametrize(
    "words, low, high",
    [("zwei oder mehr", 2, None), ("20 und mehr", 20, None), ("1.000 oder mehr", 1000, None)],
)
def test_quantities_or_more_after_a_number_is_at_least(words, low, high):
    assert parse_count(words) == Count(low=low, high=high)


def test_quantities_or_more_needs_an_exact_number_and_the_word_mehr():
    assert parse_count("zwei oder drei") is None  # two figures, not one
    assert parse_count("zwei oder mehrere") is None
    text = "Sie wurden in zwei oder mehr Häusern gefunden."
    assert [text[q.start : q.end] for q in find_quantities(text)] == ["zwei oder mehr"]


def test_quantities_component_writes_labelled_spans_with_their_parsed_value(nlp):
    text = "Bei dem Anschlag starben mehr als 30 Menschen. Mehrere Dutzend wurden verletzt, ein Kind wird vermisst."
    doc = nlp(text)
    spans = doc.spans["quantities"]
    rows = [(text[s._.quantity.start : s._.quantity.end], s.label_, s._.quantity.count.low, s._.quantity.count.high)
            for s in spans]
    assert rows == [("mehr als 30", "number", 31, None), ("Mehrere Dutzend", "vague", 24, 99), ("ein", "one", 1, 1)]
    assert [s.text for s in spans] == ["mehr als 30", "Mehrere Dutzend", "ein"]


def test_quantities_component_stops_a_phrase_at_its_sentence_end(nlp):
    text = "Die Zahl der Opfer stieg auf 20. 30 Häuser brannten ab."
    doc = nlp(text)
    assert [(q.start, q.end) for q in doc._.quantities] == [(29, 31), (33, 35)]
    assert [text[q.start : q.end] for q in doc._.quantities] == ["20", "30"]
