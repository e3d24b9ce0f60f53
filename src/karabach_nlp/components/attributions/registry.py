"""The attribution rules in the order they run: the one place to read what the component does.

Each entry is a small function registered under a name (switch it off with
``config={"disabled_rules": [name]}``, test it alone with ``only_rules``). What a rule receives
and what the driver (:func:`run`) does with its answer depends on its stage:

- ``quotes``: ``find(ctx) -> list[Finding]``, the quotes that are direct speech (they mask their
  tokens for every later rule);
- ``sentence_claims``: ``find(ctx, sent)``, a sentence that is only the frame of another one; when
  it finds something, no other sentence rule reads that sentence;
- ``according_to``: ``find(ctx, sent, i) -> Finding | None``, the according-to frame whose cue
  (a Matcher pattern labelled with the rule's name, cues.py) starts at token ``i``; the first rule
  that answers for a token wins;
- ``reporting``: ``find(ctx, sent, verb_cue, found) -> Claim | None``, the frame of a reporting
  verb (the first rule that answers for a verb wins); an according-to frame is the sentence's
  report unless it stands inside the content of a reporting verb (:func:`one_report`);
- ``sentence``: ``find(ctx, sent)``, further frames outside the contents found so far;
- ``rewrite``: ``rewrite(ctx) -> list[Finding]``, all findings changed (cut, re-labelled, given a citer);
- ``drop``: ``drop(ctx, finding) -> bool``, a finding that is no attribution;
- ``document``: ``find(ctx) -> list[Finding]``, findings that depend on the others found so far.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from ...records import AttributionKind
from ...rules import ActiveRules, RuleSet
from .clauses import Finding
from .context import Context
from .passes import nested_sources
from . import according_to, reporting, rules_document as document
from . import rules_sentence as sentence

RULES = RuleSet(
    "karabach_attributions",
    stages=("quotes", "sentence_claims", "according_to", "reporting", "sentence", "rewrite", "drop", "document"),
)

ORDER = [
    ("direct", "quotes", document.direct),
    ("back_reference", "sentence_claims", sentence.back_reference),
    ("according_to.laut", "according_to", according_to.laut),
    ("according_to.zufolge", "according_to", according_to.zufolge),
    ("according_to.so", "according_to", according_to.so_clause),
    ("according_to.nach_angaben", "according_to", according_to.nach_angaben),
    ("according_to.wie", "according_to", according_to.wie_clause),
    ("according_to.wonach", "according_to", according_to.wonach),
    ("according_to.demnach", "according_to", according_to.demnach),
    ("reporting.previous_sentence", "reporting", reporting.previous_sentence),
    ("reporting.das_after_comma", "reporting", reporting.das_after_comma),
    ("reporting.frame_before", "reporting", reporting.frame_before),
    ("reporting.perfect_after", "reporting", reporting.perfect_after),
    ("reporting.frame_after", "reporting", reporting.frame_after),
    ("reporting.with_object", "reporting", reporting.with_object),
    ("noun_frames", "sentence", sentence.noun_frames),
    ("stances", "sentence", sentence.stances),
    ("made_known", "sentence", sentence.made_known),
    ("colon_frame", "sentence", sentence.colon_frame),
    ("cut_at_next_act", "rewrite", document.cut_at_next_act),
    ("konjunktiv_frame", "rewrite", document.konjunktiv_frame),
    ("question", "drop", document.question),
    ("negated", "drop", document.negated),
    ("free_indirect", "document", document.free_indirect),
    ("unframed_speaker", "rewrite", document.unframed_speaker),
    ("opens_with_coordinator", "drop", document.opens_with_coordinator),
    ("sourced_hearsay", "rewrite", document.sourced_hearsay),
    ("nested_quotes", "document", document.nested_quotes),
    ("reported_around_quotes", "document", document.reported_around_quotes),
    ("view_holder", "rewrite", document.view_holder),
    ("citers", "rewrite", document.citers),
]
SENTENCE_STAGES = ("sentence_claims", "according_to", "reporting", "sentence")
for _name, _stage, _func in ORDER:
    RULES.rule(_name, _stage)(_func)


def run(ctx: Context, active: ActiveRules) -> list[Finding]:
    """Run the active rules on a document in the order of :data:`ORDER`; the findings, unresolved."""
    rules = [r for r in RULES if r.name in active]
    sentence_rules = [r for r in rules if r.stage in SENTENCE_STAGES]
    sentences_done = False
    for rule in rules:
        if rule.stage == "quotes":
            ctx.found += rule(ctx)
        elif rule.stage in SENTENCE_STAGES:
            if not sentences_done:
                for sent in ctx.sents:
                    _sentence(ctx, sent, sentence_rules)
                sentences_done = True
        elif rule.stage == "rewrite":
            ctx.found = rule(ctx)
        elif rule.stage == "drop":
            ctx.found = [f for f in ctx.found if not rule(ctx, f)]
        else:
            ctx.found += rule(ctx)
        _name_new(ctx.found, rule.name)
    return ctx.found


def _name_new(found: list[Finding], name: str) -> None:
    """A finding's ``evidence`` is the rule that made it; a rewrite keeps the name of the one it rewrote."""
    for f in found:
        f.evidence = f.evidence or name


def _sentence(ctx: Context, sent: SpacySpan, rules) -> None:
    """The sentence rules on one sentence (one not wholly inside quotes), their findings added to ``ctx``."""
    if all(ctx.masked(i) for i in range(sent.start, sent.end)):
        return
    for rule in rules:
        if rule.stage == "sentence_claims":
            claimed = rule(ctx, sent)
            if claimed:  # "Das teilte die Polizei mit.": the sentence is only the frame of the one before
                _name_new(claimed, rule.name)
                ctx.found += claimed
                return
    cues = [r for r in rules if r.stage == "according_to"]
    according = according_to.find_in_sentence(ctx, sent, cues) if cues else []
    verbs = [r for r in rules if r.stage == "reporting"]
    reports = reporting.find_in_sentence(ctx, sent, verbs) if verbs else []
    ctx.found += one_report(ctx, according, reports)
    for rule in rules:
        if rule.stage == "sentence":
            found = rule(ctx, sent)
            _name_new(found, rule.name)
            ctx.found += found


def one_report(ctx: Context, according: list[Finding], reports: list[Finding]) -> list[Finding]:
    """The frames a sentence keeps: "X sagte, nach neuesten Erkenntnissen habe …": a frame inside
    reported content belongs to that content; otherwise the according-to frame is the sentence's report."""
    if not according:
        return reports
    framing = [r for r in reports if r.kind == AttributionKind.indirect
               and all(r.content[0] <= c[0] and c[1] <= r.content[1] for a in according for c in a.cue)]
    return framing + nested_sources(ctx.doc, according, framing) if framing else according
