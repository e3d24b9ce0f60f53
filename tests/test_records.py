import pytest
from pydantic import ValidationError

from karabach_nlp.records import ArticleClaims, Attribution, Count, Span


def test_count_rejects_low_above_high():
    with pytest.raises(ValidationError):
        Count(low=10, high=5)


def test_count_rejects_negative_and_unbounded():
    with pytest.raises(ValidationError):
        Count(low=-1, high=3)
    with pytest.raises(ValidationError):
        Count()


def test_count_open_intervals_are_valid():
    assert Count(low=31).high is None
    assert Count(high=5000, approximate=True).low is None


def test_span_text_must_match_offsets():
    with pytest.raises(ValidationError):
        Span(start=0, end=3, text="Putin")
    assert Span.of("Putin sagte", 6, 11).text == "sagte"


def test_schema_describes_every_section():
    schema = ArticleClaims.model_json_schema()
    assert {"meta", "actors", "casualties", "attributions"} <= set(schema["properties"])
    assert {"direct", "indirect", "free_indirect", "reported", "according_to"} == set(
        schema["$defs"]["AttributionKind"]["enum"]
    )


def test_attribution_with_one_speaker_id_lists_it():
    text = "Die Polizei sagte, es gebe Verletzte."
    content = Span(start=18, end=36, text=text[18:36])
    old_style = Attribution(kind="indirect", speaker_actor_id="a1", content=content)
    assert old_style.speaker_actor_ids == ["a1"]
    group = Attribution(kind="indirect", speaker_actor_ids=["a1", "a2"], content=content)
    assert group.speaker_actor_id is None and group.speaker_actor_ids == ["a1", "a2"]
