"""A foreign body's name after an article reads like "title + given name + surname" ("Die British
Broadcasting Corporation"); a word of a body's name ("Corporation", "Service") makes it the body's
name, not a person's. German sentences written for these tests."""

from __future__ import annotations

from conftest import actors_by_name, mentions_of


def test_english_body_name_after_an_article_is_an_organisation(nlp):
    actors = actors_by_name(nlp, "Die British Broadcasting Corporation teilte mit, der Empfang sei gestört.")
    assert actors["British Broadcasting Corporation"].type.value == "organization"
    assert actors["British Broadcasting Corporation"].role is None


def test_body_name_after_an_adjective_keeps_its_first_word(nlp):
    mentions = mentions_of(nlp, "Der staatliche National Health Service teilte mit, die Kosten seien gestiegen.")
    assert mentions == {"National Health Service": ["Der staatliche National Health Service"]}


def test_person_after_an_unlisted_title_is_still_a_person(nlp):
    actors = actors_by_name(nlp, "Der Friedensnobelpreisträger Adolfo Pérez Esquivel sagte, die Lage sei ernst.")
    assert actors["Adolfo Pérez Esquivel"].type.value == "person"
