"""An unnamed chancellor named "der Bundeskanzler" and later "der Kanzler" is one person."""

import karabach_nlp

from conftest import assert_offsets


def test_bundeskanzler_and_kanzler_are_one_person():
    nlp = karabach_nlp.load()
    text = ("Der Bundeskanzler will am Freitag nach Paris reisen. Dort werde der Kanzler über den Haushalt "
            "sprechen, sagte ein Sprecher.")
    claims = karabach_nlp.extract(text, nlp)
    assert_offsets(text, claims)
    actor = next(a for a in claims.actors if a.name == "Bundeskanzler")
    assert [m.text for m in actor.mentions] == ["Der Bundeskanzler", "der Kanzler"]
