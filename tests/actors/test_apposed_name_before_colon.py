"""A name in apposition after a title's phrase may be closed by the colon that opens a quote."""

import karabach_nlp

from conftest import assert_offsets


def test_title_and_name_before_a_colon_are_one_person():
    nlp = karabach_nlp.load()
    text = "Schwere Kritik übte der Gouverneur von Herat, Zalmai Hotak: Die Brücke sei zu spät gesperrt worden."
    claims = karabach_nlp.extract(text, nlp)
    assert_offsets(text, claims)
    people = [(a.name, [m.text for m in a.mentions]) for a in claims.actors if a.type.value == "person"]
    assert ("Zalmai Hotak", ["der Gouverneur von Herat, Zalmai Hotak"]) in people
