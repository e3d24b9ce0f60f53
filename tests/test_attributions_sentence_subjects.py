"""A quote in or after a sentence with no speech verb is said by that sentence's subject when the
subject names an actor, not by the last speaker of the text. German sentences written for these tests."""

from __future__ import annotations

import karabach_nlp
from karabach_nlp.records import AttributionKind

from conftest import assert_offsets

REPORT = "Die Ministerin Eva Roth sagte, die Lage sei ernst. "


def _direct(nlp, text):
    claims = karabach_nlp.extract(text, nlp)
    assert_offsets(text, claims)
    return [a for a in claims.attributions if a.kind == AttributionKind.direct]


def test_attributions_embedded_quote_is_said_by_the_sentence_subject(nlp):
    [a] = _direct(nlp, REPORT + "Der Vizepräsident des Vereins, Max Muster, zeigte sich „sehr zufrieden mit dem Ergebnis“.")
    assert a.content.text == "sehr zufrieden mit dem Ergebnis"
    assert a.speaker.text == "Der Vizepräsident des Vereins, Max Muster"
    assert a.speaker_actor == "Max Muster"


def test_attributions_quote_after_colon_is_said_by_the_subject_after_the_verb(nlp):
    # the sentence opens with its object; the subject follows the verb
    [a] = _direct(nlp, REPORT + "Den Unmut der Partei brachte die Sprecherin der Fraktion, Anna Berg, zum Ausdruck: "
                                "„Wir lassen uns das nicht gefallen.“")
    assert a.speaker.text == "die Sprecherin der Fraktion, Anna Berg"


def test_attributions_embedded_quote_with_a_thing_as_subject_continues_the_last_speaker(nlp):
    # "Die Brücke" is no actor: the quoted words are still the minister's
    [a] = _direct(nlp, REPORT + "Die Brücke ist seit Jahren „in einem schlechten Zustand“.")
    assert a.speaker is None
    assert a.speaker_actor == "Eva Roth"


def test_attributions_frameless_quote_is_said_by_the_subject_of_the_sentence_before(nlp):
    text = (REPORT + "Der Bürgermeister Jan Kurz, der die Pläne lange abgelehnt hatte, unterschrieb den Vertrag. "
            "„Das ist ein guter Tag für unsere Stadt.“")
    [a] = _direct(nlp, text)
    assert a.speaker.text == "Der Bürgermeister Jan Kurz"
    assert a.speaker_actor == "Jan Kurz"


def test_attributions_frameless_quote_after_a_speech_act_continues_that_report(nlp):
    # "lobte die Einigung" is a reported speech act of its own; the quote after it is his too
    text = (REPORT + "Der Bürgermeister Jan Kurz, der die Pläne lange abgelehnt hatte, lobte die Einigung. "
            "„Das ist ein guter Tag für unsere Stadt.“")
    claims = karabach_nlp.extract(text, nlp)
    reported = [a for a in claims.attributions if a.kind == AttributionKind.reported]
    assert [(a.speaker.text, a.content.text) for a in reported] == [("Der Bürgermeister Jan Kurz", "die Einigung")]
    [a] = _direct(nlp, text)
    assert a.content.text == "Das ist ein guter Tag für unsere Stadt."
    assert a.speaker_actor == "Jan Kurz"


def test_attributions_frameless_quote_after_a_sentence_about_a_thing_continues_the_last_speaker(nlp):
    text = REPORT + "Die Brücke ist seit Jahren gesperrt. „Wir haben lange genug gewartet.“"
    [a] = _direct(nlp, text)
    assert a.speaker is None
    assert a.speaker_actor == "Eva Roth"


def test_attributions_subject_with_a_place_and_an_apposition_before_a_colon_frame(nlp):
    # "beim Klimagipfel" keeps the phrase rules from reading the subject; the actor's mention spans it
    [a] = _direct(nlp, REPORT + "Auch die Delegationsleiterin beim Klimagipfel, Sharon Hayes, äußerte sich zufrieden "
                                "über den Bericht: „Wir haben eine ausgewogene Position erreicht.“")
    assert a.speaker.text == "die Delegationsleiterin beim Klimagipfel, Sharon Hayes"
    assert a.speaker_actor == "Sharon Hayes"


def test_attributions_name_with_a_particle_and_an_apposition_is_the_speaker_not_the_dative_object(nlp):
    claims = karabach_nlp.extract(
        "Friedrich zu Altenburg, Obmann der CDU-Fraktion im Auswärtigen Ausschuss, warf der LINKEN mangelnde Abgrenzung vor.", nlp)
    [a] = claims.attributions
    assert a.speaker.text == "Friedrich zu Altenburg, Obmann der CDU-Fraktion im Auswärtigen Ausschuss"
    assert a.speaker_actor == "Friedrich zu Altenburg"
    assert a.content.text.startswith("der LINKEN")


def _report(nlp, text):
    claims = karabach_nlp.extract(text, nlp)
    assert_offsets(text, claims)
    [a] = [a for a in claims.attributions if a.kind == AttributionKind.indirect]
    return a


def test_attributions_title_with_a_preposition_and_an_apposed_name_before_the_verb(nlp):
    a = _report(nlp, "Der Doktorvater an der Universität Bayreuth, Peter Hausmann, erklärte in einem Interview, er sei enttäuscht.")
    assert a.speaker.text == "Der Doktorvater an der Universität Bayreuth, Peter Hausmann"
    assert a.speaker_actor == "Peter Hausmann"


