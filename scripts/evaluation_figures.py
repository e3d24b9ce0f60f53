"""Measure every figure the documentation reports and rewrite its tables.

    .venv/bin/python scripts/evaluation_figures.py            # measure, rewrite the marked tables
    .venv/bin/python scripts/evaluation_figures.py --check    # measure, exit 1 if a table is stale
    .venv/bin/python scripts/evaluation_figures.py --print    # measure, print the tables only

Runs the commands a user would run, through the installed CLI with ``--json`` (blank pipeline):
``karabach-nlp eval`` on the seed gold and on every gold set under ``data/gold/`` (texts read from
the quotation dataset, ``--texts``), and ``karabach-nlp quotation score`` on its ``dev`` and
``train`` splits; for the casualty sets whose gold gives the source phrase, also
``scripts/probes/casualty_sources.py`` (source agreement, which ``eval`` does not score), and ``scripts/probes/speaker_coverage.py`` on the
held-out part of ``dev``. The
tables replace what stands between ``<!-- figures:start -->`` and
``<!-- figures:end -->`` in docs/evaluation.md and between ``<!-- accuracy:start -->`` and
``<!-- accuracy:end -->`` in README.md. Takes a few minutes.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "eval" / "seed"
TEXTS = SHARED / "data" / "quotation-2024"
TREEBANK = SHARED / "data" / "ud-german-gsd"  # texts of gold sets over its sentences ("FILE.conllu#ID")
# texts of gold sets over news passages of other outlets ("oNN.txt", "nNN.txt"): third-party, never
# committed; the set `outlets2` and its `outlets2-actors` read `fetched/outlets2/`
PASSAGES = ROOT / "fetched"
GOLD = ROOT / "data" / "gold"
EVALUATION = ROOT / "docs" / "evaluation.md"
README = ROOT / "README.md"
# actor gold the actor rules were developed on: in docs/evaluation.md, not in the README's table
DEVELOPED_ON = ("quotation-actors-train", "quotation-actors-train2", "quotation-actors-train3",
                "quotation-actors-train4")
# gold over passages of other outlets (texts not shipped): their own README rows, never pooled
OUTLET_SETS = ("outlets", "outlets-actors", "outlets2", "outlets2-actors")
# scored together in the README: attributions and casualties, actors
OUTLET_GROUPS = (("outlets", "outlets2"), ("outlets-actors", "outlets2-actors"))
TYPES = ("Direct", "Indirect", "FreeIndirect", "IndirectFreeIndirect", "Reported")


def cli() -> list[str]:
    exe = Path(sys.executable).with_name("karabach-nlp")
    return [str(exe)] if exe.exists() else [shutil.which("karabach-nlp") or "karabach-nlp"]


def run_json(*args: str) -> dict:
    done = subprocess.run([*cli(), *args, "--json", "--model", "blank"], capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        sys.exit(f"karabach-nlp {' '.join(args)} failed ({done.returncode}): {done.stderr.strip()}")
    return json.loads(done.stdout)


def casualty_sources(gold_dir: Path, texts: Path) -> Optional[tuple[int, int]]:
    """Source agreement (not scored by eval) on a set whose gold gives `source_span`: (right, matched)."""
    if not any("source_span" in p.read_text(encoding="utf-8") for p in gold_dir.glob("*.gold.json")):
        return None
    probe = ROOT / "scripts" / "probes" / "casualty_sources.py"
    done = subprocess.run([sys.executable, str(probe), str(gold_dir), str(texts)], capture_output=True, text=True, cwd=ROOT)
    found = re.search(r"source right: (\d+)/(\d+)", done.stdout)
    if done.returncode != 0 or not found:
        sys.exit(f"{probe.name} {gold_dir.name} failed: {done.stderr.strip()[-500:]}")
    return int(found[1]), int(found[2])


def speaker_coverage(full: bool) -> dict:
    """Gold speakers of dev[25:150] (never read while writing rules) that a mention of our actors covers."""
    probe = ROOT / "scripts" / "probes" / "speaker_coverage.py"
    args = [sys.executable, str(probe), "--split", "dev", "--offset", "25", "--n", "125"] + (["--full"] if full else [])
    done = subprocess.run(args, capture_output=True, text=True, cwd=ROOT)
    spans = re.search(r"(\d+) gold speaker spans, (\d+) covered", done.stdout)
    actors = re.search(r"no actor \(adverbs, documents\): (\d+)/(\d+)", done.stdout)
    if done.returncode != 0 or not spans or not actors:
        sys.exit(f"{probe.name} failed: {done.stderr.strip()[-500:]}")
    return {"all": (int(spans[2]), int(spans[1])), "actors": (int(actors[1]), int(actors[2]))}


def f3(value) -> str:
    return "–" if value is None else f"{value:.3f}"


def measure(texts: Path) -> dict:
    seed = run_json("eval", str(SEED))
    sets, checks = {}, {}
    for d in sorted(GOLD.iterdir()):
        source = texts_of(d, texts) if d.is_dir() else None
        if source is None or not source.is_dir():
            if d.is_dir():
                print(f"{d.name}: skipped, its texts ({source}) are not here", file=sys.stderr)
            continue
        sets[d.name] = run_json("eval", str(d.relative_to(ROOT)), "--texts", str(source))
        sets[d.name]["sources"] = casualty_sources(d, source)
        if d.name in OUTLET_SETS:
            checks[d.name] = (d, source)
    quotation = {split: run_json("quotation", "score", str(texts / split)) for split in ("dev", "train")}
    coverage = {"actors component alone": speaker_coverage(False), "full pipeline": speaker_coverage(True)}
    unseen = {group[0]: check_half([checks[n] for n in group if n in checks]) for group in OUTLET_GROUPS}
    return {"seed": seed, "sets": sets, "checks": {n: r for n, r in unseen.items() if r is not None},
            "quotation": quotation, "coverage": coverage}


def check_half(sets: list[tuple[Path, Path]]) -> Optional[dict]:
    """One score over the passages with an even number (o02, n04, …) of several outlet sets (gold
    folder, texts folder): never read while rules were written."""
    if not sets:
        return None
    with tempfile.TemporaryDirectory() as gold, tempfile.TemporaryDirectory() as texts:
        for gold_dir, source in sets:
            for f in gold_dir.glob("[a-z][0-9][0-9].gold.json"):
                if int(f.name[1:3]) % 2 == 0:
                    shutil.copy(f, gold)
            for t in source.glob("*.txt"):
                (Path(texts) / t.name).symlink_to(t)
        return run_json("eval", gold, "--texts", texts)


def texts_of(gold_dir: Path, texts: Path) -> Path:
    """The treebank for a gold set over its sentences, the passages folder for one over plain
    texts, else the quotation dataset."""
    golds = [f.read_text(encoding="utf-8") for f in gold_dir.glob("*.gold.json")]
    if any(".conllu#" in g for g in golds):
        return TREEBANK.resolve()
    if any(re.search(r'"document": "[^"]*\.txt"', g) for g in golds):
        return (PASSAGES / gold_dir.name.removesuffix("-actors")).resolve()
    return texts


def seed_table(seed: dict) -> list[str]:
    rows = ["| seed article, section | gold | predicted | P | R | F1 | fields of matched pairs |",
            "|---|---:|---:|---:|---:|---:|---|"]
    for section in ("casualties", "attributions", "actors"):
        s = seed[section]
        fields = ", ".join(f"{k} {f3(v)}" for k, v in s["fields"].items())
        rows.append(f"| {section} | {s['gold']} | {s['predicted']} | {f3(s['precision'])} | {f3(s['recall'])} "
                    f"| {f3(s['f1'])} | {fields} |")
    return rows


def casualty_sets(sets: dict) -> dict:
    return {name: r for name, r in sets.items() if r["casualties"]["gold"]}


def casualty_table(sets: dict) -> list[str]:
    rows = ["| casualty gold set | articles | required mentions | P | R | F1 | every field right (of matched) | source right |",
            "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name, r in casualty_sets(sets).items():
        c = r["casualties"]
        sources = "–" if r["sources"] is None else "{}/{}".format(*r["sources"])
        rows.append(f"| `{name}` | {len(r['documents'])} | {c['gold']} | {f3(c['precision'])} | {f3(c['recall'])} "
                    f"| {f3(c['f1'])} | {f3(c['fields'].get('all'))} | {sources} |")
    return rows


def actor_table(sets: dict) -> list[str]:
    rows = ["| actor gold set | articles | required actors | recall | precision | F1 | type accuracy | clustering |",
            "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name, r in sets.items():
        a = r["actors"]
        if a["gold"]:
            rows.append(f"| `{name}` | {len(r['documents'])} | {a['gold']} | {f3(a['recall'])} | {f3(a['precision'])} "
                        f"| {f3(a['f1'])} | {f3(a['fields'].get('type'))} | {f3(a['fields'].get('clustering'))} |")
    return rows


def attribution_table(sets: dict) -> list[str]:
    rows = ["| attribution gold set | texts | required attributions | P | R | F1 | kind | speaker | cue |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, r in sets.items():
        a = r["attributions"]
        if a["gold"]:
            rows.append(f"| `{name}` | {len(r['documents'])} | {a['gold']} | {f3(a['precision'])} | {f3(a['recall'])} "
                        f"| {f3(a['f1'])} | {f3(a['fields'].get('kind'))} | {f3(a['fields'].get('speaker'))} "
                        f"| {f3(a['fields'].get('cue'))} |")
    return rows


def quotation_tables(quotation: dict) -> list[str]:
    rows = ["| split | documents | gold | predicted | measure | P | R | F1 |", "|---|---:|---:|---:|---|---:|---:|---:|"]
    for split, q in quotation.items():
        for measure in ("messages", "roles", "joint", "form"):
            m = q[measure]
            rows.append(f"| `{split}` | {q['documents']} | {q['gold']} | {q['predicted']} | {measure.capitalize()} "
                        f"| {f3(m['precision'])} | {f3(m['recall'])} | {f3(m['f1'])} |")
    rows += ["", "| split | " + " | ".join(f"{t} (n)" for t in TYPES) + " | cue | frame | speaker | addressee |",
             "|---|" + "---:|" * (len(TYPES) + 4)]
    for split, q in quotation.items():
        types = [f"{f3(q['per_type'][t]['messages']['f1'])} ({q['per_type'][t]['gold']})" for t in TYPES]
        roles = [f3(q[role]["f1"]) for role in ("cue", "frame", "speaker", "addressee")]
        rows.append(f"| `{split}` | " + " | ".join(types + roles) + " |")
    rows.append("")
    rows.append("(Per type: Messages F1 with the number of gold annotations; roles: F1 of each role over all pairs.)")
    return rows


def coverage_table(coverage: dict) -> list[str]:
    rows = ["| speakers of `dev[25:150]` covered by our actors | all gold speakers | speakers that name an actor (rough filter) |",
            "|---|---:|---:|"]
    for label, c in coverage.items():
        cells = [f"{f3(right / total)} ({right}/{total})" for right, total in (c["all"], c["actors"])]
        rows.append(f"| {label} | " + " | ".join(cells) + " |")
    return rows


def pooled(results: list[dict]) -> dict:
    """Micro-average over sets: precision = matched / predicted holds for casualty mentions."""
    matched = sum(r["matched"] for r in results)
    gold, predicted = sum(r["gold"] for r in results), sum(r["predicted"] for r in results)
    p, r = matched / predicted, matched / gold
    every = sum(r_["fields"].get("all", 0) * r_["matched"] for r_ in results) / matched
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r), "gold": gold, "every": every}


def outlet_rows(sets: dict) -> list[str]:
    """README rows of the passages from other outlets never read while rules were written (the
    even half), when their texts were here to score them."""
    rows = []
    where = "news of other outlets, {} unseen passages"
    for name, section, label in (("outlets", "attributions", "attributions (speaker right: {})"),
                                 ("outlets", "casualties", "casualty mentions (source right: {})"),
                                 ("outlets-actors", "actors", "actors")):
        if name in sets:
            s = sets[name][section]
            field = s["fields"].get("speaker" if section == "attributions" else "source_actor")
            rows.append(f"| {where.format(len(sets[name]['documents']))} | {label.format(f3(field))} "
                        f"| {f3(s['precision'])} | {f3(s['recall'])} | {f3(s['f1'])} |")
    return rows


def readme_table(m: dict) -> list[str]:
    seed, sets, q = m["seed"], m["sets"], m["quotation"]["dev"]
    rows = ["| data | what is scored | P | R | F1 |", "|---|---|---:|---:|---:|"]
    for section, label in (("casualties", "casualty mentions"), ("attributions", "attributions"), ("actors", "actors")):
        s = seed[section]
        rows.append(f"| seed article | {label} ({s['gold']}) | {f3(s['precision'])} | {f3(s['recall'])} | {f3(s['f1'])} |")
    cas = {name: r for name, r in casualty_sets(sets).items() if name not in OUTLET_SETS}
    dev_set = cas.pop("quotation-casualties")["casualties"]
    rows.append(f"| casualty gold, development set ({dev_set['gold']} mentions) | casualty mentions "
                f"| {f3(dev_set['precision'])} | {f3(dev_set['recall'])} | {f3(dev_set['f1'])} |")
    p = pooled([r["casualties"] for r in cas.values()])
    rows.append(f"| casualty gold, {len(cas)} held-out and blind sets ({p['gold']} mentions) | casualty mentions "
                f"| {f3(p['precision'])} | {f3(p['recall'])} | {f3(p['f1'])} |")
    for name, r in sets.items():
        a = r["actors"]
        if a["gold"] and name not in DEVELOPED_ON + OUTLET_SETS:
            rows.append(f"| actor gold `{name}`, {len(r['documents'])} articles ({a['gold']} actors) | actors "
                        f"| {f3(a['precision'])} | {f3(a['recall'])} | {f3(a['f1'])} |")
    rows += outlet_rows(m["checks"])
    for measure in ("messages", "roles", "form"):
        s = q[measure]
        rows.append(f"| quotation dataset `dev` ({q['gold']} quotes) | {measure.capitalize()} (dataset metric) "
                    f"| {f3(s['precision'])} | {f3(s['recall'])} | {f3(s['f1'])} |")
    return rows


def evaluation_block(m: dict) -> list[str]:
    return [*seed_table(m["seed"]), "", *casualty_table(m["sets"]), "", *actor_table(m["sets"]), "",
            *attribution_table(m["sets"]), "",
            *quotation_tables(m["quotation"]), "", *coverage_table(m["coverage"])]


def replace_block(text: str, name: str, lines: list[str], path: Path) -> str:
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.DOTALL)
    if not pattern.search(text):
        sys.exit(f"{path.relative_to(ROOT)} has no {start} … {end} markers")
    note = "<!-- generated by scripts/evaluation_figures.py; do not edit by hand -->"
    return pattern.sub(lambda _: "\n".join([start, note, *lines, end]), text, count=1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=TEXTS, help="the quotation dataset (train/ and dev/)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="exit 1 when a table differs from the measurement")
    mode.add_argument("--print", action="store_true", help="print the tables, change no file")
    args = parser.parse_args()
    if not (args.texts / "dev").is_dir() or not SEED.is_dir():
        sys.exit(f"needs the seed gold ({SEED}) and the quotation dataset ({args.texts})")
    m = measure(args.texts.resolve())
    blocks = {EVALUATION: ("figures", evaluation_block(m)), README: ("accuracy", readme_table(m))}
    stale = []
    for path, (name, lines) in blocks.items():
        if args.print:
            print("\n".join(lines), end="\n\n")
            continue
        old = path.read_text(encoding="utf-8")
        new = replace_block(old, name, lines, path)
        if new != old:
            stale.append(path.relative_to(ROOT))
            if not args.check:
                path.write_text(new, encoding="utf-8")
    if args.check and stale:
        print("stale: " + ", ".join(map(str, stale)), file=sys.stderr)
        return 1
    print("up to date" if not stale else "rewrote " + ", ".join(map(str, stale)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
