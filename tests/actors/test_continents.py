"""A continent that "acts" in a sentence is no person ("Europa müsse geschlossen auftreten").
German sentences written for these tests."""

from __future__ import annotations

from conftest import actors_by_name


def test_a_continent_as_subject_is_no_person(nlp):
    actors = actors_by_name(nlp, "Die Außenministerin Annalena Baerbock sagte, Europa müsse geschlossen auftreten. "
                                 "Afrika brauche mehr Hilfe.")
    assert "Annalena Baerbock" in actors
    assert all(a.type.value != "person" for name, a in actors.items() if name in ("Europa", "Afrika"))
