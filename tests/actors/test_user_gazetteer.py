"""A user's own gazetteer entries (config ``karabach_actors.gazetteer``, ``--gazetteer``)."""

import json

import pytest
from typer.testing import CliRunner

from karabach_nlp import pipeline
from karabach_nlp.cli import app
from karabach_nlp.errors import GazetteerError

TEXT = "Die Arakan-Armee teilte mit, sie habe den Grenzposten eingenommen. Ein Sprecher der AA bestätigte das."


@pytest.fixture()
def gazetteer(tmp_path):
    path = tmp_path / "groups.jsonl"
    path.write_text(json.dumps({"name": "Arakan Army", "type": "armed_group",
                                "aliases": ["Arakan Army", "Arakan-Armee", "AA"]}) + "\n", encoding="utf-8")
    return path


def test_user_entry_names_a_new_armed_group(gazetteer):
    nlp = pipeline.build(config={"karabach_actors": {"gazetteer": str(gazetteer)}})
    actors = {a.name: a for a in nlp(TEXT)._.actors}
    group = actors["Arakan-Armee"]  # the name the article writes; the key is the entry's
    assert group.type.value == "armed_group" and group.key == "armed_group:Arakan Army"
    assert [TEXT[m.start:m.end] for m in group.mentions][:1] == ["Die Arakan-Armee"]
    assert "AA" in [m.text for m in group.mentions]
    assert actors["Sprecher"].speaks_for == group.id


def test_resolve_span_reads_the_user_entry(gazetteer):
    from karabach_nlp.components.actors import resolve_span
    text = "Die Lage ist unklar. Der Arakan Army zufolge fielen zehn Soldaten."
    nlp = pipeline.build(config={"karabach_actors": {"gazetteer": str(gazetteer)}})
    doc = nlp(text)
    doc._.actors = []  # as for a phrase the actors component did not find: only the entry can type it
    start = text.index("Arakan Army")
    actor = resolve_span(doc, start, start + len("Arakan Army"))
    assert actor is not None and actor.type.value == "armed_group" and actor.key == "armed_group:Arakan Army"


def test_without_the_file_the_group_is_unknown():
    actors = {a.name for a in pipeline.load()(TEXT)._.actors}
    assert "Arakan Army" not in actors


@pytest.mark.parametrize("content, message", [
    ('{"name": "X", "type": "gang"}\n', "'type' must be one of"),
    ('{"name": "X", "type": "armed_group", "wikidata": "42"}\n', "'wikidata' must be a QID"),
    ("{not json\n", "not valid JSON"),
])
def test_a_bad_file_is_a_clear_error(tmp_path, content, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GazetteerError, match=message):
        pipeline.build(config={"karabach_actors": {"gazetteer": str(path)}})


def test_cli_extract_takes_a_gazetteer_and_fails_cleanly_on_a_bad_one(tmp_path, gazetteer):
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    runner = CliRunner()
    ok = runner.invoke(app, ["extract", str(article), "--gazetteer", str(gazetteer), "--compact"])
    assert ok.exit_code == 0
    assert "armed_group:Arakan Army" in [a["key"] for a in json.loads(ok.stdout)["actors"]]
    bad = runner.invoke(app, ["extract", str(article), "--gazetteer", str(tmp_path / "missing.jsonl")])
    assert bad.exit_code == 9 and "no such file" in bad.output and "Traceback" not in bad.output


@pytest.fixture()
def front(tmp_path):
    path = tmp_path / "front.jsonl"
    path.write_text(json.dumps({"name": "Volksfront für die Befreiung Ostaraks", "type": "armed_group",
                                "aliases": ["Volksfront für die Befreiung Ostaraks"]}) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("text, role", [
    ("Die Volksfront für die Befreiung Ostaraks erklärte am Montag, ihre Kämpfer hätten die Stadt eingenommen.", "speaker"),
    ("Zwölf Soldaten seien getötet worden, teilte die Volksfront für die Befreiung Ostaraks mit.", "source"),
    ("Bei den Kämpfen wurden nach Angaben der Volksfront für die Befreiung Ostaraks zwölf Soldaten getötet.", "source"),
])
def test_attributions_and_casualty_sources_read_the_user_entry(front, text, role):
    """A listed name the phrase rules cannot parse ("… für die Befreiung …") is the whole speaker
    phrase and the casualty source, also when only the user's file lists it."""
    import karabach_nlp
    nlp = pipeline.build(config={"karabach_actors": {"gazetteer": str(front)}})
    claims = karabach_nlp.extract(text, nlp)
    group = next(a for a in claims.actors if a.type.value == "armed_group" and a.key.endswith("Ostaraks"))
    speakers = [a for a in claims.attributions if a.speaker is not None]
    assert speakers and speakers[0].speaker.text.endswith("Volksfront für die Befreiung Ostaraks")
    assert speakers[0].speaker_actor_ids == [group.id]
    if role == "source":
        assert claims.casualties and claims.casualties[0].source_span.text.endswith("Volksfront für die Befreiung Ostaraks")
        assert text[claims.casualties[0].source_span.start:claims.casualties[0].source_span.end] == claims.casualties[0].source_span.text
