"""Actors (spec §3): types, merge rules, resolution rules and near-misses, on German sentences
written for these tests; plus the seed article against its gold."""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.tokens import Span as SpacySpan

from karabach_nlp.components.actors import actor_at, resolve_span
from karabach_nlp.records import ActorType

from conftest import SEED_DIR


def actors_of(nlp, text):
    doc = nlp(text)
    for actor in doc._.actors:
        for m in actor.mentions:
            assert text[m.start : m.end] == m.text
        spans = sorted((m.start, m.end) for m in actor.mentions)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), f"overlapping mentions in {actor.name}"
    return doc, {a.name: a for a in doc._.actors}


def texts(actor):
    return [m.text for m in actor.mentions]


def char_span(text, phrase, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


# ---- types -----------------------------------------------------------------------------------


def test_actors_states_from_names_short_forms_and_adjectives(nlp):
    text = (
        "Die USA kritisierten das Vorgehen. Später äußerten sich auch die Vereinigten Staaten von Amerika. "
        "Die georgische Regierung schwieg, und die russischen Truppen blieben in Georgien."
    )
    _, actors = actors_of(nlp, text)
    assert actors["USA"].type == ActorType.state
    # a speaker phrase is the mention as a whole, article included (as in the seed gold)
    assert texts(actors["USA"]) == ["Die USA", "Vereinigten Staaten von Amerika"]
    assert texts(actors["Georgien"]) == ["Die georgische Regierung", "Georgien"]
    assert texts(actors["Russland"]) == ["die russischen Truppen"]


def test_actors_georgia_is_not_georgien(nlp):
    _, actors = actors_of(nlp, "Der Gouverneur von Georgia besuchte Atlanta.")
    assert "Georgien" not in actors
    assert actors["Georgia"].type == ActorType.region


def test_actors_capital_is_the_state_only_where_it_acts(nlp):
    _, acting = actors_of(nlp, "Moskau warnte am Montag vor einer Eskalation.")
    assert texts(acting["Russland"]) == ["Moskau"]
    _, place = actors_of(nlp, "Der Minister sagte am Donnerstag in Moskau, man wolle verhandeln.")
    assert "Russland" not in place
    _, dateline = actors_of(nlp, "Washington. Die Gespräche sollen in Washington stattfinden.")
    assert "USA" not in dateline


def test_actors_seat_of_government_acting(nlp):
    _, actors = actors_of(nlp, "Der Kreml erklärte, die Gespräche seien beendet. Die Delegation reiste in den Kreml.")
    assert texts(actors["Russland"]) == ["Der Kreml"]


def test_actors_organizations_long_and_short_forms_merge(nlp):
    text = "Die Vereinten Nationen forderten eine Waffenruhe. Ein Sprecher der UNO in Genf nannte keine Zahlen."
    _, actors = actors_of(nlp, text)
    un = actors["Vereinte Nationen"]
    assert un.type == ActorType.organization
    assert texts(un) == ["Die Vereinten Nationen", "UNO"]  # the speaker phrase, article included


# (text, actor name, all its mentions in order): each row one rule of finding, merging or resolving
ONE_ACTORS_MENTIONS = [
    pytest.param(
        "Das Internationale Komitee vom Roten Kreuz half. Das IKRK bestätigte 20 Tote.",
        "Internationales Komitee vom Roten Kreuz", ["Internationale Komitee vom Roten Kreuz", "Das IKRK"],
        id="red_cross_forms",
    ),
    pytest.param(
        "Die Behörden in Aleppo meldeten neue Angriffe. Am Abend korrigierten die Behörden ihre Angaben.",
        "Behörden in Aleppo", ["Die Behörden in Aleppo", "die Behörden"],
        id="bare_authority_joins_the_earlier_one",
    ),
    pytest.param(
        "Kanzlerin Angela Merkel sprach im Bundestag. Merkels Rede dauerte eine Stunde.",
        "Angela Merkel", ["Kanzlerin Angela Merkel", "Merkels"],
        id="genitive_surname_joins",
    ),
    pytest.param(
        "Russlands Präsident Wladimir Putin empfing Gäste. Der Kremlchef drängte auf Verhandlungen.",
        "Wladimir Putin", ["Russlands Präsident Wladimir Putin", "Der Kremlchef"],
        id="title_only_links_to_the_person",
    ),
    pytest.param(
        "Präsident Joe Biden sagte: „Er wird das bereuen.“",
        "Joe Biden", ["Präsident Joe Biden"],
        id="pronoun_inside_quote_is_not_resolved",
    ),
    pytest.param(
        "Die Polizei befragte Anwohner, die von lauten Schüssen sprachen.",
        "Anwohner", ["Anwohner", "die"],
        id="relative_pronoun_joins_its_antecedent",
    ),
    pytest.param(
        "In Bremen sagte der Bürgermeister, die Stadt sei sicher.",
        "Bürgermeister", ["der Bürgermeister"],
        id="article_opening_reported_clause_is_no_relative_pronoun",
    ),
    pytest.param(
        "Der Anwalt Peter Brandt widersprach. Dieser behauptete, die Akten seien gefälscht.",
        "Peter Brandt", ["Der Anwalt Peter Brandt", "Dieser"],
        id="demonstrative_subject_is_the_last_man",
    ),
    pytest.param(
        "Die Gewerkschaft der Flugsicherung (GdF) protestierte. Die GdF kündigte einen Streik an.",
        "Gewerkschaft der Flugsicherung", ["Die Gewerkschaft der Flugsicherung", "GdF", "Die GdF"],
        id="acronym_defined_in_parentheses_merges",
    ),
    pytest.param(
        "Das sei ein Verbrechen, sagte John Sifton von Human Rights Watch. Sifton forderte eine Untersuchung.",
        "John Sifton", ["John Sifton", "Sifton"],
        id="von_after_given_name_and_surname_opens_a_phrase",
    ),
    pytest.param(
        "Johann Wolfgang von Goethe schrieb den Faust. Goethe arbeitete lange daran.",
        "Johann Wolfgang von Goethe", ["Johann Wolfgang von Goethe", "Goethe"],
        id="von_after_a_given_name_is_part_of_the_name",
    ),
    pytest.param(
        "US-Präsident Barack Obama reiste ab. Der Präsident sagte vorher, er sei zufrieden.",
        "Barack Obama", ["US-Präsident Barack Obama", "Der Präsident", "er"],
        id="bare_title_links_to_a_compound_title",
    ),
    pytest.param(
        "Das sagte Otto Koudelka von der TU Graz. Koudelka forscht seit Jahren.",
        "Otto Koudelka", ["Otto Koudelka", "Koudelka"],
        id="name_stops_before_the_particles_of_a_place",
    ),
    pytest.param(
        "Augenzeugenberichten zufolge flohen viele Menschen. Die Augenzeugen sprachen von Panik.",
        "Augenzeugen", ["Augenzeugenberichten", "Die Augenzeugen"],
        id="witness_reports_name_the_witnesses",
    ),
    pytest.param(
        "Vor der Wahl warnte der Dichterfürst Orlando Quevedo Saravia vor Gewalt.",
        "Orlando Quevedo Saravia", ["der Dichterfürst Orlando Quevedo Saravia"],
        id="unknown_role_then_unknown_name_is_a_person",
    ),
]


@pytest.mark.parametrize("text, actor, mentions", ONE_ACTORS_MENTIONS)
def test_actors_one_actor_has_exactly_these_mentions(nlp, text, actor, mentions):
    _, actors = actors_of(nlp, text)
    assert texts(actors[actor]) == mentions


def test_actors_media_named_and_by_head_noun(nlp):
    text = "Das meldete die Nachrichtenagentur Reuters. Der Fernsehsender „Silverbird“ berichtete von Toten. © dpa"
    _, actors = actors_of(nlp, text)
    assert actors["Reuters"].type == ActorType.media
    assert texts(actors["Reuters"]) == ["die Nachrichtenagentur Reuters"]
    assert actors["Silverbird"].type == ActorType.media
    assert actors["dpa"].type == ActorType.media


def test_actors_authority_patterns(nlp):
    text = (
        "Die Behörden in Berg-Karabach teilten mit, dass 12 Soldaten getötet wurden. "
        "Das Verteidigungsministerium in Baku widersprach. Die Polizei sperrte die Straße, "
        "und Sicherheitskräfte sicherten das Gebäude."
    )
    _, actors = actors_of(nlp, text)
    for name in ("Behörden in Berg-Karabach", "Verteidigungsministerium in Baku", "Polizei", "Sicherheitskräfte"):
        assert actors[name].type == ActorType.authority, name
    assert "Soldaten" not in actors  # counted victims are casualties, not actors
    assert actors["Berg-Karabach"].type == ActorType.region


def test_actors_armed_groups_named_and_unnamed(nlp):
    text = "Die Taliban griffen einen Posten an. Zugleich erklärten die Rebellen im Norden eine Feuerpause."
    _, actors = actors_of(nlp, text)
    assert actors["Taliban"].type == ActorType.armed_group
    rebels = [a for a in actors.values() if a.type == ActorType.armed_group and a.name != "Taliban"]
    assert [texts(a) for a in rebels] == [["die Rebellen im Norden"]]


def test_actors_source_compound_names_the_police(nlp):
    _, actors = actors_of(nlp, "Nach Polizeiangaben wurden drei Menschen verletzt. Die Polizei sucht Zeugen.")
    assert texts(actors["Polizei"]) == ["Polizeiangaben", "Die Polizei"]


# ---- persons and merging ---------------------------------------------------------------------


def test_actors_person_with_title_then_surname(nlp):
    text = "Frankreichs Präsident Emmanuel Macron reiste nach Kiew. Macron sagte dort, Europa stehe zusammen."
    _, actors = actors_of(nlp, text)
    macron = actors["Emmanuel Macron"]
    assert macron.type == ActorType.person
    assert texts(macron) == ["Frankreichs Präsident Emmanuel Macron", "Macron"]
    assert texts(actors["Frankreich"]) == ["Frankreichs"]


def test_actors_same_surname_different_people_stay_apart(nlp):
    text = (
        "Der Richter Hans Müller eröffnete den Prozess. Die Anwältin Anna Müller widersprach ihm. "
        "Müller sagte, sie werde Berufung einlegen."
    )
    _, actors = actors_of(nlp, text)
    hans, anna = actors["Hans Müller"], actors["Anna Müller"]
    assert hans is not anna
    assert texts(hans) == ["Der Richter Hans Müller"]
    assert texts(anna)[:2] == ["Die Anwältin Anna Müller", "Müller"]  # the most recent Müller


def test_actors_title_only_without_a_person_is_a_speaker_of_its_own(nlp):
    text = "Ein Sprecher der Polizei sagte, die Lage sei ruhig."
    _, actors = actors_of(nlp, text)
    people = [a for a in actors.values() if a.type == ActorType.person]
    assert [texts(p) for p in people] == [["Ein Sprecher der Polizei"]]


def test_actors_kremlchef_does_not_link_to_another_states_president(nlp):
    text = "Der französische Präsident Emmanuel Macron telefonierte. Der Kremlchef lehnte ab."
    _, actors = actors_of(nlp, text)
    assert "Der Kremlchef" not in texts(actors["Emmanuel Macron"])


def test_actors_unknown_name_as_subject_of_speech_verb(nlp):
    text = "„Wir sind bereit“, sagte Paschinjan am Abend. Alijew erklärte dagegen, er sehe keinen Grund."
    _, actors = actors_of(nlp, text)
    assert actors["Paschinjan"].type == ActorType.person
    assert texts(actors["Alijew"]) == ["Alijew", "er"]


# ---- pronouns --------------------------------------------------------------------------------


def test_actors_pronouns_resolve_by_gender_and_recency(nlp):
    text = (
        "Außenministerin Annalena Baerbock traf den Minister Sergej Lawrow. "
        "Sie sagte danach, das Gespräch sei schwierig gewesen. Er betonte dagegen die Fortschritte."
    )
    _, actors = actors_of(nlp, text)
    assert texts(actors["Annalena Baerbock"]) == ["Außenministerin Annalena Baerbock", "Sie"]
    assert texts(actors["Sergej Lawrow"]) == ["den Minister Sergej Lawrow", "Er"]


# ---- resolve_span and actor_at ---------------------------------------------------------------


def test_resolve_span_pronoun_and_title_extend_the_person(nlp):
    text = "Russlands Präsident Wladimir Putin sprach in Moskau. Die Zahl steige, sagte er. Der Kremlchef lächelte."
    doc = nlp(text)
    putin = resolve_span(doc, *char_span(text, "Russlands Präsident Wladimir Putin"))
    assert putin.name == "Wladimir Putin"
    assert resolve_span(doc, *char_span(text, "er", 0)) is putin
    assert resolve_span(doc, *char_span(text, "Der Kremlchef")) is putin
    assert [m.text for m in putin.mentions] == ["Russlands Präsident Wladimir Putin", "er", "Der Kremlchef"]


def test_resolve_span_on_a_doc_without_actors_creates_typed_actors():
    nlp = spacy.blank("de")
    text = "Die Behörden in Tiflis teilten mit, die aserbaidschanische Seite schweige. Der Hausmeister sagte nichts."
    doc = nlp(text)
    authority = resolve_span(doc, *char_span(text, "Die Behörden in Tiflis"))
    assert (authority.name, authority.type) == ("Behörden in Tiflis", ActorType.authority)
    state = resolve_span(doc, *char_span(text, "die aserbaidschanische Seite"))
    assert (state.name, state.type) == ("Aserbaidschan", ActorType.state)
    person = resolve_span(doc, *char_span(text, "Der Hausmeister"))
    assert person.type == ActorType.person
    assert len({a.id for a in doc._.actors}) == 3
    assert actor_at(doc, *char_span(text, "Tiflis")) is authority


def test_resolve_span_pronoun_without_antecedent_is_none():
    nlp = spacy.blank("de")
    text = "Er sagte nichts."
    doc = nlp(text)
    assert resolve_span(doc, 0, 2) is None


def test_resolve_span_keeps_ids_already_handed_out(nlp):
    text = "Die Polizei meldete einen Unfall. Ein Zeuge des Unfalls schwieg."
    doc = nlp(text)
    before = {a.id: a.name for a in doc._.actors}
    resolve_span(doc, *char_span(text, "Ein Zeuge des Unfalls"))
    after = {a.id: a.name for a in doc._.actors}
    assert before.items() <= after.items()


# ---- statistical NER adds to the rules -------------------------------------------------------


def test_actors_ner_entities_add_persons_the_rules_miss(nlp):
    text = "Quastenberg kritisierte die Regierung in Berlin und die OSZE."
    doc = nlp.make_doc(text)
    doc.ents = [SpacySpan(doc, 0, 1, label="PER")]  # as a statistical NER would set it
    for name in nlp.pipe_names:
        doc = nlp.get_pipe(name)(doc)
        if name == "karabach_actors":
            break
    names = {a.name: a.type for a in doc._.actors}
    assert names["Quastenberg"] == ActorType.person
    assert names["OSZE"] == ActorType.organization
    assert [e.text for e in doc.ents] == ["Quastenberg"]  # the ruler never overwrites entities


# ---- the seed article ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed(nlp):
    gold = json.loads((SEED_DIR / "berg-karabach.gold.json").read_text(encoding="utf-8"))
    text = (SEED_DIR / gold["text_file"]).read_text(encoding="utf-8")
    return text, gold, nlp(text)


def _overlaps(a, b):
    return a["start"] < b.end and b.start < a["end"]


def test_actors_seed_required_gold_actors_found_with_type(seed):
    text, gold, doc = seed
    for g in gold["actors"]:
        if not g.get("required", True):
            continue
        hits = [a for a in doc._.actors if a.type.value == g["type"] and any(_overlaps(gm, m) for gm in g["mentions"] for m in a.mentions)]
        assert hits, g["name"]


def test_actors_seed_putin_is_one_actor_with_all_seven_mentions(seed):
    text, gold, doc = seed
    putin_gold = next(g for g in gold["actors"] if g["name"] == "Wladimir Putin")
    for gm in putin_gold["mentions"]:  # the "er" speakers come through resolve_span from attributions
        actor = resolve_span(doc, gm["start"], gm["end"])
        assert actor.name == "Wladimir Putin", gm
    putin = next(a for a in doc._.actors if a.name == "Wladimir Putin")
    assert [(m.start, m.end) for m in putin.mentions] == [(g["start"], g["end"]) for g in putin_gold["mentions"]]


def test_actors_seed_every_predicted_actor_is_in_the_gold(seed):
    text, gold, doc = seed
    wrong = [a.name for a in doc._.actors if not any(_overlaps(gm, m) for g in gold["actors"] for gm in g["mentions"] for m in a.mentions)]
    assert wrong == []


def test_actors_seed_plain_moscow_is_no_actor(seed):
    text, gold, doc = seed
    moscow = [i for i in range(len(text)) if text.startswith("Moskau", i)]
    assert moscow and all(actor_at(doc, i, i + 6) is None for i in moscow)


# ---- further resolution rules ----------------------------------------------------------------


def test_actors_possessive_and_reflexive_sources_resolve(nlp):
    text = (
        "Bürgermeister Klaus Weber eröffnete die Sitzung. Seiner Meinung nach fehlt Geld. "
        "Die Feuerwehr hat nach eigenen Angaben alle Brände gelöscht."
    )
    _, actors = actors_of(nlp, text)
    assert texts(actors["Klaus Weber"]) == ["Bürgermeister Klaus Weber", "Seiner Meinung"]
    assert texts(actors["Feuerwehr"]) == ["Die Feuerwehr", "eigenen Angaben"]


def test_actors_company_by_legal_form_and_report_compound(nlp):
    text = "Die Bergbau Nordhessen AG wies die Vorwürfe zurück. Laut ai-Bericht wurden Arbeiter bedroht."
    _, actors = actors_of(nlp, text)
    assert actors["Bergbau Nordhessen AG"].type == ActorType.organization
    assert texts(actors["Amnesty International"]) == ["ai-Bericht"]


def test_actors_quoted_newspaper_as_source(nlp):
    _, actors = actors_of(nlp, "Das Treffen sei gescheitert, schreibt die „Lausitzer Abendpost“.")
    assert actors["Lausitzer Abendpost"].type == ActorType.media


def test_actors_multi_word_surname_and_plain_object_noun(nlp):
    text = "Präsident Álvaro Uribe Vélez gewann. Uribe sagte, er sei dankbar. Die Opposition äußerte Zweifel an der Wahl."
    _, actors = actors_of(nlp, text)
    assert texts(actors["Álvaro Uribe Vélez"]) == ["Präsident Álvaro Uribe Vélez", "Uribe", "er"]
    assert "Zweifel" not in actors


def test_actors_object_of_a_preposition_is_not_a_speaker(nlp):
    _, actors = actors_of(nlp, "In einem Gespräch mit dem Umweltminister wies der Direktor alle Vorwürfe zurück.")
    assert "Umweltminister" not in actors
    assert texts(actors["Direktor"]) == ["der Direktor"]


def test_actors_sentence_adverbs_and_words_ending_like_heads_are_no_actors(nlp):
    text = "Insgesamt kamen 300 Gäste. Zurzeit seien alle Plätze belegt, teilte der Veranstalter mit."
    _, actors = actors_of(nlp, text)
    assert set(actors) == {"Veranstalter"}


def test_actors_words_that_only_end_like_heads_are_no_actors(nlp):
    text = (
        "Die Entführung dauerte zwei Tage. Die Pressekonferenz begann spät. "
        "Aus den Fahrzeugen stieg Rauch, und ein Lautsprecher übertrug die Rede."
    )
    _, actors = actors_of(nlp, text)
    assert actors == {}


def test_resolve_span_phrase_with_its_own_head_is_not_the_place_inside_it(nlp):
    text = "Behörden in Berg-Karabach meldeten Verluste."
    doc = nlp(text)
    doc._.actors = [a for a in doc._.actors if a.type == ActorType.region]  # as if only the region were known
    actor = resolve_span(doc, *char_span(text, "Behörden in Berg-Karabach"))
    assert (actor.name, actor.type) == ("Behörden in Berg-Karabach", ActorType.authority)
    assert [a.name for a in doc._.actors if a.type == ActorType.region] == ["Berg-Karabach"]


def test_actors_places_and_common_words_are_not_taken_for_names(nlp):
    text = "Lauffenburg liegt am Rhein. Laut Verfassung wählt das Parlament. Gonggrijp kritisiert das Verfahren."
    _, actors = actors_of(nlp, text)
    assert "Lauffenburg" not in actors and "Verfassung" not in actors
    assert actors["Gonggrijp"].type == ActorType.person


def test_actors_resolve_span_leaves_sources_that_are_no_actors_unresolved(nlp):
    # spec §3: findings and documents are no actors; resolving them must neither crash nor invent one
    text = "Ein Bauskandal, der nach bisherigen Erkenntnissen etwa 30 Hotels betrifft, erschüttert Japan. Laut Verfassung wählt das Parlament."
    doc = nlp(text)
    for phrase in ("bisherigen Erkenntnissen", "Verfassung"):
        start = text.index(phrase)
        assert resolve_span(doc, start, start + len(phrase)) is None
    assert {a.name for a in doc._.actors} >= {"Japan", "Parlament"}
    assert not {"Verfassung", "bisherigen Erkenntnissen"} & {a.name for a in doc._.actors}


# ---- proper nouns from the tagger (HanTa's NE tag) -------------------------------------------


def test_actors_tagged_name_after_a_verb_of_saying(nlp):
    text = (
        "Zum Streit um die Brücke führte Kowalczyk aus, der Bau sei zu teuer. "
        "Zu den Vorwürfen äußerte sich auch Jakub Wielke, der den Verein leitet."
    )
    _, actors = actors_of(nlp, text)
    assert actors["Kowalczyk"].type == ActorType.person
    assert texts(actors["Jakub Wielke"])[0] == "Jakub Wielke"


def test_actors_tagged_name_with_article_as_subject_is_an_organisation(nlp):
    _, actors = actors_of(nlp, "Die Kovata hofft auf einen neuen Vertrag.")
    assert actors["Kovata"].type == ActorType.organization
    assert texts(actors["Kovata"]) == ["Die Kovata"]


def test_actors_tagged_surname_with_an_adjective_ending_is_a_name(nlp):
    # "Halbe" ends like an adjective; the tagger reads it as a proper noun
    _, actors = actors_of(nlp, "Mirko Halbe, der den Verein leitet, widersprach.")
    assert actors["Mirko Halbe"].type == ActorType.person


def test_actors_tagged_places_and_objects_are_no_actors(nlp):
    text = "In Nairobi und Kisumu gab es Proteste. Die Armee hatte Zawiya tagelang belagert."
    _, actors = actors_of(nlp, text)
    assert "Kisumu" not in actors and "Zawiya" not in actors


def test_actors_demonym_before_a_source_noun_is_the_state(nlp):
    text = "Nach israelischen Angaben wurden drei Raketen abgefangen. Nach offiziellen chinesischen Angaben starben zwei Menschen."
    _, actors = actors_of(nlp, text)
    assert texts(actors["Israel"]) == ["israelischen Angaben"]
    assert texts(actors["China"]) == ["offiziellen chinesischen Angaben"]
    assert actors["China"].type == ActorType.state


def test_actors_unlisted_common_noun_subject_of_saying(nlp):
    text = "Das Landeskartellamt hofft auf eine Einigung. Die Reisenden berichteten, der Zug habe gebremst."
    _, actors = actors_of(nlp, text)
    assert texts(actors["Landeskartellamt"]) == ["Das Landeskartellamt"]
    assert actors["Landeskartellamt"].type == ActorType.organization
    assert actors["Reisende"].type == ActorType.person


def test_actors_documents_objects_and_names_are_no_unlisted_actors(nlp):
    text = (
        "Der Bericht schildert die Lage. Die Studie ergab wenig. "
        "Die Tat bezeichnete er als sinnlos. Der Name lautet Nordlicht."
    )
    _, actors = actors_of(nlp, text)
    mentioned = {m.text for a in actors.values() for m in a.mentions}
    assert {"Der Bericht", "Die Studie", "Die Tat", "Der Name"}.isdisjoint(mentioned)


def test_actors_agent_of_a_passive(nlp):
    text = (
        "Von der Opposition wurde der Haushalt scharf kritisiert. "
        "Seine Lieder werden von den Musikkennern als Meilensteine gefeiert. "
        "Der Plan wurde von Experten favorisiert."
    )
    _, actors = actors_of(nlp, text)
    assert texts(actors["Opposition"]) == ["der Opposition"]
    assert actors["Musikkenner"].type == ActorType.person
    assert "Experten" not in actors  # a bare plural is people in general


def test_actors_von_without_a_passive_or_after_a_noun_is_no_agent(nlp):
    text = (
        "Er kam von der Arbeit nach Hause. Die Speicherung von Fingerabdrücken wurde verboten. "
        "Hunderte von Flügen wurden abgesagt."
    )
    _, actors = actors_of(nlp, text)
    mentioned = {m.text for a in actors.values() for m in a.mentions}
    assert {"der Arbeit", "Fingerabdrücken", "Flügen"}.isdisjoint(mentioned)


def test_actors_genitive_after_a_noun_of_saying_is_the_source(nlp):
    text = (
        "Nach Angaben der Polizeidirektion Hannover gab es keine Verletzten. "
        "Nach Aussagen seines Vermögensverwalters starb er friedlich."
    )
    _, actors = actors_of(nlp, text)
    mentioned = {m.text for a in actors.values() for m in a.mentions}
    assert "der Polizeidirektion Hannover" in mentioned
    assert "seines Vermögensverwalters" in mentioned


def test_actors_genitive_document_after_a_noun_of_saying_is_no_actor(nlp):
    text = "Nach Angaben des Berichts stieg die Zahl. Laut Einschätzung der parlamentarischen Arbeit bleibt alles gleich."
    _, actors = actors_of(nlp, text)
    mentioned = {m.text for a in actors.values() for m in a.mentions}
    assert {"des Berichts", "der parlamentarischen Arbeit"}.isdisjoint(mentioned)


def test_actors_sports_clubs_are_organisations_with_their_town(nlp):
    text = ("Der FC Bayern München teilte mit, der Trainer bleibe. Werder Bremen verlor am Samstag "
            "gegen den 1. FC Köln, Borussia Dortmund spielte 1:1 gegen Schalke.")
    _, actors = actors_of(nlp, text)
    assert texts(actors["FC Bayern München"]) == ["Der FC Bayern München"]
    assert texts(actors["1. FC Köln"]) == ["den 1. FC Köln"]
    for club in ("FC Bayern München", "Werder Bremen", "1. FC Köln", "Borussia Dortmund"):
        assert actors[club].type == ActorType.organization
    assert not {"Bayern", "München", "Bremen", "Köln", "Dortmund"} & set(actors)  # the town is part of the name


def test_actors_club_prefix_alone_or_with_a_score_is_no_club(nlp):
    _, actors = actors_of(nlp, "Real betrachtet sanken die Löhne. Im Finale stand es SV 1 zu 0.")
    assert not any(a.type == ActorType.organization for a in actors.values())


def test_actors_time_zone_in_brackets_is_no_organisation(nlp):
    _, actors = actors_of(nlp, "Um 19:20 Uhr (GMT) brach in der Halle ein Feuer aus, teilte die Polizei mit.")
    assert set(actors) == {"Polizei"}


def test_actors_place_name_after_an_article_is_no_role_and_name(nlp):
    # "des Camden …" is no role ("des Bürgerrechtlers …") followed by a name: a market is no actor
    _, actors = actors_of(nlp, "Das Feuer brach an der Seite des Camden Canal Market aus. Die Feuerwehr löschte es.")
    assert set(actors) == {"Feuerwehr"}


@pytest.mark.parametrize(
    "text, name, mention",
    [
        ("Fritz Tack, Agrarexperte der Linksfraktion, kritisierte den Plan. Henning Storch, Agrarexperte der CDU, lobte ihn.",
         "Fritz Tack", "Fritz Tack, Agrarexperte der Linksfraktion"),
        ("Der Sprecher der Polizei, Lars Beringer, sagte, es gebe keine Verletzten.",
         "Lars Beringer", "Der Sprecher der Polizei, Lars Beringer"),
        # a foreign name the tagger reads as a verb and a noun: the role after the comma says it is a name
        ("Henk Jaap Meijer, Laborleiter in Utrecht, sagte, der Test sei sicher.",
         "Henk Jaap Meijer", "Henk Jaap Meijer, Laborleiter in Utrecht"),
    ],
)
def test_actors_title_and_name_in_apposition_are_one_person(nlp, text, name, mention):
    _, actors = actors_of(nlp, text)
    assert mention in texts(actors[name])
    assert not any(a.type == ActorType.person and a.name.startswith(("Agrarexperte", "Sprecher", "Laborleiter"))
                   for a in actors.values())


def test_actors_words_before_a_plural_role_in_apposition_are_no_name(nlp):
    # "Experten zufolge" is a source, and "Frische Erdbeeren" before it no person
    _, actors = actors_of(nlp, "Frische Erdbeeren, Händler zufolge, sind knapp. Neue Daten, Experten zufolge, fehlen.")
    assert not any("Erdbeeren" in a.name or "Daten" in a.name for a in actors.values())


def test_actors_appositions_with_one_title_stay_two_people(nlp):
    # the same title after two names must not merge the two men
    text = "Fritz Tack, Agrarexperte der Linksfraktion, kritisierte den Plan. Henning Storch, Agrarexperte der CDU, lobte ihn."
    _, actors = actors_of(nlp, text)
    assert texts(actors["Henning Storch"]) == ["Henning Storch, Agrarexperte der CDU"]


def test_actors_common_noun_after_a_role_is_no_name(nlp):
    text = "Einige Polizisten weigerten sich, gegen die Demonstranten Waffengewalt einzusetzen. Minister Koch lobte sie."
    _, actors = actors_of(nlp, text)
    assert "Waffengewalt" not in actors
    assert texts(actors["Koch"]) == ["Minister Koch"]  # a surname that is also a word stays a name


def test_actors_legal_form_closes_the_company_in_a_genitive(nlp):
    text = "Der Laborleiter der Emsland Stärke GmbH sagte, man habe keine Kunden."
    _, actors = actors_of(nlp, text)
    assert [texts(a) for a in actors.values()] == [["Der Laborleiter der Emsland Stärke GmbH"]]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Das Bundesministerium für Wirtschaft und Energie teilte mit, die Preise würden steigen.",
         "Bundesministerium für Wirtschaft und Energie"),
        ("Das Bundesministerium für Umwelt, Naturschutz und Reaktorsicherheit warnte vor Hitze.",
         "Bundesministerium für Umwelt, Naturschutz und Reaktorsicherheit"),
    ],
)
def test_actors_institution_fields_run_on_over_und(nlp, text, name):
    _, actors = actors_of(nlp, text)
    assert list(actors) == [name]


