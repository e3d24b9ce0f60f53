"""An unnamed spokesperson of a body no list knows is named "Sprecherin" and speaks for that body;
a compound title no list holds ("Militärhistoriker") stays the person's title, not their name."""

import karabach_nlp

from conftest import assert_offsets


def actors_of(nlp, text):
    claims = karabach_nlp.extract(text, nlp)
    assert_offsets(text, claims)
    return claims.actors


def test_spokeswoman_of_an_unlisted_body_speaks_for_it(nlp):
    actors = actors_of(nlp, "Es gebe sechs Todesfälle, sagte eine Sprecherin der Rechtsmedizin.")
    by_name = {a.name: a for a in actors}
    assert by_name["Sprecherin"].speaks_for == by_name["Rechtsmedizin"].id
    assert [m.text for m in by_name["Rechtsmedizin"].mentions] == ["der Rechtsmedizin"]


def test_no_body_for_a_person_or_a_state_after_the_spokesperson(nlp):
    names = {a.name for a in actors_of(nlp, "Das sei falsch, sagte ein Vertreter des Staates.")}
    assert "Staat" not in names
    names = {a.name for a in actors_of(nlp, "Das sei falsch, sagte ein Sprecher des Erwerbslosen.")}
    assert "Erwerbslosen" not in names and "Erwerbslose" not in names


def test_compound_title_before_a_name_is_no_part_of_the_name(nlp):
    actors = actors_of(nlp, "Dies berichtet Militärhistoriker Chris Owens unter Berufung auf Augenzeugen.")
    assert [(a.name, [m.text for m in a.mentions]) for a in actors] == [
        ("Chris Owens", ["Militärhistoriker Chris Owens"])]
