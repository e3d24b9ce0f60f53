"""Quotation-mark spans in German text: „…“ "…" »…« «…» ‚…‘, nested, across sentences.

A quote that is opened and never closed is dropped (no guessing), except that a paragraph
which ends inside a quote while the next paragraph opens with the same mark continues it
(the typographic convention for quotes running over several paragraphs).
"""

from __future__ import annotations

from dataclasses import dataclass

# opening mark -> the marks that close it
PAIRS = {
    "„": "“”\"",
    "»": "«",
    "«": "»",
    "‚": "‘’",
    "“": "”",
    "\"": "\"",
}


@dataclass(frozen=True)
class Quote:
    start: int  # first character inside the marks
    end: int  # the closing mark's offset (end exclusive of the content)
    open_mark: str
    depth: int  # 0: outermost

    @property
    def outer_start(self) -> int:
        return self.start - 1

    @property
    def outer_end(self) -> int:
        return self.end + 1


def _opens_straight(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([-–—/") and not after.isspace()


def _closes_apostrophe_like(text: str, i: int) -> bool:
    # ’ between letters is an apostrophe ("geht’s"), not a closing mark
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not (before.isalnum() and after.isalnum())


def find_quotes(text: str) -> list[Quote]:
    """Every balanced quote, outermost and nested, sorted by start."""
    found: list[Quote] = []
    stack: list[tuple[str, int]] = []  # (opening mark, content start)
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\n" and stack:
            j = i
            while j < n and text[j].isspace():
                j += 1
            if len(stack) == 1 and j < n and text[j] == stack[0][0]:
                i = j + 1  # the next paragraph reopens the same mark: one quote runs on
                continue
            stack.clear()  # a paragraph ends inside open marks: they were unbalanced
        if stack and ch in PAIRS[stack[-1][0]] and (ch not in "’‘" or _closes_apostrophe_like(text, i)):
            if ch != "\"" or stack[-1][0] == "\"" or not _opens_straight(text, i):
                mark, start = stack.pop()
                found.append(Quote(start, i, mark, len(stack)))
                i += 1
                continue
        if ch in PAIRS:
            if ch == "\"" and not _opens_straight(text, i):
                i += 1
                continue
            if ch == "«" and stack and stack[-1][0] == "»":
                pass  # handled above as a closer
            elif ch == "“" and not _opens_straight(text, i):
                pass  # a closing “ with no „ open: stray mark
            else:
                stack.append((ch, i + 1))
        i += 1
    return sorted(found, key=lambda q: (q.start, -q.end))
