"""Speakers named as the source of what is said rather than as a subject: the one quoted after
"zitiert" ("zitiert den Prediger", "zitiert die „Computerwoche“ Lynch") and a common noun after
"laut" ("laut Gefängnisdirektion"). Read with the STTS tags of the analysis component; a mixin of
:class:`~.mentions.MentionFinder`."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from .grammar import SOURCE_NOUNS, is_cap
from .lexicon import CAPITAL, SEAT
from .mention_record import DocState, Mention

QUOTING_LEMMAS = frozenset({"zitieren"})
SOURCE_PREPOSITIONS = frozenset({"laut", "gemäß"})
ACCUSATIVE_ARTICLES = frozenset({"den", "die", "das", "einen", "eine"})
CLAUSE_STOP = frozenset({",", ".", "!", "?", ":", ";", "(", ")", "–"})


class SourceRules:
    def _quoted_persons(self, st: DocState) -> None:
        """The object of "zitieren" is who spoke: "Der Spiegel zitiert den Prediger", "zitiert die
        „Computerwoche“ Lynch" (the subject may stand between the verb and its object)."""
        doc = st.doc
        for verb in doc:
            if verb.lemma_ not in QUOTING_LEMMAS or not verb.tag_.endswith("FIN") or st.quoted[verb.i]:
                continue
            j, seen = verb.i + 1, 0
            while j < len(doc) and doc[j].text not in CLAUSE_STOP and j - verb.i <= 8 and seen < 2:
                found = next((m for m in st.mentions if m.start <= j < m.end), None)
                if found is not None:  # the subject ("die „Computerwoche“") or the object itself
                    if doc[found.start].lower_ in ("den", "einen") or found.type == "person":
                        found.acting = True
                        break
                    j, seen = found.end, seen + 1
                    continue
                mention = self._quoted_object(doc, j, st.taken)
                if mention is not None:
                    st.mentions.append(mention)
                    st.taken.update(range(mention.start, mention.end))
                    break
                j += 1

    def _quoted_object(self, doc: Doc, j: int, taken: set[int]) -> Optional[Mention]:
        """A person at ``j``: a name (tag NE) or an article + a person's noun ("den Prediger")."""
        if doc[j].tag_ == "NE" and self._name_token(doc[j]):
            end = j + 1
            while end < len(doc) and end - j < 3 and doc[end].tag_ == "NE" and end not in taken:
                end += 1
            mention = self._person(doc, j, end, kind="name" if end - j > 1 else "surname")
            mention.acting = True
            return mention
        if doc[j].lower_ not in ACCUSATIVE_ARTICLES:
            return None
        k = j + 1
        while k < len(doc) and doc[k].tag_ == "ADJA":
            k += 1
        if k >= len(doc) or doc[k].tag_ != "NN" or any(t in taken for t in range(j, k + 1)):
            return None
        head, low = doc[k].text, doc[k].text.lower()
        if not (self.lex.head_type(head) == "person" or self._agent_noun(low)) and not (
                doc[j].lower_ in ("den", "einen") and not self._names_thing(low)):
            return None  # "zitiert die Studie": a document, not a person; "den Prediger" is one
        return Mention(j, k + 1, "person", kind="title", titles=(head,), head=head, acting=True,
                       gender=self.title_gender(head))

    def _source_nouns_after_laut(self, st: DocState) -> None:
        """A common noun after "laut"/"gemäß" is a source when it names no document or statement:
        "laut Gefängnisdirektion", "laut US-Justizministerium"; not "laut Verfassung", "laut Bericht"."""
        doc, lex = st.doc, self.lex
        for prep in doc:
            j = prep.i + 1
            if prep.lower_ not in SOURCE_PREPOSITIONS or j >= len(doc) or st.quoted[prep.i]:
                continue
            start = j
            if doc[j].lower_ in ("der", "dem", "des", "den"):
                j += 1
            while j < len(doc) and doc[j].tag_ == "ADJA":
                j += 1
            if j >= len(doc) or doc[j].tag_ != "NN" or not is_cap(doc[j].text) or any(t in st.taken for t in range(start, j + 1)):
                continue
            head, low = doc[j].text, doc[j].text.lower()
            if self._names_thing(low) or head in lex.not_heads or head in lex.name_stopwords:
                continue
            end = j + 1
            while end < len(doc) and end - j <= 2 and doc[end].tag_ == "NE" and end not in st.taken:
                end += 1  # "laut Polizeidirektion Hannover"
            kind = lex.head_type(head)
            if kind == "person" or (kind is None and self._agent_noun(low)):
                mention = Mention(start, end, "person", kind="title", titles=(head,), head=head, acting=True,
                                  gender=self.title_gender(head))
            else:
                mention = Mention(start, end, kind or "organization", kind="phrase", head=head, acting=True)
            st.mentions.append(mention)
            st.taken.update(range(start, end))

    def _names_thing(self, low: str) -> bool:
        """A document or statement ("Bericht", "Medienberichten", "Verfassung"), or what someone said."""
        stem = low[:-1] if low.endswith(("n", "s")) else low
        return (low in SOURCE_NOUNS or low.endswith(tuple(SOURCE_NOUNS)) or low.endswith(self.lex.not_actor_endings)
                or stem.endswith(self.lex.not_actor_endings)
                or low.endswith(self.ABSTRACT_ENDINGS) and not self._body_noun(low))

    def _quoted_subjects(self, st: DocState) -> None:
        """A quoted name as the subject of a verb of saying or acting: "„France Football“ hatte … bekannt
        gegeben", "schrieb die liberale „El Mundo“", "So berichtete die in Linz erscheinende
        „Rundschau am Sonntag“". Never a quotation ("„Wir warten“ sagte er"): no verb, no pronoun inside."""
        doc = st.doc
        for tok in doc:
            j = tok.i
            if tok.text not in ("„", "»") or j in st.taken:
                continue
            k = j + 1
            while k < len(doc) and doc[k].text not in ("“", "«", '"') and k - j <= 6:
                k += 1
            inner = doc[j + 1 : k]
            if k >= len(doc) or not 1 <= len(inner) <= 5 or any(t in st.taken for t in range(j, k + 1)):
                continue
            if not (inner[0].text[:1].isupper() or inner[0].text[:1].isdigit()) or any(
                    t.is_punct or t.tag_.endswith("FIN") or t.tag_ in ("PPER", "PRF", "VVINF") for t in inner):
                continue
            start = self._quoted_name_start(doc, j)
            end = k + 1
            if not (self._quoted_name_speaks_after(st, start, end) or self._quoted_name_speaks_before(st, start)):
                continue
            kind = next((self.lex.head_type(t.text) for t in inner if self.lex.head_type(t.text)), None)
            kind = "media" if kind in (None, "person") else kind
            st.mentions.append(Mention(start, end, kind, key=inner.text, kind="name", acting=True))
            st.taken.update(range(start, end))

    @staticmethod
    def _quoted_name_start(doc: Doc, j: int) -> int:
        """The article before a quoted name, over adjectives and "in Linz erscheinende"."""
        if j == 0 or doc[j - 1].tag_ not in ("ART", "ADJA"):
            return j
        i = j - 1
        while i > 0 and j - i <= 5 and doc[i].tag_ != "ART":
            if doc[i].tag_ not in ("ADJA", "ADV", "APPR", "NE", "NN"):
                return j
            i -= 1
        return i if doc[i].tag_ == "ART" and doc[i].lower_ in ("der", "die", "das") else j

    def _quoted_name_speaks_after(self, st: DocState, start: int, end: int) -> bool:
        doc = st.doc
        if end >= len(doc) or not doc[end].tag_.endswith("FIN"):
            return False
        at_start = st.starts[start] or (start > 0 and doc[start - 1].text in (",", ":"))
        verb = doc[end]
        return at_start and (self._says(verb) or self._clause_says(doc, end))  # not "„A Bigger Bang“ sahen …"

    def _quoted_name_speaks_before(self, st: DocState, start: int) -> bool:
        doc = st.doc
        v = start - 1
        while v > 0 and start - v <= 3 and (doc[v].tag_ in ("ADV", "PRF") or doc[v].lower_ in ("zum", "beispiel")):
            v -= 1  # "schrieb zum Beispiel die …"
        if v < 0 or not doc[v].tag_.endswith("FIN") or not self._inverted(doc, v, st.starts):
            return False
        return self._says(doc[v]) or self._clause_says(doc, v) or self._participle_follows(doc, v)

    def _sources_after_aus(self, st: DocState) -> None:
        """"Aus Paris hieß es", "Aus der Regierung ist zu hören", "aus Bonn wird berichtet": where a
        statement comes from. A capital stands for its state; a listed head keeps its type."""
        doc, lex = st.doc, self.lex
        capitals = {s.start: s for label in (CAPITAL, SEAT) for s in st.by_label.get(label, [])}
        for prep in doc:
            i = prep.i
            if prep.lower_ != "aus" or st.quoted[i] or not (st.starts[i] or (i > 0 and doc[i - 1].text in (",", ";"))):
                continue
            start = j = i + 1
            if j < len(doc) and doc[j].tag_ == "ART":
                j += 1
            while j < len(doc) and doc[j].tag_ == "ADJA":
                j += 1
            end = j
            while end < len(doc) and end - j < 3 and doc[end].tag_ in ("NE", "NN") and is_cap(doc[end].text):
                end += 1
            if end == j or any(t in st.taken for t in range(start, end)) or not self._says_from(doc, end):
                continue
            head = doc[end - 1].text
            if j in capitals and capitals[j].end == end:
                mention = Mention(start, end, "state", key=capitals[j].id_, kind="name", acting=True)
            elif doc[j].tag_ == "NE":
                mention = Mention(start, end, "organization", key=doc[j:end].text, kind="name", acting=True)
            elif lex.head_type(head) not in (None, "person"):
                mention = Mention(start, end, lex.head_type(head), kind="phrase", head=head, acting=True)
            else:
                continue
            st.mentions.append(mention)
            st.taken.update(range(start, end))

    def _says_from(self, doc: Doc, k: int) -> bool:
        """"hieß es", "verlautete", "ist zu hören", "wurde berichtet" at ``k``."""
        words = [t.lower_ for t in doc[k : k + 4]]
        if not words:
            return False
        if words[0] in ("hieß", "heißt", "verlautete", "verlautet") :
            return True
        if words[0] in ("ist", "war") and words[1:3] in (["zu", "hören"], ["zu", "vernehmen"], ["zu", "erfahren"]):
            return True
        if words[0] in ("wird", "wurde") and any(t.tag_ == "VVPP" and self._says(t) for t in doc[k + 1 : k + 6]):
            return True
        return False
