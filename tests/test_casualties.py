"""Casualty mentions (spec §1) on German sentences written for these tests, the seed article,
and the source rule over attribution records built here (whatever the attribution component finds)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from karabach_nlp.components.casualties import add_sources, source_of
from karabach_nlp.records import Attribution, CasualtyMention, Count, Span

from conftest import SEED_DIR

CASES = json.loads((Path(__file__).parent / "fixtures" / "casualty_sentences.json").read_text(encoding="utf-8"))["cases"]


def _row(m: CasualtyMention) -> list:
    flags = ("a" if m.count.approximate else "") + ("v" if m.count.vague else "")
    return [m.count_text.text, m.count.low, m.count.high, flags, m.outcome.value, m.victims, m.category.value, m.cumulative]


def _casualties(nlp, text: str) -> list[CasualtyMention]:
    return nlp(text)._.casualties


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:50] for c in CASES])
def test_casualties_sentence_gives_exactly_the_expected_mentions(nlp, case):
    text = case["text"]
    found = _casualties(nlp, text)
    assert [_row(m) for m in found] == case["mentions"]
    for m in found:
        for span in (m.count_text, m.outcome_span, m.victims_span):
            if span is not None:
                assert text[span.start : span.end] == span.text


def test_casualties_fixture_covers_every_outcome_category_and_the_non_mentions():
    rows = [m for c in CASES for m in c["mentions"]]
    assert len(CASES) >= 60
    assert {r[4] for r in rows} == {"dead", "injured", "missing", "captured"}
    assert {r[6] for r in rows} == {"military", "police", "civilian", "unspecified"}
    assert sum(1 for c in CASES if not c["mentions"]) >= 10
    assert any(r[7] for r in rows) and not all(r[7] for r in rows)


def test_casualties_several_mentions_in_one_sentence_keep_their_own_outcome(nlp):
    text = "Bei dem Unglück starben 47 Menschen und 34 wurden verletzt, zwei gelten als vermisst."
    rows = [(m.count_text.text, m.outcome.value, m.outcome_span.text) for m in _casualties(nlp, text)]
    assert rows == [("47", "dead", "starben"), ("34", "injured", "verletzt"), ("zwei", "missing", "vermisst")]


def test_casualties_outcome_from_previous_sentence_has_no_outcome_span(nlp):
    text = "Der Krieg forderte Tausende Tote. Die Gesamtzahl nähere sich bereits der 5000, sagte er."
    found = _casualties(nlp, text)
    assert [m.count_text.text for m in found] == ["Tausende", "nähere sich bereits der 5000"]
    assert found[1].outcome.value == "dead" and found[1].outcome_span is None
    assert found[1].count == Count(low=None, high=5000, approximate=True) and found[1].cumulative


# ---- the seed article ---------------------------------------------------------------------

def _seed_gold() -> dict:
    return json.loads((SEED_DIR / "berg-karabach.gold.json").read_text(encoding="utf-8"))


def _gold_attributions(gold: dict) -> list[Attribution]:
    ids: dict[str, str] = {}
    out = []
    for a in gold["attributions"]:
        actor = a["speaker_actor"]
        out.append(
            Attribution(
                kind=a["kind"],
                speaker=a["speaker"],
                speaker_actor=actor,
                speaker_actor_id=ids.setdefault(actor, f"x{len(ids)}") if actor else None,
                cue=a["cue"],
                content=a["content"],
            )
        )
    return out


FIELDS = ("count_text", "count", "outcome", "outcome_span", "victims", "victims_span", "category", "source",
          "source_actor", "cumulative")


def test_casualties_seed_every_field_exact_given_its_attributions(nlp, seed_text):
    gold = _seed_gold()
    with nlp.select_pipes(disable=["karabach_casualties"]):
        doc = nlp(seed_text)
    doc._.attributions = _gold_attributions(gold)
    doc = nlp.get_pipe("karabach_casualties")(doc)
    predicted = [m.model_dump(mode="json") for m in doc._.casualties]
    assert len(predicted) == len(gold["casualties"]) == 5
    for g, p in zip(gold["casualties"], predicted):
        assert {f: p[f] for f in FIELDS} == {f: g[f] for f in FIELDS}


def test_casualties_seed_mentions_found_without_false_positive(seed_claims):
    gold = _seed_gold()["casualties"]
    got = [(m.count_text.start, m.count_text.end, m.count.model_dump(), m.outcome.value, m.victims, m.cumulative)
           for m in seed_claims.casualties]
    want = [(g["count_text"]["start"], g["count_text"]["end"], g["count"], g["outcome"], g["victims"], g["cumulative"])
            for g in gold]
    assert got == want


# ---- sources from attribution records --------------------------------------------------------

TEXT = "Die Polizei teilte mit, dass 12 Menschen starben. Zudem seien 30 verletzt worden. Laut Zeugen starben 3 Kinder."


def _span(part: str, after: int = 0) -> Span:
    start = TEXT.index(part, after)
    return Span.of(TEXT, start, start + len(part))


def _mention(part: str) -> CasualtyMention:
    return CasualtyMention(count_text=_span(part), count=Count(low=1, high=1), outcome="dead")


def test_casualties_source_is_speaker_of_containing_attribution():
    a = Attribution(kind="indirect", speaker=_span("Die Polizei"), speaker_actor="Polizei", speaker_actor_id="a1",
                    content=_span("12 Menschen starben"))
    m = _mention("12")
    add_sources([m], [a])
    assert (m.source, m.source_span, m.source_actor, m.source_actor_id) == ("Die Polizei", _span("Die Polizei"), "Polizei", "a1")


def test_casualties_free_indirect_source_is_phrase_of_attribution_it_continues():
    first = Attribution(kind="indirect", speaker=_span("Die Polizei"), speaker_actor="Polizei", speaker_actor_id="a1",
                        content=_span("12 Menschen starben"))
    other = Attribution(kind="according_to", speaker=_span("Zeugen"), speaker_actor="Zeugen", speaker_actor_id="a2",
                        content=_span("starben 3 Kinder"))
    free = Attribution(kind="free_indirect", speaker=None, speaker_actor="Polizei", speaker_actor_id="a1",
                       content=_span("Zudem seien 30 verletzt worden."))
    m = _mention("30")
    add_sources([m], [first, free, other])
    assert (m.source, m.source_actor, m.source_span.start) == ("Die Polizei", "Polizei", 0)


def test_casualties_speakerless_attribution_without_earlier_speaker_keeps_actor_only():
    free = Attribution(kind="direct", speaker=None, speaker_actor="Polizei", speaker_actor_id="a1",
                       content=_span("Zudem seien 30 verletzt worden."))
    speaker, attribution = source_of(_span("30"), [free])
    assert speaker is None and attribution is free
    m = _mention("30")
    add_sources([m], [free])
    assert m.source is None and m.source_actor == "Polizei"


def test_casualties_article_voice_has_no_source():
    a = Attribution(kind="indirect", speaker=_span("Die Polizei"), speaker_actor="Polizei", speaker_actor_id="a1",
                    content=_span("12 Menschen starben"))
    m = _mention("3")
    add_sources([m], [a])
    assert m.source is None and m.source_actor is None and source_of(m.count_text, [a]) is None


def test_casualties_innermost_attribution_wins():
    outer = Attribution(kind="reported", speaker=_span("Die Polizei"), speaker_actor="Polizei", speaker_actor_id="a1",
                        content=Span.of(TEXT, 0, len(TEXT)))
    inner = Attribution(kind="according_to", speaker=_span("Zeugen"), speaker_actor="Zeugen", speaker_actor_id="a2",
                        content=_span("starben 3 Kinder"))
    m = _mention("3 Kinder")
    add_sources([m], [outer, inner])
    assert m.source == "Zeugen"


def test_casualties_pipeline_sources_come_from_the_attribution_component(nlp):
    text = "„Bei dem Angriff wurden 40 Zivilisten getötet“, sagte Putin."
    doc = nlp(text)
    [m] = doc._.casualties
    [a] = [a for a in doc._.attributions if a.content.contains(m.count_text)]
    assert m.source == (a.speaker.text if a.speaker else None)
    assert m.source_actor == a.speaker_actor and m.source_actor_id == a.speaker_actor_id


def test_casualties_figure_reported_by_a_body_takes_it_as_source(nlp):
    # the body is the head after the participle, not the militia inside its phrase
    found = _casualties(nlp, "Die von der Miliz kontrollierte Gesundheitsbehörde meldete 27 Tote, darunter elf Kinder.")
    assert [(m.count_text.text, m.source, m.source_actor) for m in found] == [
        ("27", "Die von der Miliz kontrollierte Gesundheitsbehörde", "Gesundheitsbehörde"),
        ("elf", "Die von der Miliz kontrollierte Gesundheitsbehörde", "Gesundheitsbehörde"),
    ]


def test_casualties_rule_switched_off_by_name_changes_only_what_it_finds():
    from karabach_nlp.pipeline import build

    text = "Bei den Kämpfen wurden neun Polizisten und acht Zivilisten getötet."
    full = [(m.count_text.text, m.outcome.value) for m in build("blank")(text)._.casualties]
    off = build("blank", config={"karabach_casualties": {"disabled_rules": ["share_in_groups"]}})(text)._.casualties
    assert full == [("neun", "dead"), ("acht", "dead")]
    assert [(m.count_text.text, m.outcome.value) for m in off] == [("acht", "dead")]  # its own verb only


def test_casualties_rules_are_listed_in_order_with_a_summary_each():
    from karabach_nlp.components.casualties import RULES

    assert RULES.names()[:5] == ["partitive_figure", "elided_figure", "changed_figure", "count_noun_before", "outcome_after"]
    assert all(rule.summary for rule in RULES)


def test_casualties_unknown_rule_name_is_a_clear_error():
    from karabach_nlp.errors import PipelineError
    from karabach_nlp.pipeline import build

    with pytest.raises(PipelineError, match="no rule named share_in_group;"):
        build("blank", config={"karabach_casualties": {"disabled_rules": ["share_in_group"]}})


def test_casualties_component_saves_its_lists_and_outcome_patterns(nlp, tmp_path):
    import srsly

    from karabach_nlp.pipeline import build

    text = "Bei dem Anschlag wurden mindestens 30 Menschen getötet, darunter vier Kinder."
    saved = build("blank")
    saved.get_pipe("karabach_casualties").to_disk(tmp_path)
    rows = list(srsly.read_jsonl(tmp_path / "outcome_patterns.jsonl"))
    assert {"label": "dead", "pattern": "getötet"} in [{k: r[k] for k in ("label", "pattern")} for r in rows]
    loaded = build("blank")
    loaded.get_pipe("karabach_casualties").from_disk(tmp_path)
    assert [m.model_dump() for m in loaded(text)._.casualties] == [m.model_dump() for m in nlp(text)._.casualties]
    # the loaded matcher reads the saved patterns: without "getötet" the figure has no outcome word
    srsly.write_jsonl(tmp_path / "outcome_patterns.jsonl", [r for r in rows if r["pattern"] != "getötet"])
    loaded.get_pipe("karabach_casualties").from_disk(tmp_path)
    assert [m.count_text.text for m in loaded(text)._.casualties] == []


def test_casualties_and_quantities_declare_what_they_read_and_write(nlp):
    analysis = nlp.analyze_pipes()
    assert analysis["problems"]["karabach_quantities"] == [] and analysis["problems"]["karabach_casualties"] == []
    summary = analysis["summary"]
    assert "doc._.quantities" in summary["karabach_quantities"]["assigns"]
    assert {"doc._.quantities", "doc._.attributions", "token.pos"} <= set(summary["karabach_casualties"]["requires"])
    assert summary["karabach_casualties"]["assigns"] == ["doc._.casualties"]
