"""Our HanTa analyses against HanTa's own, on every distinct word form of the corpora at hand.

    .venv/bin/python scripts/probes/hanta_exactness.py [--reference /tmp/hanta-reference.pickle]

Forms: every token of the quotation dataset's train and dev splits (our tokenizer; read in place
from ../shared, never copied) and every word of UD German-GSD (../shared/data/ud-german-gsd).
For each lower-cased form HanTa searches itself (not in its model's own table), compared
float for float and in order:
- ``morphology.analyze_forward`` against HanTa's ``analyze_forward``;
- ``morphology.analyze_viterbi`` against HanTa's, for every tag the sentence tagger may pick for
  the form (``_tag_word`` with cut-off 5, each case, each way of reading case);
- the tagger's ``_analyze`` (shipped table, else our search) against HanTa's ``_analyze``.
HanTa's own answers take ~100 s CPU; ``--reference`` keeps them in a file (outside the repository:
the forms come from the dataset) and reads them from there next time. The user cache of analyses
is off. Exit status 1 on any difference.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"


def corpus_forms() -> list[str]:
    """Distinct forms (as written) of train, dev and UD German-GSD."""
    import karabach_nlp

    nlp = karabach_nlp.load()
    forms: set[str] = set()
    for split in ("train", "dev"):
        for path in sorted((SHARED / "quotation-2024" / split).glob("*.json")):
            doc = nlp.make_doc(json.loads(path.read_text(encoding="utf-8"))["originalText"])
            forms.update(t.text for t in doc if not t.is_space)
    for path in sorted((SHARED / "ud-german-gsd").glob("*.conllu")):
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) > 1 and cols[0].isdigit():  # words, not multi-word ranges or empty nodes
                forms.add(cols[1])
    return sorted(forms)


def hantas_answers(forms: list[str]) -> dict:
    """HanTa's own forward scores, morpheme paths and lemmas for the forms (as published)."""
    from HanTa import HanoverTagger as ht

    from karabach_nlp.components.analysis.tagger import MAX_WORD_LENGTH

    model = ht.HanoverTagger("morphmodel_ger.pgz")
    forward, paths, lemmas = {}, {}, {}
    for word in forms:
        if len(word) > MAX_WORD_LENGTH:  # the tagger never analyses these (tagger.py)
            continue
        form = model.normalize(word)
        if form not in model.cache:
            forward.setdefault(form, model.analyze_forward(form))
        tags = {tag for variant in {word, word.lower(), word[:1].upper() + word[1:]} for case in (True, False)
                for tag, _ in model._tag_word(variant, 5, case, True)}
        for tag in tags:
            key = (word.lower(), tag)
            if key not in lemmas:
                if -tag not in model.atomic_class:
                    paths[key] = model.analyze_viterbi(word.lower(), -tag)
                lemmas[key] = model._analyze(word, tag)
    return {"forward": forward, "paths": paths, "lemmas": lemmas}


def differences(reference: dict) -> list[str]:
    """What our search and our tagger answer differently from HanTa."""
    from HanTa import HanoverTagger as ht

    from karabach_nlp.components.analysis import morphology, tagger

    model, ours = ht.HanoverTagger("morphmodel_ger.pgz"), tagger._tagger()
    found = [f"forward {form!r}" for form, theirs in reference["forward"].items()
             if morphology.analyze_forward(model, form) != theirs]
    found += [f"viterbi {form!r} {tag}" for (form, tag), theirs in reference["paths"].items()
              if morphology.analyze_viterbi(model, form, -tag) != theirs]
    found += [f"_analyze {form!r} {tag}" for (form, tag), theirs in reference["lemmas"].items()
              if ours._analyze(form, tag) != theirs]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reference", type=Path, help="file of HanTa's own answers: read if present, else written")
    args = parser.parse_args()
    # our answers must come from the search itself, never from the user cache of earlier runs
    os.environ["KARABACH_NLP_CACHE_DIR"] = "off"
    started = time.process_time()
    if args.reference and args.reference.is_file():
        reference = pickle.loads(args.reference.read_bytes())
    else:
        forms = corpus_forms()
        print(f"{len(forms):,} distinct forms; HanTa's own analyses (~100 s CPU) ...", flush=True)
        reference = hantas_answers(forms)
        if args.reference:
            args.reference.write_bytes(pickle.dumps(reference))
    print(f"HanTa: {time.process_time() - started:.1f} s CPU", flush=True)
    started = time.process_time()
    found = differences(reference)
    print(f"ours: {time.process_time() - started:.1f} s CPU for {len(reference['forward']):,} forward searches, "
          f"{len(reference['paths']):,} morpheme paths, {len(reference['lemmas']):,} lemmas: {len(found)} differ")
    print("\n".join(found[:50]))
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
