"""Where indirect content starts and stops: "Danach" after a sentence naming a report; content that stops before
the speaker's next act; an apposition after a frame that follows its content; a source inside a
subordinate clause of reported content; negated frames. German sentences written for these tests."""

from __future__ import annotations

import pytest

from karabach_nlp.records import AttributionKind

from conftest import attributions_of as _extract, of_kind as _of_kind


def test_attributions_danach_after_a_published_report_is_according_to(nlp):
    text = "Die Bank veröffentlichte am Dienstag ihre neuen Zahlen. Danach verzeichnet das Institut hohe Verluste."
    (found,) = _of_kind(_extract(nlp, text), AttributionKind.according_to)
    assert found.content.text == "verzeichnet das Institut hohe Verluste"
    assert [c.text for c in found.cue] == ["Danach"]


def test_attributions_danach_after_a_named_study_is_according_to(nlp):
    text = "Eine Studie der Universität wurde am Montag in Kiel vorgestellt. Danach leiden viele Kinder unter Lärm."
    (found,) = _of_kind(_extract(nlp, text), AttributionKind.according_to)
    assert found.content.text == "leiden viele Kinder unter Lärm"


def test_attributions_danach_after_an_event_is_a_time(nlp):
    # near-miss: "Danach" means "afterwards" after a sentence that names no report
    text = "Der Minister traf am Morgen im Rathaus ein. Danach begann die Sitzung des Stadtrats."
    assert not _extract(nlp, text)


def test_attributions_danach_after_a_frame_is_a_time(nlp):
    # near-miss: the noun of saying frames its own sentence ("Nach Aussagen …"), so "Danach" is a time
    text = "Nach Aussagen der Polizei drangen die Täter am Morgen in das Haus ein. Danach zündeten sie ein Auto an."
    attributions = _extract(nlp, text)
    assert all("zündeten" not in a.content.text for a in attributions)


def test_attributions_short_quote_in_speakerless_report_is_no_direct_speech(nlp):
    # a quoted term inside a report nobody is named for is the report's wording, not someone's speech
    text = ("Das Institut veröffentlichte am Freitag eine neue Umfrage. "
            "Danach hätte eine „bunte Koalition“ im Landtag keine Mehrheit.")
    attributions = _extract(nlp, text)
    assert not _of_kind(attributions, AttributionKind.direct)
    (found,) = _of_kind(attributions, AttributionKind.according_to)
    assert "„bunte Koalition“" in found.content.text


def test_attributions_content_stops_before_the_speakers_next_act(nlp):
    text = "Die Ministerin räumte ein, es könnten Stellen verloren gehen, sprach aber von einem offenen Verfahren."
    (found,) = _of_kind(_extract(nlp, text), AttributionKind.indirect)
    assert found.content.text == "es könnten Stellen verloren gehen"
    assert [c.text for c in found.cue] == ["räumte", "ein"]


def test_attributions_content_stops_before_a_coordinated_speech_act(nlp):
    text = "Der Kanzler sagte, das Land brauche mehr Ärzte und fügte hinzu: „Wir handeln sofort.“"
    attributions = _extract(nlp, text)
    (indirect,) = _of_kind(attributions, AttributionKind.indirect)
    assert indirect.content.text == "das Land brauche mehr Ärzte"
    (direct,) = _of_kind(attributions, AttributionKind.direct)
    assert direct.content.text == "Wir handeln sofort."


def test_attributions_content_keeps_a_relative_clause_ending_in_its_verb(nlp):
    # near-miss: the finite verb after the comma closes a relative clause, it is no next act
    text = "Die Beobachter kritisierten, dass das Gesetz Regeln enthalte, die die Partei des Präsidenten, die ENP, begünstigten."
    (found,) = _of_kind(_extract(nlp, text), AttributionKind.indirect)
    assert found.content.text.endswith("die ENP, begünstigten")


def test_attributions_frame_after_content_keeps_the_apposition_with_the_speaker(nlp):
    text = "Der Hafen sei zerstört, sagte Anna Berg, die Sprecherin der Stadt."
    (found,) = _of_kind(_extract(nlp, text), AttributionKind.indirect)
    assert found.content.text == "Der Hafen sei zerstört"
    assert found.speaker.text == "Anna Berg, die Sprecherin der Stadt"


def test_attributions_clause_after_the_speaker_is_still_content(nlp):
    # near-miss: after the speaker comes a clause with a verb, which is what was said
    text = "Am Montag sagte Anna Berg, die Stadt müsse den Hafen schnell wieder aufbauen."
    (found,) = _of_kind(_extract(nlp, text), AttributionKind.indirect)
    assert found.content.text == "die Stadt müsse den Hafen schnell wieder aufbauen"
    assert found.speaker.text == "Anna Berg"