def test_actors_institution_fields_stop_before_a_second_actor(nlp):
    _, actors = actors_of(nlp, "Das Institut für Wirtschaft und die Polizei teilten mit, alles sei sicher.")
    assert set(actors) == {"Institut für Wirtschaft", "Polizei"}


def test_actors_pronoun_prefers_the_phrase_over_an_actor_inside_it(nlp):
    # the Red Cross stands inside the woman's phrase: "Sie" with a singular verb is the woman
    text = "„Die Lage ist ernst“, sagte die Leiterin des Roten Kreuzes, Anna Vogt. Sie warnte vor einer Hungersnot."
    doc, actors = actors_of(nlp, text)
    assert "Sie" in texts(actors["Anna Vogt"])
    assert "Sie" not in texts(actors["Rotes Kreuz"])


def test_actors_title_with_article_in_a_closed_apposition_is_the_same_person(nlp):
    # "der Sprecher der Ambulanz" between commas and with no verb is an apposition, no relative clause
    # (the body he speaks for is an actor of its own, no person)
    _, actors = actors_of(nlp, "Peter Lindner, der Sprecher der Ambulanz, sagte, drei Menschen seien verletzt.")
    assert [name for name, a in actors.items() if a.type.value == "person"] == ["Peter Lindner"]
    assert texts(actors["Peter Lindner"]) == ["Peter Lindner, der Sprecher der Ambulanz"]


def test_actors_apostrophe_inside_a_name(nlp):
    _, actors = actors_of(nlp, "Mark O’Keefe, Sprecher der Ambulanz, sagte, drei Menschen seien verletzt.")
    assert "Mark O’Keefe" in actors
