"""The actor rules in the order they run: the one list to read to know what finds an actor.

Every rule is a function ``rule(ctx)`` that adds mentions to ``ctx.mentions`` and marks the tokens
it took in ``ctx.taken``; a later rule never takes a token an earlier one took, so the order is
part of the rules. Stage ``find`` rules find actors in the text; stage ``extend`` rules find
what only stands for an actor found before (a surname after the full name, a pronoun after its
antecedent, a title beside a name): tested alone (``only_rules``), such a rule runs with every
``find`` rule on.
"""

from __future__ import annotations

from ...rules import ActiveRules, RuleSet
from . import (
    acronyms, adjective_groups, appositions, coalitions, coreference, echoes, force_members, heads, media_titles, names, origins, predicates, pronouns, seats, short_forms, sources, subjects, tagged, title_heads,
)
from .context import Context
from .mention_record import Mention

RULES = RuleSet("karabach_actors", stages=("find", "extend"))

PASSES = (
    (names.sports_clubs, "find"),  # first: the town or state in a club's name stays part of it
    (names.gazetteer_names, "find"),
    (names.capitals_and_seats, "find"),
    (sources.possessive_parties, "extend"),  # before head_phrases: "seine Partei" is a party named elsewhere
    (media_titles.media_titles, "find"),  # before head_phrases: the title names the medium, not its head
    (heads.head_phrases, "find"),
    (coalitions.coalition_members, "extend"),  # right after: the members stay free for the name rules
    (heads.demonym_phrases, "find"),
    (names.given_names, "find"),
    (names.ner_entities, "find"),
    (echoes.surnames, "extend"),
    (names.unknown_names, "find"),
    (tagged.tagged_names, "find"),
    (tagged.tagged_heads, "find"),
    (tagged.passive_agents, "find"),
    (subjects.subjects_after_verb, "find"),
    (subjects.subordinate_subjects, "find"),
    (subjects.subjects_after_comma_verb, "find"),
    (adjective_groups.adjective_groups, "extend"),  # before the source rules: "Laut Überlebenden" is the group
    (sources.sources_after_aus, "find"),
    (origins.statement_origins, "find"),
    (sources.quoted_persons, "find"),
    (sources.source_nouns_after_laut, "find"),
    (tagged.source_genitives, "find"),
    (sources.source_compounds, "find"),
    (names.companies, "find"),
    (names.foreign_bodies, "find"),
    (sources.report_compounds, "find"),
    (acronyms.acronyms, "find"),
    (sources.quoted_titles, "find"),
    (sources.quoted_subjects, "find"),
    (echoes.name_echoes, "extend"),
    (seats.seat_echoes, "extend"),
    (force_members.force_members, "extend"),
    (predicates.copula_identity, "extend"),
    (sources.possessive_sources, "extend"),
    (pronouns.demonstratives, "extend"),
    (pronouns.pronouns, "extend"),
    (names.web_sites, "find"),
    (pronouns.relative_pronouns, "extend"),
    (appositions.appositive_titles, "extend"),
    (title_heads.titles_before_names, "extend"),
    (coreference.subject_pronouns, "extend"),
    (coreference.back_references, "extend"),
    (short_forms.heads_with_names, "extend"),  # last: marks the phrases every rule before found
)
for _func, _stage in PASSES:
    RULES.rule(_func.__name__, _stage)(_func)


def find_mentions(ctx: Context, active: ActiveRules) -> list[Mention]:
    """Run the active rules in registration order (stages interleave: order is what counts)."""
    for rule in RULES:
        if rule.name in active:
            rule(ctx)
    return sorted(ctx.mentions, key=lambda m: (m.start, -m.end))
