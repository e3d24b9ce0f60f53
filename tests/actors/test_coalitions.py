"""A coalition of parties is an organisation, not named by its members."""

import karabach_nlp

from conftest import assert_offsets


def test_coalition_is_an_organisation_apart_from_its_members():
    nlp = karabach_nlp.load()
    text = "Nach dem Willen der Koalition aus SPD und Linkspartei soll das Gesetz im Herbst kommen. Die SPD lehnt das ab."
    claims = karabach_nlp.extract(text, nlp)
    assert_offsets(text, claims)
    by_name = {a.name: a for a in claims.actors}
    assert by_name["Koalition"].type.value == "organization"
    assert [m.text for m in by_name["SPD"].mentions][-1] == "SPD"
    assert "Koalition aus SPD" not in by_name
