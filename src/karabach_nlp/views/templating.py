"""The Jinja2 environment of the views: templates ship in the package, every value is escaped."""

from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape


@lru_cache(maxsize=1)
def environment() -> Environment:
    # autoescape for .html.j2 too: an article containing "<script>" must stay text
    return Environment(
        loader=PackageLoader("karabach_nlp.views", "templates"),
        autoescape=select_autoescape(["html", "html.j2"], default_for_string=True, default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(template: str, **context) -> str:
    return environment().get_template(template).render(**context)
