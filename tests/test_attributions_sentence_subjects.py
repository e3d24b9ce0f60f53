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
    text = (REPORT + "Der Bürgermeister Jan Kurz, der die Pläne lange abgelehnt hatte, lobte die Einigung. "
            "„Das ist ein guter Tag für unsere Stadt.“")
    [a] = _direct(nlp, text)
    assert a.speaker.text == "Der Bürgermeister Jan Kurz"
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
