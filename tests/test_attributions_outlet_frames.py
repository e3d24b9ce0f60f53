"""Frames as other newsrooms write them: a speech verb coordinated after a comma, a colon frame with
its subject after the verb, a verbless colon frame, an unnamed person or a medium named in
guillemets as speaker. German sentences written for these tests."""

from __future__ import annotations

import karabach_nlp

from conftest import assert_offsets


def _claims(nlp, text):
    claims = karabach_nlp.extract(text, nlp)
    assert_offsets(text, claims)
    return claims


def _by_content(claims, content):
    return next(a for a in claims.attributions if a.content.text == content)


def test_a_verb_after_a_comma_shares_the_subject_of_the_clause_before(nlp):
    text = ("Ein Sprecher der Feuerwehr bedauerte den Unfall, erklärte aber, wegen des Sturms seien die Kräfte überlastet. "
            "In der Nacht habe es mehr Notrufe als sonst gegeben.")
    claims = _claims(nlp, text)
    said = _by_content(claims, "wegen des Sturms seien die Kräfte überlastet")
    assert said.speaker.text == "Ein Sprecher der Feuerwehr"
    assert said.speaker_actor == "Sprecher"
    run = _by_content(claims, "In der Nacht habe es mehr Notrufe als sonst gegeben.")
    assert run.speaker_actor_id == said.speaker_actor_id


def test_a_thing_before_the_comma_gives_no_speaker_to_the_verb_after_it(nlp):
    claims = _claims(nlp, "Die Lage ist ernst, erklärte zugleich, dass nichts geschehe.")
    assert all(a.speaker is None for a in claims.attributions)
