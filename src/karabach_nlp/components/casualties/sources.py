"""Who told a casualty figure: the speaker of the attribution whose content holds it."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ...speech_lexicon import load_lexicon
from ..actors.canonical import is_spokesperson
from ..actors.identity import compound_body_name
from ..attributions.authors import STATEMENT_NOUNS
from ..attributions.words import words
from ...records import Actor, Attribution, AttributionKind, CasualtyMention, SourceEvidence, Span

# rules whose attribution names no speaker of its own but points back to the last named source
ANAPHORIC_RULES = frozenset({"according_to.demnach"})
# the definite article or a demonstrative makes "den Angaben" point back; "Quellen", "ersten Meldungen"
# (no article, or an adjective) are a new source that names no one
FINDING_NOUNS = words("authors", "FINDING_NOUNS")
ARTICLES = frozenset({"den", "dem", "die", "der", "diesen", "diesem", "dieser", "diese"})
LEAD_SENTENCES = 2  # the headline and the first sentence of the text


@lru_cache(maxsize=1)
def _saying_nouns() -> frozenset[str]:
    return load_lexicon().nouns


def source_of(span: Span, attributions: list[Attribution]) -> Optional[tuple[Optional[Span], Attribution]]:
    """The speaker phrase a figure is attributed to, and the attribution it comes from.

    The innermost attribution whose content contains the figure; when it names no speaker
    (free indirect speech, a quote without frame) the phrase of the latest earlier attribution
    of the same speaker, the one this content continues (or, when no actor stands for the speaker
    it continues, the phrase of the latest earlier attribution if that one names no actor either).
    """
    containing = [a for a in attributions if a.content.contains(span)]
    if not containing:
        return None
    a = _innermost(containing)
    if a.speaker is None and not a.speaker_actor_ids:
        # it continues a speaker no actor stands for ("Der Ergebnisauswertung zufolge …"): that phrase
        before = [b for b in attributions if b.speaker is not None and b.content.start < a.content.start]
        last = max(before, key=lambda b: b.content.start, default=None)
        named = last is not None and not last.speaker_actor_ids and not _names_no_one(last.speaker)
        return (last.speaker if named else None), a
    if a.speaker is not None:
        return a.speaker, a
    earlier = [
        b
        for b in attributions
        if b.speaker is not None and b.speaker_actor_ids == a.speaker_actor_ids and b.content.start < a.content.start
    ]
    if not earlier:
        return None, a
    return max(earlier, key=lambda b: b.content.start).speaker, a


def _innermost(containing: list[Attribution]) -> Attribution:
    """The innermost attribution holding the figure; past a source that names no one to the frame
    around it that names its speaker ("Nach bisherigen Angaben kamen neun Menschen ums Leben, sagte
    der Amtsleiter der Feuerwehr": the Amtsleiter's)."""
    ordered = sorted(containing, key=lambda x: x.content.end - x.content.start)
    a = ordered[0]
    if a.speaker is not None and not a.speaker_actor_ids and _names_no_one(a.speaker):
        return next((b for b in ordered[1:] if b.speaker is not None and b.speaker_actor_ids), a)
    return a


def evidence_of(attribution: Optional[Attribution], speaker: Optional[Span]) -> SourceEvidence:
    """How a figure was tied to its source (``source_evidence``): by the attribution that holds it."""
    if attribution is None:
        return SourceEvidence.own_voice
    if attribution.evidence in ANAPHORIC_RULES or _anaphoric(attribution):
        return SourceEvidence.anaphoric
    if attribution.speaker is None:
        return SourceEvidence.continued if speaker is not None else SourceEvidence.own_voice
    if attribution.kind == AttributionKind.according_to:
        return SourceEvidence.according_to
    return SourceEvidence.inside_content


def _anaphoric(a: Attribution) -> bool:
    """ "Den Angaben zufolge", "nach diesen Informationen": a source phrase that is only a noun of
    saying with its article names no one; it points back to the source named before it (also when the
    attributions tied it to that source's actor, attributions/authors.py)."""
    if a.speaker is None:
        return False
    words = a.speaker.text.split()
    if a.speaker_actor_ids and words[-1] not in STATEMENT_NOUNS:
        return False  # "den Polizeiangaben": the compound names its source
    return len(words) == 2 and words[-1] in _saying_nouns() and words[0].lower() in ARTICLES


def _names_no_one(speaker: Span) -> bool:
    """ "nach ersten Angaben", "offiziellen Angaben": a noun of saying with no one named is no source."""
    words = speaker.text.split()
    return bool(words) and words[-1] in _saying_nouns() and not any(w[:1].isupper() for w in words[:-1])


def _actor_mention_before(actors: list[Actor], ids: list[str], at: int) -> Optional[Span]:
    """The last mention before character ``at`` of the actor a run continues (named in another
    sentence, with no attribution of its own: "Die Gewerkschaft dementierte. Der Streik gehe weiter.")."""
    mentions = [m for a in actors if a.id in ids for m in a.mentions if m.end <= at]
    return max(mentions, key=lambda m: m.start, default=None)


def _last_named(a: Attribution, attributions: list[Attribution]) -> Optional[Attribution]:
    """The latest attribution before ``a`` that names its speaker and ties it to an actor."""
    earlier = [b for b in attributions if b.speaker is not None and b.speaker_actor_ids and b.content.start < a.content.start]
    return max(earlier, key=lambda b: b.content.start, default=None)


def _next_sentence(span: Span, attributions: list[Attribution], sentences: list[tuple[int, int]]) -> Optional[Attribution]:
    """ "Bei dem Unglück starben 17 Menschen. Nach Angaben der Polizei …": a figure of the headline or
    the first sentence told in the article's own voice takes the source that opens the sentence after it."""
    at = next((n for n, (s, e) in enumerate(sentences) if s <= span.start < e), None)
    if at is None or at > LEAD_SENTENCES - 1 or at + 1 >= len(sentences):
        return None
    start, end = sentences[at + 1]
    opening = [a for a in attributions if a.speaker is not None and a.speaker_actor_ids and a.cue
               and a.kind == AttributionKind.according_to and min(c.start for c in a.cue) == start
               and not any(w in FINDING_NOUNS for c in a.cue for w in c.text.split())]  # "Nach ersten Ermittlungen"
    return opening[0] if opening else None


def add_sources(mentions: list[CasualtyMention], attributions: list[Attribution],
                sentences: Optional[list[tuple[int, int]]] = None, actors: Optional[list[Actor]] = None) -> None:
    """Each mention's source (``sentences``: the document's sentences as character ranges from their
    first word, for a lead figure sourced by the sentence after it; ``actors``: the document's actors,
    for a run that continues an actor no attribution names)."""
    for mention in mentions:
        found = source_of(mention.count_text, attributions)
        if found is not None and found[0] is None and found[1].speaker_actor_ids and actors:
            found = (_actor_mention_before(actors, found[1].speaker_actor_ids, found[1].content.start), found[1])
        evidence = evidence_of(found[1] if found else None, found[0] if found else None)
        if found is not None and evidence == SourceEvidence.anaphoric and (
                not found[1].speaker_actor_ids or _anaphoric(found[1])):
            named = _last_named(found[1], attributions)
            found = (named.speaker, named) if named is not None else found
        if found is None and sentences:
            opener = _next_sentence(mention.count_text, attributions, sentences)
            if opener is not None:
                found, evidence = (opener.speaker, opener), SourceEvidence.next_sentence
        mention.source_evidence = evidence
        if found is None:
            continue
        speaker, attribution = found
        mention.source = speaker.text if speaker else None
        mention.source_span = speaker
        mention.source_actor = _spoken_for(attribution, actors) or attribution.speaker_actor
        mention.source_actor_id = attribution.speaker_actor_id
        mention.source_actor_ids = list(attribution.speaker_actor_ids)


def _spoken_for(attribution: Attribution, actors: Optional[list[Actor]]) -> Optional[str]:
    """The body an unnamed spokesperson speaks for names the source ("ein Sprecher der Polizei" ->
    "Polizei"; an office named with its genitive, "Büro des Bürgermeisters …", by its first word); its id
    stays the spokesperson's, whose ``speaks_for`` leads to the body."""
    by_id = {a.id: a for a in actors or []}
    speaker = by_id.get(attribution.speaker_actor_id)
    if speaker is None or not is_spokesperson(speaker.name.split()[0]):
        return None
    body = by_id.get(speaker.speaks_for) if speaker.speaks_for is not None else None
    # "ein Polizeisprecher" with no "Polizei" named elsewhere: the compound names the body
    return body.name if body is not None else compound_body_name(speaker.name)


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
            m.source_evidence = SourceEvidence.whole
