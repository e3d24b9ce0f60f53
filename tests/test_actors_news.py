"""Actors on ordinary news: the false positives and mistypes the news actor gold
(data/gold/quotation-actors) showed, each with a near-miss that must stay an actor; and that gold
set itself, scored with a floor just under the measured figures. Sentences written for these tests."""

from __future__ import annotations

import json

import pytest

from karabach_nlp.evaluate import evaluate_dir

from conftest import ROOT, SHARED

GOLD = ROOT / "data" / "gold" / "quotation-actors"
TEXTS = SHARED / "data" / "quotation-2024"


def actors(nlp, text):
    doc = nlp(text)
    for actor in doc._.actors:
        for m in actor.mentions:
            assert text[m.start : m.end] == m.text
    return {a.name: a for a in doc._.actors}


def types(nlp, text):
    return {a.name: a.type.value for a in actors(nlp, text).values()}


def covered(nlp, text, phrase):
    """The type of the actor with a mention overlapping ``phrase``, or None."""
    start = text.index(phrase)
    end = start + len(phrase)
    for a in actors(nlp, text).values():
        if any(m.start < end and start < m.end for m in a.mentions):
            return a.type.value
    return None


# ---- places and the press speak, or are no actors ------------------------------------------------

def test_actors_town_is_an_actor_only_where_it_speaks(nlp):
    place = "Das Hochwasser erreichte am Abend auch die Stadt Freiburg."
    assert covered(nlp, place, "Stadt Freiburg") is None
    assert covered(nlp, "Im Landkreis Emmendingen fiel am Morgen der Strom aus.", "Landkreis") is None
    speaks = "Die Stadt Freiburg teilte mit, die Brücke bleibe bis Freitag gesperrt."
    assert covered(nlp, speaks, "Die Stadt Freiburg") == "authority"


def test_actors_press_in_general_is_no_actor_but_reporting_press_is(nlp):
    general = "Die Regierung schränkte die Berichterstattung durch die Presse weiter ein."
    assert covered(nlp, general, "die Presse") is None
    reporting = "Wie lokale Medien berichteten, wurden die Wahllokale früher geschlossen."
    assert covered(nlp, reporting, "Medien") == "media"


# ---- people and institutions in general -------------------------------------------------------

def test_actors_bare_plural_people_are_no_actor_unless_they_speak_or_act(nlp):
    general = "Die Polizei vermutet, dass Jugendliche aus dem Viertel angeworben wurden."
    assert covered(nlp, general, "Jugendliche") is None
    assert covered(nlp, "Die Stiftung hilft seit Jahren Frauen, die ihre Arbeit verloren haben.", "Frauen") is None
    assert covered(nlp, "Anwohner berichteten von lauten Schüssen in der Nacht.", "Anwohner") == "person"
    assert covered(nlp, "Auf den schwachen Euro verweisen Analysten.", "Analysten") == "person"
    assert covered(nlp, "Nach Meinung vieler Experten ist das Urteil zu milde.", "Experten") == "person"


def test_actors_bare_plural_or_indefinite_institutions_are_no_actors(nlp):
    text = "Die Granaten trafen eine Schule, ein Krankenhaus und eine Moschee am Stadtrand."
    assert covered(nlp, text, "Krankenhaus") is None
    generic = "Die Hacker griffen Firmen und internationale Institutionen über das Netz an."
    assert covered(nlp, generic, "Institutionen") is None
    speaks = "Das Krankenhaus teilte mit, zwei Patienten seien schwer verletzt."
    assert covered(nlp, speaks, "Das Krankenhaus") == "organization"


def test_actors_predicate_after_als_is_no_actor(nlp):
    found = actors(nlp, "Der Politiker Jan Meier zieht als Abgeordneter in den Landtag ein.")
    assert [a.type.value for a in found.values()] == ["person"]
    assert [m.text for m in next(iter(found.values())).mentions] == ["Der Politiker Jan Meier"]
    assert covered(nlp, "Ein Nachbar wurde als möglicher Täter festgenommen.", "Täter") is None
    # "als" as a conjunction, with an article: the police act
    assert covered(nlp, "Als die Polizei eintraf, waren die Männer schon geflohen.", "die Polizei") == "authority"


def test_actors_counted_people_are_no_actors(nlp):
    assert covered(nlp, "Die Stadt mit 187.000 Einwohnern wählt am Sonntag.", "Einwohnern") is None
    assert covered(nlp, "Einige der Zuschauer waren bis zum Ende geblieben.", "Zuschauer") is None
    assert covered(nlp, "Die Zuschauer forderten, das Spiel sofort abzubrechen.", "Die Zuschauer") == "person"


def test_actors_number_word_opening_a_sentence_is_no_name(nlp):
    # the actors component alone: the attribution component still takes "forderte" for a verb of reporting
    with nlp.select_pipes(disable=["karabach_attributions", "karabach_casualties"]):
        assert covered(nlp, "Zwölf Todesopfer forderte der Sturm im Norden des Landes.", "Zwölf Todesopfer") is None
        assert covered(nlp, "Zwölf Abgeordnete sagten, sie würden dagegen stimmen.", "Zwölf") is None
        assert covered(nlp, "Gestern sagte Kowalski, die Brücke sei sicher.", "Kowalski") == "person"


