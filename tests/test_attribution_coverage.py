"""Frames added to reach more of the dataset's Indirect quotes: "wie" clauses with words between
speaker and verb, "bekannt geworden", "sah es als erwiesen an", verbs of reckoning and denial —
and the near-misses that must stay no speech (on sentences written here)."""

from __future__ import annotations

from karabach_nlp.records import AttributionKind

from conftest import attributions_of as _extract


def _summary(attributions):
    return [(a.kind, a.speaker.text if a.speaker else None, [c.text for c in a.cue], a.content.text) for a in attributions]


def test_attributions_wie_clause_with_words_between_speaker_and_verb(nlp):
    text = "Wie der Verband am Montag bekannt gab, wird die Halle im Mai geschlossen."
    assert _summary(_extract(nlp, text)) == [
        (AttributionKind.according_to, "der Verband", ["Wie", "bekannt gab"], "wird die Halle im Mai geschlossen")]


def test_attributions_wie_clause_with_addressee_before_the_verb(nlp):
    text = "Wie eine Sprecherin der Klinik gegenüber der Zeitung bestätigte, bleibt die Station geschlossen."
    [a] = _extract(nlp, text)
    assert (a.kind, a.speaker.text, [c.text for c in a.cue]) == (
        AttributionKind.according_to, "eine Sprecherin der Klinik", ["Wie", "bestätigte"])
    assert a.content.text == "bleibt die Station geschlossen"


def test_attributions_wie_clause_with_no_speaker_made_known(nlp):
    text = "Wie gestern bekannt wurde, sind im Landkreis zwei weitere Fälle aufgetreten."
    assert _summary(_extract(nlp, text)) == [
        (AttributionKind.according_to, None, ["Wie", "bekannt wurde"], "sind im Landkreis zwei weitere Fälle aufgetreten")]


def test_attributions_wie_clause_of_a_study_result(nlp):
    text = "Wie eine Umfrage der Kasse ergab, schlafen viele Schüler zu wenig."
    [a] = _extract(nlp, text)
    assert (a.kind, a.speaker.text, a.content.text) == (
        AttributionKind.according_to, "eine Umfrage der Kasse", "schlafen viele Schüler zu wenig")


def test_attributions_wie_clause_near_misses_are_no_frames(nlp):
    for text in (
        "Der Geiger, wie er sich selbst gerne nannte, ist gestorben.",  # naming, not saying
        "Wie knapp das Rennen war, zeigt die Zeitmessung.",  # "wie" of degree, no reporting verb
        "Wie die Brücke am Ende repariert wird, ist noch offen.",
        "Wie erwartet, gewann der Verein das Spiel deutlich.",  # an aside: nobody reports
    ):
        assert _extract(nlp, text) == [], text


def test_attributions_bekannt_geworden_frames_its_dass_clause(nlp):
    text = "Zuvor war bereits bekannt geworden, dass in Polen zwei Fälle aufgetreten waren."
    assert _summary(_extract(nlp, text)) == [
        (AttributionKind.indirect, None, ["bekannt geworden"], "in Polen zwei Fälle aufgetreten waren")]


def test_attributions_bekannt_geworden_in_nachdem_clause_keeps_its_own_clause(nlp):
    text = "Der Minister trat zurück, nachdem bekannt geworden war, dass er Spenden verschwiegen hatte, und die Partei stimmte zu."
    assert _summary(_extract(nlp, text)) == [
        (AttributionKind.indirect, None, ["bekannt geworden"], "er Spenden verschwiegen hatte")]


def test_attributions_bekannt_geworden_without_content_is_no_speech(nlp):
    for text in (
        "Der Sänger war durch seine Lieder bekannt geworden, die im Radio liefen.",
        "Über die Verletzten ist bislang nichts bekannt geworden.",
    ):
        assert _extract(nlp, text) == [], text


