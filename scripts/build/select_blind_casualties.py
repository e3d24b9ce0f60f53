"""Choose the articles of data/gold/quotation-casualties-blind/ reproducibly.

Rule: every train+dev document of the quotation dataset, sorted by its path ("dev/..." before
"train/..."), whose text has a number (digits or a number word) followed within three words by a
casualty outcome word; documents already in the two earlier casualty gold sets are dropped; of the
rest, every STRIDE-th from OFFSET (or from --offset N) is taken. Prints the chosen paths; reads the dataset only.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEXTS = ROOT.parent / "shared" / "data" / "quotation-2024"
EXISTING = ["quotation-casualties", "quotation-casualties-heldout"]
STRIDE, OFFSET, WANT = 5, 2, 16

NUMBER = (r"(?:\d+(?:[.,]\d+)*(?![.\d])|ein(?:e|er|en)?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf"
          r"|(?:zwan|drei|vier|fünf|sech|sieb|acht|neun)zig|hundert\w*|Dutzende\w*|Hunderte\w*|Tausende\w*|mehrere|zahlreiche)")
OUTCOME = (r"(?:Tote[n]?|getötet\w*|Todesopfer\w*|ums Leben|starben|Leichen|Verletzte\w*|verletzt\w*"
           r"|verwundet\w*|Verwundete\w*|vermisst\w*|Vermisste\w*|entführt\w*|Geiseln|verschleppt\w*)")
PATTERN = re.compile(rf"\b{NUMBER}\s+(?:\S+\s+){{0,3}}{OUTCOME}\b", re.IGNORECASE)


def candidates() -> list[str]:
    used = set()
    for name in EXISTING:
        for path in (ROOT / "data" / "gold" / name).glob("*.gold.json"):
            used.add(json.loads(path.read_text(encoding="utf-8"))["document"])
    found = []
    for path in sorted(TEXTS.glob("*/*.json"), key=lambda p: f"{p.parent.name}/{p.name}"):
        doc = f"{path.parent.name}/{path.name}"
        if doc in used:
            continue
        if PATTERN.search(json.loads(path.read_text(encoding="utf-8"))["originalText"]):
            found.append(doc)
    return found


def main() -> None:
    # --offset 4: the second blind set (data/gold/quotation-casualties-blind2/)
    offset = int(sys.argv[2]) if len(sys.argv) == 3 and sys.argv[1] == "--offset" else OFFSET
    found = candidates()
    chosen = found[offset::STRIDE][:WANT]
    print(f"{len(found)} candidates, stride {STRIDE} from {offset}: {len(chosen)} chosen", file=sys.stderr)
    print("\n".join(chosen))


if __name__ == "__main__":
    main()
