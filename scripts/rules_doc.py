"""Write the "Rules in order" tables of docs/rules.md from the components' rule registries.

    python scripts/rules_doc.py           # rewrite the tables between their marker comments
    python scripts/rules_doc.py --check   # exit 1 when a table is out of date

Each table lies between ``<!-- rules:COMPONENT:start -->`` and ``<!-- rules:COMPONENT:end -->``;
its rows are the rules in the order they run: name, stage and the first line of the rule's docstring.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from karabach_nlp.components import rule_sets

DOC = Path(__file__).resolve().parents[1] / "docs" / "rules.md"


def table(component: str) -> str:
    rows = ["| # | rule | stage | what it does |", "|---|---|---|---|"]
    for n, rule in enumerate(rule_sets()[component], 1):
        summary = rule.summary.replace("|", "\\|")
        rows.append(f"| {n} | `{rule.name}` | {rule.stage} | {summary} |")
    return "\n".join(rows)


def render(text: str) -> str:
    for component in rule_sets():
        pattern = re.compile(rf"(<!-- rules:{component}:start -->\n)(?:.*?\n)?(<!-- rules:{component}:end -->)", re.S)
        if not pattern.search(text):
            sys.exit(f"{DOC}: no marker comments for {component}")
        text = pattern.sub(lambda m: m.group(1) + table(component) + "\n" + m.group(2), text)
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only check that the tables are up to date")
    args = parser.parse_args()
    old = DOC.read_text(encoding="utf-8")
    new = render(old)
    if args.check:
        print("up to date" if new == old else f"{DOC} is out of date: run python scripts/rules_doc.py")
        sys.exit(0 if new == old else 1)
    DOC.write_text(new, encoding="utf-8")
    print(f"{DOC}: tables written")


if __name__ == "__main__":
    main()
