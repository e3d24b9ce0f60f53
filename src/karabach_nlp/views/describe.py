"""Short human-readable descriptions of records, shared by the HTML page and the comparison."""

from __future__ import annotations

from typing import Optional

from ..records import Attribution, CasualtyMention, Count

OWN_VOICE = "(the article's own voice)"


def count_range(count: Count) -> str:
    """'874', '≥ 31', '≤ 5000', '2000–9999', with '~' for approximate and '(vague)' for vague."""
    if count.low is not None and count.low == count.high:
        text = str(count.low)
    elif count.high is None:
        text = f"≥ {count.low}"
    elif count.low is None:
        text = f"≤ {count.high}"
    else:
        text = f"{count.low}–{count.high}"
    if count.approximate:
        text = "~" + text
    return text + (" (vague)" if count.vague else "")


def source_of(c: CasualtyMention) -> str:
    """'phrase → actor', the phrase alone, or the article's own voice."""
    if c.source is None:
        return OWN_VOICE
    if c.source_actor and c.source_actor != c.source:
        return f"{c.source} → {c.source_actor}"
    return c.source


def speaker_of(a: Attribution) -> str:
    phrase: Optional[str] = a.speaker.text if a.speaker else None
    if phrase and a.speaker_actor and a.speaker_actor != phrase:
        return f"{phrase} → {a.speaker_actor}"
    return phrase or a.speaker_actor or "(no speaker in the sentence)"


def casualty_summary(c: CasualtyMention) -> str:
    victims = f"{c.victims} ({c.category.value})" if c.victims else c.category.value
    total = ", cumulative" if c.cumulative else ""
    return f"{count_range(c.count)} {c.outcome.value}, victims: {victims}{total}; source: {source_of(c)}"


def attribution_summary(a: Attribution) -> str:
    cue = " … ".join(s.text for s in a.cue) or "-"
    return f"{a.kind.value} attribution; speaker: {speaker_of(a)}; cue: {cue}"
