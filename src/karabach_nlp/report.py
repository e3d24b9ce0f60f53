"""Readable tables of evaluation figures (rich), for the ``eval`` command."""

from __future__ import annotations

from typing import Any, Optional

from rich.console import Console
from rich.table import Table


def _pct(x: Optional[float]) -> str:
    return "-" if x is None else f"{x:.3f}"


def render_report(figures: dict[str, Any], console: Optional[Console] = None) -> None:
    console = console or Console()
    console.print(f"documents: {len(figures['documents'])}")
    table = Table(title="karabach-nlp eval")
    for col in ("section", "gold", "pred", "matched", "P", "R", "F1"):
        table.add_column(col, justify="right" if col != "section" else "left")
    for section in ("casualties", "attributions", "actors"):
        s = figures[section]
        table.add_row(section, str(s["gold"]), str(s["predicted"]), str(s["matched"]),
                      _pct(s["precision"]), _pct(s["recall"]), _pct(s["f1"]))
    console.print(table)
    fields = Table(title="matched pairs: share with the field right")
    fields.add_column("section")
    fields.add_column("field")
    fields.add_column("accuracy", justify="right")
    for section in ("casualties", "attributions", "actors"):
        for name, value in figures[section]["fields"].items():
            fields.add_row(section, name, _pct(value))
    console.print(fields)
    for doc, sections in (figures.get("errors") or {}).items():
        for section, errs in sections.items():
            for e in errs:
                console.print(f"{doc} {section}: {e}", markup=False)
