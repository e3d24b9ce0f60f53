"""The named rules that give a figure its outcome, in the order they run.

The ``figures`` stage joins a figure to the one before it ("Zwei der drei Kinder", "von 40 auf
35 Tote"). Each figure (a quantity with its noun phrase, :class:`Candidate`) that then has no
outcome of its own ("12 Tote" has one) goes through three stages:

* ``own_clause``: an outcome word in the figure's own clause (``count_noun_before``, ``outcome_after``);
* ``groups``: coordinated figures share one outcome (``share_in_groups``);
* ``context``: the sentence around it, the figure before, the sentence before.

Inside a stage the rules run in the order listed here and the first one that finds an outcome
wins. Switch a rule off by name (``disabled_rules``) or run one alone (``only_rules``) in the
component's config.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Optional

from ...quantities import Quantity
from ...records import Outcome
from ...rules import RuleSet
from .lexicon import CLAUSE_END, YEAR, Lexicon
from .reader import Candidate, Reader

OUTCOME_STAGES = ("own_clause", "groups", "context")  # after "figures", in this order
RULES = RuleSet("karabach_casualties", stages=("figures",) + OUTCOME_STAGES)


@dataclass
class Found:
    """What a rule says about a figure: its outcome, the word that says so, the whole it is part of."""

    outcome: Outcome
    span: Optional[tuple[int, int]] = None
    part_of: Optional[Candidate] = None


@dataclass
class Sentence:
    """One sentence being read: its window of the doc text, its figures, the outcome before it."""

    reader: Reader
    start: int
    end: int
    quantities: list[Quantity]
    previous_outcome: Optional[Outcome]
    cands: list[Candidate] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.reader.text

    @property
    def lex(self) -> Lexicon:
        return self.reader.lex

    @cached_property
    def has_count_noun(self) -> bool:
        return bool(self.reader.count_nouns_in(self.start, self.end))

    @cached_property
    def frame(self) -> Optional[re.Match]:
        return self.lex.frame_re.search(self.text, self.start, self.end)

    @cached_property
    def clause_frame(self) -> Optional[re.Match]:
        return self.lex.clause_frame_re.search(self.text, self.start, self.end)

    @cached_property
    def people(self) -> list[Quantity]:
        """Every figure but a year: they bound a mention's running-total words ("Seit März 2019 starben …")."""
        return [q for q in self.quantities if not YEAR.match(self.text[q.number_start : q.end])]

    def parent(self, i: int) -> Optional[Candidate]:
        """The nearest figure before the ``i``-th that has an outcome."""
        return next((c for c in reversed(self.cands[:i]) if c.outcome is not None), None)

    def outcome_before(self, pos: int) -> Optional[Found]:
        """The last outcome word from the sentence start up to ``pos``."""
        before = self.reader.outcome_matches(self.text, self.start, pos)
        return Found(before[-1][2], before[-1][:2]) if before else None


# -- figures: a figure joined to the one before (True: the second one is folded into the first) --

def figures(s: Sentence, joins: list) -> list[Candidate]:
    """The sentence's quantities that may count people, each with its noun phrase, after the
    ``figures`` rules have joined each to the one before where they apply."""
    out: list[Candidate] = []
    for q in s.quantities:
        cand = s.reader.figure(s.text, q, s.start, s.end)
        if cand is None:
            continue
        if out and any(join(s, out[-1], cand) for join in joins):
            continue
        out.append(cand)
    return out


def _take_noun(prev: Candidate, cand: Candidate, np_end: int) -> None:
    """The bare figure ``prev`` counts with the noun of ``cand`` (and its outcome noun: "Tote")."""
    prev.victim, prev.category, prev.np_end, prev.bare = cand.victim, cand.category, np_end, False
    if cand.outcome_span is not None and cand.outcome_span[1] <= cand.np_end:
        prev.outcome, prev.outcome_span = cand.outcome, cand.outcome_span


@RULES.rule("partitive_figure", "figures")
def partitive_figure(s: Sentence, prev: Candidate, cand: Candidate) -> bool:
    """A part of a set counts, with the set's noun; the set's own figure is dropped ("Zwei der drei Kinder")."""
    if not (prev.bare and s.lex.partitive_re.match(s.text[prev.quantity.end : cand.quantity.start])):
        return False
    _take_noun(prev, cand, cand.np_end)
    return True


