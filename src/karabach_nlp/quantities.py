"""German quantity parser: the quantity words of a mention to a spec ``Count`` interval."""

from __future__ import annotations

import re
from typing import Optional

from .records import Count

_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{3})+$|^\d+$")
_QUALIFIED = re.compile(r"^(?P<q>mehr als|über|mindestens)\s+(?P<n>\S+)$", re.IGNORECASE)


def parse_number(words: str) -> Optional[int]:
    words = words.strip()
    if _NUMBER.match(words):
        return int(words.replace(".", ""))
    return None


def parse_count(words: str) -> Optional[Count]:
    """The interval the words denote, or None when they are no quantity."""
    m = _QUALIFIED.match(words.strip())
    if m:
        n = parse_number(m.group("n"))
        if n is None:
            return None
        if m.group("q").lower() == "mindestens":
            return Count(low=n)
        return Count(low=n + 1)
    n = parse_number(words)
    return Count(low=n, high=n) if n is not None else None
