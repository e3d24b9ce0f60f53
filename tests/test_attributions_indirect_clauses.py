"""Indirect speech the quotation dataset marks where our reported-speech and according-to rules
used to stand alone: a speech act that frames an object clause ("appellierte an …, … zu"), and
a source phrase inside reported content ("sagte, nach ersten Erkenntnissen sei …"). German
sentences written for these tests."""

from __future__ import annotations

import pytest

from karabach_nlp.records import AttributionKind

from conftest import attributions_of as _extract, of_kind as _of_kind


@pytest.mark.parametrize(
    "text, cue, speaker, content",
    [
        ("Die Gewerkschaft appellierte an die Beschäftigten, den Streik fortzusetzen.", ["appellierte"],
         "Die Gewerkschaft", "den Streik fortzusetzen"),
        ("Der Abgeordnete plädierte dafür, die Grenze offen zu halten.", ["plädierte", "dafür"],
         "Der Abgeordnete", "die Grenze offen zu halten"),
        ("Die Stadt warnte davor, das Eis auf dem See zu betreten.", ["warnte"], "Die Stadt",
         "das Eis auf dem See zu betreten"),
        ("Die Helfer gehen von dem Verdacht aus, dass das Feuer gelegt wurde.", ["gehen", "aus"], "Die Helfer",
         "das Feuer gelegt wurde"),
    ],
)
def test_attributions_speech_act_with_object_clause_is_indirect(nlp, text, cue, speaker, content):
    attributions = _extract(nlp, text)
    assert not _of_kind(attributions, AttributionKind.reported)
    [indirect] = _of_kind(attributions, AttributionKind.indirect)
    assert [c.text for c in indirect.cue] == cue
    assert indirect.speaker.text == speaker
    assert indirect.content.text == content


@pytest.mark.parametrize(
    "text, content",
    [
        # a relative clause in the indicative after the object is no content clause (in the Konjunktiv
        # it is what was said: test_reported_konjunktiv_relative_clause_is_indirect)
        ("Der Minister sprach von einem Plan, der seit Jahren besteht.", "von einem Plan"),
        # the clause after the comma belongs to the coordinated verb, not to "rief … auf"
        ("Der Verband rief die Mitglieder zur Ruhe auf und bat sie, die Halle zu verlassen.", "zur Ruhe"),
    ],
)
def test_attributions_speech_act_without_object_clause_stays_reported(nlp, text, content):
    [reported] = _of_kind(_extract(nlp, text), AttributionKind.reported)
    assert reported.content.text == content


def test_attributions_source_phrase_inside_indirect_content_is_its_own_report(nlp):
    text = "Ein Sprecher sagte am Abend, nach ersten Erkenntnissen sei das Feuer in der Küche ausgebrochen."
    attributions = _extract(nlp, text)
    [indirect] = _of_kind(attributions, AttributionKind.indirect)
    [source] = _of_kind(attributions, AttributionKind.according_to)
    assert indirect.speaker.text == "Ein Sprecher"
    assert indirect.content.text == "nach ersten Erkenntnissen sei das Feuer in der Küche ausgebrochen"
    assert [c.text for c in source.cue] == ["nach"]
    assert source.speaker.text == "ersten Erkenntnissen"
    assert source.content.text == "sei das Feuer in der Küche ausgebrochen"


def test_attributions_time_phrase_inside_indirect_content_reports_nothing(nlp):
    text = "Der Trainer sagte, nach dem Spiel sei die Mannschaft müde gewesen."
    attributions = _extract(nlp, text)
    assert [a.kind for a in attributions] == [AttributionKind.indirect]


@pytest.mark.parametrize(
    "text, cue, speaker",
    [
        ("Die Brücke bleibt bis Mai gesperrt. Das erklärte am Freitag ein Sprecher der Stadt.", ["erklärte"],
         "ein Sprecher der Stadt"),
        ("Die Brücke bleibt bis Mai gesperrt. Dies geht aus einer Mitteilung der Stadtwerke hervor.",
         ["geht", "hervor"], "einer Mitteilung der Stadtwerke"),
        ("Die Brücke bleibt bis Mai gesperrt. Das wurde vom Bauamt am Montag bekannt gegeben.",
         ["bekannt", "gegeben"], "Bauamt"),
        ("Die Brücke bleibt bis Mai gesperrt. Das hat der Stadtrat am Abend entschieden.", ["entschieden"],
         "der Stadtrat"),
    ],
)
def test_attributions_frame_taking_up_the_sentence_before(nlp, text, cue, speaker):
    [indirect] = _of_kind(_extract(nlp, text), AttributionKind.indirect)
    assert indirect.content.text == "Die Brücke bleibt bis Mai gesperrt"
    assert [c.text for c in indirect.cue] == cue
    assert indirect.speaker.text == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Die Brücke bleibt bis Mai gesperrt. Das Bauamt prüft die Pfeiler.",  # "Das" as an article
        "Die Brücke bleibt bis Mai gesperrt. Das ist ein großes Ärgernis.",  # no speech verb
    ],
)
def test_attributions_das_opening_no_frame_takes_nothing_back(nlp, text):
    assert _extract(nlp, text) == []


