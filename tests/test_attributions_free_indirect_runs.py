"""Free indirect speech: hearsay "soll" sentences and Konjunktiv sentences make runs of
their own (the dataset types them FreeIndirect and IndirectFreeIndirect), and a singular
Konjunktiv II hypothetical continues no report; on German sentences written for these tests."""

from __future__ import annotations

import karabach_nlp
from karabach_nlp.quotation_dataset import _type_of
from karabach_nlp.records import AttributionKind

from conftest import assert_offsets

REPORT = "Der Polizeisprecher sagte, die Lage sei ruhig. "


def _free_indirect(nlp, text):
    claims = karabach_nlp.extract(text, nlp)
    assert_offsets(text, claims)
    return [a for a in claims.attributions if a.kind == AttributionKind.free_indirect]


def test_attributions_hearsay_and_konjunktiv_sentences_make_separate_runs(nlp):
    text = REPORT + "Der Täter soll am Abend geflohen sein. Er habe eine Waffe getragen."
    hearsay, konjunktiv = _free_indirect(nlp, text)
    assert hearsay.content.text == "Der Täter soll am Abend geflohen sein."
    assert konjunktiv.content.text == "Er habe eine Waffe getragen."
    assert [_type_of(hearsay), _type_of(konjunktiv)] == ["FreeIndirect", "IndirectFreeIndirect"]
    assert hearsay.speaker_actor == konjunktiv.speaker_actor is not None  # both continue the spokesman


def test_attributions_sentences_of_one_kind_stay_one_run(nlp):
    [konjunktiv] = _free_indirect(nlp, REPORT + "Die Straße sei gesperrt. Die Feuerwehr habe den Brand gelöscht.")
    assert konjunktiv.content.text == "Die Straße sei gesperrt. Die Feuerwehr habe den Brand gelöscht."
    [hearsay] = _free_indirect(nlp, REPORT + "Der Täter soll am Abend geflohen sein. Zwei Komplizen sollen ihm geholfen haben.")
    assert hearsay.content.text == "Der Täter soll am Abend geflohen sein. Zwei Komplizen sollen ihm geholfen haben."
    assert _type_of(hearsay) == "FreeIndirect"


def test_attributions_singular_konjunktiv_two_hypothetical_continues_no_report(nlp):
    assert not _free_indirect(nlp, REPORT + "Ein Streik würde den Hafen lahmlegen.")
    assert not _free_indirect(nlp, REPORT + "Das könnte teuer werden.")


def test_attributions_plural_konjunktiv_two_and_konjunktiv_one_still_continue_a_report(nlp):
    [plural] = _free_indirect(nlp, REPORT + "Die Arbeiter hätten keine Wahl.")
    assert plural.content.text == "Die Arbeiter hätten keine Wahl."
    # the hypothetical ends the run; a Konjunktiv I sentence after it reports again
    [after] = _free_indirect(nlp, REPORT + "Das könnte teuer werden. Die Stadt habe aber vorgesorgt.")
    assert after.content.text == "Die Stadt habe aber vorgesorgt."


def test_attributions_hearsay_after_a_heading_line_starts_after_it(nlp):
    text = REPORT + "Die Strafen im Überblick:\nDer Verein soll drei Punkte verlieren."
    [hearsay] = _free_indirect(nlp, text)
    assert hearsay.content.text == "Der Verein soll drei Punkte verlieren."
    # on one line, the colon's clause comes first: "soll" after it is no main-clause hearsay
    assert not _free_indirect(nlp, REPORT + "Die Strafen im Überblick: Der Verein soll drei Punkte verlieren.")


def test_attributions_konjunktiv_two_consequence_opener_ends_the_run(nlp):
    # "Damit wären …": the article draws its own consequence, nobody's report continues
    assert not _free_indirect(nlp, REPORT + "Damit wären alle Straßen der Altstadt gesperrt.")
    assert not _free_indirect(nlp, REPORT + "Dies würde den Verkehr für Wochen lähmen.")
    # near-misses: the same opener with a Konjunktiv I, or Konjunktiv II under another opener, still reports
    [strong] = _free_indirect(nlp, REPORT + "Damit sei die Altstadt wieder frei.")
    assert strong.content.text == "Damit sei die Altstadt wieder frei."
    [weak] = _free_indirect(nlp, REPORT + "Die Anwohner wären aber gewarnt worden.")
    assert weak.content.text == "Die Anwohner wären aber gewarnt worden."


