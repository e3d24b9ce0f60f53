"""A seat of government shown acting for its state is that state when named again; an army of
occupation named by its state's adjective is the state."""

from conftest import actors_by_name as actors_of


def test_seat_named_again_is_the_state_but_not_as_a_place(nlp):
    text = ("Der Kreml erklärte, die Gespräche seien gescheitert. Die vom Kreml genannte Zahl sei falsch, "
            "sagte ein Diplomat. Im Kreml brannte noch Licht.")
    assert [m.text for m in actors_of(nlp, text)["Russland"].mentions] == ["Der Kreml", "Kreml"]


def test_seat_never_shown_acting_stays_no_state(nlp):
    text = "Im Kreml brannte noch Licht. Touristen fotografierten die Mauern."
    assert "Russland" not in actors_of(nlp, text)


def test_occupiers_named_by_a_demonym_are_the_state(nlp):
    actors = actors_of(nlp, "Die Schule hatten die russischen Besatzer zu einem Lager umfunktioniert.")
    assert [m.text for m in actors["Russland"].mentions] == ["die russischen Besatzer"]
