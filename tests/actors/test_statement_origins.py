"""A body after "aus" right after a noun for a statement made that statement."""

import karabach_nlp

from conftest import assert_offsets


def names_of(nlp, text):
    claims = karabach_nlp.extract(text, nlp)
    assert_offsets(text, claims)
    return {a.name: [m.text for m in a.mentions] for a in claims.actors}


def test_body_after_a_statement_noun_and_aus_is_its_source():
    nlp = karabach_nlp.load()
    assert names_of(nlp, "Eine Stellungnahme aus dem Innenministerium gab es zunächst nicht.") == {
        "Innenministerium": ["dem Innenministerium"]}
    assert names_of(nlp, "Er kam gestern aus dem Krankenhaus.") == {}
