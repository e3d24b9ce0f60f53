"""A document or statement as speaker ("Der Bericht stellt fest", "In der Erklärung heißt es") keeps
its phrase as the speaker and is tied to its author (spec §3); German sentences written for these tests."""

from __future__ import annotations

import karabach_nlp

from conftest import assert_offsets


def _actor_of(nlp, text: str, speaker: str):
    claims = karabach_nlp.extract(text, nlp)
    assert_offsets(text, claims)
    found = [a for a in claims.attributions if a.speaker is not None and a.speaker.text == speaker]
    assert found, [(a.speaker.text if a.speaker else None) for a in claims.attributions]
    return found[0].speaker_actor


def test_report_named_before_speaks_for_who_published_it(nlp):
    text = ("Die Vereinten Nationen veröffentlichten am Dienstag einen Bericht. "
            "Der Bericht stellt fest, dass 30 Zivilisten getötet worden seien.")
    assert _actor_of(nlp, text, "Der Bericht") == "Vereinte Nationen"


def test_compound_report_named_before(nlp):
    text = ("Amnesty International hat am Montag in London einen Jahresbericht vorgelegt. "
            "Dem Bericht zufolge wurden 2000 Menschen hingerichtet.")
    assert _actor_of(nlp, text, "Dem Bericht") == "Amnesty International"


def test_statement_in_a_prepositional_phrase(nlp):
    text = "Die Polizei legte eine Erklärung vor. In der Erklärung heißt es, die Täter seien geflohen."
    assert _actor_of(nlp, text, "der Erklärung") == "Polizei"


def test_statement_with_no_antecedent_is_the_last_speakers(nlp):
    text = ("Die Feuerwehr teilte am Montag mit, drei Menschen seien verletzt worden. "
            "In der Erklärung heißt es weiter, das Feuer sei gelöscht.")
    assert _actor_of(nlp, text, "der Erklärung") == "Feuerwehr"


def test_author_named_in_the_phrase(nlp):
    text = "Einem Bericht des UNHCHR zufolge wurden 40 Zivilisten getötet."
    assert _actor_of(nlp, text, "Einem Bericht des UNHCHR") == "UNHCHR"


def test_report_with_no_author_in_the_text_has_none(nlp):
    text = "Dem Bericht zufolge wurden 40 Zivilisten getötet."
    assert _actor_of(nlp, text, "Dem Bericht") is None


def test_pronoun_before_a_statement_noun_is_not_a_document(nlp):
    text = "Lopez trat mit Shakira auf. Für Shakira, so schrieb diese in einer Stellungnahme, sei es eine Ehre."
    assert _actor_of(nlp, text, "diese in einer Stellungnahme") != "Lopez"
