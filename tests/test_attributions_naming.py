"""A quoted label given by a naming verb ("nannte den Plan einen „Fehler“") is direct speech of
the namer, on German sentences written for these tests."""

from __future__ import annotations

import pytest

from karabach_nlp.records import AttributionKind

from conftest import attributions_of as _extract, of_kind as _of_kind


@pytest.mark.parametrize(
    "text, label, speaker, cue",
    [
        ("Die Ministerin nannte den Kompromiss einen „faulen Handel“.", "faulen Handel", "Die Ministerin", "nannte"),
        ("Der Trainer bezeichnete die Niederlage als „bitter“.", "bitter", "Der Trainer", "bezeichnete"),
        ("Der Verband bezeichnete die neuen Regeln als „Rückschritt für den Sport“.", "Rückschritt für den Sport",
         "Der Verband", "bezeichnete"),
    ],
)
def test_attributions_naming_label_is_direct_speech_alone(nlp, text, label, speaker, cue):
    attributions = _extract(nlp, text)
    [direct] = _of_kind(attributions, AttributionKind.direct)
    assert direct.content.text == label
    assert direct.speaker.text == speaker
    assert [c.text for c in direct.cue] == [cue]
    assert not _of_kind(attributions, AttributionKind.reported)  # the label replaces the naming act


def test_attributions_naming_label_in_konjunktiv_keeps_the_reported_naming_act(nlp):
    text = "Der Abgeordnete habe den Plan als „Unsinn“ bezeichnet."
    attributions = _extract(nlp, text)
    [direct] = _of_kind(attributions, AttributionKind.direct)
    [reported] = _of_kind(attributions, AttributionKind.reported)
    assert direct.content.text == "Unsinn"
    assert reported.content.start <= direct.content.start and direct.content.end <= reported.content.end


@pytest.mark.parametrize(
    "text",
    [
        "Der Minister nannte in einem Interview mit der „Tageszeitung“ neue Zahlen.",  # a paper's name, no label
        "Seit dem Umzug nennt sich die Messe „Kunstwoche Nord“.",  # a name it bears: nobody says it
    ],
)
def test_attributions_quoted_name_beside_a_naming_verb_is_no_direct_speech(nlp, text):
    assert not _of_kind(_extract(nlp, text), AttributionKind.direct)


def test_attributions_quote_in_the_object_of_a_speech_act_that_names_nothing_keeps_both(nlp):
    text = "Der Sender berichtete von „heftigen Kämpfen am Stadtrand“ in der Nacht."
    attributions = _extract(nlp, text)
    assert len(_of_kind(attributions, AttributionKind.direct)) == 1
    assert len(_of_kind(attributions, AttributionKind.reported)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Die Ministerin sagte, der Entwurf sei gut. Das Gesetz trägt den Titel „zur Stärkung der Gemeinden in ländlichen Räumen“.",
        "Die Ministerin sagte, der Entwurf sei gut. Ein Kämpfer mit dem Beinamen „der Schnelle“ wurde festgenommen.",
        "Die Ministerin sagte, der Entwurf sei gut. Die Kampagne läuft unter dem Motto „gemeinsam sicher ankommen“.",
    ],
)
def test_attributions_quote_introduced_by_a_name_noun_is_nobody_s_words(nlp, text):
    attributions = _extract(nlp, text)
    assert not _of_kind(attributions, AttributionKind.direct)
    [indirect] = _of_kind(attributions, AttributionKind.indirect)  # the report before stays
    assert indirect.content.text == "der Entwurf sei gut"


def test_attributions_quote_after_a_colon_with_a_speech_verb_stays_direct(nlp):
    text = "Die Sprecherin erklärte zum Namen des Projekts: „Wir haben lange darüber beraten.“"
    [direct] = _of_kind(_extract(nlp, text), AttributionKind.direct)
    assert direct.content.text == "Wir haben lange darüber beraten."
    assert direct.speaker.text == "Die Sprecherin"
