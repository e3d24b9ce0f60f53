"""The casualty word lists of ``models/lexicons/casualties.json``, compiled once per process.

Each ``_read_*`` method compiles one group of lists (outcome words, victims, running totals,
insertions, members, demanded victims) into the regular expressions and lookup tables the
rules read.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cached_property, lru_cache
from typing import Callable, Optional

from ...quantities import find_quantities
from ...records import Category, Outcome
from ...resources import load_json

CLAUSE_END = re.compile(r"[,;:()\[\]]|\s[–—-]\s|[.!?](?=\s|$)")
YEAR = re.compile(r"^(1[89]|20)\d\d$")


def _alternation(forms: list[str]) -> str:
    forms = sorted(set(forms), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in f.split()) for f in forms)


def _words_re(words: list[str], template: str, flags: int = re.IGNORECASE) -> re.Pattern:
    """``template`` with ``{}`` replaced by the alternation of ``words``."""
    return re.compile(template.replace("{}", _alternation(words)), flags)


def _casefolded(words: list[str]) -> set[str]:
    return {w.casefold() for w in words}


class Lexicon:
    """The casualty word lists compiled to regular expressions and lookup tables."""

    def __init__(self, data: dict):
        self.data = data  # kept to save the component with its lists (Casualties.to_disk)
        self._read_outcomes(data)
        self._read_noun_phrase(data)
        self._read_frames_and_totals(data)
        self._read_coordination(data)
        self._read_insertions(data["insertions"])
        self._read_members(data["members"])
        self._read_demanded(data["demanded"], data["elided_noun"])

    def _read_outcomes(self, data: dict) -> None:
        """Outcome words ("getötet", "Tote", "ums Leben") as one regular expression, longest first."""
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
        self._outcome_parts = [p for p, _ in parts]
        self.outcome_of_group = {f"o{i}": o for i, (_, o) in enumerate(parts)}
        # the same words for matching over tokens: the regular-expression phrases stay a regex, the
        # literal forms go to a PhraseMatcher (OutcomeWords); a form's rank is its place in the
        # alternation above, so where two match at one place the one the regex prefers wins
        self.outcome_phrases_re = re.compile(
            r"(?<![\w-])(?:" + "|".join(rf"(?P<o{i}>{p}(?![\w-]))" for i, (p, _) in enumerate(phrases)) + ")",
            re.IGNORECASE,
        ) if phrases else None
        self.outcome_forms: dict[str, tuple[int, Outcome]] = {}
        for rank, (form, outcome) in enumerate(literal, start=len(phrases)):
            self.outcome_forms.setdefault(" ".join(form.lower().split()), (rank, outcome))  # as LOWER has it
        self.outcome_blockers = _casefolded(data["outcome_blockers"]["words"])
        self.noun_blockers = _casefolded(data["noun_outcome_blockers"]["words"])
        self.active_verbs = set(data["active_verbs"]["words"])
        self.negations = set(data["negations"]["words"])
        self.split_outcomes = [
            (
                re.compile(rf"(?<![\w-])(?:{i['tail']})(?![\w-])", re.IGNORECASE),
                re.compile(i["verb"], re.IGNORECASE),
                Outcome(i["outcome"]),
            )
            for i in data["split_outcomes"]["items"]
        ]

    @cached_property
    def outcome_re(self) -> re.Pattern:
        """All outcome words as one regular expression over text, group ``o<rank>`` per form. The
        pipeline matches them over tokens instead (``outcome_phrases_re`` and ``outcome_forms``), so
        this is compiled only when first read (~0.05 s a fresh process need not pay). The word-start
        check shared by all forms comes first, so the regex engine tries the ~1,000 alternatives
        only where a word starts, not at every character (~50x faster)."""
        return re.compile(
            r"(?<![\w-])(?:" + "|".join(rf"(?P<o{i}>{p}(?![\w-]))" for i, p in enumerate(self._outcome_parts)) + ")",
            re.IGNORECASE,
        )

    def _read_noun_phrase(self, data: dict) -> None:
        """Victim nouns and the words around a figure that decide whether it counts people."""
        self.victims = {w.casefold(): Category(c) for c, words in data["victims"].items() for w in words}
        self.victim_suffixes = sorted((w for w in self.victims if len(w) >= 4), key=len, reverse=True)
        self._victim_memo: dict[str, Optional[Category]] = {}  # see victim_category
        self.adjective_nouns = set(data["adjective_nouns"]["words"])
        self.determiners = _casefolded(data["determiners"]["words"])
        self.agent_before = _casefolded(data["agent_before"]["words"])
        self.not_before = _casefolded(data["not_counts"]["before"])
        self.function_words = _casefolded(data["function_words"]["words"])
        self.vague_of = _casefolded(data["vague_of"])
        self.reference_set_re = _words_re(data["reference_set_before"]["words"], r"\b(?:{})\s+$")
        self.partitive_re = _words_re(data["partitive"]["words"], r"^\s+(?:{})\s+$")
        self.subset_after_re = _words_re(data["subset_after"]["words"], r"\s*(?:{})\b")
        self.subset_re = _words_re(data["subset_markers"], r"\b(?:{})\b")
        self.elliptic_re = re.compile(data["elliptic_after"]["regex"], re.IGNORECASE)
        self.exception_re = _words_re(data["exception_before"]["words"], r"\b(?:{})\s+$")
        self.alternative_re = _words_re(data["alternative_before"]["words"], r",\s*(?:{})\s+$")
        self.share_after_re = _words_re(data["share_after"]["words"], r"\s+(?:{})\b")
        change = data["figure_change"]
        self.change_before_re = _words_re(change["before"], r"\b(?:{})\s+$")
        self.change_between_re = _words_re(change["between"], r"^\s+(?:{})\s+$")

    def _read_frames_and_totals(self, data: dict) -> None:
        """Sentence frames ("Unter den Toten"), count nouns ("Zahl der Opfer") and running totals."""
        self.frame_re = re.compile("|".join(data["outcome_frames"]["phrases"]), re.IGNORECASE)
        self.clause_frame_re = re.compile("|".join(data["clause_frames"]["phrases"]), re.IGNORECASE)
        self.count_nouns = data["count_nouns"]["words"]  # matched over tokens: CountNouns
        cum = data["cumulative"]
        self.running_total_re = re.compile(
            "|".join([rf"\b(?:{_alternation(cum['running_words'])})\b"] + cum["phrases"]), re.IGNORECASE
        )
        self.cumulative_re = re.compile(
            "|".join([rf"\b(?:{_alternation(cum['words'])})\b"] + cum["phrases"]), re.IGNORECASE
        )
        self.risen_before_re = re.compile(cum["risen_to"]["before"], re.IGNORECASE)
        self.risen_after_re = re.compile(cum["risen_to"]["after"], re.IGNORECASE)

    def _read_coordination(self, data: dict) -> None:
        """Words that join two figures into one group sharing an outcome."""
        coords = "|".join(re.escape(c) for c in data["coordinators"])
        self.coordination_re = re.compile(rf"^\s*(?:(?:{coords})\s*)+$", re.IGNORECASE)
        self.genitive_coordination_re = re.compile(data["coordinators_genitive"]["regex"])
        self.pp_coordination_re = re.compile(data["coordinators_prepositional"]["regex"], re.IGNORECASE)

    def _read_insertions(self, ins: dict) -> None:
        """Relative clauses and appositions that break a figure's clause."""
        self.insertion_after_re = _words_re(ins["after_comma"], r"\s*,\s*(?:{})\b")
        self.relative_re = _words_re(ins["relative"], r"\s*,\s*(?:{})\b")
        self.relative_subject_re = _words_re(ins["subject_before"], r"\b(?:{})\s")
        self.relative_object_re = _words_re(ins["object_before"], r"\b(?:{})\s")
        self.prepositions = _casefolded(ins["prepositions"])
        self.object_articles = _casefolded(ins["object_before"] + ins["subject_before"])
        self.insertion_member_re = _words_re(ins["member_after_comma"], r"^\s*(?:{})\s+$")

    def _read_members(self, members: dict) -> None:
        """ "Angehörige der Armee": member nouns and the bodies whose category they take."""
        self.member_nouns = _casefolded(members["nouns"])
        self.bodies = {w.casefold(): Category(c) for c, words in members["bodies"].items() for w in words}
        self.member_of_re = re.compile(
            rf"\s+(?:der|des)\s+(?:[\w-]+\s+){{0,2}}?(?P<body>{_alternation(sum(members['bodies'].values(), []))})\b",
            re.IGNORECASE,
        )

    def _read_demanded(self, demanded: dict, elided: dict) -> None:
        """ "forderte 30 Opfer" and the parallel phrases whose first noun is left out."""
        self.demanded_nouns = _casefolded(demanded["nouns"])
        self.particle_end_re = _words_re(demanded["particles"], r"\b(?:{})\s*$", 0)
        self.demanded_after_re = _words_re(demanded["participles"], r"\s+(?P<verb>{})\b", 0)
        self.demanded_re = re.compile(
            rf"\b(?P<verb>{_alternation(demanded['verbs'])})\s+(?:(?:{_alternation(demanded['between'])})\s+)?$"
        )
        self.elided_gap_re = re.compile(
            rf"^\s+(?:{_alternation(elided['coordinators'])})\s+(?:[\w-]+\s+){{0,3}}(?P<prep>{_alternation(elided['prepositions'])})\s+$"
        )

    def outcome_matches(
        self, text: str, start: int, end: int, words: list[tuple[int, int, int, Outcome]],
        word_before: Callable[[int, int], Optional[str]],
    ) -> list[tuple[int, int, Outcome]]:
        """The outcome words in ``text[start:end]``: ``words`` (the doc's literal forms matched over
        its tokens, :class:`~.matchers.OutcomeWords`) and the phrases, read left to right as
        one alternation would, minus blocked ones ("im Sterben"), plus split ones ("kostete … das Leben")."""
        found = []
        for m_start, m_end, outcome in self._outcome_words(text, start, end, words):
            before = (word_before(m_start, 12) or "").casefold()  # the word before, if any
            if before in self.outcome_blockers:
                continue  # "im Sterben": dying, not dead
            if text[m_start].isupper() and before in self.noun_blockers:
                continue  # "suchen nach Vermissten"
            found.append((m_start, m_end, outcome))
        for tail, verb, outcome in self.split_outcomes:
            for m in tail.finditer(text, start, end):
                head = CLAUSE_END.split(text[max(0, m.start() - 200) : m.start()])[-1]  # its clause
                tail_verb = verb.match(text[m.end() : m.end() + 20].lstrip())  # "das Leben gekostet"
                if (verb.search(head) or tail_verb) and not any(f[0] <= m.start() < f[1] for f in found):
                    found.append((m.start(), m.end(), outcome))  # "kostete … vier Menschen das Leben"
        found.sort()
        return found

    def _outcome_words(
        self, text: str, start: int, end: int, words: list[tuple[int, int, int, Outcome]]
    ) -> list[tuple[int, int, Outcome]]:
        """Phrase and word matches inside the window, none overlapping: leftmost first, then the
        one of lowest rank (phrases, then longer forms)."""
        hits = [w for w in words[bisect_left(words, (start,)) :] if w[0] < end and w[1] <= end]
        if self.outcome_phrases_re is not None:
            hits += [(m.start(), m.end(), int(m.lastgroup[1:]), self.outcome_of_group[m.lastgroup])
                     for m in self.outcome_phrases_re.finditer(text, start, end)]
        hits.sort(key=lambda h: (h[0], h[2]))
        out, last_end = [], start
        for h_start, h_end, _, outcome in hits:
            if h_start >= last_end:
                out.append((h_start, h_end, outcome))
                last_end = h_end
        return out

    def any_outcome_word(self, text: str, start: int, end: int, words: list[tuple[int, int, int, Outcome]]) -> bool:
        """Whether any outcome word or phrase stands in ``text[start:end]``, blocked or not."""
        return bool(self._outcome_words(text, start, end, words))

    def victim_category(self, noun: str) -> Optional[Category]:
        """The victim category a noun names, kept per distinct noun: the suffix scan runs over
        every listed victim word, and the readers ask it of every capitalised word near a number."""
        if noun not in self._victim_memo:
            if len(self._victim_memo) >= 100_000:  # a long batch meets ever new nouns: bound the memory
                self._victim_memo.clear()
            self._victim_memo[noun] = self._victim_category(noun)
        return self._victim_memo[noun]

    def _victim_category(self, noun: str) -> Optional[Category]:
        key = noun.casefold()
        if key in self.victims:
            return self.victims[key]
        if key.endswith("n") and key[:-1] in self.victims:
            return self.victims[key[:-1]]  # dative plural: "mit sechs getöteten Reportern"
        for feminine in ("innen", "in"):  # "Passagierin", "Passagierinnen"
            if key.endswith(feminine) and key[: -len(feminine)] in self.victims:
                return self.victims[key[: -len(feminine)]]
        for suffix in self.victim_suffixes:  # compounds: "US-Soldaten", "Dorfbewohner"
            if key.endswith(suffix) and len(key) - len(suffix) >= 2:
                return self.victims[suffix]
        return None




@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return Lexicon(load_json("lexicons", "casualties.json"))


def holds_figure(text: str) -> bool:
    """Whether ``text`` states a casualty figure: a quantity and an outcome word ("27 Tote", "die Zahl
    der Verletzten auf 40"); for speech acts whose object is such a figure ("meldete …")."""
    return bool(find_quantities(text)) and default_lexicon().outcome_re.search(text) is not None
