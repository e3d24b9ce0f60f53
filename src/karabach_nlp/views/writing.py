"""Writing report pages to disk: one file for one article, a folder of pages for several."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from spacy.language import Language

from ..errors import KarabachError
from .html_report import render_report
from .pages import page_file_name, pages


def write_text(path: Path, text: str) -> None:
    """Write via a temporary file, so a failed run never leaves half a page behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def write_reports(
    source: Path, output: Path, nlp_factory: Callable[[], Language], *, texts: Optional[Path] = None,
    text_field: str = "text", encoding: str = "utf-8", skipped: Callable[[str], None] = lambda msg: None,
) -> list[Path]:
    """The report pages of ``source`` (see :func:`pages`): ``output`` is the page, or a folder of
    pages when ``source`` holds several articles. Returns the files written."""
    found = list(pages(source, nlp_factory, texts=texts, text_field=text_field, encoding=encoding, skipped=skipped))
    if not found:
        raise KarabachError(f"{source}: holds no article to report on")
    if len(found) == 1 and not output.is_dir():
        write_text(output, render_report(found[0].claims, found[0].text, title=found[0].name))
        return [output]
    if output.exists() and not output.is_dir():
        raise KarabachError(f"{output}: {source} holds {len(found)} articles; pass a folder for their pages")
    written = []
    for page in found:
        target = output / page_file_name(page.name)
        write_text(target, render_report(page.claims, page.text, title=page.name))
        written.append(target)
    return written
