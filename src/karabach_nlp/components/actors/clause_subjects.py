"""Subjects found by their place in the clause, with the STTS tags of the analysis component:
after an inverted finite verb ("Dies gab die Vereinsführung bekannt", "sagte der 81-Jährige") and
right after a subordinator ("wie die Banca d'Italia bekannt gab", "während die EU-Staaten den
Vorstoß begrüßten"). A mixin of :class:`~.mentions.MentionFinder`; without a tagger it finds nothing.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from ..analysis.tagger import is_known_verb, is_known_word
from .grammar import COPULAS, SOURCE_NOUNS
from .mention_record import DocState, Mention

# Articles that can open a subject (nominative); "den", "dem", "des", "einem" ... open objects.
NOMINATIVE_ARTICLES = frozenset({"der", "die", "das", "ein", "eine"})
# Clause openers before an inverted verb that are no subject: adverbs, pronominal adverbs,
# demonstratives ("Dies gab …"), prepositions ("Am Montag sagte …"), adverbial adjectives.
FRONTED_NON_SUBJECT = ("ADV", "PROAV", "PAV", "PDS", "APPR", "APPRART", "ADJD", "PWAV")
# Words between an inverted verb and its subject: "sagte gestern der Sprecher", "äußerte sich auch"
BETWEEN_VERB_AND_SUBJECT = ("ADV", "PRF", "PTKNEG")
SUBORDINATOR_TAGS = ("KOUS", "PWAV")  # "während", "nachdem", "wie"
CLAUSE_END = frozenset({",", ".", "!", "?", ":", ";", "(", ")", "–", "„", "“", "»", "«", '"'})
AUXILIARIES = frozenset({"haben", "sein", "werden"})


class ClauseSubjectRules:
    def _subjects_after_verb(self, st: DocState) -> None:
        """The subject after an inverted finite verb of saying or acting, where what stands before the
        verb is no subject: "Dies gab die Vereinsführung bekannt", "Am Montag sagte der 81-jährige",
        ", bestätigte der 33-jährige Gianluigi Buffon". Not "Die Polizei nannte die Zahl" (object)."""
        doc = st.doc
        for verb in doc:
            if not verb.tag_.endswith("FIN") or st.quoted[verb.i] or not self._inverted(doc, verb.i, st.starts):
                continue
            j = verb.i + 1
            while j < len(doc) and j - verb.i <= 2 and (doc[j].tag_ in BETWEEN_VERB_AND_SUBJECT or doc[j].lower_ == "es"):
                j += 1  # "sah es Köhler an": "es" the object, Köhler the subject
            if self._argues(doc, verb.i + 1):
                continue  # "Gegen die Reform spricht die Praxis": a reason, not a speaker
            if j < len(doc) and (doc[j].lower_ in NOMINATIVE_ARTICLES or doc[j].tag_ == "NE"):
                self._add_subject(st, j, strong=self._says(verb) or self._clause_says(doc, verb.i), verb=verb)

    def _subjects_after_comma_verb(self, st: DocState) -> None:
        """A verb of saying right after a comma closes reported speech; its subject follows: "…
        ausgestellt worden, berichtet der englische Independent", "…, sagte der 81-jährige"."""
        doc = st.doc
        for verb in doc:
            i = verb.i
            if i < 2 or doc[i - 1].text != "," or not verb.tag_.endswith("FIN") or st.quoted[i] or not self._says(verb):
                continue
            first = i - 2
            while first > 0 and not st.starts[first]:
                first -= 1
            if not any(t.tag_.endswith("FIN") for t in doc[first : i - 1]):
                continue  # "Die Regierungspartei, die Hamas, bezeichnete …": an apposition, not reported speech
            j = i + 1
            while j < len(doc) and j - i <= 2 and doc[j].tag_ in BETWEEN_VERB_AND_SUBJECT:
                j += 1
            if j < len(doc) and (doc[j].lower_ in NOMINATIVE_ARTICLES or doc[j].tag_ == "NE"):
                self._add_subject(st, j, strong=True, verb=verb)

    def _subordinate_subjects(self, st: DocState) -> None:
        """The subject opening a subordinate clause whose final verb says or acts: "wie die Banca
        d'Italia in Rom bekannt gab", "schneller als die Hydrologen vorausgesagt hatten"."""
        doc = st.doc
        for sub in doc:
            if not (sub.tag_ in SUBORDINATOR_TAGS or sub.lower_ == "als") or st.quoted[sub.i] or sub.i + 1 >= len(doc):
                continue
            j = sub.i + 1
            if not (doc[j].lower_ in NOMINATIVE_ARTICLES or doc[j].tag_ == "NE"):
                continue
            end = j
            while end < len(doc) and doc[end].text not in CLAUSE_END:
                end += 1
            verbs = [t for t in doc[j:end] if t.tag_.endswith("FIN")]
            if not verbs or verbs[-1].i != end - 1 and not any(t.tag_ in ("VVPP", "VVINF") for t in doc[verbs[-1].i:end]):
                continue  # not a verb-final clause: "als die Polizei kam" is fine, "wie die Zeitung …" unclear
            tail = doc[max(j + 1, end - 3):end]  # the verb complex closing the clause: "bekannt gab", "vorausgesagt hatten"
            says = any(self._says(v) or self._particle_says(doc, v) for v in tail if v.tag_.startswith("VV"))
            self._add_subject(st, j, strong=says, verb=verbs[0])

    # ---- helpers --------------------------------------------------------------------------------
    def _inverted(self, doc: Doc, i: int, starts: list[bool]) -> bool:
        """The finite verb at ``i`` stands second after a fronted non-subject ("Dies gab …", "Am Montag
        sagte …"), or first right after a quotation and a comma ("…“, sagte der Sprecher")."""
        if i == 0 or starts[i]:
            return False
        if doc[i - 1].text == "," and i >= 2 and doc[i - 2].text in ("“", "«", "»", '"'):
            return True  # not any comma: "Petra Pau, forderte die Einrichtung" has its subject before
        k = i - 1
        while k > 0 and not starts[k] and doc[k - 1].text != ",":
            k -= 1
        while k < i and doc[k].is_space:
            k += 1
        after_comma = k > 0 and doc[k - 1].text == ","
        if k < i - 6 or k == i or after_comma:
            return False  # a long fronted field, or a clause after a comma: we cannot tell what it is
        first = doc[k]
        if first.text[:1].isupper() and first.tag_ in ("ADJD", "ADV") and not is_known_word(first.lower_):
            return False  # an unknown name the tagger guessed as an adverb ("Milinkewitsch kritisierte")
        return first.tag_ in FRONTED_NON_SUBJECT and first.lower_ not in ("wie", "wo", "was")

    def _body_noun(self, low: str) -> bool:
        """A body that acts as one ("Vereinsführung", "Konzernleitung", "Fraktion"); not a deed or a pipe
        with the same ending ("Entführung", "Einleitung", "Wasserleitung")."""
        if not low.endswith(self.BODY_ENDINGS):
            return False
        for ending in ("führung", "leitung"):
            if low.endswith(ending):
                before = low[: -len(ending)]
                return len(before) >= 3 and before not in self.NOT_BODY_PREFIXES
        return True

    @staticmethod
    def _full_verb(verb) -> bool:
        """A main verb, not "ist", "hat", "muss": those say nothing of what their subject is."""
        return verb.tag_.startswith("VV") and verb.text not in COPULAS and verb.lemma_ not in AUXILIARIES

    def _agent_noun(self, low: str) -> bool:
        """A noun for a person: "Fahrer", "Verleger" come from a verb ("fahren"), "Feuer", "Bagger"
        do not, nor does "Feier", the stem of "feiern"; "-ent", "-ist", "-ling" and the like
        ("Demonstrant", "Journalist") always are."""
        for ending in ("erinnen", "erin", "ern", "er"):
            if low.endswith(ending):
                if ending == "er" and is_known_verb(low + "n"):
                    return False
                stem = low[: -len(ending)].split("-")[-1]
                return len(stem) > 2 and is_known_word(stem + "en")
        return low.endswith(self.AGENT_ENDINGS + self.GROUP_ENDINGS) and not low.endswith(("or", "oren"))

    @staticmethod
    def _participle_follows(doc: Doc, v: int) -> bool:
        """"haben" with the participle of a main verb closing its clause: "hat die Enac … angeordnet"
        (not "werden": a passive's subject is acted upon)."""
        if not (doc[v].tag_.startswith("VA") and doc[v].lemma_ == "haben"):
            return False
        j = v + 1
        while j < len(doc) and not doc[j].is_punct and j - v < 15:
            if doc[j].tag_ == "VVPP":
                return True
            j += 1
        return False

    def _particle_says(self, doc: Doc, verb) -> bool:
        """A verb of saying written apart at the end of a subordinate clause: "bekannt gab"."""
        if verb.i == 0:
            return False
        prev = doc[verb.i - 1]
        return prev.tag_ in ("PTKVZ", "ADJD") and (prev.lower_ + verb.lemma_) in self.lex.speech_lemmas

    def _add_subject(self, st: DocState, j: int, strong: bool, verb) -> None:
        """Add the noun phrase at ``j`` as an acting actor; ``strong``: its verb says or acts, so any
        noun naming no thing will do; else only a person's noun, a listed head or a name."""
        doc = st.doc
        if not strong and not (self._full_verb(verb) or self._participle_follows(doc, verb.i)):
            return  # "wurde ein Fahrer verletzt": the subject of a passive is acted upon
        found = next((m for m in st.mentions if m.start <= j < m.end), None)
        if found is not None:
            found.acting = True  # a role another rule found but did not take for a speaker
            return
        mention = self._subject_phrase(doc, j, st.taken, strong)
        if mention is not None:
            st.mentions.append(mention)
            st.taken.update(range(mention.start, mention.end))

    def _subject_phrase(self, doc: Doc, j: int, taken: set[int], strong: bool) -> Optional[Mention]:
        lex = self.lex
        start = j
        k = j + 1 if doc[j].tag_ == "ART" else j
        while k < len(doc) and doc[k].tag_ in ("ADJA", "CARD") and k - j <= 3:
            k += 1
        if k >= len(doc) or any(t in taken for t in range(start, k + 1)):
            return None
        head = doc[k]
        if head.tag_ == "NE" and self._name_token(head):
            end = k + 1
            while end < len(doc) and end - k < 3 and doc[end].tag_ in ("NE", "FM") and end not in taken and self._name_token(doc[end]):
                end += 1
            if k > start and doc[k - 1].tag_ == "ADJA" and not doc[k - 1].text[:1].isupper():
                # "der 33-jährige Gianluigi Buffon": a person described, then named
                mention = self._person(doc, k, end, kind="name" if end - k > 1 else "surname", span_start=start)
            else:
                mention = self._tagged_mention(doc, k, end, start if start < k and doc[start].tag_ == "ART" else k)
            mention.acting = True
            return mention
        if head.tag_ != "NN":
            # "der 81-jährige" (a nominalised adjective, written small): a person
            last = doc[k - 1]
            if k > j and last.tag_ == "ADJA" and doc[start].tag_ == "ART" and last.lower_.endswith(("jährige", "jähriger")):
                return Mention(start, k, "person", kind="title", titles=(last.text,), head=last.text, acting=True,
                               gender="m" if doc[start].lower_ == "der" else None)
            return None
        text, low = head.text, head.text.lower()
        if not text[:1].isupper() or not text.replace("-", "").isalpha() or text in lex.name_stopwords:
            return None
        if low in SOURCE_NOUNS or low.endswith(lex.not_actor_endings) or text in lex.not_heads:
            return None
        kind = lex.head_type(text)
        personal = self._agent_noun(low)
        body = self._body_noun(low) or low.endswith(self.STATE_GROUP_ENDINGS)
        abstract = low.endswith(self.ABSTRACT_ENDINGS) and not body
        if kind is None and not (personal or body or (strong and not abstract)):
            return None
        end = k + 1
        plural = doc[start].lower_ == "die" and low.endswith(("en", "er", "e", "n"))
        if kind is None and low.endswith(self.STATE_GROUP_ENDINGS):
            return Mention(start, end, "state", kind="phrase", head=text, acting=True, plural=True)
        if kind == "person" or (kind is None and (personal or low.endswith(("tor", "toren", "torin", "sor", "soren")))):
            return Mention(start, end, "person", kind="title", titles=(text,), head=text, acting=True, plural=plural,
                           gender=None if plural else self.title_gender(text))
        return Mention(start, end, kind or "organization", kind="phrase", head=text, acting=True, plural=plural)

    # nouns of people the agent endings miss: "die Hydrologen", "die Rothemden", "die Astronauten"
    GROUP_ENDINGS = ("loge", "logen", "login", "loginnen", "hemden", "naut", "nauten", "graf", "grafen")
    # bodies that act as one: "die Vereinsführung", "der Vorstand", "das Team"
    BODY_ENDINGS = ("führung", "leitung", "vorstand", "team", "lager", "gruppe", "gruppen", "direktion", "redaktion", "fraktion", "delegation",
                    "organisation", "opposition", "vereinigung")
    # verb particles and materials before "-führung"/"-leitung": deeds and pipes, not bodies
    NOT_BODY_PREFIXES = frozenset({"ent", "ein", "durch", "aus", "vor", "auf", "ver", "über", "an", "fort", "hin", "her",
                                   "mit", "weiter", "nach", "rück", "unter", "wasser", "gas", "strom", "rohr", "daten",
                                   "ab", "zu", "um", "irre", "fehl", "ober", "öl"})
    # abstract nouns are what is said, not who says it: "bestätigt sich die Befürchtung"
    ABSTRACT_ENDINGS = ("ung", "ungen", "heit", "keit", "nis", "tion", "ität", "weise", "ismus", "ik")
    STATE_GROUP_ENDINGS = ("staaten",)  # "die EU-Staaten", "die Nachbarstaaten": states acting together
