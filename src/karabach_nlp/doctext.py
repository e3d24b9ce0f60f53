"""``doc.text`` joined once per doc.

spaCy builds ``Doc.text`` from the tokens on every access (a Python loop over all of them), and
the components read it per mention, quote and attribution; the string never changes for a doc
(retokenising keeps it), so it is kept here until the doc is freed.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from spacy.tokens import Doc

_TEXTS: "WeakKeyDictionary[Doc, str]" = WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text
