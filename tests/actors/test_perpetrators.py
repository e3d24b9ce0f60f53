"""A perpetrator ("der Täter", "die Angreifer") is a person or a group of people, no armed group."""

import karabach_nlp

from conftest import assert_offsets


def test_perpetrators_are_persons():
    nlp = karabach_nlp.load()
    text = ("Der Täter flüchtete nach dem Überfall mit einem Fahrrad, teilte die Polizei mit. "
            "Die Angreifer hätten Masken getragen, sagte ein Zeuge.")
    claims = karabach_nlp.extract(text, nlp)
    assert_offsets(text, claims)
    types = {m.text: a.type.value for a in claims.actors for m in a.mentions}
    assert types["Der Täter"] == "person"
    assert types["Die Angreifer"] == "person"
