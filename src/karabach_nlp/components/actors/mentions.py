"""Actor mentions in a doc: gazetteer names from the SpanRuler, grown into phrases by small rules.

Works on the blank German pipeline (no tagger, no parser): phrases are found from the trigger
words the ruler marks and from capitalisation, articles and prepositions around them. Entities
of a statistical NER (``doc.ents``), when a model set them, are added where the rules found nothing.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from .grammar import (
    ACRONYM,
    ARTICLES,
    BARE_SUBJECT_VERBS,
    CLAUSE_OPENERS,
    COPULAS,
    DEFINITE,
    DOMAIN,
    GENITIVE_ARTICLES,
    INITIAL,
    NAME_PARTICLES,
    NAME_WORD,
    NON_AGENT_PREPOSITIONS,
    NUMBER,
    NOT_ADJECTIVES,
    OBJECT_ARTICLES,
    ORDINAL,
    PLACE_PREPOSITIONS,
    POSSESSIVE_F,
    POSSESSIVE_M,
    PREPOSITIONS,
    PRONOUNS,
    QUANTIFIERS,
    QUOTE_PAIRS,
    RELATIVE,
    SOURCE_NOUNS,
    SUBORDINATORS,
    is_adjective,
    is_cap,
)
from ..analysis.tagger import hanta_available, is_known_compound, is_known_word
from .lexicon import CAPITAL, DEMONYM, GIVEN, HEAD_PREFIX, SEAT, SOURCE_COMPOUND, Lexicon
from ...doctext import doc_text
from .mention_record import DocState as _DocState, Mention
from .tagged_rules import TaggedRules
from .clause_subjects import ClauseSubjectRules
from .source_rules import SourceRules

SPANS_KEY = "karabach_actor_triggers"
NAMED_TYPES = ("state", "organization", "authority", "media", "armed_group", "region")
INDEFINITE = frozenset({"ein", "eine", "einem", "einen", "einer", "eines"})


class MentionFinder(TaggedRules, ClauseSubjectRules, SourceRules):
    def __init__(self, lex: Lexicon, known_words: frozenset[str] = frozenset()):
        self.lex = lex
        self.known_words = known_words  # base forms the lemmatizer's table knows: German words

    # ---- helpers over tokens -------------------------------------------------------------
    def _sentence_starts(self, doc: Doc) -> list[bool]:
        """Tokens that begin a sentence or clause: after . ! ? : ; or a quotation mark, spaces skipped."""
        sent = doc.has_annotation("SENT_START")
        starts, prev = [], None
        for tok in doc:
            starts.append(prev is None or (sent and tok.is_sent_start) or prev.text in CLAUSE_OPENERS)
            if not tok.is_space:
                prev = tok
        return starts

    def _quoted(self, doc: Doc) -> list[bool]:
        """Tokens inside quotation marks: a pronoun there is the quoted speaker's, not ours."""
        inside = [False] * len(doc)
        text = doc_text(doc)
        ranges = []
        for open_q, closers in QUOTE_PAIRS:
            pos = 0
            while True:
                a = text.find(open_q, pos)
                if a < 0:
                    break
                found = [b for b in (text.find(close_q, a + 1) for close_q in closers) if b >= 0]
                if not found:
                    break
                b = min(found)
                ranges.append((a, b))
                pos = b + 1
        for tok in doc:
            if any(a < tok.idx < b for a, b in ranges):
                inside[tok.i] = True
        return inside

    def _verb_next_to(self, doc: Doc, start: int, end: int, verbs: frozenset[str]) -> bool:
        """A verb form right after the phrase ("Moskau warnte") or right before it ("sagte er")."""
        after = doc[end].text if end < len(doc) else ""
        before = doc[start - 1].text if start > 0 else ""
        return after in verbs or before in verbs

    def _speaker_context(self, doc: Doc, start: int, end: int) -> bool:
        """Subject of a speech verb, or the source in "laut X", "X zufolge", ", so X"."""
        lex = self.lex
        object_like = doc[start].lower_ in OBJECT_ARTICLES or (start > 0 and doc[start - 1].lower_ in NON_AGENT_PREPOSITIONS)
        if not object_like and self._verb_next_to(doc, start, end, lex.speech_verbs):
            return True
        if end < len(doc) and doc[end].text == "," and end + 1 < len(doc) and doc[end + 1].text in lex.speech_verbs:
            return True  # "Der Sprecher, Max Muster, sagte"
        before = doc[start - 1].lower_ if start > 0 else ""
        if before in ("laut", "so", "zufolge") or (end < len(doc) and doc[end].lower_ == "zufolge"):
            return True
        if start >= 2 and doc[start - 2].lower_ == "nach" and doc[start - 1].lower_ == "angaben":
            return True
        if start >= 1 and doc[start - 1].lower_ in SOURCE_NOUNS:
            return True  # "Angaben der Polizei" (the article is inside the phrase)
        if start >= 2 and doc[start - 2].lower_ in SOURCE_NOUNS and doc[start - 1].lower_ in ("von", "vom"):
            return True
        return False

    def _subject_like(self, doc: Doc, start: int, sent_start: list[bool]) -> bool:
        """Not a prepositional object ("mit dem Minister") nor a genitive attribute ("Gespräche der Minister")."""
        if doc[start].lower_ in OBJECT_ARTICLES:
            return False
        if start == 0 or sent_start[start]:
            return True
        prev = doc[start - 1]
        if prev.lower_ == "durch" or (prev.lower_ in ("von", "vom") and doc[start].lower_ in ARTICLES):
            return True  # the agent of a passive: "von einem Sprecher bestätigt"; not "von Gegnern"
        if prev.lower_ in PREPOSITIONS:
            return False
        return not (is_cap(prev.text) and prev.text not in self.lex.name_stopwords and not prev.is_punct)

    def _left_edge(self, doc: Doc, head: int, taken: set[int]) -> int:
        """Extend left over adjectives and one article ("die französische Aufsichtsbehörde").

        Adjectives count only after an article or at a phrase boundary, so that a verb with an
        adjective's ending ("sagte", "haben") is never swallowed.
        """
        verbs = self.lex.speech_verbs | self.lex.act_verbs
        i = head
        coordinated = 0  # words of "… und" the phrase took: no more than two adjectives besides them
        while True:
            while i > 0 and (i - 1) not in taken and (
                is_adjective(doc[i - 1].text, verbs) or ORDINAL.match(doc[i - 1].text) or NUMBER.match(doc[i - 1].text)
            ):
                i -= 1
            if i >= 2 and i < head and {i - 1, i - 2}.isdisjoint(taken) and doc[i - 1].lower_ in ("und", "oder") and (
                    is_adjective(doc[i - 2].text, verbs)
                    or (self.clause_start[i - 2] and is_adjective(doc[i - 2].lower_, verbs) and doc[i - 2].tag_ in ("", "ADJA"))):
                i -= 2  # "Arabische und iranische Medien": coordinated adjectives
                coordinated += 2
                continue
            if (i >= 2 and i < head and (i - 1) not in taken and doc[i - 1].tag_ == "ADJD" and doc[i - 1].text.islower()
                    and doc[i - 2].lower_ in ARTICLES):
                i -= 1  # "die staatlich kontrollierten Medien": an adverb before the participle
            break
        if i > 0 and (i - 1) not in taken and doc[i - 1].lower_ in ARTICLES:
            return i - 1
        if (i > 0 and (i - 1) not in taken and self.clause_start[i - 1] and is_adjective(doc[i - 1].lower_, verbs)
                and doc[i - 1].tag_ in ("", "ADJA")):
            return i - 1  # "Politische Beobachter" at the start of a sentence; not "Wie Anwohner" (a tagger knows)
        if i < head:
            before = doc[i - 1] if i > 0 else None
            boundary = before is None or before.is_punct or before.lower_ in PREPOSITIONS or before.lower_ in ("laut", "und")
            if not boundary or head - i - coordinated > 2:
                return head
        return i

    def _place_after(self, doc: Doc, end: int) -> int:
        """'in Baku', 'von New Orleans', 'in Berg-Karabach': capitalised tokens after a place preposition."""
        if end + 1 < len(doc) and doc[end].lower_ in PLACE_PREPOSITIONS and is_cap(doc[end + 1].text):
            j = end + 1
            if doc[j].text in self.lex.name_stopwords:
                return end
            while j < len(doc) and is_cap(doc[j].text) and doc[j].text not in self.lex.name_stopwords:
                j += 1
                if j - end > 3:
                    break
            if doc[end].lower_ == "für":
                j = self._field_list(doc, j)
            return j
        return end

    def _field_list(self, doc: Doc, j: int) -> int:
        """"für Wirtschaft und Energie", "für Umwelt, Naturschutz und Reaktorsicherheit": an institution's
        fields run on over commas and "und" while each part is one more field, not another actor."""
        lex = self.lex
        while j + 1 < len(doc) and doc[j].text in (",", "und"):
            nxt = doc[j + 1].text
            if (not is_cap(nxt) or nxt in lex.name_stopwords or nxt in lex.given_names or lex.head_type(nxt)
                    or doc[j + 1].lower_ in ARTICLES or nxt in lex.alias_index or doc[j + 1].tag_ == "NE"):
                break
            if doc[j].text == "," and not any(t.text == "und" for t in doc[j + 2 : j + 5]):
                break  # a comma must lead on to the closing "und" of the list
            j += 2
        return j

    def _genitive_after(self, doc: Doc, end: int, depth: int = 2) -> int:
        """'der Polizei', 'des Influenza-Programms der WHO', 'der Vereinten Nationen': genitive complements."""
        if depth == 0 or end + 1 >= len(doc) or doc[end].lower_ not in GENITIVE_ARTICLES:
            return end
        stop = self.lex.name_stopwords | self.lex.speech_verbs
        j = end + 1
        while j < len(doc) and is_adjective(doc[j].text):
            j += 1
        if j >= len(doc) or not is_cap(doc[j].text) or doc[j].text in stop:
            return end
        j += 1
        if (j < len(doc) and is_cap(doc[j].text) and not doc[j].text.isupper() and doc[j].text not in stop
                and doc[j].text not in self.lex.given_names):
            j += 1  # a two-word name ("der Region Elsass"), but not a person's given name after it
        if j < len(doc) and doc[j].text in self.lex.legal_forms:
            j += 1  # "der Emsland Stärke GmbH": the legal form closes the company's name
        return self._genitive_after(doc, j, depth - 1)

    def _name_after(self, doc: Doc, start: int, party_ends: bool = True) -> int:
        """End of the name tokens from ``start``: capitalised words, initials and particles
        ("Ursula von der Leyen", "Larry A. Silverstein"); a party acronym after a person's name ends
        it (``party_ends``), not after a company's ("Grupo ACS")."""
        lex = self.lex
        j = start
        while j < len(doc) and j - start < 4:
            text = doc[j].text
            if INITIAL.match(text) and j > start:
                j += 1
                continue
            if (text in ("’", "'") and j > start and j + 1 < len(doc) and is_cap(doc[j + 1].text)
                    and not doc[j - 1].whitespace_ and not doc[j].whitespace_):
                j += 2  # "Mark O’Keefe": an apostrophe inside the name
                continue
            after_given = j > start and doc[j - 1].text in lex.given_names  # "Birgit Prinz": a surname like a title
            if j > start and doc[j - 1].text.endswith("s") and doc[j].tag_ == "NN" and is_known_word(text):
                break  # "Barack Obamas Wunsch": after a genitive name comes what is his, not his name
            if (is_cap(text) and NAME_WORD.match(text) and text not in lex.name_stopwords
                    and (after_given or lex.head_type(text) is None) and text not in lex.state_by_alias):
                if party_ends and text.isupper() and len(text) > 1 and j > start:
                    break  # "(CDU)" or "SPD" after a name is a party, not the name
                j += 1
                continue
            if text in NAME_PARTICLES and j > start:
                k = j + 1
                if k < len(doc) and doc[k].text in ("der", "den", "de", "la"):
                    k += 1
                if k < len(doc) and is_cap(doc[k].text) and NAME_WORD.match(doc[k].text):
                    j = k
                    continue
            break
        while j > start and doc[j - 1].text in NAME_PARTICLES | {"der", "den", "la"}:
            j -= 1  # "Otto Koudelka von der TU": the particles belong to the place, not the name
        return j

    # ---- the finder -----------------------------------------------------------------------
    STEPS = (
        "_sports_clubs",
        "_gazetteer_names",
        "_capitals_and_seats",
        "_head_phrases",
        "_demonym_phrases",
        "_given_names",
        "_ner_entities",
        "_surnames",
        "_unknown_names",
        "_tagged_names",
        "_tagged_heads",
        "_passive_agents",
        "_subjects_after_verb",
        "_subordinate_subjects",
        "_subjects_after_comma_verb",
        "_sources_after_aus",
        "_quoted_persons",
        "_source_nouns_after_laut",
        "_source_genitives",
        "_source_compounds",
        "_companies",
        "_report_compounds",
        "_acronyms",
        "_quoted_titles",
        "_quoted_subjects",
        "_name_echoes",
        "_possessive_sources",
        "_demonstratives",
        "_pronouns",
        "_web_sites",
        "_relative_pronouns",
        "_appositive_titles",
    )

    def __call__(self, doc: Doc) -> list[Mention]:
        by_label: dict[str, list] = {}
        for span in doc.spans.get(SPANS_KEY, []):
            by_label.setdefault(span.label_, []).append(span)
        st = _DocState(doc, by_label, self._sentence_starts(doc), self._quoted(doc))
        self.clause_start = st.starts
        for step in self.STEPS:  # order matters: earlier steps take their tokens first
            getattr(self, step)(st)
        return sorted(st.mentions, key=lambda m: (m.start, -m.end))

    def _gazetteer_names(self, st: "_DocState") -> None:
        """Gazetteer names, longest first where two overlap"""
        doc, mentions, taken, sent_start, quoted, by_label, lex = st.unpack(self.lex)
        named = sorted(
            (s for label in NAMED_TYPES for s in by_label.get(label, [])), key=lambda s: (-(s.end - s.start), s.start)
        )
        for span in named:
            if any(i in taken for i in range(span.start, span.end)):
                continue
            taken.update(range(span.start, span.end))
            mentions.append(Mention(span.start, span.end, span.label_, key=span.id_, kind="name"))

    def _capitals_and_seats(self, st: "_DocState") -> None:
        """Capitals and seats of government stand for their state only where they act"""
        doc, mentions, taken, sent_start, quoted, by_label, lex = st.unpack(self.lex)
        for span in by_label.get(CAPITAL, []) + by_label.get(SEAT, []):
            if any(i in taken for i in range(span.start, span.end)):
                continue
            start = span.start
            if start > 0 and doc[start - 1].lower_ in ARTICLES:
                start -= 1
            if start > 0 and doc[start - 1].lower_ in PREPOSITIONS:
                continue
            if self._verb_next_to(doc, start, span.end, lex.speech_verbs | lex.act_verbs):
                mentions.append(Mention(start, span.end, "state", key=span.id_, kind="name", acting=True))
                taken.update(range(start, span.end))

    def _head_phrases(self, st: "_DocState") -> None:
        """Heads: authorities, organisations, media, armed groups and persons' roles"""
        doc, mentions, taken, sent_start, quoted, by_label, lex = st.unpack(self.lex)
        st.demonyms = demonyms = {s.start: s.id_ for s in by_label.get(DEMONYM, [])}
        heads = {}
        for label in by_label:
            if label.startswith(HEAD_PREFIX):
                for span in by_label[label]:
                    heads.setdefault(span.start, lex.head_type(doc[span.start].text))
        for i in sorted(heads):
            if i in taken or heads[i] is None:
                continue
            mention = self._phrase(doc, i, heads[i], demonyms, taken, mentions)
            if mention is None:
                continue
            if doc[mention.start].lower_.startswith("kein"):
                continue  # "kein Investor": nobody
            counted = [doc[mention.start]] + ([doc[mention.start - 1]] if mention.start > 0 else [])
            if doc[mention.start].lower_ not in ARTICLES and any(t.like_num or t.lower_ in QUANTIFIERS for t in counted):
                continue  # "874 Soldaten", "187.000 Einwohnern", "mehrere Polizisten": counted people are casualties, not actors
            if mention.start > 0 and doc[mention.start].lower_ == "der" and doc[mention.start - 1].lower_ in QUANTIFIERS:
                continue  # "einige der Nutzer": counted too
            speaks = self._speaker_context(doc, mention.start, mention.end)
            if not speaks and not self._clause_subject(doc, mention, sent_start) and self._only_as_speaker(doc, mention):
                continue
            if mention.kind == "phrase" and mention.key is None and mention.start > 0 and (
                doc[mention.start - 1].lower_ in NON_AGENT_PREPOSITIONS
            ):
                continue
            mention.acting = mention.acting or speaks or self._subject_like(doc, mention.start, sent_start)
            mentions.append(mention)
            taken.update(range(mention.start, mention.end))

    ARGUING_OPENERS = frozenset({"dafür", "dagegen", "für", "gegen", "vieles", "einiges", "alles", "nichts", "manches"})

    def _argues(self, doc: Doc, start: int) -> bool:
        """'Dafür spricht die Praxis', 'Gegen den Plan sprach der Zeitplan': after an inverted "sprechen"
        in a clause opened by "für"/"gegen"/"dafür"/"vieles", the subject is a reason, not a speaker."""
        verb = start - 1
        if verb < 0 or not doc[verb].lower_.startswith("sprach") and not doc[verb].lower_.startswith("sprich") and (
                doc[verb].lower_ not in ("sprechen", "spräche")):
            return False
        k = verb - 1
        while k > 0 and not self.clause_start[k] and doc[k].text not in (",", ";"):
            k -= 1
        opener = doc[k + 1] if k >= 0 and doc[k].text in (",", ";") else doc[max(k, 0)]
        return opener.lower_ in self.ARGUING_OPENERS

    def _clause_subject(self, doc: Doc, m: Mention, sent_start: list[bool]) -> bool:
        """Opens its clause, or stands right after its finite verb ("verweisen Analysten") or, but for
        a place, right before it ("andere Organisationen hatten aufgerufen")."""
        if sent_start[m.start] or any(t.tag_.endswith("FIN") for t in doc[max(m.start - 1, 0) : m.end]):
            return True  # (a verb can sit inside the phrase, taken for an adjective: "empfanden Anwohner")
        k = m.start - 1
        while k >= 0 and doc[k].tag_ in ("ADJA", "PIAT", "PIDAT") and doc[k].lower_.endswith("er"):
            k -= 1
        if k < m.start - 1 and k >= 0 and doc[k].tag_ == "NN":
            return True  # the genitive holder of a view: "nach Meinung vieler Experten", "der Tenor chinesischer Medien"
        if m.start >= 2 and doc[m.start - 1].lower_ == "von" and doc[m.start - 2].tag_ == "NN":
            return True  # "Proteste von Kernkraftgegnern"
        return m.head not in self.lex.speaking_heads and m.end < len(doc) and doc[m.end].tag_.endswith("FIN")

    def _only_as_speaker(self, doc: Doc, m: Mention) -> bool:
        """Unnamed phrases that are an actor only where they speak: places and the press in general
        ("die Stadt Baguio", "durch die Medien"), predicates ("zieht als Abgeordneter ein", "als
        möglicher Täter"), people or institutions in general ("Jugendliche aus dem Heim",
        "internationale Institutionen") and indefinite ones ("ein Krankenhaus")."""
        if m.kind not in ("phrase", "title") or m.head is None:
            return False
        if m.head in self.lex.speaking_heads:
            return True
        k = m.start - 1
        while k >= 0 and is_adjective(doc[k].text):
            k -= 1
        if k >= 0 and doc[k].lower_ == "als" and doc[m.start].lower_ not in ARTICLES:
            return True
        first = doc[m.start].lower_
        determined = first in ARTICLES or first in ("dessen", "deren") or doc[m.start].tag_ in (
            "ART", "PPOSAT", "PDAT", "PIAT", "PIDAT", "PRELAT")
        if m.kind == "title":
            plural = m.plural or m.head.endswith(("e", "en", "n"))
            return plural and not determined and not self._speaking_relative(doc, m.end)  # "Jugendliche", "Frauen"
        if m.key is not None or m.type not in ("organization", "media"):
            return False
        return first in INDEFINITE or (not determined and m.head.endswith(("e", "n")))  # a bare plural

    def _demonym_phrases(self, st: "_DocState") -> None:
        """Demonym + state head ("Die aserbaidschanische Seite", "russische Truppen")."""
        doc, mentions, taken, sent_start, quoted, by_label, lex = st.unpack(self.lex)
        demonyms = st.demonyms
        for i, state in demonyms.items():
            j = i + 1
            if j < len(doc) and doc[j].text in lex.state_heads and j not in taken:
                start = i - 1 if i > 0 and doc[i - 1].lower_ in ARTICLES else i
                mentions.append(Mention(start, j + 1, "state", key=state, kind="name"))
                taken.update(range(start, j + 1))
            elif j < len(doc) and doc[j].lower_ in SOURCE_NOUNS and j not in taken and i not in taken:
                # "nach israelischen Angaben": the state is the source
                mentions.append(Mention(i, j + 1, "state", key=state, kind="name", acting=True))
                taken.update(range(i, j + 1))

    def _hyphenated_given(self, text: str) -> bool:
        parts = text.split("-")
        return len(parts) > 1 and all(p in self.lex.given_names for p in parts)

    def _given_names(self, st: "_DocState") -> None:
        """Persons from given names ("Angela Merkel") where no title phrase took them."""
        doc, mentions, taken, sent_start, quoted, by_label, lex = st.unpack(self.lex)
        starts = {span.start for span in by_label.get(GIVEN, [])}
        starts |= {t.i for t in doc if "-" in t.text and self._hyphenated_given(t.text)}  # "Hans-Joachim"
        for i in sorted(starts):
            if i in taken:
                continue
            end = self._name_after(doc, i + 1)
            if end == i + 1:
                continue  # a given name alone is too weak a sign
            mentions.append(self._person(doc, i, end, kind="name"))
            taken.update(range(i, end))

    def _ner_entities(self, st: "_DocState") -> None:
        """Entities of a statistical NER, when present, add what the rules missed"""
        doc, mentions, taken, sent_start, quoted, by_label, lex = st.unpack(self.lex)
        for ent in doc.ents:
            if any(k in taken for k in range(ent.start, ent.end)):
                continue
            if ent.label_ in ("PER", "PERSON"):
                mentions.append(self._person(doc, ent.start, ent.end, kind="name"))
            elif ent.label_ == "ORG":
                mentions.append(Mention(ent.start, ent.end, "organization", key=ent.text, kind="name"))
            else:
                continue
            taken.update(range(ent.start, ent.end))

    def _surnames(self, st: "_DocState") -> None:
        """Surnames of persons named in full, anywhere in the text ("Putin", "Putins")."""
        doc, mentions, taken, sent_start, quoted, by_label, lex = st.unpack(self.lex)
        surnames = set()
        for m in mentions:
            if m.type == "person" and m.surname and (m.given or m.titles):
                words = m.extra.get("full", m.surname).split()
                surnames.update(w for w in (words[1:] or words) if is_cap(w) and not INITIAL.match(w))
        for tok in doc:
            if tok.i not in taken:
                self._surname_mention(tok, surnames, st)

    @staticmethod
    def _surname_mention(tok, surnames: set[str], st: "_DocState") -> bool:
        """A token that is one of ``surnames``, or its genitive ("Putins"), becomes a surname mention."""
        base = tok.text[:-1] if tok.text.endswith("s") and tok.text[:-1] in surnames else tok.text
        if base not in surnames:
            return False
        st.mentions.append(Mention(tok.i, tok.i + 1, "person", kind="surname", surname=base))
        st.taken.add(tok.i)
        return True

    def family_first(self, words: list[str]) -> Optional[str]:
        """'Hu' of 'Hu Jia': the first of two name words when it is no given name we list and no
        German word; such names are often said family name first, and the article calls the person
        by it alone. 'Kjell Eberhardt' gives 'Kjell' too, which, alone, also names him."""
        if len(words) != 2:
            return None
        first = words[0]
        if (first in self.lex.given_names or self._hyphenated_given(first) or INITIAL.match(first) or not is_cap(first)
                or not NAME_WORD.match(first) or first in self.lex.name_stopwords or self._german_word(first)
                or self.lex.head_type(first) is not None or len(first) < 2):
            return None
        return first

    def _german_word(self, text: str) -> bool:
        """'Zukunft': a word the lemmatizer's table knows, so alone it need not be the name."""
        return text in self.known_words or text.lower() in self.known_words

    def _name_echoes(self, st: "_DocState") -> None:
        """A name the article has introduced names its actor wherever it stands again, whether or not it
        speaks there: the surname of a person found by any rule ("Kowalczyk"), the family name said
        first ("Hu" of "Hu Jia"), a company without its legal form ("Jenoptik" of "der Jenoptik AG"),
        an organisation named after its category noun ("Hochtief" of "der Baufirma Hochtief")."""
        doc, mentions, taken, sent_start, quoted, by_label, lex = st.unpack(self.lex)
        persons: set[str] = set()
        organizations: dict[str, Mention] = {}
        for m in mentions:
            if m.type == "person" and m.kind == "name" and m.extra.get("full"):
                words = m.extra["full"].split()
                persons.update(w for w in words[1:] if is_cap(w) and not INITIAL.match(w))
                first = self.family_first(words)
                if first:
                    persons.add(first)
            elif m.type in ("organization", "media") and m.key:
                words = m.key.split()
                if len(words) == 2 and words[1] in lex.legal_forms:
                    words = words[:1]
                elif len(words) == 2 and ACRONYM.match(words[1]):
                    words = words[1:]  # "ACS" of "Grupo ACS"
                if (len(words) == 1 and is_cap(words[0]) and not self._german_word(words[0])
                        and words[0] not in lex.name_stopwords):
                    organizations.setdefault(words[0], m)
        for tok in doc:
            if tok.i in taken:
                continue
            if self._surname_mention(tok, persons, st):
                continue
            if "-" in tok.text and tok.text.split("-")[0] in organizations and ACRONYM.match(tok.text.split("-")[0]):
                # "UNMISS-Truppen" after "(UNMISS)": the mission's troops, the mission acting
                named = organizations[tok.text.split("-")[0]]
                mentions.append(Mention(tok.i, tok.i + 1, named.type, key=named.key, kind="name"))
                taken.add(tok.i)
            elif tok.text in organizations and not (tok.i > 0 and doc[tok.i - 1].lower_ in ARTICLES and tok.tag_ != "NE"):
                # "die Zukunft der Branche" after "Zukunft AG": a common noun with its article is no echo
                named = organizations[tok.text]
                mentions.append(Mention(tok.i, tok.i + 1, named.type, key=named.key, kind="name"))
                taken.add(tok.i)

    def _unknown_names(self, st: "_DocState") -> None:
        """Unknown names as subjects of speech verbs ("Paschinjan erklärte", "sagte Alijew")."""
        doc, mentions, taken, sent_start, quoted, by_label, lex = st.unpack(self.lex)
        for tok in doc:
            i = tok.i
            if i in taken or quoted[i] or not is_cap(tok.text) or tok.text in lex.name_stopwords:
                continue
            if not tok.text.replace("-", "").isalpha() or tok.text.isupper():
                continue
            prev = doc[i - 1] if i > 0 else None
            if prev is not None and (prev.lower_ in ARTICLES or is_adjective(prev.text, lex.speech_verbs | lex.act_verbs)
                                     or prev.lower_ in PREPOSITIONS or prev.tag_ == "CARD"):
                continue  # (after a number it is a counted noun: "Zwölf Todesopfer")
            end = self._name_after(doc, i)
            if end == i or any(k in taken for k in range(i, end)):
                continue
            at_start = sent_start[i] or (prev is not None and (prev.text in ",“”\"»«:" or (
                prev.text in lex.name_stopwords and sent_start[prev.i])))
            # "Als Beispiel nannte": a preposition before a common noun; "Auch Feinstein argumentierte" stays
            after_stopword = (not sent_start[i] and prev is not None and prev.text in lex.name_stopwords
                              and prev.tag_ in ("APPR", "APPRART", "KOKOM"))
            if end < len(doc) and doc[end].text in lex.speech_verbs and at_start and not (
                    after_stopword and self._common_words(doc, i, end)):
                pass  # "Paschinjan erklärte"; not "Als Beispiel nannte"
            elif (end < len(doc) and doc[end].text in lex.act_verbs and at_start and not self._common_words(doc, i, end)
                  and (end - i >= 2 or doc[end].text not in COPULAS)):
                pass  # "Saddam Hussein hatte", "Elshorst wies darauf hin"; not "Lauffenburg liegt"
            elif (at_start and end < len(doc) and (self._verb_like(doc[end].text) or (end - i >= 2 and doc[end].text == ","))
                  and not self._common_words(doc, i, end) and (end - i >= 2 or doc[end].text not in COPULAS)):
                pass  # "Hilda Morales Trujillo macht …", "Gonggrijp drückt …": unknown words that read as a name
            elif at_start and end - i >= 2 and self._role_apposition(doc, end) and not any(
                    self._german_word(t.text) or t.tag_.startswith(("ADJ", "ART", "PPOS")) for t in doc[i:end]):
                pass  # "Henk Jaap Meijer, Laborleiter …": a role in apposition says the words before are a name
            elif (end - i >= 2 and prev is not None and is_cap(prev.text) and self._article_before_role(doc, i - 1) is not None
                  and not self._common_words(doc, i, end) and (is_known_compound(prev.text) or not hanta_available())):
                # "der Friedensnobelpreisträger Adolfo Pérez Esquivel", "Dem chinesischen Bürgerrechtler Hu Jia":
                # a role we do not list (but a German word or compound: not "des Camden Canal Market"), then a name
                article = self._article_before_role(doc, i - 1)
                if any(k in taken for k in range(article, i)):
                    continue
                mention = self._person(doc, i, end, kind="name", titles=(prev.text,), span_start=article)
                mention.acting = True
                mentions.append(mention)
                taken.update(range(article, end))
                continue
            elif prev is not None and prev.lower_ in ("laut", "so") and end - i <= 3 and not self._common_words(doc, i, end):
                pass  # "laut el-Baradei", not "laut Verfassung"
            elif prev is not None and prev.text in lex.speech_verbs and (end >= len(doc) or not is_cap(doc[end].text)) and (
                    prev.lower_ in BARE_SUBJECT_VERBS or not self._common_words(doc, i, end)):
                pass  # "sagte Köhler", "sagte Alijew", but not "äußerte Zweifel"
            else:
                continue
            mention = self._person(doc, i, end, kind="name" if end - i > 1 else "surname")
            mention.acting = True
            mentions.append(mention)
            taken.update(range(i, end))

    def _role_apposition(self, doc: Doc, end: int) -> bool:
        """", Laborleiter …" after ``end``: a comma and a person's role noun without an article."""
        return (end + 1 < len(doc) and doc[end].text == "," and is_cap(doc[end + 1].text)
                and self.lex.head_type(doc[end + 1].text) == "person" and not self.is_plural_role(doc[end + 1].text))

    def _article_before_role(self, doc: Doc, role: int) -> Optional[int]:
        """The article opening "der [chinesische] Bürgerrechtler": up to two adjectives may stand
        between it and the role noun at ``role``."""
        j = role - 1
        while j >= 0 and role - j <= 3 and is_adjective(doc[j].text, self.lex.speech_verbs | self.lex.act_verbs):
            j -= 1
        return j if j >= 0 and doc[j].lower_ in ARTICLES else None

    def _source_compounds(self, st: "_DocState") -> None:
        """Source compounds: "nach Polizeiangaben" names the police as source."""
        doc, mentions, taken, sent_start, quoted, by_label, lex = st.unpack(self.lex)
        for span in by_label.get(SOURCE_COMPOUND, []):
            if span.start in taken:
                continue
            text = span.text
            for prefix, info in lex.source_prefixes.items():
                if text.startswith(prefix):
                    if info["type"] == "person":  # "Augenzeugenberichten": the witnesses, unnamed
                        mention = Mention(span.start, span.end, "person", kind="title", titles=(info["actor"],),
                                          head=info["actor"], plural=True, acting=True)
                    else:
                        mention = Mention(span.start, span.end, info["type"], kind="phrase", head=info["actor"], acting=True)
                    mentions.append(mention)
                    taken.add(span.start)
                    break

    def _sports_clubs(self, st: "_DocState") -> None:
        """Sports clubs by the word their name opens with: "der FC Bayern München", "Werder Bremen",
        "Hannover 96". First of all steps, so that the town or state in the name stays part of it."""
        doc, mentions, taken, sent_start, quoted, by_label, lex = st.unpack(self.lex)
        for tok in doc:
            i = tok.i
            if tok.text not in lex.club_prefixes or i in taken:
                continue
            j = i + 1
            while (j < len(doc) and j - i <= 3 and not doc[j].is_punct
                   and (is_cap(doc[j].text) or doc[j].text.isdigit() and len(doc[j].text) > 1)):  # not a score's "1"
                word = doc[j]
                if j > i + 1 and (word.text in lex.club_prefixes or word.text in lex.given_names or word.tag_ == "NN"):
                    break  # the next club of a list, a player's name, a common noun ("Verhandlungen")
                j += 1
                if word.text.isdigit():
                    break  # "Schalke 04", "Mainz 05": the number closes the name
            if j == i + 1:
                continue  # a prefix alone ("Real" opening a sentence, "Inter") names no club
            first = i - 1 if i > 0 and doc[i - 1].text == "1." else i  # "1. FC Köln"
            if first > 1 and doc[first - 1].lower_ in ("von", "vom", "bei", "beim") and doc[first - 2].tag_ == "NN":
                continue  # "die Vereinsleitung von Eintracht Waldau": the head's phrase, found later
            start = first - 1 if first > 0 and doc[first - 1].lower_ in ARTICLES else first
            mentions.append(Mention(start, j, "organization", key=doc[first:j].text, kind="name"))
            taken.update(range(start, j))

    def _companies(self, st: "_DocState") -> None:
        """Companies by their legal form: "der Daimler AG", "Premium Aerotec GmbH"."""
        doc, mentions, taken, sent_start, quoted, by_label, lex = st.unpack(self.lex)
        for tok in doc:
            if tok.text not in lex.legal_forms or tok.i in taken or tok.i == 0:
                continue
            i = tok.i
            while i > 0 and is_cap(doc[i - 1].text) and (i - 1) not in taken and tok.i - i < 4 and doc[i - 1].lower_ not in ARTICLES:
                i -= 1
            if i < tok.i:
                start = i - 1 if i > 0 and doc[i - 1].lower_ in ARTICLES and (i - 1) not in taken else i
                mentions.append(Mention(start, tok.i + 1, "organization", key=doc[i : tok.i + 1].text, kind="name"))
                taken.update(range(start, tok.i + 1))

    def _report_compounds(self, st: "_DocState") -> None:
        """The report of a named actor stands for it: "ai-Bericht", "UN-Angaben"."""
        doc, mentions, taken, sent_start, quoted, by_label, lex = st.unpack(self.lex)
        for tok in doc:
            if tok.i in taken or "-" not in tok.text:
                continue
            prefix, _, rest = tok.text.partition("-")
            if rest.lower().endswith(lex.report_endings) and prefix in lex.alias_index:
                type_, key = lex.alias_index[prefix]
                mentions.append(Mention(tok.i, tok.i + 1, type_, key=key, kind="name", acting=True))
                taken.add(tok.i)

    def _acronyms(self, st: "_DocState") -> None:
        """Unknown acronyms: an organisation where an article, "laut" or a "(…)" definition says so;
        a defined acronym keeps the type of its long form everywhere ("des BMI" after "Das deutsche
        Innenministerium (BMI)")."""
        doc, mentions, taken, sent_start, quoted, by_label, lex = st.unpack(self.lex)
        defined_types: dict[str, str] = {}
        for tok in doc:  # "Deutsche Schutzvereinigung für Wertpapierbesitz (DSW)"
            i = tok.i
            if not (ACRONYM.match(tok.text) and 1 < i and doc[i - 1].text == "(" and i + 1 < len(doc) and doc[i + 1].text == ")"):
                continue
            if tok.text in lex.name_stopwords:
                continue  # "19:20 Uhr (GMT)", "(EUR)": a time zone or a currency, no organisation
            inner = self._long_form(doc, mentions, i - 1)
            if inner is not None and inner.key is None:
                inner.key = tok.text
            kind = inner.type if inner is not None else "organization"
            defined_types.setdefault(tok.text, kind)
            if i not in taken:
                mentions.append(Mention(i, i + 1, kind, key=tok.text, kind="name"))
                taken.add(i)
        for tok in doc:
            i = tok.i
            if i in taken or not ACRONYM.match(tok.text) or tok.text in lex.name_stopwords:
                continue
            prev = doc[i - 1] if i > 0 else None
            if prev is not None and (prev.lower_ in DEFINITE or self._speaker_context(doc, i, i + 1)):
                start = i - 1 if prev.lower_ in DEFINITE else i
                kind = defined_types.get(tok.text, "organization")
                mentions.append(Mention(start, i + 1, kind, key=tok.text, kind="name", acting=True))
                taken.update(range(start, i + 1))

    def _speaking_relative(self, doc: Doc, end: int) -> bool:
        """A relative clause of saying follows: "Anwohner, die von Schüssen sprachen"."""
        if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in RELATIVE:
            return False
        k = end + 2
        while k < len(doc) and not doc[k].is_punct:
            if doc[k].text in self.lex.speech_verbs:
                return True
            k += 1
        return False

    @staticmethod
    def _long_form(doc: Doc, mentions: list, end: int) -> Optional[Mention]:
        """The mention an acronym in "(…)" right after token ``end`` - 1 defines: the phrase ending there,
        or an institution's head phrase whose name runs on to it ("dem Bundesamt für Sicherheit in der
        Informationstechnik (BSI)"). A state or region closing a longer name is not it ("die
        UN-Friedensmission im Südsudan (UNMISS)", "Human Rights Commission of Pakistan (HRCP)")."""
        best = None
        for m in mentions:
            if m.type == "person" or m.end > end or end - m.end > 6:
                continue
            gap = doc[m.end : end]
            if m.end < end and (m.kind != "phrase" or any(t.is_punct or t.tag_.startswith("V") for t in gap)):
                continue
            if best is None or m.end > best.end:
                best = m
        if best is not None and best.type in ("state", "region") and best.start > 0 and doc[best.start - 1].is_lower:
            return None
        return best

    def _quoted_titles(self, st: "_DocState") -> None:
        """A quoted title as source or subject: "laut „Welt“", "schreibt die „Computerwoche“"."""
        doc, mentions, taken, sent_start, quoted, by_label, lex = st.unpack(self.lex)
        for open_tok in doc:
            j = open_tok.i
            if open_tok.text not in ("„", "»") or j in taken or (j + 1 < len(doc) and not is_cap(doc[j + 1].text)):
                continue
            k = j + 1
            while k < len(doc) and doc[k].text not in ("“", "«", '"') and k - j <= 5:
                k += 1
            if k >= len(doc) or k - j > 5 or k == j + 1 or any(t in taken for t in range(j, k + 1)):
                continue
            start = j - 1 if j > 0 and doc[j - 1].lower_ in ("die", "der", "das", "dem", "den", "des") else j
            end = k + 1
            if end < len(doc) and doc[end].text.startswith("-"):
                continue  # „Bild“-Zeitung: the media head finds it
            before = doc[start - 1].text if start > 0 else ""
            after = doc[end].text if end < len(doc) else ""
            if before.lower() in ("laut", "so") or before in lex.speech_verbs or after in lex.speech_verbs:
                mentions.append(Mention(start, end, "media", key=doc[j + 1 : k].text, kind="name", acting=True))
                taken.update(range(start, end))

    def _possessive_sources(self, st: "_DocState") -> None:
        """Possessives before a source noun: "Seiner Meinung nach", "nach eigenen Angaben"."""
        doc, mentions, taken, sent_start, quoted, by_label, lex = st.unpack(self.lex)
        for tok in doc:
            i = tok.i
            if i + 1 >= len(doc) or i in taken or doc[i + 1].lower_ not in SOURCE_NOUNS or quoted[i]:
                continue
            low = tok.lower_
            if low in POSSESSIVE_M:
                mentions.append(Mention(i, i + 2, "person", kind="possessive", gender="m", acting=True,
                                        extra={"pronoun": "er"}))
            elif low in POSSESSIVE_F:
                after = doc[i + 2].text if i + 2 < len(doc) else ""
                mentions.append(Mention(i, i + 2, "person", kind="possessive", acting=True,
                                        plural=after.endswith("en") and after[:1].islower(), extra={"pronoun": "sie"}))
            elif low.startswith("eigen"):
                first = i
                while first > 0 and not sent_start[first]:
                    first -= 1
                last = i + 2
                while last < len(doc) and not sent_start[last]:
                    last += 1
                mentions.append(Mention(i, i + 2, "person", kind="reflexive", acting=True,
                                        extra={"sentence_start": doc[first].idx, "sentence_end": doc[last - 1].idx}))
            else:
                continue
            taken.update((i, i + 1))

    def _demonstratives(self, st: "_DocState") -> None:
        """Demonstratives as subjects: "Dieser behauptete", "beschuldigte dieser Israel"."""
        doc, mentions, taken, sent_start, quoted, by_label, lex = st.unpack(self.lex)
        for tok in doc:
            low = tok.lower_
            if low not in ("dieser", "diese") or tok.i in taken or quoted[tok.i]:
                continue
            after = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
            before = doc[tok.i - 1].text if tok.i > 0 else ""
            if not (after[:1].islower() or after in (",", ".")) or not (sent_start[tok.i] or before in lex.speech_verbs):
                continue  # "dieser Vorschlag": a determiner, not a pronoun
            pronoun = "er" if low == "dieser" else "sie"
            mentions.append(Mention(tok.i, tok.i + 1, "person", kind="possessive", gender="m" if pronoun == "er" else None,
                                    plural=pronoun == "sie" and after.endswith("en"), acting=True, extra={"pronoun": pronoun}))
            taken.add(tok.i)

    def _pronouns(self, st: "_DocState") -> None:
        """Pronoun subjects of speech verbs ("sagte er", "Sie betonte")."""
        doc, mentions, taken, sent_start, quoted, by_label, lex = st.unpack(self.lex)
        for tok in doc:
            if tok.lower_ not in PRONOUNS or tok.i in taken or quoted[tok.i]:
                continue
            if tok.text == "Sie" and not sent_start[tok.i] and not (tok.i > 0 and doc[tok.i - 1].text in lex.speech_verbs):
                continue  # formal "Sie" inside a sentence
            before = doc[tok.i - 1].text if tok.i > 0 else ""
            after = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
            if before.lower() in PREPOSITIONS:
                continue  # "für sie": an object
            second = tok.i >= 1 and (sent_start[tok.i - 1] or doc[tok.i - 1].lower_ in SUBORDINATORS)  # "Aber sie", "indem sie"
            third = tok.i >= 2 and (sent_start[tok.i - 2] or doc[tok.i - 2].text == ",") and (
                self._verb_like(doc[tok.i - 1].text) or doc[tok.i - 1].tag_.endswith("FIN"))  # "Dabei griff sie"
            if tok.lower_ == "sie" and not (
                before in lex.speech_verbs or after in lex.speech_verbs or sent_start[tok.i] or before in ",;:"
                or second or third
            ):
                continue  # "sie" may be an accusative object; "er" is always a subject
            verb = before if before in lex.speech_verbs or not after[:1].islower() else after
            plural = tok.lower_ == "sie" and verb.endswith("en") and verb not in ("sprechen",)
            gender = "m" if tok.lower_ == "er" else ("f" if not plural else None)
            mentions.append(Mention(tok.i, tok.i + 1, "person", kind="pronoun", gender=gender, plural=plural, acting=True))

    def _web_sites(self, st: "_DocState") -> None:
        """Web sites as sources ("laut bildblog.de")."""
        doc, mentions, taken, sent_start, quoted, by_label, lex = st.unpack(self.lex)
        for tok in doc:
            if tok.i not in taken and DOMAIN.match(tok.text):
                mentions.append(Mention(tok.i, tok.i + 1, "media", key=tok.text, kind="name"))
                taken.add(tok.i)

    def _relative_pronouns(self, st: "_DocState") -> None:
        """A relative pronoun right after an actor's phrase and a comma ("Bürger, die ... sprachen")."""
        doc, mentions, taken, sent_start, quoted, by_label, lex = st.unpack(self.lex)
        ends = {m.end: m for m in mentions if m.kind != "pronoun"}
        for tok in doc:
            i = tok.i
            if tok.lower_ in RELATIVE and i >= 2 and doc[i - 1].text == "," and i - 1 in ends and i not in taken:
                if not self._verb_final(doc, i + 1):
                    continue  # "sagte der Bürgermeister, die Stadt sei sicher": an article opening what was said
                antecedent = ends[i - 1]
                if antecedent.type == "person" and antecedent.gender == "m" and not antecedent.plural and tok.lower_ in ("die", "das"):
                    continue  # "Henning von Storch, die Genehmigung … begrüßte": a man's relative is "der"
                mentions.append(Mention(i, i + 1, antecedent.type, kind="relative", extra={"antecedent_end": doc[i - 2].idx + len(doc[i - 2].text)}))

    def _appositive_titles(self, st: "_DocState") -> None:
        """A title phrase and a name next to it, with a comma between, are one person ("Fritz Tack,
        Agrarexperte der Linksfraktion, kritisierte", "Der Sprecher der Polizei, Lars Beringer,"):
        one mention, and no second person whose title might join someone else with the same title."""
        mentions, doc = st.mentions, st.doc
        by_end = {m.end: m for m in mentions if m.type == "person" and m.kind in ("name", "surname")}
        by_start = {m.start: m for m in mentions if m.type == "person" and m.kind == "name"}
        for title in [m for m in mentions if m.type == "person" and m.kind == "title" and not m.plural]:
            before, after = by_end.get(title.start - 1), by_start.get(title.end + 1)
            if before is not None and doc[title.start - 1].text == "," and (
                    doc[title.start].lower_ not in ARTICLES or self._closed_apposition(doc, title)):
                # with an article ("Fritz Tack, der …") it may be a relative clause: only when the phrase
                # closes with a comma and no verb ("Peter Müller, der Sprecher der Ambulanz, sagte")
                before.end = title.end
                name = before
            elif after is not None and not after.titles and title.end < len(doc) and doc[title.end].text == ",":
                after.start = title.start  # "Der Sprecher der Polizei, Lars Beringer"
                name = after
            else:
                continue
            name.titles = tuple(dict.fromkeys((*name.titles, *title.titles)))
            name.gender = name.gender or title.gender
            mentions.remove(title)

    @staticmethod
    def _closed_apposition(doc: Doc, title: Mention) -> bool:
        return title.end < len(doc) and doc[title.end].text == "," and not MentionFinder._verb_final(doc, title.start)

    @staticmethod
    def _verb_final(doc: Doc, i: int) -> bool:
        """Whether the clause from token ``i`` to the next punctuation ends in a verb, as a relative
        clause does ("die Angst hatten,"); a verb-second clause ("die Stadt sei sicher.") does not."""
        j = i
        while j < len(doc) and not doc[j].is_punct:
            j += 1
        return j > i and (doc[j - 1].tag_.startswith("V") or doc[j - 1].pos_ in ("VERB", "AUX"))

    def _verb_like(self, text: str) -> bool:
        """A lowercase word with a finite verb's ending ("argumentierte", "kritisiert")."""
        return (text[:1].islower() and text.endswith(("te", "ten", "t", "en")) and text not in ARTICLES
                and text not in PREPOSITIONS and text not in NOT_ADJECTIVES and text not in SUBORDINATORS
                and text not in ("nicht", "bereits", "erst", "jetzt", "selbst", "weit", "zuletzt", "meist", "bisher"))

    def _common_words(self, doc: Doc, start: int, end: int) -> bool:
        """Any of the tokens (name particles aside) is a German word: no unknown name then."""
        return any(self._common_word(t, strict=True) for t in doc[start:end] if t.text not in NAME_PARTICLES)

    def _common_word(self, tok, strict: bool = False) -> bool:
        """A German word, not a name: the lemmatizer changes it ("Neue" -> "neu") or, ``strict``, knows
        it as a base form ("Ziel"; names like "Merkel" are base forms too, hence not by default)."""
        text = tok.text
        if text in self.lex.given_names or INITIAL.match(text):
            return False
        if tok.tag_ == "NE":
            return False  # the tagger reads it as a proper noun: "Köhler", "Klose" are names, not adjectives
        if bool(tok.lemma_) and tok.lemma_ != text or is_adjective(text.lower()) or text.lower() in self.known_words:
            return True
        # with a tagger (HanTa, or a statistical model) a common noun says so itself
        return strict and (text in self.known_words or tok.tag_ == "NN")

    # ---- phrase builders ----------------------------------------------------------------------
    def _person(self, doc: Doc, start: int, end: int, kind: str, titles=(), state=None, span_start=None) -> Mention:
        lex = self.lex
        tokens: list[str] = []  # words as written: "O’Keefe" is one word of three tokens
        for t in doc[start:end]:
            if tokens and not doc[t.i - 1].whitespace_:
                tokens[-1] += t.text
            else:
                tokens.append(t.text)
        first = tokens[0] if tokens else ""
        given = first if len(tokens) > 1 and (first in lex.given_names or self._hyphenated_given(first)) else None
        surname = tokens[-1] if tokens else None
        gender = lex.given_names.get(given.split("-")[0]) if given else None
        for title in titles:
            gender = gender or self.title_gender(title)
        return Mention(
            span_start if span_start is not None else start,
            end,
            "person",
            kind=kind,
            gender=gender,
            surname=surname,
            given=given if given else (tokens[0] if len(tokens) > 1 else None),
            titles=tuple(titles),
            state=state,
            extra={"full": " ".join(tokens)},
        )

    # feminine nouns of persons ending like a plural: "die Mutter" is one woman
    FEMININE_SINGULAR = frozenset({"Mutter", "Tochter", "Schwester", "Frau", "Person", "Witwe", "Waise", "Geisel"})

    def _plural_after_die(self, doc: Doc, start: int, head: str) -> bool:
        """"die Flugbegleiter", "die Experten": "die" before a role not ending in "-in" is a plural
        ("die Sprecherin" is one woman)."""
        return doc[start].lower_ == "die" and head.endswith(("er", "en", "ten")) and head not in self.FEMININE_SINGULAR

    def is_plural_role(self, head: str) -> bool:
        roles = self.lex.plural_roles
        return head in roles or (head.endswith("n") and head[:-1] in roles) or head.endswith("innen")

    def title_gender(self, title: str) -> Optional[str]:
        """'Präsidentin' is a woman, 'Präsident' a man; a plural role ('Experten') has no gender."""
        if self.is_plural_role(title):
            return None
        if title in self.FEMININE_SINGULAR:
            return "f"
        return "f" if title.endswith("in") else "m"

    def _phrase(self, doc: Doc, i: int, kind: str, demonyms: dict, taken: set[int], mentions: list) -> Optional[Mention]:
        lex = self.lex
        head = doc[i].text
        start = self._left_edge(doc, i, taken)
        state = None
        # "Russlands Präsident": a state's genitive right before the title belongs to the phrase
        if start == i and i > 0 and doc[i - 1].text in lex.state_by_alias and doc[i - 1].text.endswith("s"):
            state = lex.state_by_alias[doc[i - 1].text]
            start = i - 1
        elif start == i and i > 0 and doc[i - 1].text.endswith("s") and doc[i - 1].text in lex.region_by_alias:
            start = i - 1
        for k in range(start, i):
            if k in demonyms:
                state = demonyms[k]
        if kind == "person":
            titles = [head]
            end = i + 1
            # a second title or the office's genitive: "Präsident des Roten Kreuzes"
            end_gen = self._genitive_after(doc, end)
            name_start = end
            if end < len(doc) and doc[end].text in lex.given_names or (
                end < len(doc) and is_cap(doc[end].text) and doc[end].text not in lex.name_stopwords
                and lex.head_type(doc[end].text) is None and doc[end].lower_ not in ARTICLES
            ):
                name_end = self._name_after(doc, end)
                # one word the tagger reads as a common noun is the object, not a name: "auf Politiker Druck"
                common = name_end == end + 1 and doc[end].tag_ == "NN" and doc[end].text not in lex.given_names
                if name_end > end and not common:
                    return self._person(doc, name_start, name_end, "name", titles=titles, state=state, span_start=start)
            # apposition: "Ein Sprecher der Polizei, Lars Beringer,"
            j = end_gen
            j = self._place_after(doc, j)
            if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].text in lex.given_names:
                name_end = self._name_after(doc, j + 1)
                if name_end > j + 2:
                    return self._person(doc, j + 1, name_end, "name", titles=titles, state=state, span_start=start)
            if j > end and j < len(doc) and is_cap(doc[j].text) and lex.head_type(doc[j].text) is None:
                # "Der Präsident der Region Elsass Adrien Zeller schlägt vor": the holder's name after the
                # office's genitive, two or three name words, the first no German word, then the verb
                name_end = self._name_after(doc, j)
                if (j + 2 <= name_end <= j + 3 and name_end < len(doc) and doc[name_end].tag_.endswith("FIN")
                        and not self._common_word(doc[j], strict=True)):
                    return self._person(doc, j, name_end, "name", titles=titles, state=state, span_start=start)
            gender = self.title_gender(head)
            return Mention(start, j, "person", kind="title", titles=(head,), state=state, gender=gender,
                           plural=self.is_plural_role(head) or self._plural_after_die(doc, start, head), head=head)
        # institutions: "Die Behörden in Berg-Karabach", "das Verteidigungsministerium in Baku"
        end = self._place_after(doc, i + 1)
        if end == i + 1:
            end = self._genitive_after(doc, i + 1, depth=1)
        if state is not None and doc[i].text in lex.state_heads and kind != "media":
            return Mention(start, end, "state", key=state, kind="name")
        key = None
        if kind in ("media", "organization", "armed_group", "authority"):
            # "die Nachrichtenagentur Interfax", "der Fernsehsender „Silverbird“": the name follows
            j = i + 1
            if j < len(doc) and doc[j].text in ("„", "»", '"'):
                k = j + 1
                while k < len(doc) and doc[k].text not in ("“", "«", '"') and k - j < 6:
                    k += 1
                if k < len(doc) and k > j + 1:
                    key = doc[j + 1 : k].text
                    end = max(end, k + 1)
            elif j < len(doc) and is_cap(doc[j].text) and doc[j].text not in lex.name_stopwords and lex.head_type(doc[j].text) is None and doc[j].lower_ not in ARTICLES:
                k = self._name_after(doc, j, party_ends=False)
                if k > j:
                    # "Nachrichtenagentur Reuters" is Reuters; "Staatsanwaltschaft Schwerin" is not Schwerin
                    key = doc[j:k].text if kind != "authority" else doc[i:k].text
                    end = max(end, k)
            for m in mentions:  # a gazetteer name inside the phrase names the actor
                if start <= m.start and m.end <= end and m.kind == "name" and m.type == kind:
                    key = m.key
        return Mention(start, end, kind, key=key, kind="phrase", head=head, plural=head.endswith(("en", "te", "äfte")),
                       state=state)