@pytest.mark.parametrize(
    "text, cue, content",
    [
        ("Die Firma bot an, den Lohn um fünf Prozent zu erhöhen.", ["bot", "an"], "den Lohn um fünf Prozent zu erhöhen"),
        ("Der Verein beauftragte einen Anwalt, die Verträge zu prüfen.", ["beauftragte"], "die Verträge zu prüfen"),
    ],
)
def test_attributions_offer_or_order_with_clause_is_indirect(nlp, text, cue, content):
    [indirect] = _of_kind(_extract(nlp, text), AttributionKind.indirect)
    assert [c.text for c in indirect.cue] == cue
    assert indirect.content.text == content


@pytest.mark.parametrize(
    "text, reported_content, cue, speaker, content",
    [
        ("Die Ministerin nannte den Brand eine Katastrophe und sagte, die Helfer seien erschöpft.",
         "den Brand eine Katastrophe", ["sagte"], "Die Ministerin", "die Helfer seien erschöpft"),
        ("Der Trainer lobte die Mannschaft und kündigte an, im Sommer aufzuhören.",
         "die Mannschaft", ["kündigte", "an"], "Der Trainer", "im Sommer aufzuhören"),
    ],
)
def test_attributions_coordinated_speech_verb_reports_its_own_clause(nlp, text, reported_content, cue, speaker, content):
    attributions = _extract(nlp, text)
    [reported] = _of_kind(attributions, AttributionKind.reported)
    [indirect] = _of_kind(attributions, AttributionKind.indirect)
    assert reported.content.text == reported_content
    assert [c.text for c in indirect.cue] == cue
    assert indirect.speaker.text == speaker
    assert indirect.content.text == content


def test_attributions_coordinated_object_stays_in_reported_content(nlp):
    # "und" joins two objects here, no second speech verb: the content runs on
    [reported] = _of_kind(_extract(nlp, "Der Verband forderte höhere Löhne und kürzere Arbeitszeiten."),
                          AttributionKind.reported)
    assert reported.content.text == "höhere Löhne und kürzere Arbeitszeiten"


def test_attributions_long_subject_before_zu_infinitive(nlp):
    text = ("Im Namen des Rates empfahl der Beauftragte für Verkehr und ländliche Entwicklung Max Muster, "
            "die Strecke bis zum Herbst auszubauen.")
    [indirect] = _of_kind(_extract(nlp, text), AttributionKind.indirect)
    assert [c.text for c in indirect.cue] == ["empfahl"]
    assert indirect.content.text == "die Strecke bis zum Herbst auszubauen"


def test_attributions_zu_infinitive_after_als_noun_stays_reported(nlp):
    # the clause completes "Versuch", the noun after "als": no content clause of "bezeichnete"
    text = "Die Opposition bezeichnete das Gesetz als Versuch, die Presse zum Schweigen zu bringen."
    attributions = _extract(nlp, text)
    assert not _of_kind(attributions, AttributionKind.indirect)
    [reported] = _of_kind(attributions, AttributionKind.reported)
    assert [c.text for c in reported.cue] == ["bezeichnete"]


def test_attributions_frame_in_konjunktiv_continues_the_last_speaker(nlp):
    text = ("Der Sprecher der Feuerwehr sagte, die Lage sei ernst. "
            "Die Behörde gehe davon aus, dass weitere Opfer gefunden würden.")
    attributions = _extract(nlp, text)
    [indirect] = _of_kind(attributions, AttributionKind.indirect)
    [free] = _of_kind(attributions, AttributionKind.free_indirect)
    assert free.content.text == "Die Behörde gehe davon aus, dass weitere Opfer gefunden würden."
    assert free.speaker is None and free.speaker_actor_id == indirect.speaker_actor_id is not None


def test_attributions_frame_in_indicative_keeps_its_own_clause(nlp):
    text = ("Der Sprecher der Feuerwehr sagte, die Lage sei ernst. "
            "Die Behörde geht davon aus, dass weitere Opfer gefunden werden.")
    attributions = _extract(nlp, text)
    assert not _of_kind(attributions, AttributionKind.free_indirect)
    assert [a.content.text for a in _of_kind(attributions, AttributionKind.indirect)] == [
        "die Lage sei ernst", "weitere Opfer gefunden werden"]


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("Nach Müllers Meinung sind die Preise zu hoch.", "Müllers Meinung", "sind die Preise zu hoch"),
        ("Nach erster Einschätzung handelt es sich um einen Unfall.", "erster Einschätzung",
         "handelt es sich um einen Unfall"),
    ],
)
def test_attributions_nach_with_genitive_name_or_ordinal(nlp, text, speaker, content):
    [source] = _of_kind(_extract(nlp, text), AttributionKind.according_to)
    assert [c.text for c in source.cue] == ["Nach"]
    assert source.speaker.text == speaker
    assert source.content.text == content


@pytest.mark.parametrize(
    "text",
    ["Nach Müllers Rückkehr sind die Preise gestiegen.", "Nach erster Prüfung wurde der Antrag abgelehnt."],
)
def test_attributions_nach_of_time_with_genitive_or_ordinal_is_no_source(nlp, text):
    assert _extract(nlp, text) == []


