"""A state's bodies named two ways in one article are one actor: by the state's adjective
("vom mexikanischen Parlament") and by its capital ("das Parlament in Mexiko-Stadt")."""


def mentions_of(doc):
    return {a.name: [m.text for m in a.mentions] for a in doc._.actors}


def test_adjective_and_capital_name_the_same_parliament(nlp):
    text = ("Eine solche Forderung könne nur vom mexikanischen Parlament gestellt werden. "
            "Am Dienstag forderte das Parlament in Mexiko-Stadt die Rückgabe der Krone.")
    actors = mentions_of(nlp(text))
    assert actors["mexikanisches Parlament"] == ["mexikanischen Parlament", "das Parlament in Mexiko-Stadt"]


def test_parliaments_of_two_states_stay_apart(nlp):
    text = ("Eine solche Forderung könne nur vom mexikanischen Parlament gestellt werden. "
            "Am Dienstag lehnte das Parlament in Wien die Rückgabe der Krone ab.")
    actors = mentions_of(nlp(text))
    assert actors["mexikanisches Parlament"] == ["mexikanischen Parlament"]


def test_named_armed_force_joins_its_name(nlp):
    text = "Die Bundeswehr feierte ihr Jubiläum. Der Minister lobte die Leistungen der deutschen Streitkräfte."
    actors = mentions_of(nlp(text))
    assert actors["Bundeswehr"] == ["Die Bundeswehr", "der deutschen Streitkräfte"]
    assert "Deutschland" not in actors