@RULES.rule("elided_figure", "figures")
def elided_figure(s: Sentence, prev: Candidate, cand: Candidate) -> bool:
    """A figure whose noun is left out takes the noun of the parallel phrase ("A mit sieben und B mit sechs getöteten Journalisten")."""
    if prev.bare and (cand.victim or Reader.own(cand)) and s.reader.elided(s.text, prev, cand.quantity, s.start):
        prev.victim, prev.category, prev.bare, prev.elided_to = cand.victim, cand.category, False, cand
    return False


@RULES.rule("changed_figure", "figures")
def changed_figure(s: Sentence, prev: Candidate, cand: Candidate) -> bool:
    """The old figure of a change counts too, with the new one's noun ("stieg von 40 auf 35 Tote")."""
    text, p = s.text, prev.quantity
    if (
        prev.bare
        and s.lex.change_between_re.match(text[p.end : cand.quantity.start])
        and s.lex.change_before_re.search(text[max(s.start, p.start - 20) : p.start])
    ):
        _take_noun(prev, cand, p.end)
        cand.group, cand.changed_from, prev.changed_to = [prev], prev, cand
    return False


# -- own clause ---------------------------------------------------------------------------

@RULES.rule("count_noun_before", "own_clause")
def count_noun_before(s: Sentence, i: int, cand: Candidate) -> Optional[Found]:
    """A bare figure in a sentence about a count takes the outcome before it ("Die Zahl der Todesopfer liegt bei 56")."""
    if not (cand.bare and s.has_count_noun):
        return None
    found = s.outcome_before(cand.quantity.start)
    if found is not None:
        s.reader.victim_of_count_noun(s.text, cand, s.start)  # "Die Anzahl der Menschen, die …"
    return found


@RULES.rule("outcome_after", "own_clause")
def outcome_after(s: Sentence, i: int, cand: Candidate) -> Optional[Found]:
    """The first outcome word after the figure in its clause, or past an insertion ("20 Menschen, darunter drei Kinder, getötet")."""
    r, text, start, end = s.reader, s.text, s.start, s.end
    clause_end = r.clause_end(text, cand.np_end, end)
    # the next figure of people ends the search ("bei 12 Überfällen" does not), unless it is a
    # lone "ein" that counts no one here
    kept = sorted(c.quantity.start for c in s.cands)
    things = set(r.things)
    if s.lex.exception_re.search(text, max(start, cand.quantity.start - 25), cand.quantity.start):
        things |= r.reference_sets  # "Bis auf einen Jungen wurde keiner der 40 Schüler verletzt"
    ends_search = [
        q.start
        for q in s.quantities
        if q.start >= cand.np_end and (q.start in kept or (q.kind != "one" and q.start not in things))
    ]
    limit = min(ends_search + [end])
    after = s.reader.outcome_matches(text, cand.quantity.end, min(clause_end, limit))
    if not after:
        after = r.outcome_past_insertion(text, cand, clause_end, kept, start, end)
    if after and not r.is_agent(text, cand, after[0], start):  # not "Ein Attentäter tötete …"
        return Found(after[0][2], after[0][:2])
    return None


# -- groups -------------------------------------------------------------------------------

@RULES.rule("share_in_groups", "groups")
def share_in_groups(s: Sentence) -> None:
    """Coordinated figures share one outcome ("neun Polizisten und acht Zivilisten getötet", "starben 12 Menschen und 30 …")."""
    s.reader.share_in_groups(s.text, s.cands, s.start, s.end)


# -- context ------------------------------------------------------------------------------

@RULES.rule("active_verb_before", "context")
def active_verb_before(s: Sentence, i: int, cand: Candidate) -> Optional[Found]:
    """The object of an active verb earlier in the sentence ("Ein Attentäter tötete bei einem Anschlag … 126 Menschen")."""
    if cand.bare:
        return None
    verb = s.reader.active_verb_before(s.text, cand, s.start, s.cands)
    return Found(verb[2], verb[:2]) if verb else None