def test_attributions_speech_act_with_konjunktiv_main_clause_is_indirect(nlp):
    text = "Die Kandidatin hat in einem Interview angeregt, der Präsident solle doch zurücktreten."
    attributions = _extract(nlp, text)
    assert not _of_kind(attributions, AttributionKind.reported)
    [indirect] = _of_kind(attributions, AttributionKind.indirect)
    assert indirect.content.text == "der Präsident solle doch zurücktreten"
    assert indirect.speaker.text == "Die Kandidatin"


def test_attributions_so_frame_between_dashes(nlp):
    text = "Der Umbau sei teuer – so die Bürgermeisterin –, aber nötig."
    [source] = _of_kind(_extract(nlp, text), AttributionKind.according_to)
    assert [c.text for c in source.cue] == ["so"]
    assert source.speaker.text == "die Bürgermeisterin"


def test_attributions_frame_after_content_past_an_infinitive_clause(nlp):
    # ", die Preise zu senken," is no relative clause: the frame after it still takes the sentence
    text = "Ziel sei es, die Preise zu senken, hieß es vom Verband der Händler."
    [indirect] = _of_kind(_extract(nlp, text), AttributionKind.indirect)
    assert [c.text for c in indirect.cue] == ["hieß", "es"]
    assert indirect.speaker.text == "Verband der Händler"
    assert indirect.content.text == "Ziel sei es, die Preise zu senken"


def test_attributions_frame_after_a_relative_clause_is_no_frame(nlp):
    text = "Der Minister, der seit Jahren im Amt ist, erklärte seinen Rücktritt."
    assert not _of_kind(_extract(nlp, text), AttributionKind.indirect)


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("Der Bürgermeister sagte, die Brücke sei sicher, doch ein Gutachter erklärte, sie müsse gesperrt werden.",
         "die Brücke sei sicher", "sie müsse gesperrt werden"),
        ("Der Bürgermeister sagte, die Brücke sei sicher, und die Polizei teilte mit, dass sie gesperrt werde.",
         "die Brücke sei sicher", "sie gesperrt werde"),
    ],
)
def test_attributions_content_stops_where_another_speaker_reports(nlp, text, first, second):
    attributions = _of_kind(_extract(nlp, text), AttributionKind.indirect)
    assert [a.content.text for a in attributions] == [first, second]
    assert attributions[0].speaker.text == "Der Bürgermeister"


def test_attributions_content_runs_on_over_a_clause_without_speech_verb(nlp):
    # "werden" is no speech verb here ("bekannt werden" needs its particle)
    text = "Er sagte, die Lage sei ernst, doch die Helfer würden bald eintreffen."
    [indirect] = _of_kind(_extract(nlp, text), AttributionKind.indirect)
    assert indirect.content.text == "die Lage sei ernst, doch die Helfer würden bald eintreffen"


def test_attributions_conclusion_noun_frames_its_clause(nlp):
    text = "Die Befragten zogen die Schlussfolgerung, nicht mehr wählen zu gehen."
    [indirect] = _of_kind(_extract(nlp, text), AttributionKind.indirect)
    assert [c.text for c in indirect.cue] == ["zogen", "die Schlussfolgerung"]
    assert indirect.speaker.text == "Die Befragten"
    assert indirect.content.text == "nicht mehr wählen zu gehen"


def test_attributions_zum_schluss_of_time_frames_nothing(nlp):
    assert _extract(nlp, "Zum Schluss, als alle gegangen waren, schloss er die Tür.") == []


def test_attributions_separable_particle_after_the_speakers_apposition(nlp):
    text = "Am Montag gab der Leiter der Feuerwehr, Max Muster, bekannt, dass die Halle einsturzgefährdet sei."
    [indirect] = _of_kind(_extract(nlp, text), AttributionKind.indirect)
    assert [c.text for c in indirect.cue] == ["gab", "bekannt"]
    assert indirect.content.text == "die Halle einsturzgefährdet sei"


def test_attributions_dass_after_a_subordinate_clause_belongs_to_it(nlp):
    # the "dass" clause belongs to "bekannt geworden", not to "beschloss"
    text = "Der Verein beschloss, den Trainer zu entlassen, nachdem bekannt geworden war, dass er gelogen hatte."
    found = {a.content.text: [c.text for c in a.cue] for a in _of_kind(_extract(nlp, text), AttributionKind.indirect)}
    assert found.get("er gelogen hatte") != ["beschloss"]
    assert any(content.startswith("den Trainer zu entlassen") and cue == ["beschloss"] for content, cue in found.items())


def test_attributions_aus_phrase_is_the_source_of_hervorgehen(nlp):
    text = "Aus einem Bericht der Feuerwehr geht hervor, dass zwei Menschen verletzt wurden."
    [indirect] = _of_kind(_extract(nlp, text), AttributionKind.indirect)
    assert [c.text for c in indirect.cue] == ["geht", "hervor"]
    assert indirect.speaker.text == "einem Bericht der Feuerwehr"
