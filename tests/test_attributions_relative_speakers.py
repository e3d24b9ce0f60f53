"""A relative pronoun as speaker ("…, der sagte, …") speaks for the phrase before its comma; the
impersonal "man" is nobody. German sentences written for these tests."""

from __future__ import annotations

import karabach_nlp

from conftest import assert_offsets


def _speaker(nlp, text: str, phrase: str):
    claims = karabach_nlp.extract(text, nlp)
    assert_offsets(text, claims)
    found = [a for a in claims.attributions if a.speaker is not None and a.speaker.text == phrase]
    assert found, [(a.speaker.text if a.speaker else None) for a in claims.attributions]
    holder = [x for x in claims.actors if any((m.start, m.end) == (found[0].speaker.start, found[0].speaker.end)
                                              for m in x.mentions)]
    assert [x.id for x in holder] == ([found[0].speaker_actor_id] if found[0].speaker_actor_id else [])
    return found[0].speaker_actor


def test_relative_pronoun_speaks_for_the_phrase_before_its_comma(nlp):
    text = "Präsident Joe Biden traf den früheren Präsidenten Barack Obama, der sagte, er stehe nicht zur Verfügung."
    assert _speaker(nlp, text, "der") == "Barack Obama"


def test_relative_pronoun_takes_the_whole_phrase_not_its_genitive(nlp):
    text = "Die Kanzlerin traf die Vertreter der Gewerkschaften, die forderten, die Löhne müssten steigen."
    assert _speaker(nlp, text, "die") == "Vertreter"


def test_impersonal_man_is_no_actor(nlp):
    text = "Man geht davon aus, dass der Planet vor weniger als 100.000 Jahren entstanden ist."
    assert _speaker(nlp, text, "Man") is None
