"""The pipeline on a statistical base, as with de_core_news_md, which cannot be installed here.

A stand-in is saved to disk and loaded by path: a blank German pipeline whose ``morphologizer``
and ``ner`` are rule components under those names, so our components see what they would see
under a trained model (its tags and entities already set) and must keep them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import karabach_nlp
from karabach_nlp.errors import PipelineError

TEXT = (
    "Am Montag meldete Nordlicht Frachtkontor zwei Tote. "
    "Ein Sprecher sagte, die Suche gehe weiter."
)

# What a trained tagger and NER would set on the words that matter here.
TAGS = {
    "Am": ("ADP", "APPRART", "an"), "Montag": ("NOUN", "NN", "Montag"),
    "Nordlicht": ("PROPN", "NE", "Nordlicht"), "Frachtkontor": ("PROPN", "NE", "Frachtkontor"),
    "meldete": ("VERB", "VVFIN", "melden"), "sagte": ("VERB", "VVFIN", "sagen"),
    "gehe": ("VERB", "VVFIN", "gehen"), "Sprecher": ("NOUN", "NN", "Sprecher"),
    "Tote": ("NOUN", "NN", "Tote"), "zwei": ("NUM", "CARD", "zwei"),
}


@pytest.fixture(scope="module")
def standin(tmp_path_factory) -> Path:
    base = spacy.blank("de")
    base.add_pipe("sentencizer")
    tagger = base.add_pipe("attribute_ruler", name="morphologizer")
    for word, (pos, tag, lemma) in TAGS.items():
        tagger.add([[{"ORTH": word}]], {"POS": pos, "TAG": tag, "LEMMA": lemma})
    ner = base.add_pipe("entity_ruler", name="ner")
    ner.add_patterns([{"label": "ORG", "pattern": "Nordlicht Frachtkontor"}])
    path = tmp_path_factory.mktemp("standin") / "de_standin"
    base.to_disk(path)
    return path


@pytest.fixture(scope="module")
def model_nlp(standin):
    return karabach_nlp.build(model=str(standin))


def test_statistical_base_keeps_the_models_tags_and_entities(model_nlp):
    doc = model_nlp(TEXT)
    assert model_nlp.get_pipe("karabach_analysis").mode == "complete"
    assert model_nlp.meta["karabach_base"].endswith("de_standin")
    meldete = next(t for t in doc if t.text == "meldete")
    assert (meldete.pos_, meldete.tag_, meldete.lemma_) == ("VERB", "VVFIN", "melden")
    # the blank pipeline's own analysis reads this compound as a common noun; the model's tag stays
    assert [t.tag_ for t in doc if t.text == "Frachtkontor"] == ["NE"]
    assert [t.tag_ for t in karabach_nlp.load("blank")(TEXT) if t.text == "Frachtkontor"] == ["NN"]
    assert [(e.text, e.label_) for e in doc.ents] == [("Nordlicht Frachtkontor", "ORG")]


def test_statistical_base_fills_in_the_konjunktiv_the_model_left_out(model_nlp):
    gehe = next(t for t in model_nlp(TEXT) if t.text == "gehe")
    assert "Sub" in gehe.morph.get("Mood")


def test_statistical_base_ner_entity_becomes_an_actor(model_nlp):
    claims = karabach_nlp.extract(TEXT, model_nlp)
    names = {a.name: a for a in claims.actors}
    org = next(a for name, a in names.items() if "Nordlicht Frachtkontor" in name)
    assert org.type.value == "organization"
    assert all(TEXT[m.start:m.end] == m.text for m in org.mentions)
    # the blank pipeline, with no NER and no head noun such as "Reederei" before it, misses the name
    blank = karabach_nlp.extract(TEXT, karabach_nlp.load("blank"))
    assert not any("Nordlicht" in a.name for a in blank.actors)


def test_statistical_base_that_cannot_be_loaded_is_a_pipeline_error(tmp_path):
    with pytest.raises(PipelineError, match="cannot load spaCy pipeline"):
        karabach_nlp.build(model=str(tmp_path / "no_such_model"))
