"""The quotation dataset's format and metric, on small documents written here, and the dev floor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import karabach_nlp
from karabach_nlp import quotation_dataset as qd
from karabach_nlp.cli import app

from conftest import SHARED

DEV = SHARED / "data" / "quotation-2024" / "dev"

# The regression floor: the dev figures last reached (raise them as the rules improve).
FLOOR = {"messages": 0.803, "roles": 0.753, "form": 0.809, "speaker": 0.690, "addressee": 0.52}  # dev reached 0.8035 / 0.7537 / 0.8092, speaker 0.6902, addressee 0.5201


def _doc(text: str, annotations=()) -> dict:
    tokens, pos = [], 0
    for i, word in enumerate(text.replace("„", "„ ").replace("“", " “").replace(",", " ,").replace(".", " .").split()):
        start = text.index(word, pos)
        tokens.append({"id": i, "charBegin": start, "charEnd": start + len(word), "text": word})
        pos = start + len(word)
    return {"documentName": "probe", "originalText": text, "tokens": tokens, "sentences": [], "annotations": list(annotations)}


def _ann(type_, quote, speaker=(), cue=(), frame=()):
    role = lambda ids: {"tokenIds": list(ids), "spans": [], "text": ""}  # noqa: E731
    return {"type": type_, "medium": "Speech", "quote": role(quote), "speaker": role(speaker), "cue": role(cue),
            "frame": role(frame), "addressee": role(())}


def test_quotation_dataset_gold_against_itself_scores_one():
    gold = [_ann("Direct", [1, 2, 3], [5], [4], [4, 5]), _ann("Indirect", [8, 9, 10], [6], [7], [6, 7])]
    result = qd.QuotationScore()
    qd.score_document(gold, gold, result)
    figures = result.to_dict()
    assert figures["messages"]["f1"] == figures["roles"]["f1"] == figures["form"]["f1"] == 1.0


def test_quotation_dataset_metric_macro_averages_pairs_and_unpaired():
    gold = [_ann("Indirect", [1, 2, 3, 4], [0]), _ann("Reported", [20, 21])]
    pred = [_ann("Indirect", [3, 4, 5], [0]), _ann("Direct", [30, 31])]
    result = qd.QuotationScore()
    qd.score_document(gold, pred, result)
    figures = result.to_dict()
    # the Hungarian assignment also pairs the two quotes that do not overlap (as eval.py does):
    # pair 1 quote P 2/3 R 1/2, pair 2 quote P 0 R 0
    assert figures["messages"]["precision"] == pytest.approx((2 / 3 + 0) / 2)
    assert figures["messages"]["recall"] == pytest.approx((1 / 2 + 0) / 2)
    # speaker role: pair 1 P 1 R 1; pair 2 has no speaker tokens on either side (undefined)
    assert figures["roles"]["precision"] == pytest.approx(1.0)
    assert figures["form"]["precision"] == pytest.approx(1 / 2)


def test_quotation_dataset_score_table_keeps_columns_aligned_for_long_type_names():
    gold = [_ann("IndirectFreeIndirect", [1, 2, 3], [0]), _ann("Direct", [8, 9], [7])]
    result = qd.QuotationScore()
    qd.score_document(gold, gold, result)
    lines = qd.render_score(result.to_dict()).splitlines()[1:]
    # every figure row puts its first figure where the header puts "P"
    column = lines[0].index("P")
    assert all(line[column:column + 5] == "1.000" for line in lines[1:]), lines
    assert any("IndirectFreeIndirect (1)" in line for line in lines)


def test_quotation_dataset_export_maps_char_spans_to_token_ids(nlp):
    text = "„Wir bleiben hier“, sagte der Sprecher."
    doc = qd.DatasetDocument("probe", text, _doc(text)["tokens"], [])
    claims = karabach_nlp.extract(text, nlp)
    (ann,) = qd.export_annotations(doc, claims.attributions)
    words = {t["id"]: t["text"] for t in doc.tokens}
    assert ann["type"] == "Direct"
    assert [words[i] for i in ann["quote"]["tokenIds"]] == ["„", "Wir", "bleiben", "hier", "“"]
    assert [words[i] for i in ann["speaker"]["tokenIds"]] == ["der", "Sprecher"]
    assert [words[i] for i in ann["cue"]["tokenIds"]] == ["sagte"]


def test_quotation_dataset_cli_exports_and_scores(tmp_path: Path):
    split = tmp_path / "split"
    split.mkdir()
    text = "Der Minister sagte, die Brücke sei gesperrt."
    doc = _doc(text)
    words = [t["text"] for t in doc["tokens"]]
    quote = [words.index("die"), words.index("Brücke"), words.index("sei"), words.index("gesperrt")]
    doc["annotations"] = [_ann("Indirect", quote, [0, 1], [2], [0, 1, 2, 3])]
    (split / "probe.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    runner = CliRunner()
    out = tmp_path / "pred"
    result = runner.invoke(app, ["quotation", "export", str(split), str(out), "--model", "blank"])
    assert result.exit_code == 0, result.output
    exported = json.loads((out / "probe.json").read_text(encoding="utf-8"))
    assert exported["annotations"][0]["type"] == "Indirect"
    result = runner.invoke(app, ["quotation", "score", str(split), "--predictions", str(out), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["messages"]["f1"] == pytest.approx(1.0)


def test_quotation_dataset_cli_missing_split_is_a_clear_error(tmp_path: Path):
    result = CliRunner().invoke(app, ["quotation", "score", str(tmp_path / "nowhere")])
    assert result.exit_code == 3
    assert "not a folder" in result.output


# Reported speech (Messages F1 of the gold type Reported): no target since issue 18 (the dataset's
# Reported mostly marks stance and plan sentences with no cue, spec §2), kept as a floor on drift only.
# It moves with the one-to-one pairing too: a new Indirect prediction can free a Direct one that the
# Hungarian pairing then puts on an unfound Reported quote (precision 0 where it was undefined); dev
# was 0.5269, then 0.5226 after one more report was found in 9686 ("hatte angekündigt … anzutreten",
# a second unpaired Reported there) and one speaker fixed in 7771.
REPORTED_FLOOR = 0.522


def test_quotation_dataset_dev_split_regression_floor(nlp):
    figures = qd.score_split(DEV, nlp).to_dict()
    assert figures["documents"] == 150
    for key, floor in FLOOR.items():
        assert figures[key]["f1"] >= floor, (key, figures[key])
    reported = figures["per_type"]["Reported"]["messages"]
    assert reported["f1"] >= REPORTED_FLOOR, reported


def test_quotation_dataset_cli_rejects_a_file_that_is_no_dataset_document(tmp_path: Path):
    split = tmp_path / "split"
    split.mkdir()
    (split / "broken.json").write_text('{"text": "kein Dokument"}', encoding="utf-8")
    result = CliRunner().invoke(app, ["quotation", "score", str(split), "--model", "blank"])
    assert result.exit_code == 8
    assert "not a quotation dataset document" in result.output
