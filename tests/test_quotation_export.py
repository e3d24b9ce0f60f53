"""The exporter's dataset conventions for cues and addressees, on small documents written here."""

from __future__ import annotations

import karabach_nlp
from karabach_nlp import quotation_dataset as qd


def _export(nlp, text: str) -> tuple[list[dict], dict]:
    tokens, pos = [], 0
    for i, word in enumerate(text.replace(",", " ,").replace(".", " .").split()):
        start = text.index(word, pos)
        tokens.append({"id": i, "charBegin": start, "charEnd": start + len(word), "text": word})
        pos = start + len(word)
    doc = qd.DatasetDocument("probe", text, tokens, [], sentences=[(0, len(text))])
    claims = karabach_nlp.extract(text, nlp)
    return qd.export_annotations(doc, claims.attributions, actors=claims.actors), {t["id"]: t["text"] for t in tokens}


def test_quotation_dataset_export_cue_holds_the_auxiliary_of_a_participle(nlp):
    (ann,), words = _export(nlp, "Der Minister hatte am Montag erklärt, die Grenze bleibe geschlossen.")
    assert ann["type"] == "Indirect"
    assert [words[i] for i in ann["cue"]["tokenIds"]] == ["hatte", "erklärt"]


def test_quotation_dataset_export_cue_of_a_finite_verb_stays_alone(nlp):
    (ann,), words = _export(nlp, "Der Minister erklärte am Montag, die Grenze bleibe geschlossen.")
    assert [words[i] for i in ann["cue"]["tokenIds"]] == ["erklärte"]


def test_quotation_dataset_export_addressee_in_the_dative(nlp):
    (ann,), words = _export(nlp, "Die Botschaft teilte dem Sender mit, die Grenze bleibe geschlossen.")
    assert [words[i] for i in ann["addressee"]["tokenIds"]] == ["dem", "Sender"]
    assert [words[i] for i in ann["speaker"]["tokenIds"]] == ["Die", "Botschaft"]


def _reported_quote(nlp, text: str) -> str:
    annotations, words = _export(nlp, text)
    [ann] = [a for a in annotations if a["type"] == "Reported"]
    return " ".join(words[i] for i in ann["quote"]["tokenIds"])


def test_quotation_dataset_export_reported_quote_is_its_whole_sentence(nlp):
    # a prefield with a relative clause belongs to the speech act's clause
    text = "Die Zahl der Toten, die am Montag gefunden wurden, bezifferte die Polizei mit zwölf."
    assert _reported_quote(nlp, text) == text.replace(",", " ,").replace(".", " .")


def test_quotation_dataset_export_reported_quote_after_a_complete_clause(nlp):
    text = "Es kamen rund 5000 Menschen, die Polizei spricht von 3000 Teilnehmern."
    assert _reported_quote(nlp, text) == "die Polizei spricht von 3000 Teilnehmern ."


def test_quotation_dataset_export_reported_quote_after_an_opening_subordinate_clause(nlp):
    text = "Während die Regierung schweigt, fordert die Opposition den Rücktritt des Ministers."
    assert _reported_quote(nlp, text) == "fordert die Opposition den Rücktritt des Ministers ."


def test_quotation_dataset_export_reported_quote_stops_before_a_coordinated_clause(nlp):
    text = "Der Bürgermeister rief die Anwohner zur Ruhe auf und fuhr danach zurück ins Rathaus."
    assert _reported_quote(nlp, text) == "Der Bürgermeister rief die Anwohner zur Ruhe auf"


def test_quotation_dataset_export_reported_quote_stops_before_its_reason(nlp):
    # the reason given after "weil"/"da" is no part of the speech act's own clause
    text = "Der Verband bezeichnete die Reform als Fehler, weil sie die Kosten erhöhe."
    assert _reported_quote(nlp, text) == "Der Verband bezeichnete die Reform als Fehler"


def test_quotation_dataset_export_speaker_runs_over_its_apposition(nlp):
    (ann,), words = _export(nlp, "Ursula Castrup, die Leiterin der Fachstelle für Suchtvorbeugung, sagte, die Lage bleibe ernst.")
    assert [words[i] for i in ann["speaker"]["tokenIds"]] == [
        "Ursula", "Castrup", ",", "die", "Leiterin", "der", "Fachstelle", "für", "Suchtvorbeugung"]


