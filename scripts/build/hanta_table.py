"""Build models/analysis/hanta_forms.sqlite: HanTa's analyses of frequent lower-cased German forms.

The forms (see models/analysis/MODEL_CARD.md):
- the 50,000 most frequent German words of wordfreq 3.1 (its data: CC BY-SA 4.0);
- every form of UD German-GSD dev (../shared/data/ud-german-gsd/de_gsd-ud-dev.conllu);
- every word of our own data files under models/ (lexicons, gazetteers, patterns, analysis
  tables: keys and comments included) and of the seed article. Never the quotation dataset.

Each row holds what the runtime (components/analysis/tagger.py) computes for a form the table
lacks, by the same functions: ``analyze_forward`` (tag scores, packed as in form_table.PAIR;
NULL for forms HanTa's model precomputes itself, which the tagger never asks for) and
``_analyze`` (lemma, tag name) for every tag the sentence tagger may pick for the form, written
lower-case, capitalised or read case-insensitively (``tagger._candidates``). The table is used
only with the HanTa version recorded in its ``meta``.

wordfreq is needed here only, never at run time; install it into the project's venv (ignored):

    .venv/bin/pip install 'wordfreq==3.1.*'
    .venv/bin/python scripts/build/hanta_table.py                      # writes models/analysis/
    .venv/bin/python scripts/build/hanta_table.py --out /tmp/t.sqlite --compare models/analysis/hanta_forms.sqlite
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import sys
import time
from pathlib import Path

from conllu import GSD_DIR, read_conllu

from karabach_nlp.components.analysis import form_table, tagger

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "models" / "analysis" / "hanta_forms.sqlite"
TOP_N = 50_000
OWN_DATA = (".txt", ".json", ".jsonl", ".tsv")  # files under models/ whose words are taken
SEED = Path("data") / "examples" / "berg-karabach.txt"
WORD = re.compile(r"\w+")
SCHEMA = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)",
    "CREATE TABLE forms (form TEXT PRIMARY KEY, forward BLOB, lemmas TEXT) WITHOUT ROWID",
)


def frequent_forms(n: int) -> set[str]:
    try:
        import wordfreq
    except ImportError:
        sys.exit("hanta_table.py needs wordfreq 3.1: .venv/bin/pip install 'wordfreq==3.1.*'")
    return set(wordfreq.top_n_list("de", n))


def gsd_forms(path: Path) -> set[str]:
    return {word.form.lower() for sentence in read_conllu(path) for word in sentence}


def own_files(root: Path) -> list[Path]:
    models = sorted(p for p in (root / "models").rglob("*") if p.suffix in OWN_DATA)
    return models + [root / SEED]


def own_forms(root: Path) -> set[str]:
    return {w.lower() for path in own_files(root) for w in WORD.findall(path.read_text(encoding="utf-8"))}


def analysis(model, form: str) -> tuple[bytes | None, str]:
    """(packed ``analyze_forward``, JSON tag -> [lemma, tag name]) of one lower-cased form."""
    forward = None
    if form not in model.cache:
        forward = b"".join(form_table.PAIR.pack(tag, lp) for tag, lp in model.analyze_forward(form))
    variants = ((form, False), (form, True), (form[:1].upper() + form[1:], True))
    tags = sorted({tag for word, case in variants for tag, _ in tagger._candidates(word, case)})
    lemmas = {str(tag): list(model._analyze(form, tag)) for tag in tags}
    return forward, json.dumps(lemmas, ensure_ascii=False, separators=(",", ":"))


def write_table(path: Path, forms: set[str]) -> None:
    form_table.turn_off()  # compute everything anew, never read the table being replaced
    model = tagger._tagger()
    rows = [(form, *analysis(model, form)) for form in sorted(forms)]
    meta = [("hanta", tagger.model_version()), ("forms", str(len(rows)))]
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    with sqlite3.connect(partial) as db:
        for statement in SCHEMA:
            db.execute(statement)
        db.executemany("INSERT INTO meta VALUES (?, ?)", meta)
        db.executemany("INSERT INTO forms VALUES (?, ?, ?)", rows)
    db.close()
    with sqlite3.connect(partial) as db:
        db.execute("VACUUM")
    db.close()
    partial.replace(path)


def compare(new: Path, old: Path) -> None:
    """How many forms each table holds alone, and whether the common ones are stored identically."""
    tables = []
    for path in (new, old):
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            tables.append({form: (forward, lemmas) for form, forward, lemmas in db.execute("SELECT * FROM forms")})
        db.close()
    ours, theirs = tables
    common = ours.keys() & theirs.keys()
    differing = sorted(form for form in common if ours[form] != theirs[form])
    print(f"forms: {len(common)} in both, {len(ours.keys() - theirs.keys())} only in {new}, "
          f"{len(theirs.keys() - ours.keys())} only in {old}")
    print(f"common forms stored identically (forward bytes and lemmas): {len(common) - len(differing)} of {len(common)}"
          + (f"; differing, e.g. {differing[:10]}" if differing else ""))


def main(argv: list[str]) -> None:
    os.environ["KARABACH_NLP_CACHE_DIR"] = "off"  # every analysis computed here, none read from the user cache
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--gsd", type=Path, default=GSD_DIR / "de_gsd-ud-dev.conllu")
    parser.add_argument("--root", type=Path, default=ROOT, help="tree whose models/ and seed article give our words")
    parser.add_argument("--top", type=int, default=TOP_N, help="wordfreq's most frequent German words taken")
    parser.add_argument("--compare", type=Path, help="a table to compare the new one with")
    args = parser.parse_args(argv)
    if not args.gsd.is_file():
        sys.exit(f"UD German-GSD dev not found at {args.gsd}; name it with --gsd")
    start = time.process_time()
    sources = {"wordfreq": frequent_forms(args.top), "GSD dev": gsd_forms(args.gsd), "own": own_forms(args.root)}
    forms = set().union(*sources.values())
    print(", ".join(f"{name}: {len(found)}" for name, found in sources.items()) + f"; together {len(forms)} forms")
    write_table(args.out, forms)
    size = args.out.stat().st_size / 1e6
    print(f"{args.out}: {len(forms)} forms, {size:.1f} MB, {time.process_time() - start:.0f} s CPU")
    if args.compare:
        compare(args.out, args.compare)


if __name__ == "__main__":
    main(sys.argv[1:])
