"""An adjective capitalised only because it opens a sentence is written small in a group's name;
a body's name and a place's adjective keep their capital."""

import karabach_nlp

from conftest import assert_offsets


def names_of(nlp, text):
    claims = karabach_nlp.extract(text, nlp)
    assert_offsets(text, claims)
    return {a.name for a in claims.actors}


def test_sentence_opening_adjective_of_a_group_is_small(nlp):
    assert "überlebende Passanten" in names_of(nlp, "Überlebende Passanten berichten von Panik im Zug.")


def test_place_adjective_keeps_its_capital(nlp):
    assert "Berliner Polizisten" in names_of(nlp, "Berliner Polizisten nahmen den Mann fest, sagte ein Sprecher.")
