"""The ``karabach-nlp`` command: a thin Typer layer over the library."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from .errors import KarabachError
from .startup import collector_paused, own_process

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Extract casualty figures, attributions and actors from German news articles.",
)

STRICT_FAILED_EXIT = 13  # batch --strict: every input was handled, but some failed

TextFieldOpt = typer.Option("text", "--text-field", help="Field holding the article in .json/.jsonl inputs.")


def _version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"karabach-nlp {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """Extract casualty figures, attributions and actors from German news articles."""


ModelOpt = typer.Option("auto", "--model", help="'auto' (de_core_news_md when installed, else blank), 'blank', or a spaCy package name or folder.")
GazetteerOpt = typer.Option(None, "--gazetteer", help="JSON/JSONL file of your own actor entries (name, type, aliases, wikidata); see docs/rules.md.")


def _fail(err: KarabachError) -> None:
    typer.echo(f"karabach-nlp: error: {err}", err=True)
    raise typer.Exit(err.exit_code)


def _write(text: str, output: Optional[Path]) -> None:
    if output is None:
        sys.stdout.write(text + "\n")
        return
    tmp = output.with_name(output.name + ".tmp")
    tmp.write_text(text + "\n", encoding="utf-8")
    tmp.replace(output)  # never leave a half-written file behind


@app.command()
def extract(
    path: str = typer.Argument(..., help="Article text file (UTF-8), a .json/.jsonl article (see --text-field), or '-' for standard input."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the JSON here instead of stdout."),
    compact: bool = typer.Option(False, "--compact", help="One line of JSON instead of indented."),
    encoding: str = typer.Option("utf-8", "--encoding", help="Encoding of the input file."),
    text_field: str = TextFieldOpt,
    model: str = ModelOpt,
    gazetteer: Optional[Path] = GazetteerOpt,
) -> None:
    """Print the claims of one article as JSON."""
    with collector_paused():  # spaCy's modules: nothing to scan (startup.py)
        from . import api, pipeline
    from .json_article import is_json, read_json_article
    from .textio import read_article

    try:
        if path != "-" and is_json(path):
            article = read_json_article(path, text_field, encoding)
        else:
            article = read_article(path, encoding=encoding)
        nlp = pipeline.load(model, gazetteer=str(gazetteer) if gazetteer else None)
        claims = api.extract(article.text, nlp, path=article.path)
    except KarabachError as err:
        _fail(err)
    _write(claims.model_dump_json(indent=None if compact else 2), output)


@app.command("eval")
def eval_cmd(
    gold_dir: Path = typer.Argument(..., help="Folder of NAME.txt + NAME.gold.json files."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    errors: bool = typer.Option(False, "--errors", help="List every miss, spurious and wrong field."),
    texts: Optional[Path] = typer.Option(None, "--texts", help="Dataset folder for gold files that name a document (offsets-only gold)."),
    model: str = ModelOpt,
) -> None:
    """Score extraction against gold files (shared/eval/README.md)."""
    with collector_paused():  # spaCy's modules: nothing to scan (startup.py)
        from . import pipeline
    from .evaluate import evaluate_dir
    from .report import render_report

    try:
        report = evaluate_dir(gold_dir, pipeline.load(model), texts=texts)
    except KarabachError as err:
        _fail(err)
    figures = report.to_dict()
    if not errors:
        figures.pop("errors")
    if as_json:
        typer.echo(json.dumps(figures, indent=2, ensure_ascii=False))
    else:
        render_report(figures)


quotation = typer.Typer(no_args_is_help=True, help="The German news quotation dataset: export and score.")
app.add_typer(quotation, name="quotation")


@quotation.command("export")
def quotation_export(
    split_dir: Path = typer.Argument(..., help="Folder of dataset documents (*.json)."),
    out_dir: Path = typer.Argument(..., help="Folder for one prediction file per document."),
    model: str = ModelOpt,
) -> None:
    """Write our attributions for every document in the dataset's own annotation format."""
    with collector_paused():  # spaCy's modules: nothing to scan (startup.py)
        from . import pipeline
    from .quotation_dataset import export_split

    try:
        written = export_split(split_dir, out_dir, pipeline.load(model))
    except KarabachError as err:
        _fail(err)
    typer.echo(f"wrote {len(written)} prediction files to {out_dir}")