def test_attributions_apposed_name_after_an_auxiliary_is_the_speaker_of_the_participle(nlp):
    a = _report(nlp, "Vor kurzem hatte ein Talibanführer auf pakistanischer Seite, Baitullah Mehsud, erklärt, "
                     "die Kämpfer würden die Grenze überschreiten.")
    assert a.speaker.text == "ein Talibanführer auf pakistanischer Seite, Baitullah Mehsud"
    assert a.speaker_actor == "Baitullah Mehsud"


def test_attributions_apposed_name_after_the_verb_closes_a_phrase_with_a_preposition(nlp):
    a = _report(nlp, "So sagte der für die Region zuständige Koordinator für Naturkatastrophen, Deftalgne Tessema, "
                     "gegenüber der BBC, dass nur 14 Boote im Einsatz seien.")
    assert a.speaker.text == "der für die Region zuständige Koordinator für Naturkatastrophen, Deftalgne Tessema"
    assert a.speaker_actor == "Deftalgne Tessema"
    assert a.content.text == "nur 14 Boote im Einsatz seien"


def test_attributions_apposed_person_takes_the_title_and_the_body_keeps_its_mention(nlp):
    text = ("Die Haushaltspolitikerin von Bündnis 90/Die Grünen, Anja Hartmann, kritisierte die Pläne der Regierung. "
            "Hier seien die Mittel viel zu knapp bemessen.")
    claims = karabach_nlp.extract(text, nlp)
    assert_offsets(text, claims)
    report = next(a for a in claims.attributions if a.cue and a.cue[0].text == "kritisierte")
    run = next(a for a in claims.attributions if a.content.text.startswith("Hier seien"))
    assert report.speaker.text == "Die Haushaltspolitikerin von Bündnis 90/Die Grünen, Anja Hartmann"
    assert report.speaker_actor == run.speaker_actor == "Anja Hartmann"
    names = {a.name: [m.text for m in a.mentions] for a in claims.actors}
    assert not any(n.startswith("Haushaltspolitikerin") for n in names)
    assert "Bündnis 90/Die Grünen" in names["Bündnis 90/Die Grünen"]


def test_attributions_verb_of_the_clause_before_a_colon_is_the_cue_of_the_quote(nlp):
    [a] = _direct(nlp, REPORT + "Das Angebot der Regierung lehnt der Bürgermeister jedoch ab: "
                                "„Wir brauchen keine Almosen, wir brauchen Geld.“")
    assert a.speaker.text == "der Bürgermeister"
    assert [c.text for c in a.cue] == ["lehnt", "ab"]


def test_attributions_verb_of_a_dass_clause_before_the_colon_is_no_cue(nlp):
    [a] = _direct(nlp, REPORT + "Der Innenminister zeigte sich besorgt, dass die Fehden nun ins Ausland getragen würden: "
                                "„Das hat es noch nicht gegeben.“")
    assert a.speaker.text == "Der Innenminister"
    assert [c.text for c in a.cue] == ["zeigte"]


def test_attributions_a_thing_before_the_colon_gets_no_cue(nlp):
    [a] = _direct(nlp, REPORT + "Ihre Zuversicht gründet sich auf frühere Erfahrungen: „Am Ende gab es immer eine Einigung.“")
    assert a.cue == []


def test_attributions_subject_after_the_verb_with_a_preposition_and_a_name_is_the_speaker(nlp):
    # the fronted object opens with "Den": the actor's mention after the verb speaks, not the object
    [a] = _direct(nlp, REPORT + "Den Unmut der Partei über die Pläne brachte die Sprecherin der Fraktion im Landtag, "
                                "Anna Berg, zum Ausdruck: „Wir lassen uns das nicht gefallen.“")
    assert a.speaker.text == "die Sprecherin der Fraktion im Landtag, Anna Berg"
    assert a.speaker_actor == "Anna Berg"


def test_attributions_subject_of_a_verb_final_clause_follows_its_conjunction(nlp):
    text = ("Der Stürmer sorgte nach dem Spiel für Aufsehen, als er die eigenen Fans dafür kritisierte, "
            "dass sie die Mannschaft ausgepfiffen hatten.")
    a = _report(nlp, text)
    assert a.speaker.text == "er"
    assert a.speaker_actor == "Stürmer"
    assert [c.text for c in a.cue] == ["kritisierte"]


def test_attributions_subject_after_a_preposition_and_a_relative_pronoun(nlp):
    a = _report(nlp, "Der Entführer hinterließ einen Zettel, in dem er verlangte, dass die Polizei nicht eingeschaltet werde.")
    assert a.speaker.text == "er"
    assert [c.text for c in a.cue] == ["verlangte"]


def test_attributions_a_role_after_als_or_a_passive_in_a_verb_final_clause_names_no_speaker(nlp):
    a = _report(nlp, "Als Ergebnis der Studie darf also festgehalten werden, dass auch leichte Raucher gefährdet sind.")
    assert a.speaker is None
    b = _report(nlp, "Mit dem neuen Fall in Rumänien ist nun davon auszugehen, dass die Seuche sich ausbreitet.")
    assert b.speaker is None