def test_attributions_stance_sah_es_als_erwiesen_an(nlp):
    text = "Das Landgericht sah es als erwiesen an, dass der Angeklagte das Geld veruntreut hatte."
    assert _summary(_extract(nlp, text)) == [
        (AttributionKind.indirect, "Das Landgericht", ["sah", "es", "als erwiesen an"], "der Angeklagte das Geld veruntreut hatte")]


def test_attributions_stance_sehen_near_misses_are_no_frames(nlp):
    for text in (
        "Das Gericht sah es als seine Aufgabe an, die Akten zu prüfen.",  # a noun, not a verdict
        "Die Kinder sahen es sich an, bevor sie nach Hause gingen.",
    ):
        assert [a for a in _extract(nlp, text) if a.kind == AttributionKind.indirect] == [], text


def test_attributions_verbs_of_reckoning_and_denial_frame_their_clause(nlp):
    text = (
        "Der Verband hat errechnet, dass jeder Besucher 50 Euro in der Stadt ausgibt. "
        "Die Gewerkschaft prangerte an, dass die Löhne seit Jahren sinken. "
        "Die Firma hat abgestritten, dass die Bremsen fehlerhaft waren."
    )
    assert _summary(_extract(nlp, text)) == [
        (AttributionKind.indirect, "Der Verband", ["errechnet"], "jeder Besucher 50 Euro in der Stadt ausgibt"),
        (AttributionKind.indirect, "Die Gewerkschaft", ["prangerte", "an"], "die Löhne seit Jahren sinken"),
        (AttributionKind.indirect, "Die Firma", ["abgestritten"], "die Bremsen fehlerhaft waren"),
    ]


def test_attributions_nach_of_time_is_no_source(nlp):
    for text in (
        "Zwei Monate nach dem Urteil des Gerichts liegt nun die Begründung vor.",
        "Erst nach umfangreichen Ermittlungen der Polizei wurde der Fall neu aufgerollt.",
    ):
        assert _extract(nlp, text) == [], text
    [a] = _extract(nlp, "Nach Angaben der Polizei wurden drei Menschen verletzt.")
    assert (a.kind, a.speaker.text) == (AttributionKind.according_to, "der Polizei")


def test_attributions_speaker_apposition_after_the_verb_is_no_content(nlp):
    text = "Am Montag sagte Max Muster, kanadischer General und Kommandeur der Truppe, alle Dörfer seien geräumt."
    assert _summary(_extract(nlp, text)) == [
        (AttributionKind.indirect, "Max Muster, kanadischer General und Kommandeur der Truppe", ["sagte"], "alle Dörfer seien geräumt")]
    text = "Am Abend sagte Anna Berg, die Leiterin des Amtes, die Straße bleibe gesperrt."
    [a] = _extract(nlp, text)
    assert (a.speaker.text, a.content.text) == ("Anna Berg, die Leiterin des Amtes", "die Straße bleibe gesperrt")


def test_attributions_prepositional_phrase_after_the_speaker_is_no_apposition(nlp):
    text = "Am Abend sagte der Minister, in Berlin und Bonn, die Lage sei ernst."
    [a] = _extract(nlp, text)
    assert a.speaker.text == "der Minister"


def test_attributions_short_quoted_phrase_before_any_speaker_is_no_speech(nlp):
    text = "Die Firma stellte am Montag den „kleinen Rechner“ vor. Er kostet 200 Euro."
    assert [a for a in _extract(nlp, text) if a.kind == AttributionKind.direct] == []


def test_attributions_short_quoted_phrase_after_a_speaker_continues_it(nlp):
    text = "Der Minister sagte am Montag, die Lage sei ernst. Das Land stehe vor einer „schweren Prüfung“."
    found = _extract(nlp, text)
    [quote] = [a for a in found if a.kind == AttributionKind.direct]
    assert quote.content.text == "schweren Prüfung"
    assert quote.speaker_actor == found[0].speaker_actor is not None
