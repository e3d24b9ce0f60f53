"""The rules that read the whole document and the findings so far (see registry.py for their order)."""

from __future__ import annotations

from .cited import _with_citers
from .clauses import Finding
from .content_ends import cut_at_next_act as _cut_at_next_act, opens_with_coordinator as _opens_with_coordinator
from .context import Context
from .continuation import _free_indirect
from .direct import _direct, _nested
from .negated import negated as _negated
from .passes import in_a_question, reported_frames_as_free_indirect
from .reported import _reported_around_quotes
from .sourced_hearsay import _sourced_hearsay
from .unframed_speaker import _unframed_speaker
from .view_holder import with_view_holders


def direct(ctx: Context) -> list[Finding]:
    """Quotes with a frame before, after or around them, or opening a sentence: direct speech."""
    ctx.direct, ctx.inline = _direct(ctx.lex, ctx.doc)
    ctx.mask_quotes()
    return list(ctx.direct)


def cut_at_next_act(ctx: Context) -> list[Finding]:
    """A content ends where the speaker's next speech act begins ("…, sprach aber von …")."""
    return _cut_at_next_act(ctx.doc, ctx.found)


def konjunktiv_frame(ctx: Context) -> list[Finding]:
    """ "Die Behörde gehe davon aus, dass …": a frame in the Konjunktiv I is free indirect speech itself."""
    return reported_frames_as_free_indirect(ctx.doc, ctx.found)


def question(ctx: Context, f: Finding) -> bool:
    """A frame in a question asks, it reports nothing."""
    return in_a_question(ctx.doc, f)


def negated(ctx: Context, f: Finding) -> bool:
    """A negated frame ("sagte nicht, dass …") reports nothing."""
    return _negated(ctx.doc, f)


def free_indirect(ctx: Context) -> list[Finding]:
    """Konjunktiv sentences with no frame continue the last speaker until the mood breaks."""
    return _free_indirect(ctx.doc, ctx.sents, ctx.found, ctx.masked)


def unframed_speaker(ctx: Context) -> list[Finding]:
    """Free indirect speech after an act of saying, a stance or a demand taken as no frame ("dementierte", "sieht darin",
    "lehnte ab") continues its subject.

    Not the last speaker before it: "Uiguren wie Isa weisen die Anschuldigungen zurück. Sie seien …"."""
    return _unframed_speaker(ctx.lex, ctx.doc, ctx.found, ctx.masked)


def opens_with_coordinator(ctx: Context, f: Finding) -> bool:
    """A content after a comma opening with "und"/"doch" is the next main clause, not what was framed."""
    return _opens_with_coordinator(ctx.doc, f)


def sourced_hearsay(ctx: Context) -> list[Finding]:
    """Free indirect hearsay ("soll …") that names its own source becomes according-to."""
    _sourced_hearsay(ctx.doc, ctx.found)
    return ctx.found


def nested_quotes(ctx: Context) -> list[Finding]:
    """A short quote inside the content of another attribution is direct speech of that speaker."""
    return _nested(ctx.lex, ctx.doc, ctx.inline, ctx.found)


def reported_around_quotes(ctx: Context) -> list[Finding]:
    """ "berichtete von „schweren Verlusten“": the speech act around a quote is reported speech too."""
    return _reported_around_quotes(ctx.lex, ctx.doc, ctx.direct, ctx.token_masked)


def view_holder(ctx: Context) -> list[Finding]:
    """ "Für den Theologen X sei der Rücktritt „verständlich“": X holds the view the sentence reports."""
    return with_view_holders(ctx.doc, ctx.sents, ctx.found)


def citers(ctx: Context) -> list[Finding]:
    """A quote "zitiert" with both a medium and a person in its frame: one finding for each."""
    return _with_citers(ctx.doc, ctx.found)
