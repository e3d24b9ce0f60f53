"""The records as spaCy span groups (component karabach_spans), readable by displaCy."""

from __future__ import annotations

import pytest
from spacy import displacy

from karabach_nlp.components.spans import ACTORS, ATTRIBUTIONS, CASUALTIES, SPAN_KEYS


@pytest.fixture(scope="module")
def seed_doc(nlp, seed_text):
    return nlp(seed_text)


def test_spans_component_runs_last(nlp):
    assert nlp.pipe_names[-1] == "karabach_spans"


def test_spans_casualties_are_the_figures_labelled_by_outcome(seed_doc, seed_claims):
    spans = list(seed_doc.spans[CASUALTIES])
    assert [(s.text, s.label_) for s in spans] == [
        (c.count_text.text, c.outcome.value) for c in seed_claims.casualties
    ]
    assert [s.text for s in spans] == ["Tausenden", "nähere sich bereits der 5000", "874", "mehr als 30", "63"]
    assert [s.id_ for s in spans] == [f"casualty-{i}" for i in range(5)]


def test_spans_attributions_have_content_cue_and_speaker_of_their_record(seed_doc, seed_claims):
    spans = seed_doc.spans[ATTRIBUTIONS]
    assert {s.label_ for s in spans} == {"content", "cue", "speaker"}
    for i, record in enumerate(seed_claims.attributions):
        mine = [s for s in spans if s.id_ == f"attribution-{i}"]
        content = [s for s in mine if s.label_ == "content"]
        assert len(content) == 1
        assert (content[0].start_char, content[0].end_char) == (record.content.start, record.content.end)
        assert sorted(s.text for s in mine if s.label_ == "cue") == sorted(c.text for c in record.cue)
        speakers = [s.text for s in mine if s.label_ == "speaker"]
        assert speakers == ([record.speaker.text] if record.speaker else [])


def test_spans_actor_mentions_labelled_by_type(seed_doc, seed_claims):
    spans = seed_doc.spans[ACTORS]
    putin = next(a for a in seed_claims.actors if a.name == "Wladimir Putin")
    mentions = [s for s in spans if s.id_ == f"actor-{putin.id}"]
    assert len(mentions) == len(putin.mentions) == 7
    assert {s.label_ for s in mentions} == {"person"}
    assert sum(len(a.mentions) for a in seed_claims.actors) == len(spans)


def test_spans_keep_the_doc_records(seed_doc, seed_claims):
    assert len(seed_doc._.casualties) == len(seed_claims.casualties)
    assert len(seed_doc._.attributions) == len(seed_claims.attributions)


@pytest.mark.parametrize("key", SPAN_KEYS)
def test_spans_render_with_displacy_span_style(seed_doc, key):
    html = displacy.render(seed_doc, style="span", options={"spans_key": key})
    labels = {s.label_ for s in seed_doc.spans[key]}
    assert labels and all(label in html for label in labels)
    assert "874" in html


def test_spans_survive_docbin_and_two_processes(nlp, seed_text):
    docs = list(nlp.pipe([seed_text, seed_text], n_process=2))
    assert [len(d.spans[CASUALTIES]) for d in docs] == [5, 5]
