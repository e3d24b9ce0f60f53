"""People named by a nominalised adjective or participle ("eine Verwandte", "die Überlebenden")."""

from conftest import actors_by_name as actors_of


def test_a_nominalised_participle_that_speaks_is_a_person(nlp):
    actors = actors_of(nlp, "Das Feuer sei im Keller ausgebrochen, sagte eine Verwandte am Telefon.")
    assert actors["Verwandte"].type.value == "person"
    assert [m.text for m in actors["Verwandte"].mentions] == ["eine Verwandte"]


def test_group_named_again_by_its_adjective_alone(nlp):
    text = ("Verletzte Passanten berichten von Panik im Zug. Laut Verletzten brach das Feuer im hinteren "
            "Wagen aus. Die Verletzten wurden in Kliniken gebracht.")
    group = actors_of(nlp, text)["verletzte Passanten"]
    assert [m.text for m in group.mentions] == ["Verletzte Passanten", "Verletzten", "Die Verletzten"]


def test_counted_or_single_survivors_are_not_the_group(nlp):
    text = ("Überlebende Passanten erzählen von der Nacht. Drei Überlebende liegen im Krankenhaus. "
            "Die Tochter eines Überlebenden sagte, man habe sie im Stich gelassen.")
    group = actors_of(nlp, text)["überlebende Passanten"]
    assert [m.text for m in group.mentions] == ["Überlebende Passanten"]