def test_quotation_dataset_export_apposition_stops_before_content(nlp):
    # the content after the cue's comma is no apposition
    (ann,), words = _export(nlp, "Nach dem Treffen sagte der Minister, die Grenze bleibe geschlossen.")
    assert [words[i] for i in ann["speaker"]["tokenIds"]] == ["der", "Minister"]


def test_quotation_dataset_export_cue_holds_the_reflexive(nlp):
    (ann,), words = _export(nlp, "Der Minister äußerte sich besorgt, die Grenze bleibe geschlossen.")
    assert "sich" in [words[i] for i in ann["cue"]["tokenIds"]]


def test_quotation_dataset_export_cue_holds_the_auxiliary_of_a_participle_in_iert(nlp):
    (ann,), words = _export(nlp, "Die Opposition hat am Montag kritisiert, die Grenze bleibe geschlossen.")
    assert [words[i] for i in ann["cue"]["tokenIds"]] == ["hat", "kritisiert"]


def test_quotation_dataset_export_frame_reads_past_a_quoted_name(nlp):
    annotations, words = _export(nlp, "„Ich halte Studiengebühren für richtig“, sagte die Ministerin der „Berliner Zeitung“.")
    [ann] = [a for a in annotations if a["type"] == "Direct"]
    frame = [words[i] for i in ann["frame"]["tokenIds"]]
    assert frame[-3:] == ["der", "„Berliner", "Zeitung“"], frame


def test_quotation_dataset_export_according_to_frame_holds_whom_it_was_told(nlp):
    annotations, words = _export(nlp, "Der Flughafen wächst am schnellsten, so die Sprecherin gegenüber dem Weser-Kurier.")
    [ann] = [a for a in annotations if a["cue"]["tokenIds"]]
    assert [words[i] for i in ann["addressee"]["tokenIds"]] == ["dem", "Weser-Kurier"]


def test_quotation_dataset_export_continued_actor_with_no_phrase_of_ours_is_its_last_mention(nlp):
    text = "Die Gewerkschaft dementierte am Abend. Der Streik gehe weiter."
    annotations, words = _export(nlp, text)
    [ann] = [a for a in annotations if a["type"] == "IndirectFreeIndirect"]
    assert [words[i] for i in ann["speaker"]["tokenIds"]] == ["Die", "Gewerkschaft"]


def test_quotation_dataset_export_reported_infinitive_clause_is_indirect(nlp):
    # our kind stays reported (spec §2, the seed's gold); the dataset calls an infinitive content Indirect
    annotations, words = _export(nlp, "Mubarak hatte am Donnerstag angekündigt bei der Wahl im September erneut anzutreten.")
    [ann] = annotations
    assert ann["type"] == "Indirect"
    assert " ".join(words[i] for i in ann["quote"]["tokenIds"]) == "bei der Wahl im September erneut anzutreten"


def test_quotation_dataset_export_frame_of_a_nested_quote_ends_with_the_comma_of_its_clause(nlp):
    annotations, words = _export(nlp, "Verteidigungsminister Peter Struck sagte, Kritik sei hinzunehmen, der Zapfenstreich sei aber „ein gutes Ereignis“.")
    [ann] = [a for a in annotations if a["type"] == "Direct"]
    assert [words[i] for i in ann["frame"]["tokenIds"]] == ["Verteidigungsminister", "Peter", "Struck", "sagte", ","]


def test_quotation_dataset_export_cue_of_a_labelling_verb_holds_its_als(nlp):
    annotations, words = _export(nlp, "Der Abgeordnete bezeichnete die Pläne als „gefährlichen Irrweg“.")
    [ann] = [a for a in annotations if a["type"] == "Direct"]
    assert [words[i] for i in ann["cue"]["tokenIds"]] == ["bezeichnete", "als"]


def test_quotation_dataset_export_cue_holds_mit_den_worten(nlp):
    annotations, words = _export(nlp, "Der Minister kommentierte den Beschluss mit den Worten: „Wir bleiben hart.“")
    [ann] = [a for a in annotations if a["type"] == "Direct"]
    # (the test's tokens keep the colon on "Worten:")
    assert [words[i] for i in ann["cue"]["tokenIds"]] == ["kommentierte", "mit", "den", "Worten:"]


def test_quotation_dataset_export_cue_of_an_impersonal_passive_holds_es(nlp):
    annotations, words = _export(nlp, "Es wird vermutet, dass die Brücke einsturzgefährdet ist.")
    [ann] = annotations
    assert [words[i] for i in ann["cue"]["tokenIds"]] == ["Es", "wird", "vermutet"]


