"""Build models/analysis/hanta_forms.packed: HanTa's analyses of frequent lower-cased German forms.

The forms (see models/analysis/MODEL_CARD.md):
- the 100,000 most frequent German words of wordfreq 3.1 (its data: CC BY-SA 4.0);
- every form of UD German-GSD dev (../shared/data/ud-german-gsd/de_gsd-ud-dev.conllu);
- every word of our own data files under models/ (lexicons, gazetteers, patterns, analysis
  tables: keys and comments included) and of the seed article. Never the quotation dataset.

Each row holds what the runtime (components/analysis/tagger.py) computes for a form the table
lacks, by the same functions: of ``analyze_forward``'s tag scores those ``_tag_word``'s cut-off
can keep (null for forms HanTa's model precomputes itself, which the tagger never asks for),
and ``_analyze`` (lemma, tag name) for every tag the sentence tagger may pick for the form,
written lower-case, capitalised or read case-insensitively (``tagger._candidates``). The file
layout is described in components/analysis/form_table.py; the table is used only with the
HanTa version recorded in its header.

wordfreq is needed here only, never at run time; install it into the project's venv (ignored):

    .venv/bin/pip install 'wordfreq==3.1.*'
    .venv/bin/python scripts/build/hanta_table.py                      # writes models/analysis/
    .venv/bin/python scripts/build/hanta_table.py --out /tmp/t.packed --compare models/analysis/hanta_forms.packed
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
import zlib
from pathlib import Path

from conllu import GSD_DIR, read_conllu

from karabach_nlp.components.analysis import form_table, tagger

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "models" / "analysis" / "hanta_forms.packed"
TOP_N = 100_000
OWN_DATA = (".txt", ".json", ".jsonl", ".tsv")  # files under models/ whose words are taken
SEED = Path("data") / "examples" / "berg-karabach.txt"
WORD = re.compile(r"\w+")
BLOCK = 64  # rows per zlib block: small enough that a look-up unpacks little, large enough to compress


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


def kept_tags(model, form: str, pairs: list[tuple[int, float]]) -> set[int]:
    """The tags of ``pairs`` (``analyze_forward(form)``) that ``_tag_word`` returns for the form
    written lower-case or capitalised, read case-sensitively or not, conditional or not: the
    others are cut off whichever way the tagger asks, so the table leaves them out."""
    original = model.analyze_forward
    model.analyze_forward = lambda word: pairs
    try:
        variants = ((form, False), (form, True), (form[:1].upper() + form[1:], True))
        return {tag for word, case in variants for conditional in (True, False)
                for tag, _ in model._tag_word(word, cutoff=5, casesensitive=case, conditional=conditional)}
    finally:
        model.analyze_forward = original


def analysis(model, form: str) -> str:
    """The packed row of one lower-cased form (see form_table): JSON [forward, lemmas]."""
    forward = None
    if form not in model.cache:
        pairs = model.analyze_forward(form)
        kept = kept_tags(model, form, pairs)
        forward = [x for tag, lp in pairs if tag in kept for x in (tag, lp)]
    variants = ((form, False), (form, True), (form[:1].upper() + form[1:], True))
    tags = sorted({tag for word, case in variants for tag, _ in tagger._candidates(word, case)})
    lemmas = [x for tag in tags for x in (tag, *model._analyze(form, tag))]
    return json.dumps([forward, lemmas], ensure_ascii=False, separators=(",", ":"))


def pack(rows: list[tuple[str, str]], hanta: str) -> bytes:
    """The table file: a JSON index line, then zlib blocks of BLOCK rows (sorted by form)."""
    blocks, index = [], []
    for k in range(0, len(rows), BLOCK):
        chunk = rows[k:k + BLOCK]
        blocks.append(zlib.compress("\n".join(f"{form}\t{row}" for form, row in chunk).encode("utf-8"), 9))
        index.append([chunk[0][0], len(blocks[-1])])
    header = {"format": form_table.FORMAT, "hanta": hanta, "forms": len(rows), "blocks": index}
    return json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n" + b"".join(blocks)


def write_table(path: Path, forms: set[str]) -> None:
    form_table.turn_off()  # compute everything anew, never read the table being replaced
    model = tagger._tagger()
    rows = [(form, analysis(model, form)) for form in sorted(forms)]
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(pack(rows, tagger.model_version()))
    partial.replace(path)


def read_rows(path: Path) -> dict[str, str]:
    """form -> packed row of a table file."""
    return form_table.Packed(path.read_bytes()).rows()


def compare(new: Path, old: Path) -> None:
    """How many forms each table holds alone, and whether the common ones are stored identically."""
    ours, theirs = read_rows(new), read_rows(old)
    common = ours.keys() & theirs.keys()
    differing = sorted(form for form in common if ours[form] != theirs[form])
    print(f"forms: {len(common)} in both, {len(ours.keys() - theirs.keys())} only in {new}, "
          f"{len(theirs.keys() - ours.keys())} only in {old}")
    print(f"common forms stored identically: {len(common) - len(differing)} of {len(common)}"
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