def test_attributions_source_inside_a_subordinate_clause_of_reported_content(nlp):
    text = "Der Minister sagte, das Land wolle Soldaten schicken, weil die Mission nach Angaben der UN überfordert sei."
    attributions = _extract(nlp, text)
    (indirect,) = _of_kind(attributions, AttributionKind.indirect)
    assert indirect.content.text == "das Land wolle Soldaten schicken, weil die Mission nach Angaben der UN überfordert sei"
    (source,) = _of_kind(attributions, AttributionKind.according_to)
    assert source.content.text == "weil die Mission nach Angaben der UN überfordert sei"
    assert source.speaker.text == "der UN"


def test_attributions_source_opening_reported_content_takes_the_rest(nlp):
    # near-miss: the source opens the content's main clause, so it reports all that follows it
    text = "Der Minister sagte, nach Angaben der UN sei die Mission überfordert, weil Soldaten fehlten."
    attributions = _extract(nlp, text)
    (source,) = _of_kind(attributions, AttributionKind.according_to)
    assert source.content.text == "sei die Mission überfordert, weil Soldaten fehlten"


@pytest.mark.parametrize(
    "text",
    [
        "Die Bahn wollte nicht bestätigen, dass alle Züge am Morgen ausgefallen waren.",
        "Die Tests haben den Verdacht nicht bestätigt, dass das Tier an der Seuche starb.",
    ],
)
def test_attributions_negated_frame_reports_nothing(nlp, text):
    assert not _of_kind(_extract(nlp, text), AttributionKind.indirect)


@pytest.mark.parametrize(
    "text, content",
    [
        # a negation that affirms: the possibility is left open
        ("Der Minister schloss nicht aus, dass die Steuern steigen.", "die Steuern steigen"),
        # a negated adjective belongs to the object, the act itself is not negated
        ("Die Fahrer beklagen nicht bezahlte Zulagen, die ihnen zustünden.", "die ihnen zustünden"),
    ],
)
def test_attributions_negation_that_keeps_the_report(nlp, text, content):
    found = _of_kind(_extract(nlp, text), AttributionKind.indirect)
    assert [f.content.text for f in found] == [content]


def test_attributions_source_inside_an_unfinished_clause_reports_the_whole_clause(nlp):
    text = "Die Brandursache ist nach Angaben der Polizei unklar."
    (found,) = _of_kind(_extract(nlp, text), AttributionKind.according_to)
    assert found.content.text == "Die Brandursache ist nach Angaben der Polizei unklar"


def test_attributions_source_after_a_whole_clause_reports_the_clause_before(nlp):
    # near-miss: the clause before the frame is complete, so the frame closes it
    text = "Der Hafen bleibt bis Freitag gesperrt, so die Polizei."
    (found,) = _of_kind(_extract(nlp, text), AttributionKind.according_to)
    assert found.content.text == "Der Hafen bleibt bis Freitag gesperrt"


def test_attributions_frame_after_a_main_clause_with_a_relative_clause(nlp):
    text = ("Der Planet ist so schwer wie Jupiter und liegt in einer Entfernung, die doppelt so groß ist wie "
            "die des Neptuns, erklärte die Forscherin Anna Berg.")
    (found,) = _of_kind(_extract(nlp, text), AttributionKind.indirect)
    assert found.content.text.startswith("Der Planet ist so schwer")
    assert found.content.text.endswith("die des Neptuns")
    assert found.speaker.text == "die Forscherin Anna Berg"


def test_attributions_subject_with_relative_clause_before_its_verb_is_no_content(nlp):
    # near-miss: the relative clause belongs to the subject of "sagte", nothing is reported before it
    text = "Der Mann, der am Montag in Bremen verhaftet wurde, sagte vor Gericht nichts."
    assert not _of_kind(_extract(nlp, text), AttributionKind.indirect)


def test_attributions_dash_das_frame_after_content(nlp):
    text = "Die Brücke ist die älteste der Stadt – das zumindest meint der Historiker Max Muster."
    (found,) = _of_kind(_extract(nlp, text), AttributionKind.indirect)
    assert found.content.text == "Die Brücke ist die älteste der Stadt"
    assert [c.text for c in found.cue] == ["meint"]
    assert found.speaker.text == "der Historiker Max Muster"


def test_attributions_dash_das_without_speech_verb_is_nothing(nlp):
    # near-miss: "das" after a dash with a verb that reports nothing
    text = "Die Brücke ist die älteste der Stadt – das zeigt ihr Mauerwerk aus dem Mittelalter."
    assert not _of_kind(_extract(nlp, text), AttributionKind.indirect)


def test_attributions_clause_opening_with_a_conjunction_is_no_content(nlp):
    text = "Der Wolf streift seit Wochen durch das Tal, doch alle Versuche ihn zu fangen seien gescheitert."
    assert not _of_kind(_extract(nlp, text), AttributionKind.indirect)


def test_attributions_clause_after_a_speech_verb_stays_content(nlp):
    # near-miss: the same clause without the conjunction is what the hunters said
    text = "Die Jäger erklärten am Montag, alle Versuche den Wolf zu fangen seien gescheitert."
    (found,) = _of_kind(_extract(nlp, text), AttributionKind.indirect)
    assert found.content.text == "alle Versuche den Wolf zu fangen seien gescheitert"
