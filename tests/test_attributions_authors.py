"""A document or statement as speaker ("Der Bericht stellt fest", "In der Erklärung heißt es") keeps
its phrase as the speaker and is tied to its author (spec §3); German sentences written for these tests."""

from __future__ import annotations

import karabach_nlp

from conftest import attribution_spoken_by, attributions_of


def _actor_of(nlp, text: str, speaker: str):
    return attribution_spoken_by(attributions_of(nlp, text), speaker).speaker_actor


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


def test_author_named_in_the_phrase_is_the_actor_not_the_document(nlp):
    text = "Laut einem Bericht der Salzburger Nachrichten hat keiner der Insassen überlebt."
    claims = karabach_nlp.extract(text, nlp)
    assert [a.speaker_actor for a in claims.attributions] == ["Salzburger Nachrichten"]
    assert not [x for x in claims.actors if "Bericht" in x.name]


def test_several_authors_named_in_the_phrase(nlp):
    text = ("Laut einer gemeinsamen Presseerklärung der Staatsanwaltschaft und der Polizei wurden "
            "zwei Männer verletzt.")
    claims = karabach_nlp.extract(text, nlp)
    names = {x.id: x.name for x in claims.actors}
    assert sorted(names[i] for i in claims.attributions[0].speaker_actor_ids) == ["Polizei", "Staatsanwaltschaft"]


def test_agentless_passive_in_a_document_is_the_documents(nlp):
    text = ("Die OSZE legte am Montag ihren Abschlussbericht vor. Im Abschlussbericht wird festgestellt, "
            "bei der Wahl seien Probleme aufgetreten.")
    assert _actor_of(nlp, text, "Abschlussbericht") == "OSZE"
