"""Casualty mentions (spec §1): a quantity of people said to be dead, injured, missing or captured.

Per sentence: the quantity parser finds the quantity phrases; the words after each one give its
noun phrase (victim noun, or an outcome noun such as "Tote"); the outcome is the nearest outcome
word in the same clause (after the phrase first, then before it), shared by coordinated phrases
("neun Polizisten und acht Zivilisten getötet"). A bare figure in a sentence about a count
("Die Gesamtzahl nähere sich der 5000") takes the outcome of the sentence before. Sources come
from ``doc._.attributions``. All word lists live in ``models/lexicons/casualties.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..quantities import Quantity, find_quantities
from ..records import Attribution, CasualtyMention, Category, Count, Outcome, Span
from ..resources import load_json
from ..doctext import doc_text

_TOKEN = re.compile(r"\d+-[^\W\d_][\w-]*|[^\W\d_][\w-]*|\d[\d.,]*|[^\w\s]")  # "74-jähriger" is one word
_CLAUSE_END = re.compile(r"[,;:()\[\]]|\s[–—-]\s|[.!?](?=\s|$)")
_YEAR = re.compile(r"^(1[89]|20)\d\d$")


def _alternation(forms: list[str]) -> str:
    forms = sorted(set(forms), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in f.split()) for f in forms)


class Lexicon:
    """The casualty word lists compiled to regular expressions and lookup tables."""

    def __init__(self, data: dict):
        suffixes = data["suffixes"]
        literal: list[tuple[str, Outcome]] = []  # exact forms, stems with their inflections
        phrases: list[tuple[str, Outcome]] = []  # regular expressions
        self.outcome_nouns: dict[str, Outcome] = {}  # "Tote", "Verletzte": the head of a figure
        for name, spec in data["outcomes"].items():
            outcome = Outcome(name)
            for cls, stems in spec["stems"].items():
                forms = [stem + suf for stem in stems for suf in suffixes[cls]]
                literal += [(f, outcome) for f in forms]
                if cls == "noun_adj":
                    self.outcome_nouns.update((f.casefold(), outcome) for f in forms)
            literal += [(w, outcome) for w in spec["words"]]
            self.outcome_nouns.update((w.casefold(), outcome) for w in spec["words"] if w[:1].isupper() and " " not in w)
            phrases += [(p, outcome) for p in spec["phrases"]]
        literal.sort(key=lambda t: -len(t[0]))  # longest first: "getöteten" before "getötet"
        parts = phrases + [(r"\s+".join(re.escape(w) for w in a.split()), o) for a, o in literal]
        # the word-start check shared by all forms comes first, so the regex engine tries the
        # ~1,000 alternatives only where a word starts, not at every character (~50x faster)
        self.outcome_re = re.compile(
            r"(?<![\w-])(?:" + "|".join(rf"(?P<o{i}>{p}(?![\w-]))" for i, (p, _) in enumerate(parts)) + ")",
            re.IGNORECASE,
        )
        self.outcome_of_group = {f"o{i}": o for i, (_, o) in enumerate(parts)}
        self.victims = {w.casefold(): Category(c) for c, words in data["victims"].items() for w in words}
        self.victim_suffixes = sorted((w for w in self.victims if len(w) >= 4), key=len, reverse=True)
        self.outcome_blockers = {w.casefold() for w in data["outcome_blockers"]["words"]}
        self.adjective_nouns = set(data["adjective_nouns"]["words"])
        self.subset_after_re = re.compile(rf"\s*(?:{_alternation(data['subset_after']['words'])})\b", re.IGNORECASE)
        self.frame_re = re.compile("|".join(data["outcome_frames"]["phrases"]), re.IGNORECASE)
        self.determiners = {w.casefold() for w in data["determiners"]["words"]}
        self.active_verbs = set(data["active_verbs"]["words"])
        self.agent_before = {w.casefold() for w in data["agent_before"]["words"]}
        self.reference_set_re = re.compile(rf"\b(?:{_alternation(data['reference_set_before']['words'])})\s+$", re.IGNORECASE)
        self.partitive_re = re.compile(rf"^\s+(?:{_alternation(data['partitive']['words'])})\s+$", re.IGNORECASE)
        cum = data["cumulative"]
        self.cumulative_re = re.compile(
            "|".join([rf"\b(?:{_alternation(cum['words'])})\b"] + cum["phrases"]), re.IGNORECASE
        )
        self.count_noun_re = re.compile(rf"\b(?:{_alternation(data['count_nouns']['words'])})\b")
        self.subset_re = re.compile(rf"\b(?:{_alternation(data['subset_markers'])})\b", re.IGNORECASE)
        coords = "|".join(re.escape(c) for c in data["coordinators"])
        self.coordination_re = re.compile(rf"^\s*(?:(?:{coords})\s*)+$", re.IGNORECASE)
        self.genitive_coordination_re = re.compile(data["coordinators_genitive"]["regex"])
        self.not_before = {w.casefold() for w in data["not_counts"]["before"]}
        self.function_words = {w.casefold() for w in data["function_words"]["words"]}
        self.vague_of = {w.casefold() for w in data["vague_of"]}

    def outcome_matches(self, text: str, start: int, end: int) -> list[tuple[int, int, Outcome]]:
        found = []
        for m in self.outcome_re.finditer(text, start, end):
            before = _TOKEN.findall(text[max(0, m.start() - 12) : m.start()])
            if before and before[-1].casefold() in self.outcome_blockers:
                continue  # "im Sterben": dying, not dead
            found.append((m.start(), m.end(), self.outcome_of_group[m.lastgroup]))
        return found

    def victim_category(self, noun: str) -> Optional[Category]:
        key = noun.casefold()
        if key in self.victims:
            return self.victims[key]
        for suffix in self.victim_suffixes:  # compounds: "US-Soldaten", "Dorfbewohner"
            if key.endswith(suffix) and len(key) - len(suffix) >= 2:
                return self.victims[suffix]
        return None


@dataclass
class Candidate:
    """A quantity with the noun phrase after it, before its outcome is known."""

    quantity: Quantity
    np_end: int  # end of the noun phrase (the head noun, or the quantity when bare)
    victim: Optional[tuple[int, int]] = None
    category: Category = Category.unspecified
    outcome: Optional[Outcome] = None
    outcome_span: Optional[tuple[int, int]] = None
    bare: bool = False
    group: list["Candidate"] = field(default_factory=list)


class Casualties:
    def __init__(self, nlp: Language, name: str, lexicon: str):
        self.name = name
        self.lex = Lexicon(load_json("lexicons", lexicon))

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        found: list[CasualtyMention] = []
        previous_outcome: Optional[Outcome] = None
        for sent in doc.sents:
            mentions = self.sentence_mentions(text, sent.start_char, sent.end_char, previous_outcome)
            previous_outcome = mentions[-1].outcome if mentions else None
            found += mentions
        add_sources(found, doc._.attributions or [])
        doc._.casualties = found
        return doc

    # -- one sentence -------------------------------------------------------------------
    def sentence_mentions(
        self, text: str, start: int, end: int, previous_outcome: Optional[Outcome]
    ) -> list[CasualtyMention]:
        quantities = find_quantities(text, start, end)
        cands = self.candidates(text, quantities, start, end)
        has_count_noun = bool(self.lex.count_noun_re.search(text, start, end))
        frame = self.lex.frame_re.search(text, start, end)
        for i, cand in enumerate(cands):
            if cand.outcome is not None:
                continue
            if cand.bare and has_count_noun:  # "Die Zahl der Todesopfer liegt bei 56"
                before = self.lex.outcome_matches(text, start, cand.quantity.start)
                if before:
                    cand.outcome, cand.outcome_span = before[-1][2], before[-1][:2]
                    continue
            clause_end = self._clause_end(text, cand.np_end, end)
            # the next figure ends the search, unless it is a lone "ein" that counts no one here
            kept = {c.quantity.start for c in cands}
            limit = min([q.start for q in quantities if q.start >= cand.np_end and (q.kind != "one" or q.start in kept)] + [end])
            after = self.lex.outcome_matches(text, cand.quantity.end, min(clause_end, limit))
            if after and not self._is_agent(text, cand, after[0], start):
                cand.outcome, cand.outcome_span = after[0][2], after[0][:2]
        self._share_in_groups(text, cands, start, end)
        out = []
        for i, cand in enumerate(cands):
            if cand.outcome is None and not cand.bare:
                self._active_verb_before(text, cand, start, cands)
            if cand.outcome is None and frame is not None and frame.end() <= cand.quantity.start:
                framed = self.lex.outcome_matches(text, frame.start(), frame.end())
                if framed:  # "Unter den Toten soll sich auch ein Kleinkind befinden"
                    cand.outcome, cand.outcome_span = framed[-1][2], framed[-1][:2]
            parent = next((c for c in reversed(cands[:i]) if c.outcome is not None), None)
            if cand.outcome is None and parent is not None and self._is_subset(text, parent, cand):
                cand.outcome = parent.outcome  # "…, darunter drei Kinder": the outcome of the whole
            if cand.outcome is None and cand.group and cand.group[0].outcome is not None:
                cand.outcome = cand.group[0].outcome  # "darunter 68 Kinder und 13 Frauen"
                cand.outcome_span = cand.group[0].outcome_span
            if cand.outcome is None and cand.bare and has_count_noun:
                before = self.lex.outcome_matches(text, start, cand.quantity.start)
                if before:
                    cand.outcome, cand.outcome_span = before[-1][2], before[-1][:2]
                elif previous_outcome is not None:
                    cand.outcome = previous_outcome  # "Die Gesamtzahl nähere sich der 5000"
            if cand.outcome is None:
                continue
            q = cand.quantity
            out.append(
                CasualtyMention(
                    count_text=Span.of(text, q.start, q.end),
                    count=q.count,
                    outcome=cand.outcome,
                    outcome_span=Span.of(text, *cand.outcome_span) if cand.outcome_span else None,
                    victims=text[cand.victim[0] : cand.victim[1]] if cand.victim else None,
                    victims_span=Span.of(text, *cand.victim) if cand.victim else None,
                    category=cand.category,
                    cumulative=self._cumulative(text, cand, start, end, quantities)
                    or any(self._cumulative(text, c, start, end, quantities) for c in cand.group),
                )
            )
        return out

    def candidates(self, text: str, quantities: list[Quantity], start: int, end: int) -> list[Candidate]:
        """Quantities that may count people, each with its noun phrase."""
        out: list[Candidate] = []
        for q in quantities:
            before = text[max(start, q.start - 30) : q.start]
            if self.lex.reference_set_re.search(before):
                continue  # "von den 160 Personen", "keiner der 30 Insassen"
            cand = self.noun_phrase(text, q, end)
            if cand is None:
                continue
            prev = out[-1] if out else None
            if prev is not None and prev.bare and self.lex.partitive_re.match(text[prev.quantity.end : q.start]):
                # "Zwei der drei Kinder": the first figure counts, with the second one's noun
                prev.victim, prev.category, prev.np_end, prev.bare = cand.victim, cand.category, cand.np_end, False
                if cand.outcome_span is not None and cand.outcome_span[1] <= cand.np_end:
                    prev.outcome, prev.outcome_span = cand.outcome, cand.outcome_span
                continue
            out.append(cand)
        return out

    def _is_agent(self, text: str, cand: Candidate, outcome: tuple[int, int, Outcome], start: int) -> bool:
        """ "Ein Attentäter tötete …": an active verb right after a clause-opening noun phrase."""
        if text[outcome[0] : outcome[1]] not in self.lex.active_verbs:
            return False
        if text[cand.np_end : outcome[0]].strip():
            return False
        head = text[max(start, cand.quantity.start - 40) : cand.quantity.start]
        return not head.strip() or bool(re.search(r"[,;:]\s*(?:und\s+|aber\s+)?$", head))

    def noun_phrase(self, text: str, q: Quantity, sent_end: int) -> Optional[Candidate]:
        """The quantity with its head noun, or None when it counts no people."""
        if not _counts_people(q.count):
            return None
        before = _TOKEN.findall(text[max(0, q.start - 25) : q.start])
        if before and before[-1].casefold() in self.lex.not_before and text[q.number_start].isdigit():
            return None  # "im Jahr 2005", "Tag 5"
        weak = text[q.number_start : q.end].endswith("en")
        if q.kind == "vague" and weak and before and before[-1].casefold() in self.lex.determiners:
            return None  # "die vielen Verletzten" (but "…, durch die viele Menschen starben" counts)
        agent = q.kind in ("one", "vague") and before and before[-1].casefold() in self.lex.agent_before
        cand = Candidate(q, q.end)
        skipped = 0
        for m in _TOKEN.finditer(text, q.end, sent_end):
            word = m.group(0)
            if word in self.lex.adjective_nouns and skipped < 3:
                skipped += 1  # "mehr als 60 Weitere"
                continue
            if word[0].isupper():
                outcome = self.lex.outcome_nouns.get(word.casefold())
                category = self.lex.victim_category(word)
                if outcome is None and category is None:
                    return None  # "zwei Vereinbarungen", "30 Jahre": not people
                if agent and outcome is None:
                    return None  # "von einem Soldaten erschossen": the agent
                cand.np_end = m.end()
                if category is not None and outcome is None:
                    cand.victim, cand.category = (m.start(), m.end()), category
                else:
                    cand.outcome, cand.outcome_span = outcome, (m.start(), m.end())
                    cand.category = Category.unspecified
                return cand
            low = word.casefold()
            if q.kind == "vague" and low in self.lex.vague_of and skipped == 0:
                skipped += 1  # "Hunderte von Menschen"
                continue
            if word[0].isdigit() and "-" in word and skipped < 3:
                skipped += 1  # "ein 74-jähriger Mann"
                continue
            if not word[0].isalpha() or low in self.lex.function_words or skipped >= 3:
                break
            skipped += 1  # an adjective or participle: "63 getöteten Zivilisten", "vier weitere"
        # no noun: "vier weitere verletzt", "der 5000"
        number = text[q.number_start : q.end]
        if q.kind == "one" or (q.kind == "vague" and q.count.high is None) or _YEAR.match(number):
            return None
        quoted = (before and before[-1] in "„‚»«\"") or text[q.end : q.end + 1] in ("“", "”", "«", "»", '"', "‘")
        if q.start == q.number_start and quoted:
            return None  # a name: "Nachtclub „911“", "„Horizon 180“"
        cand.bare = True
        return cand

    def _clause_end(self, text: str, pos: int, end: int) -> int:
        for m in _CLAUSE_END.finditer(text, pos, end):
            if m.group(0) == "," and _between_names(text, m.start(), end):
                continue  # "in La Faute-sur-Mer, L'Aiguillon-sur-Mer und …": a list, not a new clause
            return m.start()
        return end

    def _share_in_groups(self, text: str, cands: list[Candidate], start: int, end: int) -> None:
        """Coordinated phrases share one outcome: "22 Zivilisten und 2 Polizisten … getötet"."""
        groups: list[list[Candidate]] = []
        for i, cand in enumerate(cands):
            gap = text[cands[i - 1].np_end : cand.quantity.start] if i else ""
            # nouns coordinate ("neun Polizisten und acht Zivilisten"); a bare figure opens a clause
            joined = i and not cand.bare and (
                self.lex.coordination_re.match(gap) or self.lex.genitive_coordination_re.match(gap)
            )
            if joined and "," in gap and cands[i - 1].bare:
                joined = False
            if joined:
                groups[-1].append(cand)
                cand.group = groups[-1][:1]  # "bereits sechs Soldaten … und ein Soldat": one running total
            else:
                groups.append([cand])
        for group in groups:
            shared = next((c for c in reversed(group) if c.outcome is not None and c.outcome_span and not self._own(c)), None)
            if shared is None and group[0].outcome is None:
                clause_start = self._clause_start(text, group[0].quantity.start, start, cands, group[0])
                q0 = group[0].quantity.start
                # a verb ("starben 12 Menschen"), or a noun right before ("die Leichen von zwei Frauen")
                before = [o for o in self.lex.outcome_matches(text, clause_start, q0)
                          if not text[o[0]].isupper() or o[0] == start or len(_TOKEN.findall(text[o[1] : q0])) <= 2]
                if before:
                    for c in group:
                        if c.outcome is None:
                            c.outcome, c.outcome_span = before[-1][2], before[-1][:2]
                continue
            if shared is not None:
                for c in group:
                    if c.outcome is None:
                        c.outcome, c.outcome_span = shared.outcome, shared.outcome_span

    def _active_verb_before(self, text: str, cand: Candidate, start: int, cands: list[Candidate]) -> None:
        """ "Ein Attentäter tötete bei einem Anschlag …, der …, mindestens 126 Menschen": the object
        of an active verb earlier in the sentence, when no other figure stands between them."""
        lower = max([start] + [c.np_end for c in cands if c.np_end <= cand.quantity.start])
        verbs = [o for o in self.lex.outcome_matches(text, lower, cand.quantity.start)
                 if text[o[0] : o[1]] in self.lex.active_verbs]  # lower case: "Verschleppten" is a noun
        if verbs:
            cand.outcome, cand.outcome_span = verbs[-1][2], verbs[-1][:2]

    @staticmethod
    def _own(c: Candidate) -> bool:
        """True when the outcome word is inside the phrase's own noun phrase ("12 Tote")."""
        return c.outcome_span is not None and c.outcome_span[1] <= c.np_end

    def _clause_start(self, text: str, pos: int, start: int, cands: list[Candidate], cand: Candidate) -> int:
        idx = cands.index(cand)
        lower = cands[idx - 1].np_end if idx else start
        ends = [m.end() for m in _CLAUSE_END.finditer(text, lower, pos)]
        return max([lower] + ends)

    def _is_subset(self, text: str, parent: Candidate, cand: Candidate) -> bool:
        """ "…, darunter 62 Zivilisten", "19 davon": a part of the figure before."""
        q = cand.quantity
        return bool(self.lex.subset_re.search(text[parent.np_end : q.start]) or self.lex.subset_after_re.match(text, q.end))

    def _cumulative(self, text: str, cand: Candidate, start: int, end: int, quantities: list[Quantity]) -> bool:
        """A running-total word ("bislang", "Gesamtzahl", "stieg auf") in the mention's own part of
        its clause: after the figure before it, up to the outcome word ("bislang 874 … getötet")."""
        q = cand.quantity
        window_start = max(
            [start]
            + [m.end() for m in _CLAUSE_END.finditer(text, start, q.start)]
            + [o.end for o in quantities if o.end <= q.start]
        )
        window_end = q.end
        if cand.outcome_span and cand.outcome_span[0] >= cand.np_end:
            window_end = max(window_end, min(cand.outcome_span[1], self._clause_end(text, cand.np_end, end)))
        return bool(self.lex.cumulative_re.search(text, window_start, window_end))


def _between_names(text: str, comma: int, end: int) -> bool:
    before = _TOKEN.findall(text[max(0, comma - 30) : comma])
    after = _TOKEN.findall(text[comma + 1 : min(end, comma + 30)])
    return bool(before and after and before[-1][0].isupper() and after[0][0].isupper())


def _counts_people(count: Count) -> bool:
    return not (count.high == 0 and count.low in (0, None))


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
    if a.speaker is not None or a.speaker_actor_id is None:
        return a.speaker, a
    earlier = [
        b
        for b in attributions
        if b.speaker is not None and b.speaker_actor_id == a.speaker_actor_id and b.content.start < a.content.start
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


@Language.factory(
    "karabach_casualties",
    default_config={"lexicon": "casualties.json"},
    requires=["doc._.attributions"],
    assigns=["doc._.casualties"],
)
def make_casualties(nlp: Language, name: str, lexicon: str) -> Casualties:
    return Casualties(nlp, name, lexicon)