@quotation.command("score")
def quotation_score(
    split_dir: Path = typer.Argument(..., help="Folder of gold dataset documents (*.json)."),
    predictions: Optional[Path] = typer.Option(None, "--predictions", help="Score exported files instead of predicting now."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    model: str = ModelOpt,
) -> None:
    """Score our attributions with the dataset's own metric (Messages, Roles, Joint, Form)."""
    with collector_paused():  # spaCy's modules: nothing to scan (startup.py)
        from . import pipeline
    from .quotation_dataset import render_score, score_split

    try:
        nlp = None if predictions else pipeline.load(model)
        figures = score_split(split_dir, nlp, predictions).to_dict()
    except KarabachError as err:
        _fail(err)
    typer.echo(json.dumps(figures, indent=2) if as_json else render_score(figures))


@app.command()
def batch(
    input_dir: Path = typer.Argument(..., help="Folder of articles (searched recursively), or one .jsonl/.json dump."),
    output: str = typer.Option(..., "--output", "-o", help="JSON Lines file: one line per article or failed input; '-' streams them to stdout."),
    glob: list[str] = typer.Option(["*.txt"], "--glob", help="File pattern, repeatable (e.g. --glob '*.jsonl')."),
    text_field: str = TextFieldOpt,
    keep_field: list[str] = typer.Option([], "--keep-field", help="Field of .json/.jsonl articles to copy into each output line (under 'fields'), repeatable: --keep-field id --keep-field url."),
    strict: bool = typer.Option(False, "--strict", help=f"Exit with code {STRICT_FAILED_EXIT} when any input failed."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Processes (Dask workers with --scheduler local)."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Articles per chunk sent to a worker (at most; with several workers the last chunks are smaller)."),
    resume: bool = typer.Option(False, "--resume", help="Skip articles already in the output (same path and checksum)."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Empty an existing output file first."),
    scheduler: Optional[str] = typer.Option(
        None, "--scheduler", help="Run on Dask: 'local' (a LocalCluster) or a scheduler address."
    ),
    progress: str = typer.Option(
        "auto", "--progress", help="'auto' (a bar on a terminal, log lines otherwise), 'bar', 'log' or 'none'."
    ),
    encoding: str = typer.Option("utf-8", "--encoding", help="Encoding of the input files."),
    model: str = ModelOpt,
    gazetteer: Optional[Path] = GazetteerOpt,
) -> None:
    """Extract the claims of every article in a folder into a JSON Lines file."""
    with collector_paused():  # spaCy's modules: nothing to scan (startup.py)
        from . import batch as batch_mod

    if progress not in ("auto", "bar", "log", "none"):
        _fail(KarabachError(f"--progress must be auto, bar, log or none, not {progress!r}"))
    try:
        summary = batch_mod.run(
            input_dir, output, globs=glob, text_field=text_field, keep_fields=keep_field, encoding=encoding, model=model,
            workers=workers, batch_size=batch_size, scheduler=scheduler, resume=resume,
            overwrite=overwrite, progress=progress, gazetteer=str(gazetteer) if gazetteer else None,
        )
    except KarabachError as err:
        _fail(err)
    typer.echo(summary.describe(), err=True)
    if summary.interrupted:
        raise typer.Exit(130)
    if strict and summary.errors:
        raise typer.Exit(STRICT_FAILED_EXIT)


@app.command()
def schema(
    batch_line: bool = typer.Option(False, "--batch", help="The schema of a line of the batch output instead."),
) -> None:
    """Print the JSON Schema of the extract output (or of a batch line)."""
    from .batch.output import BatchLine
    from .records import ArticleClaims

    model = BatchLine if batch_line else ArticleClaims
    typer.echo(json.dumps(model.model_json_schema(), indent=2, ensure_ascii=False))


@app.command()
def report(
    source: Path = typer.Argument(..., help="An article (.txt, or .json/.jsonl with --text-field), or claims: extract JSON or batch JSON Lines."),
    output: Path = typer.Option(..., "--output", "-o", help="The HTML file; a folder when the claims hold several articles."),
    texts: Optional[Path] = typer.Option(None, "--texts", help="Where the claims' articles are: the folder (or dump) the batch read. Default: beside the claims, then here."),
    text_field: str = TextFieldOpt,
    encoding: str = typer.Option("utf-8", "--encoding", help="Encoding of the input files."),
    model: str = ModelOpt,
) -> None:
    """Write a self-contained HTML page per article: the text with the claims highlighted, tables of figures and of who said what."""
    with collector_paused():  # spaCy's modules: nothing to scan (startup.py)
        from . import pipeline
    from .views.writing import write_reports

    try:
        written = write_reports(source, output, lambda: pipeline.load(model), texts=texts, text_field=text_field,
                                encoding=encoding, skipped=lambda msg: typer.echo(f"karabach-nlp: skipped {msg}", err=True))
    except KarabachError as err:
        _fail(err)
    typer.echo(f"wrote {len(written)} report page{'s' if len(written) != 1 else ''}: {written[0] if len(written) == 1 else output}", err=True)


@app.command()
def compare(
    claims: list[Path] = typer.Argument(..., help="Batch output(s) (JSON Lines), or extract JSON files."),
    fmt: str = typer.Option("table", "--format", "-f", help="table (rich, on the terminal), csv, jsonl, parquet or html."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of stdout (required for parquet)."),
) -> None:
    """Cross-source table of the casualty figures, conflicting figures of different sources flagged."""
    from .views import compare_output as out
    from .views.compare import compare as compare_rows, conflict_count, to_jsonl
    from .views.writing import write_text

    if fmt not in ("table", "csv", "jsonl", "parquet", "html"):
        _fail(KarabachError(f"--format must be table, csv, jsonl, parquet or html, not {fmt!r}"))
    if fmt == "parquet" and output is None:
        _fail(KarabachError("--format parquet writes a file: pass --output FILE.parquet"))
    skipped: list[str] = []
    try:
        rows = compare_rows(claims, skipped)
        if fmt == "table":
            out.print_table(rows)
        elif fmt == "parquet":
            out.write_parquet(rows, output)
        else:
            text = {"csv": out.to_csv, "jsonl": to_jsonl, "html": out.to_html}[fmt](rows)
            if output:
                write_text(output, text)
            else:
                sys.stdout.write(text)
    except KarabachError as err:
        _fail(err)
    typer.echo(f"{len(rows)} casualty figures, {conflict_count(rows)} in conflict; {len(skipped)} failed inputs skipped", err=True)


def main() -> None:
    own_process()  # the command line's process is ours: start-up objects may be frozen (startup.py)
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("karabach-nlp: interrupted", err=True)
        sys.exit(130)