def test_actors_events_and_acts_are_no_organisations(nlp):
    assert covered(nlp, "Die Konferenz soll im März in Genf stattfinden.", "Konferenz") is None
    assert covered(nlp, "Er wurde wegen der Anstiftung zur Brandstiftung verurteilt.", "Anstiftung") is None
    assert covered(nlp, "Der Fahrer stieß gegen den LKW und blieb liegen.", "LKW") is None
    assert covered(nlp, "Die Stiftung Warentest teilte mit, das Gerät sei mangelhaft.", "Stiftung") == "organization"


def test_actors_given_name_from_the_list_starts_a_person(nlp):
    found = actors(nlp, "Die Feier fand im Beisein von Kjell Lindqvist, dem Bürgermeister, statt.")
    assert [(a.name, a.type.value) for a in found.values()] == [("Kjell Lindqvist", "person")]
    # a capitalised word after a preposition is no person without a known given name
    assert actors(nlp, "Die Feier fand im Beisein von Kollegen statt.") == {}


# ---- types of authorities and acronyms ---------------------------------------------------------

def test_actors_federal_agencies_from_the_gazetteer_are_authorities(nlp):
    found = types(nlp, "Die BaFin prüft den Verkauf. Laut NASA verlief der Start nach Plan.")
    assert found["BaFin"] == "authority" and found["NASA"] == "authority"
    # an organisation of the same list stays one
    assert types(nlp, "Greenpeace protestierte vor dem Werk.")["Greenpeace"] == "organization"


def test_actors_defined_acronym_keeps_the_type_of_its_long_form(nlp):
    text = ("Das Landesamt für Denkmalpflege (LfD) widersprach dem Bauherrn. "
            "Ein Gutachten des LfD sei eindeutig, hieß es.")
    lfd = [a for a in actors(nlp, text).values() if any(m.text.endswith("LfD") for m in a.mentions)]
    assert lfd and all(a.type.value == "authority" for a in lfd)
    assert covered(nlp, text, "Landesamt") == "authority"


def test_actors_state_closing_a_longer_name_is_not_the_acronyms_long_form(nlp):
    text = "Die Beobachtermission in Georgien (EUMM) meldete Schüsse an der Grenze."
    assert types(nlp, text).get("EUMM") == "organization"
    assert covered(nlp, text, "Georgien") == "state"  # the state itself is still found


# ---- the news gold set -------------------------------------------------------------------------

def test_actors_news_gold_stores_offsets_only():
    files = sorted(GOLD.glob("*.gold.json"))
    assert len(files) == 22
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert gold["document"].startswith("dev/") and set(gold) == {"document", "rank", "actors"}
        assert 40 <= gold["rank"] < 150 and gold["rank"] % 5 == 0
        for actor in gold["actors"]:
            assert all(set(m) == {"start", "end"} for m in actor["mentions"])


@pytest.mark.skipif(not TEXTS.is_dir(), reason="quotation dataset not beside the checkout")
def test_actors_news_gold_scores_above_its_floor(nlp):
    report = evaluate_dir(GOLD, nlp, texts=TEXTS).actors.summary()
    assert report["gold"] == 112
    # measured 0.893 / 0.938 / 0.971 / 0.726 (README "Actor gold on news"); floors just below.
    # Precision was 0.941 (174/185) before the merges of issue 6's second round: the same 11 wrong
    # predictions, but merging right ones ("Die Organisation" into the named organisation) leaves
    # fewer right predictions to count (165/176)
    assert report["recall"] >= 0.88
    assert report["precision"] >= 0.935
    assert report["fields"]["type"] >= 0.96
    assert report["fields"]["clustering"] >= 0.715


def test_evaluate_actor_type_accuracy_and_spurious_and_mistyped_errors():
    from karabach_nlp.evaluate import Tally, score_actors

    text = "Die BaFin prüft. Die Firma Acme schweigt. Die Stadt liegt am Fluss."
    def span(phrase):
        start = text.index(phrase)
        return {"start": start, "end": start + len(phrase), "text": phrase}
    gold = [{"name": "BaFin", "type": "authority", "mentions": [span("Die BaFin")]},
            {"name": "Acme", "type": "organization", "mentions": [span("Acme")]}]
    pred = [{"name": "BaFin", "type": "organization", "mentions": [span("BaFin")]},
            {"name": "Acme", "type": "organization", "mentions": [span("Die Firma Acme")]},
            {"name": "Stadt", "type": "authority", "mentions": [span("Die Stadt")]}]
    tally = Tally()
    errors = score_actors(gold, pred, tally)
    summary = tally.summary()
    assert (summary["matched"], summary["gold"], summary["predicted"]) == (1, 2, 3)
    assert summary["precision"] == 2 / 3  # the mistyped BaFin still overlaps a gold actor
    assert summary["fields"]["type"] == 0.5
    assert {"mistyped": "BaFin", "type": "authority", "predicted": ["organization"]} in errors
    assert {"spurious": "Stadt", "type": "authority"} in errors
