import pytest
import spacy
from spacy.tokens import DocBin

import karabach_nlp
from karabach_nlp.components import PIPELINE_ORDER

TEXTS = [
    "Die Polizei teilte mit, dass 12 Menschen getötet worden seien.",
    "Bei dem Anschlag wurden 874 Soldaten getötet, sagte der Sprecher.",
    "„Wir haben viele Verluste“, sagte Putin am Donnerstag in Moskau.",
]


def test_pipeline_has_components_in_order(nlp):
    names = [n for n in nlp.pipe_names if n.startswith("karabach_")]
    assert names == list(PIPELINE_ORDER)
    assert nlp.meta["karabach_base"] == "blank"
    analysis = nlp.analyze_pipes()
    assert not any(analysis["problems"].values())


def test_extract_many_keeps_order_and_matches_extract(nlp):
    many = list(karabach_nlp.extract_many(TEXTS, nlp))
    single = [karabach_nlp.extract(t, nlp) for t in TEXTS]
    assert [c.model_dump(exclude={"meta"}) for c in many] == [c.model_dump(exclude={"meta"}) for c in single]


def test_pipe_with_two_processes_carries_records(nlp):
    one = [doc._.casualties for doc in nlp.pipe(TEXTS)]
    two = [doc._.casualties for doc in nlp.pipe(TEXTS, n_process=2)]
    assert one == two
    assert any(one)


def test_docbin_round_trip_keeps_records(nlp):
    docs = list(nlp.pipe(TEXTS))
    data = DocBin(docs=docs, store_user_data=True).to_bytes()
    back = list(DocBin().from_bytes(data).get_docs(nlp.vocab))
    # DocBin's msgpack gives tuples back for lists
    for attr in ("actors", "casualties", "attributions"):
        assert [list(d._.get(attr)) for d in back] == [d._.get(attr) for d in docs]


def test_factories_are_registered_entry_points():
    from importlib.metadata import entry_points

    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert set(PIPELINE_ORDER) <= names
    blank = spacy.blank("de")
    blank.add_pipe("karabach_actors")  # resolvable by name without importing our modules here
    assert "karabach_actors" in blank.pipe_names


def test_pipeline_sentences_end_after_a_year_with_full_stop(nlp):
    text = "Der Vertrag mit der Stadt endete im Sommer 2009. Die Anwältin erklärte, die Firma sei pleite."
    doc = nlp(text)
    sents = [s.text.strip() for s in doc.sents]
    assert sents == ["Der Vertrag mit der Stadt endete im Sommer 2009.", "Die Anwältin erklärte, die Firma sei pleite."]


def test_pipeline_sentences_keep_an_ordinal_inside_the_sentence(nlp):
    doc = nlp("Am 3. Mai sprach der Minister vor dem Parlament.")
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize(
    "text, first",
    [
        ("Das Werk baut die Teile des Modells 3. Ein Sprecher sagte, die Produktion laufe.", "Das Werk baut die Teile des Modells 3."),
        ("Die Armee flog einen Hubschrauber vom Typ MI-17. Er stürzte am Morgen ab.", "Die Armee flog einen Hubschrauber vom Typ MI-17."),
    ],
)
def test_pipeline_sentences_end_after_a_number_before_an_article_or_pronoun(nlp, text, first):
    sents = [s.text.strip() for s in nlp(text).sents]
    assert sents == [first, text[len(first):].strip()]


def test_slash_inside_a_hyphenated_compound_keeps_one_word(nlp):
    text = ("Der außenpolitische Sprecher der CDU/CSU-Bundestagsfraktion, Friedbert Pflüger, sagte, der "
            "Streit zwischen SPD/Grünen und Union/FDP schade dem Land.")
    words = [t.text for t in nlp.make_doc(text)]
    assert "CDU/CSU-Bundestagsfraktion" in words
    assert words[words.index("SPD"):words.index("SPD") + 3] == ["SPD", "/", "Grünen"]  # no hyphen after: split
    claims = karabach_nlp.extract(text, nlp)
    group = [a for a in claims.actors if a.name == "CDU/CSU-Bundestagsfraktion"]
    assert [a.type.value for a in group] == ["organization"]
    assert [m.text for m in group[0].mentions] == ["der CDU/CSU-Bundestagsfraktion"]
    assert all(text[m.start:m.end] == m.text for a in claims.actors for m in a.mentions)
    assert not any(a.name == "CDU" for a in claims.actors)  # not a party cut out of the group's name
