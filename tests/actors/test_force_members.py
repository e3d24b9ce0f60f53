"""Members of a force named as a group stand for the force the article names: "die Beamten" for the
police, "deutsche Soldaten" for the Bundeswehr; counted members and another state's soldiers do not."""

from conftest import mentions_of


def test_officers_after_the_police_are_the_police(nlp):
    text = "Die Polizei Bremen räumte am Morgen das Lager. Die Beamten nahmen dabei zwei Männer fest."
    assert mentions_of(nlp, text)["Polizei Bremen"] == ["Die Polizei Bremen", "Die Beamten"]


def test_soldiers_by_the_states_adjective_are_its_named_force(nlp):
    text = ("Die Bundeswehr hat ihren Einsatz im Norden verlängert. Deutsche Soldaten sollen dort bis "
            "zum Sommer Brücken bewachen, erklärte das Ministerium.")
    assert mentions_of(nlp, text)["Bundeswehr"] == ["Die Bundeswehr", "Deutsche Soldaten"]


def test_counted_soldiers_and_another_armys_soldiers_stay_apart(nlp):
    text = ("Die Bundeswehr hat ihren Einsatz im Norden verlängert. Drei Soldaten wurden verletzt. "
            "Französische Soldaten sollen die Brücken bewachen.")
    assert mentions_of(nlp, text)["Bundeswehr"] == ["Die Bundeswehr"]


def test_a_compound_of_the_forces_name_before_the_force_opens_its_actor(nlp):
    text = "Bundeswehr-Soldaten haben im Norden eine Brücke gesichert. Die Bundeswehr bestätigte den Einsatz am Abend."
    assert mentions_of(nlp, text)["Bundeswehr"] == ["Bundeswehr-Soldaten", "Die Bundeswehr"]
