"""The comparison table written out: CSV, Parquet, HTML, or a rich table on the terminal."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Optional

from rich.console import Console
from rich.table import Table

from .. import __version__
from .compare import COLUMNS, CompareInputError, FigureRow, conflict_count
from .templating import render

LIST_SEPARATOR = " | "  # conflicts_with in CSV: one cell


def _columns(rows: list[FigureRow]) -> list[str]:
    names = list(COLUMNS)
    for row in rows:
        names += [k for k in row.flat() if k not in names]
    return names


def to_csv(rows: list[FigureRow]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=_columns(rows), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        flat = row.flat()
        flat["conflicts_with"] = LIST_SEPARATOR.join(flat["conflicts_with"])
        writer.writerow(flat)
    return out.getvalue()


def write_parquet(rows: list[FigureRow], path: Path) -> None:
    try:
        import pandas as pd
    except ImportError:
        raise CompareInputError(
            "--format parquet needs pandas and pyarrow: pip install 'karabach-nlp[parquet]'"
        ) from None
    frame = pd.DataFrame([r.flat() for r in rows], columns=_columns(rows))
    # open bounds are null: keep the counts integers rather than floats with NaN
    frame = frame.astype({"count_low": "Int64", "count_high": "Int64", "start": "Int64", "end": "Int64"})
    try:
        frame.to_parquet(path, index=False)
    except ImportError as err:
        raise CompareInputError(f"--format parquet needs pyarrow ({err}): pip install 'karabach-nlp[parquet]'") from None


def to_html(rows: list[FigureRow], title: str = "Casualty figures by source") -> str:
    groups: dict[tuple, list[FigureRow]] = {}
    for row in rows:
        groups.setdefault(row.group, []).append(row)
    kept = [c for c in _columns(rows) if c not in COLUMNS]
    return render("compare.html.j2", title=title, version=__version__, groups=groups, kept=kept,
                  conflicts=conflict_count(rows), articles=len({r.article for r in rows}), rows=len(rows))


def print_table(rows: list[FigureRow], console: Optional[Console] = None) -> None:
    console = console or Console()
    table = Table(title=f"casualty figures by source: {len(rows)} figures, {conflict_count(rows)} in conflict")
    for name in ("outcome / victims", "source", "figure", "as written", "article", "conflicts with"):
        table.add_column(name, overflow="fold")
    previous = None
    for row in rows:
        if previous is not None and row.group != previous:
            table.add_section()
        previous = row.group
        what = f"{row.outcome} / {row.category}" + (" (total)" if row.cumulative else "")
        style = "bold red" if row.conflict else None
        kept = ", ".join(f"{k}={v}" for k, v in row.fields.items() if v is not None)
        table.add_row(what, row.source, row.count, row.count_text, row.article + (f"\n{kept}" if kept else ""),
                      "\n".join(row.conflicts_with), style=style)
    console.print(table)
