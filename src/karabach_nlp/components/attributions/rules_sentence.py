"""The rules that read one sentence (see registry.py for their order)."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from .back_reference import _back_reference
from .clauses import Finding
from .context import Context
from .colon_frame import _colon_frame
from .made_known import _made_known
from .nouns import _noun_frames
from .stances import _stance_frames


def back_reference(ctx: Context, sent: SpacySpan) -> list[Finding]:
    """ "Das teilte die Polizei mit.": a sentence that only frames the one before it."""
    return _back_reference(ctx.lex, sent, ctx.masked)


def noun_frames(ctx: Context, sent: SpacySpan) -> list[Finding]:
    """ "die Forderung, … zu senken": a noun of saying with its content clause."""
    return _noun_frames(ctx.lex, sent, ctx.masked, ctx.taken())


def stances(ctx: Context, sent: SpacySpan) -> list[Finding]:
    """ "sah es als erwiesen an, dass …": a stance verb with its content clause."""
    return _stance_frames(sent, ctx.masked, ctx.taken())


def made_known(ctx: Context, sent: SpacySpan) -> list[Finding]:
    """ "Zuvor war bekannt geworden, dass …": a clause made known with no one named."""
    return _made_known(sent, ctx.masked, ctx.taken())


def colon_frame(ctx: Context, sent: SpacySpan) -> list[Finding]:
    """ "UN: Mindestens 45 Tote bei Angriffen": an actor and a colon before what it says, with no verb."""
    found = _colon_frame(sent, ctx.masked, ctx.taken())
    return [found] if found is not None else []
