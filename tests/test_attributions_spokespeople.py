"""A spokesperson named by the noun alone ("Ein Sprecher sagte, …") speaks for the body that spoke
just before it; the casualty figure it gives is that body's. German sentences written for these tests."""

from __future__ import annotations

import karabach_nlp

from conftest import assert_offsets


def _claims(nlp, text: str):
    claims = karabach_nlp.extract(text, nlp)
    assert_offsets(text, claims)
    return claims


def _spokesperson(claims):
    by_id = {a.id: a for a in claims.actors}
    said = [a for a in claims.attributions if a.speaker is not None and "Sprecher" in a.speaker.text]
    assert said, [a.speaker.text if a.speaker else None for a in claims.attributions]
    return by_id[said[0].speaker_actor_id], by_id


def test_bare_spokesperson_speaks_for_the_body_that_spoke_before(nlp):
    text = ("Die Armee teilte am Montag mit, im Osten werde wieder gekämpft. "
            "Ein Sprecher sagte, es gebe mindestens 20 Tote.")
    claims = _claims(nlp, text)
    spokesperson, by_id = _spokesperson(claims)
    assert by_id[spokesperson.speaks_for].name == "Armee"
    figure = next(m for m in claims.casualties if m.count_text.text.endswith("20"))
    assert figure.source_actor == "Armee"


def test_body_named_only_as_object_is_not_spoken_for(nlp):
    text = ("Der Anführer der Gruppe meldete sich mit einer Botschaft. Auch die Regierung in Kabul wurde "
            "vom Sprecher kritisiert, sie habe das Land verraten.")
    claims = _claims(nlp, text)
    for actor in claims.actors:
        if actor.name == "Sprecher":
            assert actor.speaks_for is None


def test_compound_spokesperson_keeps_its_own_body(nlp):
    text = "Die Polizei meldete am Montag neue Proteste. Ein WWF-Sprecher sagte, es gebe viele Verletzte."
    claims = _claims(nlp, text)
    spokesperson, by_id = _spokesperson(claims)
    assert spokesperson.speaks_for is None or by_id[spokesperson.speaks_for].name != "Polizei"


def test_compound_spokesperson_speaks_for_the_body_its_first_part_names(nlp):
    # "Polizeisprecher" is the police's spokesperson; "Feuerwehr" is named nowhere else
    text = ("Die Polizei sperrte die Autobahn am Abend. Laut einem Polizeisprecher wurden drei Menschen "
            "verletzt. Nach Angaben eines Feuerwehrsprechers kamen zwei Menschen ums Leben.")
    claims = _claims(nlp, text)
    by_name = {a.name: a for a in claims.actors}
    by_id = {a.id: a for a in claims.actors}
    assert by_id[by_name["Polizeisprecher"].speaks_for].name == "Polizei"
    assert by_name["Feuerwehrsprecher"].speaks_for is None
    sources = {m.count_text.text: m.source_actor for m in claims.casualties}
    assert sources == {"drei": "Polizei", "zwei": "Feuerwehr"}


def test_compound_spokesperson_with_hyphen_and_linking_s(nlp):
    text = ("Die Regierung will das Gesetz noch im Herbst ändern. Ein Regierungssprecher sagte, die Pläne "
            "seien weit gediehen. Ein WHO-Sprecher sagte, es gebe 40 Tote.")
    claims = _claims(nlp, text)
    by_name = {a.name: a for a in claims.actors}
    by_id = {a.id: a for a in claims.actors}
    assert by_id[by_name["Regierungssprecher"].speaks_for].name == "Regierung"
    figure = next(m for m in claims.casualties if m.count_text.text == "40")
    assert figure.source_actor == "WHO"


def test_named_spokesperson_speaks_for_the_body_of_a_compound_role(nlp):
    # "UN" is a listed alias of "Vereinte Nationen"; "Regierung in Port Sudan" is the government with its seat
    text = ("Das teilten die Vereinten Nationen am Dienstag mit. Unter den Opfern seien zwölf Kinder, sagte "
            "UN-Sprecher Stéphane Dujarric. Die Regierung in Port Sudan kündigte eine Untersuchung an. "
            "Man werde alle Verantwortlichen bestrafen, so ein Regierungssprecher.")
    claims = _claims(nlp, text)
    by_name = {a.name: a for a in claims.actors}
    by_id = {a.id: a for a in claims.actors}
    assert by_name["Stéphane Dujarric"].role == "UN-Sprecher"
    assert by_id[by_name["Stéphane Dujarric"].speaks_for].name == "Vereinte Nationen"
    assert by_id[by_name["Regierungssprecher"].speaks_for].name == "Regierung in Port Sudan"