def test_quotation_dataset_export_so_frame_holds_its_comma(nlp):
    annotations, words = _export(nlp, "Die Verhandlungen seien gescheitert, so die Ministerin.")
    [ann] = annotations
    assert [words[i] for i in ann["frame"]["tokenIds"]] == [",", "so", "die", "Ministerin"]


def test_quotation_dataset_export_pointing_word_is_the_speaker_of_its_frame(nlp):
    # the dataset marks "Demnach" itself as the speaker of the frame that points back to a source
    anns, words = _export(nlp, "Die Bank veröffentlichte am Dienstag neue Zahlen. Demnach sank der Gewinn um zehn Prozent.")
    (ann,) = [a for a in anns if a["type"] == "Indirect"]
    assert [words[i] for i in ann["speaker"]["tokenIds"]] == ["Demnach"]
    assert [words[i] for i in ann["cue"]["tokenIds"]] == ["Demnach"]


def test_quotation_dataset_export_wie_clause_cue_holds_its_closing_auxiliary(nlp):
    anns, words = _export(nlp, "Wie die Polizei angegeben hat, starben drei Menschen.")
    (ann,) = [a for a in anns if a["type"] == "Indirect"]
    assert [words[i] for i in ann["cue"]["tokenIds"]] == ["Wie", "angegeben", "hat"]


def test_quotation_dataset_export_so_frame_holds_a_closing_weiter(nlp):
    annotations, words = _export(nlp, "Die Verhandlungen seien gescheitert, so die Ministerin weiter.")
    [ann] = annotations
    assert [words[i] for i in ann["frame"]["tokenIds"]] == [",", "so", "die", "Ministerin", "weiter"]


def test_quotation_dataset_export_according_to_frame_told_to_after_a_genitive(nlp):
    text = "Die Dreharbeiten seien abgeschlossen, so der Mitarbeiter einer Produktionsfirma gegenüber der Zeitung „Beijing Shibao“."
    annotations, words = _export(nlp, text)
    [ann] = [a for a in annotations if a["cue"]["tokenIds"]]
    assert [words[i] for i in ann["addressee"]["tokenIds"]][:2] == ["der", "Zeitung"]


def test_quotation_dataset_export_frame_leaves_out_the_pointing_demonstrative(nlp):
    # "Dies" stands for the content; the dataset's frame starts with the verb
    annotations, words = _export(nlp, "Die Brücke bleibt bis Mai gesperrt. Dies bestätigte der Bürgermeister am Montag.")
    [ann] = [a for a in annotations if a["frame"]["tokenIds"]]
    frame = [words[i] for i in ann["frame"]["tokenIds"]]
    assert frame[0] == "bestätigte" and "Dies" not in frame, frame


def test_quotation_dataset_export_nested_quote_frame_ends_before_an_article_opening_the_content(nlp):
    # after the verb ", der Pilot …" opens the content; after the speaker it would be an apposition
    annotations, words = _export(nlp, "Die Kanadier hingegen sagen, der Pilot trage die „volle Verantwortung“.")
    [ann] = [a for a in annotations if a["type"] == "Direct"]
    assert [words[i] for i in ann["frame"]["tokenIds"]] == ["Die", "Kanadier", "hingegen", "sagen", ","]


def test_quotation_dataset_export_according_to_source_runs_over_its_apposition(nlp):
    # the dataset's speaker and frame of "nach den Worten X, Name," hold the name; the quote does not
    text = "Nach den Worten der Sprecherin der Fraktion, Gisela Piltz, sei das Gesetz verfassungswidrig."
    annotations, words = _export(nlp, text)
    [ann] = [a for a in annotations if a["cue"]["tokenIds"]]
    assert [words[i] for i in ann["speaker"]["tokenIds"]][-2:] == ["Gisela", "Piltz"]
    assert [words[i] for i in ann["frame"]["tokenIds"]][-3:] == ["Gisela", "Piltz", ","]
    assert "Gisela" not in [words[i] for i in ann["quote"]["tokenIds"]]


def test_quotation_dataset_export_speaker_holds_the_genitive_after_it(nlp):
    text = "Die Dreharbeiten seien abgeschlossen, so der Mitarbeiter einer Produktionsfirma gegenüber der Zeitung."
    annotations, words = _export(nlp, text)
    [ann] = [a for a in annotations if a["cue"]["tokenIds"]]
    assert [words[i] for i in ann["speaker"]["tokenIds"]] == ["der", "Mitarbeiter", "einer", "Produktionsfirma"]
