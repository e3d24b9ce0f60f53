"""Who told a casualty figure: the speaker of the attribution whose content holds it."""

from __future__ import annotations

from typing import Optional

from ...records import Attribution, CasualtyMention, Span


def source_of(span: Span, attributions: list[Attribution]) -> Optional[tuple[Optional[Span], Attribution]]:
    """The speaker phrase a figure is attributed to, and the attribution it comes from.

    The innermost attribution whose content contains the figure; when it names no speaker
    (free indirect speech, a quote without frame) the phrase of the latest earlier attribution
    of the same speaker, the one this content continues.
    """
    containing = [a for a in attributions if a.content.contains(span)]
    if not containing:
        return None
    a = min(containing, key=lambda x: x.content.end - x.content.start)
    if a.speaker is not None or not a.speaker_actor_ids:
        return a.speaker, a
    earlier = [
        b
        for b in attributions
        if b.speaker is not None and b.speaker_actor_ids == a.speaker_actor_ids and b.content.start < a.content.start
    ]
    if not earlier:
        return None, a
    return max(earlier, key=lambda b: b.content.start).speaker, a


def add_sources(mentions: list[CasualtyMention], attributions: list[Attribution]) -> None:
    for mention in mentions:
        found = source_of(mention.count_text, attributions)
        if found is None:
            continue
        speaker, attribution = found
        mention.source = speaker.text if speaker else None
        mention.source_span = speaker
        mention.source_actor = attribution.speaker_actor
        mention.source_actor_id = attribution.speaker_actor_id
        mention.source_actor_ids = list(attribution.speaker_actor_ids)


def parts_share_sources(found: list[CasualtyMention], parent_of: dict[int, int]) -> None:
    """"Die Polizei sprach von 27 Toten, darunter elf Kinder": a part the report's content does not
    reach is told by whoever told its whole (``parent_of``: a part's figure start -> its whole's)."""
    by_start = {m.count_text.start: m for m in found}
    for m in found:
        whole = by_start.get(parent_of.get(m.count_text.start, -1))
        if whole is not None and m.source_span is None and m.source_actor_id is None and (
                whole.source_span is not None or whole.source_actor_id is not None):
            m.source, m.source_span = whole.source, whole.source_span
            m.source_actor, m.source_actor_id = whole.source_actor, whole.source_actor_id
            m.source_actor_ids = list(whole.source_actor_ids)
