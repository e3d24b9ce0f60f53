"""A body named by its bare head first and with its name later is one actor named in full."""

from conftest import mentions_of


def test_bare_head_then_full_name_is_one_actor(nlp):
    text = "Die Polizei sperrte die Straße. Am Abend teilte die Polizei Bamberg mit, der Mann sei gefasst."
    assert mentions_of(nlp, text)["Polizei Bamberg"] == ["Die Polizei", "die Polizei Bamberg"]


def test_a_persons_name_after_the_head_does_not_rename_the_body(nlp):
    text = ("Klaus Ertmann soll Geld veruntreut haben, teilte die Staatsanwaltschaft mit. "
            "Nun wirft die Staatsanwaltschaft Ertmann auch Betrug vor.")
    actors = mentions_of(nlp, text)
    assert actors["Staatsanwaltschaft"] == ["die Staatsanwaltschaft"]
