"""A bare title right before the person named with it (a heading over its first sentence) is that
person; with another person named between, it stays apart. Religious bodies by name."""

from conftest import mentions_of


def test_heading_title_is_the_person_named_with_it(nlp):
    text = "Bundesgesundheitsministerin\n\nBundesgesundheitsministerin Ulla Schmidt hat einen Besuch angekündigt."
    assert mentions_of(nlp, text)["Ulla Schmidt"] == ["Bundesgesundheitsministerin",
                                                      "Bundesgesundheitsministerin Ulla Schmidt"]


def test_title_stays_apart_where_another_person_is_named_between(nlp):
    text = ("Bundesgesundheitsministerin\n\nKarl Lauterbach hat Bundesgesundheitsministerin Ulla Schmidt "
            "am Montag getroffen.")
    assert mentions_of(nlp, text)["Ulla Schmidt"] == ["Bundesgesundheitsministerin Ulla Schmidt"]


def test_jehovahs_witnesses_are_one_organisation(nlp):
    actors = mentions_of(nlp, "In einem Gemeinderaum der Zeugen Jehovas fielen am Abend Schüsse.")
    assert actors == {"Zeugen Jehovas": ["Zeugen Jehovas"]}