@RULES.rule("outcome_frame", "context")
def outcome_frame(s: Sentence, i: int, cand: Candidate) -> Optional[Found]:
    """A frame before the figure names the outcome ("Unter den Toten soll sich auch ein Kleinkind befinden")."""
    framing = s.frame
    if framing is None and s.clause_frame is not None:
        if not CLAUSE_END.search(s.text, s.clause_frame.end(), cand.quantity.start):
            framing = s.clause_frame  # not "Die Toten sind …, drei Helfer"
    if framing is None or framing.end() > cand.quantity.start:
        return None
    framed = s.reader.outcome_matches(s.text, framing.start(), framing.end())
    return Found(framed[-1][2], framed[-1][:2]) if framed else None


@RULES.rule("part_of_whole", "context")
def part_of_whole(s: Sentence, i: int, cand: Candidate) -> Optional[Found]:
    """A part of the figure before takes its outcome ("27 Tote, darunter elf Kinder", "19 davon")."""
    parent = s.parent(i)
    if parent is not None and s.reader.is_subset(s.text, parent, cand):
        return Found(parent.outcome, part_of=parent)
    return None


@RULES.rule("elided_noun", "context")
def elided_noun(s: Sentence, i: int, cand: Candidate) -> Optional[Found]:
    """A figure whose noun is left out takes the outcome of the parallel phrase ("A mit sieben und B mit sechs getöteten Journalisten")."""
    to = cand.elided_to
    return Found(to.outcome, to.outcome_span) if to is not None and to.outcome is not None else None


@RULES.rule("group_head", "context")
def group_head(s: Sentence, i: int, cand: Candidate) -> Optional[Found]:
    """A coordinated figure takes the outcome of its group's first figure ("darunter 68 Kinder und 13 Frauen")."""
    head = cand.group[0] if cand.group else None
    return Found(head.outcome, head.outcome_span) if head is not None and head.outcome is not None else None


@RULES.rule("count_total", "context")
def count_total(s: Sentence, i: int, cand: Candidate) -> Optional[Found]:
    """A bare figure in a sentence about a count, with the outcome of the sentence before ("Die Gesamtzahl nähere sich der 5000")."""
    if not (cand.bare and s.has_count_noun):
        return None
    found = s.outcome_before(cand.quantity.start)
    if found is None and s.previous_outcome is not None:
        return Found(s.previous_outcome)
    return found


@RULES.rule("part_named_later", "context")
def part_named_later(s: Sentence, i: int, cand: Candidate) -> Optional[Found]:
    """A part of the sentence before's figure, named later ("Fünf von ihnen sind Deutsche" after "zwölf Touristen")."""
    if cand.bare and s.previous_outcome is not None and s.reader.part_named_later(s.text, cand, s.start, s.end):
        return Found(s.previous_outcome)
    return None


@RULES.rule("share_of_figure", "context")
def share_of_figure(s: Sentence, i: int, cand: Candidate) -> Optional[Found]:
    """A share of the figure before ("30 Tote im Norden, 12 entfallen auf den Süden")."""
    if not (cand.bare and s.lex.share_after_re.match(s.text, cand.quantity.end)):
        return None
    parent = s.parent(i)
    before = parent.outcome if parent is not None else s.previous_outcome
    return Found(before) if before is not None else None


@RULES.rule("alternative_figure", "context")
def alternative_figure(s: Sentence, i: int, cand: Candidate) -> Optional[Found]:
    """The same figure told otherwise ("20 Tote, nach anderen Angaben 25")."""
    parent = s.parent(i)
    q = cand.quantity
    if parent is not None and s.lex.alternative_re.search(s.text, max(s.start, q.start - 40), q.start):
        return Found(parent.outcome)
    return None


@RULES.rule("demanded_victims", "context")
def demanded_victims(s: Sentence, i: int, cand: Candidate) -> Optional[Found]:
    """Victims a disaster claimed are dead ("Das Unglück forderte bis zu 30 Opfer")."""
    if cand.victim is None:
        return None
    verb = s.reader.demanded(s.text, cand, s.start)
    return Found(Outcome.dead, verb) if verb else None
