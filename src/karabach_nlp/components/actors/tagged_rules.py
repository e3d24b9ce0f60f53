"""Mention rules that read the STTS tags of the analysis component (HanTa): proper nouns the name
lists miss, unlisted common nouns as subjects, agents of a passive, genitives after nouns of saying.
A mixin of :class:`~.mentions.MentionFinder`; without a tagger these rules find nothing."""

from __future__ import annotations

from spacy.tokens import Doc

from .grammar import (ACRONYM, ARTICLES, COPULAS, GENITIVE_ARTICLES, INITIAL, NAME_WORD, OBJECT_ARTICLES, SOURCE_NOUNS,
                      STATEMENT_NOUNS, is_cap)
from .mention_record import DocState as _DocState, Mention

NAMING_VERBS = frozenset({"heißt", "hieß", "lautet", "lautete", "lauten", "lauteten"})


class TaggedRules:
    def _tagged_names(self, st: "_DocState") -> None:
        """Proper nouns (tag NE) the name lists miss, where they speak or act: "führte Elshorst aus",
        "laut Airbus", "Ryanair hat ausgerechnet", "die Enac hat angeordnet". Only with a tagger."""
        doc, mentions, taken, sent_start, quoted, by_label, lex = st.unpack(self.lex)
        i = 0
        while i < len(doc):
            if doc[i].tag_ != "NE" or i in taken or quoted[i] or not self._name_token(doc[i]):
                i += 1
                continue
            end = i + 1
            while end < len(doc) and end - i < 4 and end not in taken and (
                doc[end].tag_ == "NE" or INITIAL.match(doc[end].text)) and self._name_token(doc[end]):
                end += 1
            start, i = i, end
            if end < len(doc) and is_cap(doc[end].text) and not doc[end].is_punct and not (
                    doc[end].tag_ == "NN" and self._source_before(doc, start)):
                continue  # "Bangkok Post": part of a longer name; but "laut Airbus Bestellungen" ends at the name
            prev = doc[start - 1] if start > 0 else None
            article = prev is not None and prev.lower_ in ("der", "die", "das") and (start - 1) not in taken
            if prev is not None and not article and (prev.lower_ in ARTICLES or prev.tag_ in ("APPR", "APPRART", "ADJA", "KON")) and (
                    not self._source_before(doc, start)):
                continue  # "in Lisle", "und Mombasa", "im indischen Dharamshala": places; "laut Airbus" stays
            if prev is not None and not article and is_cap(prev.text) and prev.is_alpha and not sent_start[start]:
                continue  # "der Insel Hispaniola", "IG Metall Trier": the tail of a longer name
            first = start - 1 if article else start
            if not (self._speaker_context(doc, first, end) or self._tagged_subject(doc, first, end, sent_start)):
                continue
            mentions.append(self._tagged_mention(doc, start, end, first))
            taken.update(range(first, end))

    PERSON_ENDINGS = ("er", "ern", "erin", "erinnen", "ent", "enten", "entin", "ant", "anten", "ist", "isten", "istin", "dat", "daten",
                      "krat", "kraten", "e", "en", "ling", "linge",
                      "mann", "leute", "frau")

    def _tagged_heads(self, st: "_DocState") -> None:
        """Common nouns (tag NN) the head lists miss, as subjects of a verb of saying: "Das Kartellamt
        hofft", "Der Übergangsrat kündigte an", "Die Passagiere berichteten". Never a document
        ("Der Bericht schildert"): those are sources, not actors. Only with a tagger."""
        doc, mentions, taken, sent_start, quoted, by_label, lex = st.unpack(self.lex)
        for tok in doc:
            i, text = tok.i, tok.text
            if tok.tag_ != "NN" or i in taken or quoted[i] or not text[:1].isupper() or not text.isalpha():
                continue
            low = text.lower()
            if (lex.head_type(text) is not None or text in lex.not_heads or low in SOURCE_NOUNS
                    or low.endswith(lex.not_actor_endings) or text in lex.name_stopwords):
                continue
            start = self._left_edge(doc, i, taken)
            if any(k in taken for k in range(start, i)) or doc[start].lower_ in OBJECT_ARTICLES:
                continue
            if doc[start].lower_ not in ARTICLES and not (low.endswith("en") and all(t.tag_ == "ADJA" for t in doc[start:i])):
                continue  # a bare singular noun is rarely a subject ("Kritik übte …"); "Radikale Gruppen" are
            before = doc[start - 1] if start > 0 else None
            at_start = sent_start[start] or (before is not None and before.text in ",“”\"»«:")
            v = self._complement_end(doc, i + 1, taken)  # "Die Vereinsleitung von Borussia Dortmund hat …"
            after = doc[v] if v < len(doc) else None
            if not (at_start and after is not None and after.tag_.endswith("FIN")):
                continue
            acts = after.tag_.startswith("VV") and after.text not in COPULAS and (
                self._agent_noun(low) or self._body_noun(low) or low.endswith(self.GROUP_ENDINGS))
            abstract = low.endswith(self.ABSTRACT_ENDINGS) and not self._body_noun(low)
            if not (self._says(after) or (self._clause_says(doc, v) and not abstract) or acts):
                continue  # "Die Rothemden begrüßten": people act; "Das Kartellamt hofft": it says
            if after.lower_ in NAMING_VERBS or (v + 1 < len(doc) and doc[v + 1].tag_ == "PPER"):
                continue  # "Der Name lautet", "Die Tat bezeichnete er", "Eine Antwort gab es": no subject
            if any(t.like_num for t in doc[start:i]):
                continue
            plural = low.endswith(("en", "er", "e")) and doc[start].lower_ in ("die", ) and after.text.endswith("en")
            if low.endswith(self.PERSON_ENDINGS) and not low.endswith(self.BODY_ENDINGS):
                mention = Mention(start, v, "person", kind="title", titles=(text,), head=text, plural=plural or start == i,
                                  gender=None if plural or start == i else self.title_gender(text), acting=True)
            else:
                mention = Mention(start, v, "organization", kind="phrase", head=text, acting=True)
            mentions.append(mention)
            taken.update(range(start, v))

    def _complement_end(self, doc: Doc, k: int, taken: set[int]) -> int:
        """Past a short complement of a head noun: a name ("Die Gruppe Turkey Blocks") or a
        prepositional phrase ("von Borussia Dortmund", "für Menschenrechte", "um Anita Zaidi")."""
        j = k
        if j < len(doc) and doc[j].tag_ == "APPR" and doc[j].lower_ in ("von", "für", "um", "aus", "der", "des"):
            j += 1
            if j < len(doc) and doc[j].tag_ == "ART":
                j += 1
        elif not (j < len(doc) and doc[j].tag_ == "NE"):
            return k
        first = j
        while j < len(doc) and j - first < 3 and doc[j].tag_ in ("NE", "NN", "ADJA") and j not in taken:
            j += 1
        if any(doc[m].text in self.lex.legal_forms for m in range(first, j)):
            return k  # "Die Bergbau Nordhessen AG": a company's name, for the legal-form rule
        return j if j > first and j < len(doc) and doc[j].tag_.endswith("FIN") else k

    def _clause_says(self, doc: Doc, v: int) -> bool:
        """An auxiliary whose clause closes on a verb of saying: "hat nun versprochen", "hatten angekündigt";
        not "werden" or "sein", whose subject is what was said ("Die Details wurden bekannt gegeben")."""
        if not (doc[v].tag_.startswith("VM") or doc[v].tag_.startswith("VA") and doc[v].lemma_ == "haben"):
            return False
        j = v + 1
        while j < len(doc) and not (doc[j].is_punct and doc[j].text not in ("„", "“")) and j - v < 15:
            if doc[j].tag_ in ("VVPP", "VVINF", "VVIZU") and (self._says(doc[j]) or self._particle_says(doc, doc[j])):
                return True
            j += 1
        return False

    # unlisted nouns of people, strictly ("Musikkennern", "Demonstranten"); not "-en" alone ("Flügen")
    AGENT_ENDINGS = ("er", "ern", "erin", "erinnen", "ent", "enten", "ant", "anten", "ist", "isten", "istin", "krat", "kraten",
                     "ling", "lingen", "or", "oren", "orin", "orinnen")

    def _passive_agents(self, st: "_DocState") -> None:
        """The agent of a passive, "von"/"vom" + noun before the participle: "Von der Opposition wurde
        das kritisiert", "von Musikkennern als Meilenstein gefeiert". Only with a tagger."""
        doc, mentions, taken, sent_start, quoted, by_label, lex = st.unpack(self.lex)
        for tok in doc:
            if tok.lower_ not in ("von", "vom") or quoted[tok.i]:
                continue
            j = tok.i + 1
            if tok.lower_ == "von" and j < len(doc) and doc[j].tag_ == "ART":
                j += 1
            while j < len(doc) and doc[j].tag_ == "ADJA":
                j += 1
            if j >= len(doc) or doc[j].tag_ != "NN" or not doc[j].text[:1].isupper():
                continue
            if tok.i > 0 and doc[tok.i - 1].tag_ in ("NN", "NE", "ADJD", "APPR", "PIS") and not (
                    doc[tok.i - 1].tag_ == "NN" and self._werden_before(doc, tok.i)):
                continue  # "Speicherung von …", "abhängig von …", "aufgrund von …": no agent; but
                # "wurde die Aktion von den Veranstaltern gewertet": the noun is the passive's subject
            if any(k in taken for k in range(tok.i + 1, j + 1)):
                # a role another rule found but did not take for a speaker ("von Gegnern"): it acts here
                found = next((m for m in mentions if m.start <= j < m.end and m.kind == "title"), None)
                if found is not None and not found.acting and (self._passive_follows(doc, j + 1) or self._wie_von(doc, tok.i)):
                    found.acting = True
                continue
            head, low = doc[j].text, doc[j].text.lower()
            kind = lex.head_type(head)
            if kind is None and (low.endswith(lex.not_actor_endings) or not low.endswith(self.AGENT_ENDINGS)
                                 or head in lex.not_heads or low in SOURCE_NOUNS):
                continue
            if any(t.like_num for t in doc[tok.i + 1 : j + 1]):
                continue
            if j + 1 < len(doc) and is_cap(doc[j + 1].text) and doc[j + 1].tag_ in ("NE", "NN", "FM"):
                continue  # "vom Torhüter Schwarzer": a title before a name, for the name rules
            if not (self._passive_follows(doc, j + 1) or self._wie_von(doc, tok.i)):
                continue
            start = tok.i + 1
            plural = low.endswith(("en", "ern"))
            if kind in (None, "person"):
                mention = Mention(start, j + 1, "person", kind="title", titles=(head,), head=head, plural=plural,
                                  gender=None if plural else self.title_gender(head), acting=True)
            else:
                mention = Mention(start, j + 1, kind, kind="phrase", head=head, plural=plural, acting=True)
            mentions.append(mention)
            taken.update(range(start, j + 1))

    def _source_genitives(self, st: "_DocState") -> None:
        """The genitive after a noun of saying is its source: "nach Angaben der Polizeidirektion
        Hannover", "Aussagen des Statistischen Bundesamtes", "Angaben seines Vermögensverwalters",
        "eine Forderung der EU-Außenminister", "Berechnungen eines US-Forschers".
        Only with a tagger; documents ("Angaben des Berichts") are no actors."""
        doc, mentions, taken, sent_start, quoted, by_label, lex = st.unpack(self.lex)
        for tok in doc:
            i = tok.i
            if not (tok.lower_ in SOURCE_NOUNS or tok.lower_ in STATEMENT_NOUNS) or i + 2 >= len(doc) or quoted[i]:
                continue
            det = doc[i + 1]
            if not (det.lower_ in GENITIVE_ARTICLES or det.lower_ in ("eines", "einer") or det.tag_ == "PPOSAT" and det.lower_.endswith(("es", "er"))):
                continue
            j = i + 2
            while j < len(doc) and doc[j].tag_ == "ADJA":
                j += 1
            if j >= len(doc) or doc[j].tag_ != "NN" or not doc[j].text[:1].isupper():
                continue
            if any(k in taken for k in range(i + 1, j + 1)):
                # a role another rule found but did not take for a speaker: "einer Warnung der Wärter"
                found = next((m for m in mentions if m.start <= j < m.end and m.kind in ("title", "phrase")), None)
                if found is not None:
                    found.acting = True
                continue
            head, low = doc[j].text, doc[j].text.lower()
            kind = lex.head_type(head)
            if kind is None and (low.endswith(lex.not_actor_endings) or head in lex.not_heads or low in SOURCE_NOUNS
                                 or low.rstrip("s").endswith(lex.not_actor_endings)):
                continue
            end = j + 1
            while end < len(doc) and end - j <= 3 and doc[end].tag_ == "NE" and end not in taken:
                end += 1  # "der Polizeidirektion Hannover"
            start = i + 1
            if kind in (None, "person") and low.rstrip("s").endswith(self.AGENT_ENDINGS):
                mention = Mention(start, end, "person", kind="title", titles=(head,), head=head, acting=True,
                                  plural=det.lower_ == "der" and low.endswith(("en", "er")), gender=None)
            else:
                mention = Mention(start, end, kind if kind not in (None, "person") else "organization", kind="phrase",
                                  head=head, acting=True)
            mentions.append(mention)
            taken.update(range(start, end))

    @staticmethod
    def _passive_follows(doc: Doc, k: int) -> bool:
        """A participle (tag VVPP) later in the clause and a form of "werden" in the sentence."""
        sent = doc[k - 1].sent if doc.has_annotation("SENT_START") else doc
        stop = min(len(doc), k + 15, sent.end)
        for m in range(k, stop):
            if doc[m].is_punct and doc[m].text not in ("„", "“", "»", "«", '"'):
                return False  # quotation marks may stand inside: 'von Kennern als „Meilenstein“ bezeichnet'
            if doc[m].tag_ == "VVPP":
                return any(t.lemma_ == "werden" and t.tag_.startswith("VA") for t in doc[sent.start:stop])
        return False

    @staticmethod
    def _wie_von(doc: Doc, i: int) -> bool:
        """"wie (schon) von der Verteidigung ausgeführt": a passive without "werden", as a source."""
        k = i - 1
        while k > 0 and doc[k].tag_ == "ADV" and i - k <= 2:
            k -= 1
        if k < 0 or doc[k].lower_ != "wie":
            return False
        for m in range(i + 1, min(len(doc), i + 8)):
            if doc[m].tag_ == "VVPP":
                return True
            if doc[m].is_punct:
                return False
        return False

    @staticmethod
    def _werden_before(doc: Doc, i: int) -> bool:
        """A finite form of "werden" earlier in the sentence ("Die Aktion wurde von …")."""
        first = doc[i].sent.start if doc.has_annotation("SENT_START") else 0
        return any(t.lemma_ == "werden" and t.tag_ == "VAFIN" for t in doc[first:i])

    def _source_before(self, doc: Doc, start: int) -> bool:
        """"laut X", "so X", "nach Angaben von X", "Angaben des X": the words before name a source."""
        before = doc[start - 1].lower_ if start > 0 else ""
        if before in ("laut", "so", "gemäß") or (start >= 1 and before in SOURCE_NOUNS):
            return True
        return start >= 2 and before in ("von", "vom", "des", "der") and doc[start - 2].lower_ in SOURCE_NOUNS

    def _name_token(self, tok) -> bool:
        text = tok.text
        return (is_cap(text) or text[:1].islower() and any(c.isupper() for c in text[1:])) and (
            bool(NAME_WORD.match(text)) or bool(INITIAL.match(text))) and text not in self.lex.name_stopwords and (
            self.lex.head_type(text) is None) and text not in self.lex.state_by_alias

    def _tagged_subject(self, doc: Doc, start: int, end: int, sent_start: list[bool]) -> bool:
        """Subject of a finite verb: right before it at a clause start ("eBay hält es für möglich"),
        or right after a finite verb of saying ("sieht Wiedeking", "führte Elshorst aus")."""
        after = doc[end] if end < len(doc) else None
        before = doc[start - 1] if start > 0 else None
        at_start = sent_start[start] or (before is not None and before.text in ",“”\"»«:")
        if at_start and after is not None and after.tag_.endswith("FIN") and after.text not in COPULAS:
            return True
        k = start - 1
        while k > 0 and start - k <= 2 and doc[k].tag_ in ("PRF", "ADV"):
            k -= 1  # "äußerte sich auch X", "sagte gestern X"
        before = doc[k] if start > 0 else None
        acts = before is not None and before.text in self.lex.act_verbs and before.lemma_ not in ("haben", "sein", "werden")
        return (before is not None and before.tag_.endswith("FIN") and (self._says(before) or acts)
                and (after is None or not is_cap(after.text)))  # not "hatte Misrata (beschossen)": an object

    def _says(self, verb) -> bool:
        """A verb form of saying, by its form or (with a tagger) its lemma with particle ("führte … aus")."""
        lex = self.lex
        if verb.text in lex.speech_verbs:
            return True
        lemma = verb._.full_lemma if verb.has_extension("full_lemma") else verb.lemma_
        return lemma in lex.speech_lemmas

    def _tagged_mention(self, doc: Doc, start: int, end: int, first: int) -> Mention:
        """Typed by shape: "eBay", "BYD" and names behind an article are organisations, others persons."""
        text = doc[start:end].text
        single = end - start == 1
        org = first < start or (single and (ACRONYM.match(text) or any(c.isupper() for c in text[1:])))
        if org or (not single and doc[start].text not in self.lex.given_names and end - start > 2):
            return Mention(first, end, "organization", key=text, kind="name", acting=True)
        mention = self._person(doc, start, end, kind="name" if not single else "surname")
        mention.acting = True
        return mention

