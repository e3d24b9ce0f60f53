"""Share of gold speakers of the German news quotation dataset that our actors cover.

    .venv/bin/python scripts/probes/speaker_coverage.py [--split dev] [--n 25] [--offset 0] [--full] [--misses]

The second figure leaves out gold speakers that name no actor of spec §3 by a rough tag-based
filter: phrases opening with an adverb or relative pronoun ("Demnach", "denen") or whose first noun
is a document or statement ("der Bericht", "nach ersten Angaben"; also "Angaben der Polizei").

A gold speaker (the `speaker` role of an annotation, each distinct span counted once per
article) is covered when a mention of one of our actors overlaps it. By default only the actors
component runs (what it finds on its own); --full runs the whole pipeline, where the attribution
component also ties its speaker phrases to actors through resolve_span. Reads the dataset from
../shared/data/quotation-2024 beside the checkout; nothing of it is copied.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import karabach_nlp
from karabach_nlp.components.actors.grammar import SOURCE_NOUNS
from karabach_nlp.components.actors.lexicon import load_lexicon

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "quotation-2024"


def gold_speakers(doc: dict) -> set[tuple[int, int, str]]:
    found = set()
    for ann in doc["annotations"]:
        speaker = ann.get("speaker") or {}
        for span in speaker.get("spans") or []:
            start, end = span["charBegin"], span["charEnd"]
            found.add((start, end, doc["originalText"][start:end]))
    return found


NON_ACTOR_OPENERS = ("PROAV", "PRELS", "PWAV", "PRELAT")  # "Demnach", "denen", "wonach", "dessen"


def names_no_actor(span) -> bool:
    """An adverb, a relative pronoun, or a phrase whose first noun is a document or a statement."""
    words = [t for t in span if not t.is_punct]
    nouns = [t for t in words if t.tag_ in ("NN", "NE")]
    if not words:
        return False
    if words[0].tag_ in NON_ACTOR_OPENERS:
        return True
    low = nouns[0].text.lower() if nouns and nouns[0].tag_ == "NN" else ""
    return bool(low) and (low.endswith(load_lexicon().not_actor_endings) or low in SOURCE_NOUNS or low.endswith(("angaben", "berichten")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=["train", "dev"])
    parser.add_argument("--n", type=int, default=25, help="N articles in file-name order")
    parser.add_argument("--offset", type=int, default=0, help="skip this many articles first")
    parser.add_argument("--full", action="store_true", help="run the whole pipeline, not only the actors")
    parser.add_argument("--misses", action="store_true", help="print the speakers not covered")
    args = parser.parse_args()

    nlp = karabach_nlp.load("blank")
    files = sorted((DATA / args.split).glob("*.json"))[args.offset : args.offset + args.n]
    if not files:
        raise SystemExit(f"no articles under {DATA / args.split}")
    disabled = [] if args.full else ["karabach_attributions", "karabach_casualties"]
    covered = total = actor_total = actor_covered = 0
    seconds = 0.0
    with nlp.select_pipes(disable=disabled):
        for path in files:
            data = json.loads(path.read_text(encoding="utf-8"))
            began = time.perf_counter()
            doc = nlp(data["originalText"])
            seconds += time.perf_counter() - began
            mentions = [(m.start, m.end) for a in doc._.actors or [] for m in a.mentions]
            for start, end, text in sorted(gold_speakers(data)):
                total += 1
                span = doc.char_span(start, end, alignment_mode="expand")
                actor = span is None or not names_no_actor(span)
                actor_total += actor
                if any(s < end and start < e for s, e in mentions):
                    covered += 1
                    actor_covered += actor
                elif args.misses:
                    print(f"  miss: {text!r}  ({path.name[:40]})")
    mode = "full pipeline" if args.full else "actors component alone"
    print(f"{args.split}[{args.offset}:{args.offset + len(files)}]: {len(files)} articles, {total} gold speaker spans, {covered} covered "
          f"by our actors ({mode}): {covered / total:.3f}")
    print(f"  without speakers that name no actor (adverbs, documents): {actor_covered}/{actor_total} = "
          f"{actor_covered / max(actor_total, 1):.3f}")
    print(f"speed: {len(files) / seconds:.1f} articles/s ({seconds:.2f} s in the pipeline)")


if __name__ == "__main__":
    main()