def test_attributions_run_after_a_stance_continues_its_subject_not_the_last_speaker(nlp):
    """ "sieht darin Parallelen" frames no clause, yet the Konjunktiv after it is the expert's view,
    not the spokesman's (the last speaker)."""
    text = (REPORT + "Die Atomexpertin Anna Berger sieht darin Parallelen zu dem Brand im Jahr 2007. "
            "Die Ursache für den Brand sei nie gefunden worden.")
    run = [a for a in _free_indirect(nlp, text) if a.content.text.startswith("Die Ursache")]
    assert run and run[0].speaker is None
    assert run[0].speaker_actor == "Anna Berger"


def test_attributions_run_after_zeigte_sich_continues_its_subject(nlp):
    text = (REPORT + "Die Gewerkschaft zeigte sich am Abend enttäuscht. "
            "Die Beschäftigten hätten mehr verdient.")
    run = [a for a in _free_indirect(nlp, text) if a.content.text.startswith("Die Beschäftigten")]
    assert run and run[0].speaker_actor == "Gewerkschaft"


def test_attributions_run_after_a_plain_verb_still_continues_the_last_speaker(nlp):
    """Only a stance or an act of saying hands the run on: "besuchte" does not."""
    text = REPORT + "Der Minister besuchte am Abend die Stadt. Die Lage sei weiterhin angespannt."
    run = [a for a in _free_indirect(nlp, text) if a.content.text.startswith("Die Lage sei weiterhin")]
    assert run and run[0].speaker_actor not in (None, "Minister")


def test_attributions_run_after_ist_besorgt_continues_its_subject(nlp):
    text = (REPORT + "Staatspräsident Georgi Parwanow ist besorgt. "
            "Der Konflikt sei nicht ethnisch, sondern persönlich motiviert.")
    run = [a for a in _free_indirect(nlp, text) if a.content.text.startswith("Der Konflikt")]
    assert run and run[0].speaker_actor == "Georgi Parwanow"


def test_attributions_run_after_ist_without_a_belief_stays_with_the_last_speaker(nlp):
    text = REPORT + "Staatspräsident Georgi Parwanow ist am Abend in der Stadt. Der Konflikt sei nicht ethnisch."
    run = [a for a in _free_indirect(nlp, text) if a.content.text.startswith("Der Konflikt")]
    assert run and run[0].speaker_actor != "Georgi Parwanow"


def test_attributions_run_after_a_demand_continues_its_subject(nlp):
    """A verb of demanding, rejecting, accusing or deciding opens no clause, yet the Konjunktiv after
    it spells out its content: the run is its subject's, not the spokesman's."""
    cases = [("Die Opposition lehnte den Plan des Bürgermeisters ab. ", "Er sei viel zu teuer.", "Opposition"),
             ("Die Staatsanwaltschaft erhebt Anklage gegen den Bürgermeister. ", "Er habe Gelder veruntreut.",
              "Staatsanwaltschaft"),
             ("Der Stadtrat hat den Termin festgelegt. ", "Die Wahl finde im Mai statt.", "Stadtrat")]
    for before, run_text, speaker in cases:
        run = [a for a in _free_indirect(nlp, REPORT + before + run_text) if a.content.text == run_text]
        assert run and run[0].speaker is None
        assert run[0].speaker_actor == speaker


def test_attributions_run_after_a_verb_outside_the_demands_stays_with_the_last_speaker(nlp):
    """ "eröffnete" is no demand: the run after it is still the spokesman's."""
    text = REPORT + "Der Bürgermeister eröffnete am Morgen die neue Brücke. Sie sei sicher und stabil."
    run = [a for a in _free_indirect(nlp, text) if a.content.text.startswith("Sie sei")]
    assert run and run[0].speaker_actor not in (None, "Bürgermeister")


def test_attributions_run_after_a_judgement_continues_its_subject(nlp):
    """A verb of judging ("würdigte", "lobte", "bewertete") opens no clause either; the Konjunktiv after
    it gives the judgement's grounds: the run is its subject's."""
    cases = [("Die Stiftung würdigte damit den Einsatz der Ärztin. ", "Sie habe ein neues Klima geschaffen.", "Stiftung"),
             ("Der Minister lobte die Feuerwehr für ihren Einsatz. ", "Die Kräfte seien schnell vor Ort gewesen.", "Minister")]
    for before, run_text, speaker in cases:
        run = [a for a in _free_indirect(nlp, REPORT + before + run_text) if a.content.text == run_text]
        assert run and run[0].speaker is None
        assert run[0].speaker_actor == speaker
