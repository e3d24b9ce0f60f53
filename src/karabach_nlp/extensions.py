"""The ``Doc._`` attributes our components write, and how they survive ``DocBin``/``n_process``."""

from __future__ import annotations

import srsly
from spacy.tokens import Doc

from . import records

DOC_ATTRS = ("actors", "casualties", "attributions")

_MARK = "__karabach_record__"
_TYPES = {cls.__name__: cls for cls in (records.Actor, records.CasualtyMention, records.Attribution)}


def _encode(obj, chain=None):
    # Pydantic records are not msgpack-able; spaCy ships docs between processes as msgpack.
    name = type(obj).__name__
    if name in _TYPES and isinstance(obj, _TYPES[name]):
        return {_MARK: name, "data": obj.model_dump(mode="json")}
    return obj if chain is None else chain(obj)


def _decode(obj, chain=None):
    if isinstance(obj, dict) and _MARK in obj:
        return _TYPES[obj[_MARK]].model_validate(obj["data"])
    return obj if chain is None else chain(obj)


def register() -> None:
    for attr in DOC_ATTRS:
        if not Doc.has_extension(attr):
            Doc.set_extension(attr, default=None)
    srsly.msgpack_encoders.register("karabach_records", func=_encode)
    srsly.msgpack_decoders.register("karabach_records", func=_decode)


register()
