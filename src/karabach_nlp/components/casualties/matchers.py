"""Casualty cues matched over a doc's tokens with spaCy ``PhraseMatcher``: outcome words
("getötet", "Verletzte", "kostete das Leben") and count phrases ("Die Zahl der Opfer").

The literal outcome forms of ``models/lexicons/casualties.json`` (stems with their endings, and
the listed words) go into one matcher on ``LOWER``. A saved pipeline keeps them as JSONL
(``outcome_patterns.jsonl``, one ``{"label", "pattern", "rank"}`` row per form) beside the
lexicon it was built from; the rank is the form's place in the lexicon's alternation (phrases
first, then longer forms), which decides between two matches at one place.
"""

from __future__ import annotations

import re
from typing import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ...doctext import doc_text
from ...records import Outcome

_WORD_CHAR = re.compile(r"[\w-]")


class OutcomeWords:
    def __init__(self, nlp: Language, forms: dict[str, tuple[int, Outcome]]):
        self.forms = forms  # lower-case form -> (rank, outcome), as Lexicon.outcome_forms
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for form in forms:
            self.matcher.add(form, [nlp.make_doc(form)])

    @classmethod
    def from_patterns(cls, nlp: Language, rows: Iterable[dict]) -> "OutcomeWords":
        return cls(nlp, {row["pattern"]: (row["rank"], Outcome(row["label"])) for row in rows})

    def patterns(self) -> list[dict]:
        """The matcher's patterns as JSONL rows: ``{"label": outcome, "pattern": form, "rank": n}``."""
        return [{"label": outcome.value, "pattern": form, "rank": rank} for form, (rank, outcome) in self.forms.items()]

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, Outcome]]:
        """(start char, end char, rank, outcome) of every form in ``doc``, sorted; a form counts only
        as a whole word (no letter, digit or hyphen glued to either side)."""
        text = doc_text(doc)
        strings = doc.vocab.strings
        found = []
        for match_id, s, e in self.matcher(doc):
            start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
            if (start and _WORD_CHAR.match(text, start - 1)) or _WORD_CHAR.match(text, end):
                continue
            rank, outcome = self.forms[strings[match_id]]
            found.append((start, end, rank, outcome))
        found.sort()
        return found


class CountNouns:
    """The count phrases of casualties.json ("Zahl", "Gesamtzahl", "Anzahl der Opfer") matched on
    ``ORTH`` (case matters: the noun "Zahl", not "zahl"); where two start at one token the
    longer one counts, and none overlap."""

    def __init__(self, nlp: Language, phrases: list[str]):
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.matcher.add("count_noun", [nlp.make_doc(p) for p in phrases])

    def __call__(self, doc: Doc) -> list[tuple[int, int]]:
        """(start char, end char) of every count phrase in ``doc``, left to right."""
        spans = sorted(((doc[s].idx, doc[e - 1].idx + len(doc[e - 1])) for _, s, e in self.matcher(doc)),
                       key=lambda span: (span[0], -span[1]))
        out: list[tuple[int, int]] = []
        for start, end in spans:
            if not out or start >= out[-1][1]:
                out.append((start, end))
        return out
