"""What ``karabach-nlp report`` turns into pages: an article (extracted now) or saved claims
(``extract`` JSON or ``batch`` JSON Lines) together with the text they were extracted from."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Optional

from spacy.language import Language

from ..batch.inputs import find_item
from ..errors import InputNotFound, KarabachError
from ..json_article import is_json, json_objects, read_json_article
from ..records import ArticleClaims
from ..textio import checksum, read_article


@dataclass(frozen=True)
class Page:
    name: str  # the article's key: its path, or a batch line's path
    claims: ArticleClaims
    text: str


def is_claims(obj) -> bool:
    return isinstance(obj, dict) and "meta" in obj and "casualties" in obj


def _claims(obj: dict) -> ArticleClaims:
    fields = {k: obj[k] for k in ("meta", "actors", "casualties", "attributions") if k in obj}
    return ArticleClaims.model_validate(fields)


def _text_for(obj: dict, claims: ArticleClaims, texts: list[Path], text_field: str, encoding: str) -> str:
    """The article text of a claims record: a kept text field, else read again from ``texts``."""
    kept = (obj.get("fields") or {}).get(text_field)
    if isinstance(kept, str):
        return kept
    key = obj.get("path") or claims.meta.path
    if not key:
        raise KarabachError("the claims name no article path; pass the article itself instead")
    for root in texts:
        try:
            item = find_item(root, key, encoding=encoding, text_field=text_field)
        except InputNotFound:
            continue
        if item.text is not None:
            return item.text
    where = ", ".join(str(t) for t in texts)
    raise InputNotFound(f"{key}: article text not found under {where}; pass --texts with the folder the batch read")


def _from_claims(objects: list, texts: list[Path], text_field: str, encoding: str,
                 skipped: Callable[[str], None]) -> Iterator[Page]:
    for obj in objects:
        if isinstance(obj, dict) and "error" in obj:
            skipped(f"{obj.get('path')}: failed in the batch ({obj['error']})")
            continue
        claims = _claims(obj)
        text = _text_for(obj, claims, texts, text_field, encoding)
        if claims.meta.sha256 and checksum(text) != claims.meta.sha256:
            raise KarabachError(f"{obj.get('path') or claims.meta.path}: the text found differs from the one the claims were extracted from (sha256)")
        yield Page(obj.get("path") or claims.meta.path or "article", claims, text)


def pages(
    source: str | Path, nlp_factory: Callable[[], Language], *, texts: Optional[Path] = None,
    text_field: str = "text", encoding: str = "utf-8", skipped: Callable[[str], None] = lambda msg: None,
) -> Iterator[Page]:
    """The pages of ``source``: an article file (.txt, or .json/.jsonl with ``text_field``), or a
    claims file. Claims need their text: a kept ``text_field``, or the file under ``texts``
    (default: the claims file's folder, then the current folder)."""
    from .. import api

    source = Path(source)
    objects = json_objects(source, encoding) if is_json(source) else None
    if objects and any(is_claims(o) for o in objects):
        roots = [texts] if texts else [source.parent, Path.cwd()]
        yield from _from_claims(objects, roots, text_field, encoding, skipped)
        return
    article = read_json_article(source, text_field, encoding) if objects is not None else read_article(source, encoding=encoding)
    yield Page(article.path or str(source), api.extract(article.text, nlp_factory(), path=article.path), article.text)


def page_file_name(key: str) -> str:
    """A file name for a page of a batch with many articles: 'a/b.txt' -> 'a_b.txt.html'."""
    return re.sub(r"[^\w.-]+", "_", key).strip("_") + ".html"
