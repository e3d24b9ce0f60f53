"""What the attribution rules share: word lists, the finding record, and rules over one
sentence (clause ends, separable particles, content clauses, the speaker of a cue verb)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc, Span as SpacySpan

from ...records import AttributionKind
from . import phrases
from ..actors.lexicon import load_lexicon
from ..quotes import Quote
from ...speech_lexicon import verb_class
from ...doctext import doc_text
from .authors import document_noun
from .words import word_tuple, words

AUX = words("clauses", "AUX")
COMPLEMENTIZERS = words("clauses", "COMPLEMENTIZERS")
VON = words("clauses", "VON")
RELATIVE = words("clauses", "RELATIVE")
WEAK_SUBJUNCTIVE = words("clauses", "WEAK_SUBJUNCTIVE")
HEARSAY = words("clauses", "HEARSAY")  # "soll … getötet worden sein": free indirect in the dataset
NEGATIONS = words("clauses", "NEGATIONS")
FINITE_TAGS = frozenset("VVFIN VAFIN VMFIN".split())  # STTS finite verbs: full, auxiliary, modal
AFFIRMED_BY_NEGATION = verb_class("affirmed_by_negation")  # "schloss nicht aus", "bestritt nicht"
RELATIVE_AFTER_NACH = words("clauses", "RELATIVE_AFTER_NACH")
PASSIVE = words("clauses", "PASSIVE")
NON_NOMINATIVE = words("clauses", "NON_NOMINATIVE")  # "den", "dem", "ihren", "des": a phrase that is no subject
MERGE_FREE_INDIRECT = True
REPORTING_AS_REPORTED = False  # measured: every reporting verb with an object costs more precision than it gains
SCARE_QUOTE_WORDS = 2  # one quoted word is too often a term, not speech
SAYING = verb_class("saying")  # whatever clause follows "sagte," is the content, Konjunktiv or not
FRAME_ADVERBS = words("clauses", "FRAME_ADVERBS")
# adverbs between a subject and its verb ("Die Kanadier hingegen sagen") beside those tagged ADV
SUBJECT_ADVERBS = words("clauses", "SUBJECT_ADVERBS")
RELATIVE_OR_CLAUSE = RELATIVE | COMPLEMENTIZERS
# pronouns that are the subject of the verb right after them: a relative clause's ("…, der behauptet,
# …") and a demonstrative opening a sentence ("Dieser bestätigte, …"); the dataset marks them as speakers
RELATIVE_SUBJECTS = words("clauses", "RELATIVE_SUBJECTS")
DEMONSTRATIVE_SUBJECTS = words("clauses", "DEMONSTRATIVE_SUBJECTS")
TOLL_NOUNS = words("clauses", "TOLL_NOUNS")
SUBORDINATORS = words("clauses", "SUBORDINATORS")
SUBJECT_OPENERS = words("clauses", "SUBJECT_OPENERS")
INSEPARABLE = word_tuple("clauses", "INSEPARABLE")
CORRELATES = words("clauses", "CORRELATES")
# compounds of nouns of saying: "Polizeiangaben", "Expertenmeinung", "Fernsehbericht"
SAYING_NOUN_ENDS = word_tuple("clauses", "SAYING_NOUN_ENDS")
CLAUSE_OPENERS = words("clauses", "CLAUSE_OPENERS")
TRAILING_ADVERBS = words("clauses", "TRAILING_ADVERBS")
SENTENCE_END = frozenset(".!?")
MIN_FRAMELESS_QUOTE = 4  # tokens: shorter quotes with no frame are names or titles, not speech


@dataclass
class Finding:
    """One attribution found by the rules, in character offsets, before speakers are resolved."""

    kind: AttributionKind
    content: tuple[int, int]  # characters
    speaker: Optional[tuple[int, int]] = None
    cue: list[tuple[int, int]] = field(default_factory=list)
    continues: bool = False  # no speaker in its sentence: takes the last speaker
    sent: int = -1  # index of the sentence the content starts in
    evidence: str = ""  # the name of the rule that found it (registry.py), set by the driver
    antecedent: Optional[tuple[int, int]] = None  # continues: the subject of an unframed act of saying before it


def _chars(doc: Doc, start: int, end: int) -> tuple[int, int]:
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def _first(sent: SpacySpan) -> int:
    """The sentence's first token that is not whitespace (the sentencizer keeps "\\n\\n" in front),
    past a dateline ("Genf - Das Hilfswerk …", "Dresden (dpa) - Bei dem …")."""
    i = sent.start
    while i < sent.end - 1 and sent.doc[i].is_space:
        i += 1
    return _after_dateline(sent, i)


DATELINE_DASHES = ("-", "–", "—")
MAX_DATELINE = 8  # tokens: a place of one to three words and an agency in brackets


def _after_dateline(sent: SpacySpan, i: int) -> int:
    """The token after a dateline that opens the sentence at ``i``: capitalised place words, an agency
    in brackets at most, a dash, then a capitalised word; ``i`` where there is none."""
    doc = sent.doc
    k = i
    while k < sent.end and doc[k].text[:1].isupper() and doc[k].tag_ in ("NE", "NN") and k - i < 3:
        k += 1
    if k == i:
        return i
    if k < sent.end and doc[k].text == "(":
        close = next((m for m in range(k + 1, min(sent.end, k + 5)) if doc[m].text == ")"), None)
        k = close + 1 if close is not None else k
    if (k - i <= MAX_DATELINE and k + 1 < sent.end - 1 and doc[k].text in DATELINE_DASHES
            and doc[k + 1].text[:1].isupper() and doc[k - 1].whitespace_ and doc[k].whitespace_):
        return k + 1
    return i


def _title_like(text: str, q: Quote) -> bool:
    """A short quote that starts upper-case (or with a number: «20 Minuten») and is no sentence: a
    name or title, not speech."""
    inner = text[q.start : q.end].strip()
    return bool(inner) and (inner[0].isupper() or inner[0].isdigit()) and len(inner.split()) <= 4 and inner[-1] not in ".!?,"


def _is_subjunctive(token) -> bool:
    return "Sub" in token.morph.get("Mood")


# Verbs of saying used without a speaking subject ("es hieß", "verlautete"): the source is "aus X".
SUBJECTLESS_SAYING = verb_class("subjectless")
# where a text says something: "In der Erklärung heißt es", "heißt es auf der Webseite des Vereins"
DOCUMENT_PREPOSITIONS = words("clauses", "DOCUMENT_PREPOSITIONS")


# Helpers over one sentence, shared by the direct, framed and free indirect rules.


def _separated_verb(lex, sent: SpacySpan, i: int, cue: list):
    """The separable reporting verb whose stem is token ``i`` and whose particle stands later in
    the sentence ("teilte … mit"); the particle joins ``cue``."""
    for verb in lex.split_verbs_of(sent.doc[i]):
        p = _particle(sent, i, verb.particle)
        if p is not None:
            cue.append((p, p + 1))
            return verb
    return None


def _particle(sent: SpacySpan, verb_i: int, particle: str) -> Optional[int]:
    """The split-off particle of a separable verb later in the same clause (or ending the sentence)."""
    doc = sent.doc
    skip_to = verb_i + 1
    for j in range(verb_i + 1, sent.end):
        t = doc[j]
        if j < skip_to:
            continue
        if t.text in ("„", "»") and j > verb_i + 1 and doc[j - 1].text.lower() in phrases.DETERMINERS:
            # "teilte das „Space Telescope Science Institute“ mit": past a short quoted name
            close = next((k for k in range(j + 1, min(sent.end, j + 8)) if doc[k].text in ("“", "«")), None)
            if close is not None and not any(doc[k].text in ",.;:!?" for k in range(j + 1, close)):
                skip_to = close + 1
                continue
        if t.text == "," and j + 1 < sent.end:
            # "gab der Leiter, Max Muster, bekannt, dass …": past the speaker's apposition
            name = phrases.forward(sent, j + 1, allow_pronoun=False)
            m = name[1] if name is not None else None
            if (m is not None and m + 2 < sent.end and doc[m].text == "," and doc[m + 1].text == particle
                    and (doc[m + 2].is_punct or doc[m + 2].text.lower() in ("dass", "und", "oder"))):
                return m + 1
        if t.text in (",", ";", ":") or t.text in "„“\"»«":
            break
        if t.text == particle and (j + 1 == sent.end or doc[j + 1].is_punct or doc[j + 1].text.lower() in ("und", "oder", "dass")):
            return j
    end = _content_end(sent)
    if end - 1 > verb_i + 1 and doc[end - 1].text == particle and doc[end - 2].text == ",":
        return end - 1  # "teilte der Sprecher, Max Muster, mit."
    return None


def _document_opening(sent: SpacySpan, start: int, verb_i: int) -> Optional[tuple[int, int]]:
    """ "Im Abschlussbericht wird festgestellt, …", "In einer Presseerklärung wurde gefordert, …": an agentless
    passive whose clause opens with the document it stands in; the document is the source (its
    author: authors.py), as in "In der Erklärung heißt es"."""
    doc = sent.doc
    auxiliary_first = (start + 2 < verb_i and doc[start + 1].text.lower() in PASSIVE
                       and doc[start + 2].text.lower() in DOCUMENT_PREPOSITIONS)
    if auxiliary_first:
        start += 2  # "So wird in einer Pressemitteilung gefordert, …": the document after the auxiliary
    if doc[start].text.lower() not in DOCUMENT_PREPOSITIONS:
        return None
    source = phrases.forward(sent, start + 1, allow_pronoun=False)
    if source is None or source[1] > verb_i or (source[1] == verb_i and not auxiliary_first):
        return None
    if not auxiliary_first and doc[_past_relative_clause(doc, source[1], verb_i)].text.lower() not in PASSIVE:
        return None
    return source if any(document_noun(doc[k]) for k in range(*source)) else None


def _subject_after_first_verb(sent: SpacySpan, start: int, end: int) -> Optional[tuple[int, int]]:
    """ "Dann biss der Mann ihn und rief: …": the first clause opens with no subject; the actor or
    pronoun right after its finite verb is the subject the second verb shares."""
    doc = sent.doc
    start = max([start, *[k + 1 for k in range(start, end) if doc[k].text in (",", ";", ":")]])
    verb = next((k for k in range(start, end) if doc[k].tag_ in FINITE_TAGS and doc[k].text[:1].islower()), None)
    after = phrases.forward(sent, verb + 1) if verb is not None else None
    if after is None or after[1] > end:
        return None
    pronoun = after[1] - after[0] == 1 and doc[after[0]].text.lower() in phrases.PRONOUNS
    return after if pronoun or phrases.is_actor_mention(doc, *after) else None


def _up_to_verb(doc: Doc, end: int, verb_i: int) -> bool:
    """Whether only a relative clause ("In der Erklärung, die … wurde, heißt es") or an auxiliary and
    "es" ("In einer Erklärung hatte es geheißen") stand between a document's phrase and its verb."""
    k = _past_relative_clause(doc, end, verb_i)
    return all(doc[j].text.lower() in AUX or doc[j].text.lower() == "es" for j in range(k, verb_i))


def _body_after_bei(sent: SpacySpan, start: int, verb_i: int) -> Optional[tuple[int, int]]:
    """ "Bei der Polizei hieß es, …", "Beim Veranstalter hieß es, …": the body "bei" names speaks, when the
    phrase up to the verb is one actor's mention (not an occasion: "Beim Treffen hieß es")."""
    doc = sent.doc
    if start + 1 >= verb_i or doc[start].text.lower() not in ("bei", "beim"):
        return None
    return (start + 1, verb_i) if phrases.mention_from(doc, start + 1) == verb_i else None


def _document_after_heissen(sent: SpacySpan, verb_i: int) -> Optional[tuple[int, int]]:
    """ "So heißt es in der Meldung auf der Homepage wörtlich:", "Nun heißt es im Abschlussbericht, …": the
    document named right after "heißt es" (and adverbs) is the source."""
    doc = sent.doc
    k = verb_i + 1
    if k >= sent.end or doc[k].text.lower() != "es":
        return None
    k += 1
    while k < sent.end and doc[k].tag_ == "ADV":
        k += 1
    if k >= sent.end or doc[k].text.lower() not in DOCUMENT_PREPOSITIONS:
        return None
    source = phrases.forward(sent, k + 1, allow_pronoun=False)
    return source if source is not None and any(document_noun(doc[j]) for j in range(*source)) else None


def _past_relative_clause(doc: Doc, i: int, verb_i: int) -> int:
    """The token after a relative clause between commas at ``i`` that ends before ``verb_i`` ("In der
    Erklärung, die am Mittwoch veröffentlicht wurde, heißt es"); ``i`` itself where none stands."""
    if i + 1 < verb_i and doc[i].text == "," and doc[i + 1].text.lower() in RELATIVE:
        close = next((k for k in range(i + 2, verb_i) if doc[k].text == ","), None)
        if close is not None:
            return close + 1
    return i


def _passive_agent(sent: SpacySpan, start: int, verb_i: int) -> Optional[tuple[int, int]]:
    """The agent of a passive before its participle: "von X", "Von Seiten der Delegation", "seitens der Behörden"."""
    doc = sent.doc
    for k in range(start, verb_i):
        if doc[k].text.lower() in VON or doc[k].text.lower() == "seitens":
            at = k + 2 if doc[k].text.lower() in VON and doc[k + 1].text == "Seiten" else k + 1
            agent = phrases.forward(sent, at, allow_pronoun=False)
            if agent is not None and agent[1] <= verb_i:
                return agent
    return None


def _speaker_around(sent: SpacySpan, verb_i: int, start: Optional[int] = None, act: bool = False) -> Optional[tuple[int, int]]:
    """Subject of a cue verb: the phrase opening the clause (verb second), else right after.

    ``act``: the verb is a speech act with an object (reported speech), whose subject is read
    more strictly: no adverbs skipped after the verb, a passive anywhere before it."""
    doc = sent.doc
    start = _first(sent) if start is None else max(start, _first(sent))
    if verb_i - 1 > start and doc[verb_i - 1].lemma_ == "lassen" and doc[verb_i].tag_ == "VVINF":
        verb_i -= 1  # "Der Minister ließ verlauten, …": the subject of "lassen" speaks
    verb = doc[verb_i]
    # (a passive only in the verb's own clause: "In der Debatte, die … geführt wird, hat X gefordert" is active)
    own = start if act else max((k + 1 for k in range(start, verb_i) if doc[k].text in (",", ";")), default=start)
    pluperfect = verb_i + 1 < sent.end and doc[verb_i + 1].text == "worden"  # "war … vorgeworfen worden"
    if verb.text != verb.lemma_ and (pluperfect or any(doc[k].text.lower() in PASSIVE for k in range(own, verb_i))):
        # "Die Männer werden von der Polizei beschuldigt, …": the agent speaks, or nobody named
        return (_passive_agent(sent, start, verb_i) or _document_opening(sent, own, verb_i)
                or (_document_opening(sent, start, verb_i) if own > start else None))
    if _quoted_name(doc, start, verb_i):
        return (start, verb_i)  # "„BBC News“ berichtete, …": a name in quotation marks opens the clause
    while start < verb_i and doc[start].text.lower() in ("und", "aber", "doch", "auch", "sogar", "selbst", "ausgerechnet",
                                                         "„", "“", "\"", "(", "-", "–"):
        start += 1
    source_of = verb.lemma_ in SUBJECTLESS_SAYING or any(doc[k].text == "hervor" for k in range(verb_i + 1, sent.end))
    document = verb.lemma_ == "heißen" and doc[start].text.lower() in DOCUMENT_PREPOSITIONS
    if source_of and start < verb_i and (doc[start].text.lower() in ("aus", "von", "vom") or document):
        # "Aus Militärkreisen verlautete, …", "Aus dem Bericht geht hervor, …", "In der Mitteilung heißt
        # es, …": these verbs have no speaking subject; "aus X", or the document "in X", is the source
        source = phrases.forward(sent, start + 1, allow_pronoun=False, places=True)
        if source is not None and (source[1] == verb_i or document and _up_to_verb(doc, source[1], verb_i)):
            return source
    if verb.lemma_ == "heißen" and (after := _body_after_bei(sent, start, verb_i) or _document_after_heissen(sent, verb_i)):
        return after
    opening = _opening_subject(sent, start, verb_i)
    if opening is not None:
        return _subject_after_fronted(sent, opening, verb_i) or opening
    apposed = _apposed_before_verb(sent, start, verb_i)
    if apposed is not None:
        return apposed
    # (a heading before a colon, "Arbeitswelt: Die SPD fordert …", is no part of the clause either)
    comma = max((k for k in range(start, verb_i) if doc[k].text in (",", ";", ":")), default=None)
    after_comma = comma + 1 if comma is not None else None
    while after_comma is not None and after_comma < verb_i and doc[after_comma].text.lower() in ("und", "aber", "doch", "sowie"):
        after_comma += 1  # "…, und das Kinderhilfswerk rief Russland auf"
    if after_comma is not None and after_comma < verb_i and phrases.whole(doc, after_comma, verb_i):
        return (after_comma, verb_i)  # "…, die Polizei spricht von …"
    if (after_comma is not None and doc[after_comma].text.lower() in RELATIVE_SUBJECTS
            and _without_trailing_adverbs(doc, after_comma + 1, verb_i) == after_comma + 1):
        return (after_comma, after_comma + 1)  # "die Behauptungen eines Hackers, der behauptet, …"
    opened = _subject_after_opener(sent, after_comma if after_comma is not None else start, verb_i)
    if opened is not None:
        return opened
    head = phrases.forward(sent, start, places=True) if start < verb_i else None
    if (head and head[1] + 1 < verb_i and doc[head[1]].text == "," and doc[verb_i - 1].text == ","
            and doc[head[1] + 1].text.lower() in RELATIVE):
        return head  # "Jimmy Carter, der … war, sagte"
    if head and _apposition_before(doc, head, verb_i):
        return (head[0], verb_i - 1)  # "Frank Biermann, Vorsitzender der Journalisten-Union für das Münsterland, sagte"
    clause_start = comma + 1 if comma is not None else start
    for k in range(verb_i - 1, clause_start - 1, -1):
        if doc[k].text.lower() in AUX and doc[k + 1].text != ",":
            if k > clause_start and phrases.whole(doc, clause_start, k):
                return (clause_start, k)
            if k - 1 > start and doc[k - 1].text == "," and phrases.whole(doc, start, k - 1):
                return (start, k - 1)  # "Der Vertreter der Arbeitgeber, Peter Clever, hat gefordert"
            if (k - 1 > start and doc[k - 1].text == "," and head and head[1] + 1 < k - 1 and doc[head[1]].text == ","
                    and doc[head[1] + 1].text.lower() in RELATIVE):
                return head  # "Die Interessengemeinschaft (IGDRB), die von der BCI gegründet wurde, hat bekannt gegeben"
            if k - 1 > start and head and _apposition_before(doc, head, k):
                return (head[0], k - 1)  # "Adidas-Vorstand Erich Stamminger, Chef des US-Geschäfts, hatte angekündigt"
            after = phrases.forward(sent, k + 1)
            if after and after[1] <= verb_i:  # (an object there: "haben der Ministerin vorgeworfen")
                return _opening_before(sent, clause_start, k) if _object_after_auxiliary(doc, clause_start, k) else after
    if start < verb_i and doc[verb_i - 1].text.lower() in ("und", "aber", "sowie"):
        # "Er verständigte die Polizei und teilte mit, …": the subject of the first clause
        head = phrases.forward(sent, start, places=True) or _subject_after_first_verb(sent, start, verb_i - 1)
        if head is not None:
            return head
    return _subject_after_verb(sent, verb_i, act) or _coordinated_subject(sent, start, verb_i)


def _subject_after_verb(sent: SpacySpan, verb_i: int, act: bool) -> Optional[tuple[int, int]]:
    """The subject right after the verb, past its reflexive and adverbs ("Ebenso plädierte auch Volker Beck
    dafür, …", "kündigte heute der Präsident an"), with its apposition."""
    doc = sent.doc
    j = verb_i + 1
    if j < sent.end and doc[j].text.lower() in ("sich",):
        j += 1
    while j < min(sent.end - 1, verb_i + 4) and (doc[j].text.lower() in FRAME_ADVERBS or doc[j].tag_ == "ADV" and not act) and (
            doc[j + 1].text[:1].isupper() or not act and not doc[j + 1].is_punct):
        j += 1
    return _with_apposition(sent, phrases.forward(sent, j)) or _apposed_name(sent, j)


# the longest phrase before the comma of an apposed name: "der für die Region zuständige Koordinator für
# Naturkatastrophen, Deftalgne Tessema" (tokens)
MAX_APPOSED_HEAD = 14


def _apposed_name(sent: SpacySpan, i: int, end: Optional[int] = None) -> Optional[tuple[int, int]]:
    """ "sagte der für die Region zuständige Koordinator für Naturkatastrophen, Deftalgne Tessema, gegenüber …":
    a noun phrase the phrase rules cannot read (a preposition in it), a comma and an actor's mention (its name)
    closed by a comma or the sentence end are the subject. ``end``: the comma the name must close."""
    doc = sent.doc
    if i >= sent.end or doc[i].text.lower() in NON_NOMINATIVE or not (doc[i].tag_ in ("ART", "ADJA", "PIAT", "PPOSAT")
                                                                     or doc[i].text[:1].isupper()):
        return None
    whole = phrases.mention_from(doc, i)
    if whole is not None and end is not None and whole == end and "," in doc[i:whole].text:
        return (i, whole)  # one mention of the actors component: "ein Talibanführer auf pakistanischer Seite, Baitullah Mehsud"
    comma = next((k for k in range(i + 1, min(sent.end, i + MAX_APPOSED_HEAD + 1)) if doc[k].text == ","
                  or doc[k].tag_ in FINITE_TAGS or doc[k].text in ("„", "“", ":", ";", "(")), None)
    if comma is None or doc[comma].text != "," or comma + 1 >= sent.end:
        return None
    name = phrases.mention_from(doc, comma + 1)
    if name is None or name >= sent.end or doc[name].text not in (",", ".", ":") or (end is not None and name != end):
        return None
    return (i, name)


def _apposed_before_verb(sent: SpacySpan, start: int, verb_i: int) -> Optional[tuple[int, int]]:
    """ "Der Doktorvater zu Guttenbergs, Peter Häberle, erklärte", "Vor kurzem hatte ein Talibanführer auf
    pakistanischer Seite, Baitullah Mehsud, erklärt": the apposed name closed by the comma right before the
    verb, with the phrase before it from the clause's start or its auxiliary on."""
    doc = sent.doc
    if verb_i - 2 <= start or doc[verb_i - 1].text != ",":
        return None
    aux = next((k for k in range(verb_i - 2, start - 1, -1) if doc[k].tag_ in FINITE_TAGS), None)
    return _apposed_name(sent, start if aux is None else aux + 1, verb_i - 1)


def _subject_after_opener(sent: SpacySpan, k: int, verb_i: int) -> Optional[tuple[int, int]]:
    """ "…, als er die Fans dafür kritisierte, dass …", "…, in dem er verlangte, dass …", "Als der Regierungschef
    am Sonntag sagte, dass …": a verb-final clause opened by a conjunction (or a preposition and a relative
    pronoun) has its subject right after the opener."""
    doc = sent.doc
    if k >= verb_i:
        return None
    if k > sent.start and doc[k - 1].text.lower() in SUBJECT_OPENERS:
        k -= 1  # (the caller's start may lie past the opener)
    first = k + 1 if doc[k].text.lower() in SUBJECT_OPENERS else (
        k + 2 if doc[k].tag_ == "APPR" and k > sent.start and doc[k - 1].text == "," and doc[k + 1].tag_ == "PRELS" else None)
    # (a bare noun after "als" is a role, "Als Ergebnis der Studie darf festgehalten werden", no subject)
    if first is None or first >= verb_i or doc[first].text.lower() in NON_NOMINATIVE or doc[first].tag_ in ("APPR", "APPRART", "NN"):
        return None
    end = verb_i + 1
    while end < sent.end and doc[end].text.lower() in AUX:
        if doc[end].lemma_ == "werden" or doc[end].text.lower() == "worden":
            return None  # a passive: "…, als festgehalten wurde, …" names no speaker there
        end += 1  # "nachdem die Partei entschieden hatte, …"
    if end < sent.end and doc[end].text != ",":
        return None  # the verb is not last: "Als Sprecher der Regierung sagte Müller, …"
    subject = phrases.forward(sent, first, places=True)
    named = phrases.mention_from(doc, first)
    if named is not None and named <= verb_i and (subject is None or named > subject[1]):
        subject = (first, named)
    return subject if subject is not None and subject[1] <= verb_i else None


def _coordinated_subject(sent: SpacySpan, start: int, verb_i: int) -> Optional[tuple[int, int]]:
    """ "Der Sprecher bedauerte den Vorfall, erklärte aber, …": a verb right after a comma with no subject
    of its own shares the subject of the main clause before it (an actor or a pronoun, then an indicative
    finite verb, no other comma between), as a verb after "und" does."""
    doc = sent.doc
    if start >= verb_i - 1 or doc[verb_i - 1].text != ",":
        return None
    head = phrases.forward(sent, start, places=True)
    if head is None or head[1] >= verb_i - 1:
        return None
    first, last = doc[head[0]].idx, doc[head[1] - 1].idx + len(doc[head[1] - 1])
    if not (doc[head[0]].tag_ == "PPER" or any(first <= s < last for s, _ in phrases.actor_mention_spans(doc))):
        return None  # "Die Lage ist ernst, erklärte …": no one who speaks
    verb = doc[head[1]]
    if verb.tag_ not in FINITE_TAGS or _is_subjunctive(verb) or any(doc[k].text in (",", ";", ":") for k in range(head[1], verb_i - 1)):
        return None
    return head



# endings of abstract nouns that name no speaker ("Verschiebung", "Zuversicht", "Möglichkeit")
THING_ENDINGS = ("ung", "ungen", "heit", "heiten", "keit", "keiten", "sicht", "ität", "nis", "nisse")


def _actor_after_thing(doc, speaker: tuple[int, int], verb: int) -> Optional[tuple[int, int]]:
    """ "Die Entwicklung im Iran verglich Merkel mit …", "Eine Verschiebung bezeichnete Conze als
    fatal": a phrase no actor stands in before the verb, an actor's mention right after it — the
    object opens the clause, the actor after the verb speaks (that mention, else None)."""
    actors = (doc._.actors if doc.has_extension("actors") else None) or []
    head = next((t for t in doc[speaker[0]:speaker[1]] if t.text[:1].isupper() and t.text.lower() not in phrases.DETERMINERS), None)
    thing = head is not None and head.text.lower().endswith(THING_ENDINGS + load_lexicon().not_actor_endings)
    if not (thing or doc[speaker[0]].text.lower() in ("den", "einen")):
        return None  # an unlisted name ("Die Frankfurter Rundschau zitiert einen Augenzeugen") may speak
    start, end = doc[speaker[0]].idx, doc[speaker[1] - 1].idx + len(doc[speaker[1] - 1])
    if any(start < m.end and m.start < end for a in actors for m in a.mentions) or verb + 1 >= len(doc):
        return None
    after = phrases.forward(doc[verb].sent, verb + 1, allow_pronoun=False)
    return after if after is not None and phrases.is_actor_mention(doc, *after) else None



def _subject_after_fronted(sent: SpacySpan, opening: tuple[int, int], verb_i: int) -> Optional[tuple[int, int]]:
    """ "Den Unmut der CDU brachte Koch zum Ausdruck", "Die Entwicklung im Iran verglich Merkel mit …": an
    object fronted before the verb (verb second) and the subject right after it. Fronted is a phrase
    opening with a determiner that is never nominative ("den", "dem", "ihren", "des"), or one naming no
    actor before its first preposition or genitive while an actor follows the verb. A document that
    names no one still speaks ("Die Studie nennt …"), so it stays."""
    doc = sent.doc
    first = doc[opening[0]]
    if verb_i + 1 >= sent.end or first.tag_ in ("PPER", "PDS", "PIS", "PRELS", "NE"):
        return None
    if doc[verb_i + 1].text in ("er", "man"):
        return (verb_i + 1, verb_i + 2)  # "Der Politik schlug er vor": a pronoun that is only ever nominative
    after = phrases.forward(sent, verb_i + 1, allow_pronoun=False)
    opener = doc[verb_i + 1]
    if after is None or opener.text.lower() in NON_NOMINATIVE or not (opener.text[:1].isupper() or opener.tag_ == "ART"):
        return None
    cut = next((k for k in range(after[0] + 1, after[1]) if doc[k].text == "der"
                and (doc[k - 1].tag_ == "NE" or doc[k - 1].text.isupper())), None)
    if cut is not None:
        after = (after[0], cut)  # "wirft die OSZE der Wahlkommission vor": a name takes no genitive; the dative follows
    starts = {s for s, _ in phrases.actor_mention_spans(doc)}
    if first.text.lower() in NON_NOMINATIVE:
        return after
    if any(document_noun(doc[k]) for k in range(*opening)) or doc[verb_i + 1].idx not in starts:
        return None
    head_end = next((k for k in range(opening[0] + 1, opening[1]) if doc[k].tag_ in ("APPR", "APPRART")
                     or (doc[k].text.lower() in ("des", "der") and doc[k - 1].tag_ == "NN")), opening[1])
    if any(doc[k].idx in starts or doc[k].tag_ == "NE" for k in range(opening[0], head_end)):
        return None
    return after


def _quoted_name(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``[start, end)`` are a short capitalised name in quotation marks and nothing else."""
    if end - start < 3 or end - start > 8 or doc[start].text not in ("„", "»", "\"") or doc[end - 1].text not in ("“", "«", "\""):
        return False
    inner = doc[start + 1:end - 1]
    return inner[0].text[:1].isupper() and not any(t.text in ("„", "“", "»", "«", "\"", ",") for t in inner)


def _opening_subject(sent: SpacySpan, start: int, verb_i: int) -> Optional[tuple[int, int]]:
    """The phrase from ``start`` to the verb when it is the subject: whole, or with adverbs after it."""
    doc = sent.doc
    while verb_i - 1 > start and doc[verb_i - 1].is_space and "\n" not in doc[verb_i - 1].text:
        verb_i -= 1  # "Alfredo Pérez Rubalcaba  sagte": a stray second space before the verb
    if start < verb_i and phrases.whole(doc, start, verb_i):
        return (start, verb_i)
    if verb_i - 2 > start and doc[verb_i - 1].text == "," and phrases.is_actor_mention(doc, start, verb_i - 1):
        # "Die Delegationsleiterin beim Gipfel, Sharon Hayes, äußerte sich": one mention of the actors
        # component with an apposition that a phrase after a preposition keeps the phrase rules from reading
        return (start, verb_i - 1)
    if (doc[start].text.lower() in DEMONSTRATIVE_SUBJECTS and _without_trailing_adverbs(doc, start + 1, verb_i) == start + 1
            and verb_i + 1 < sent.end and doc[verb_i + 1].text == ","):
        return (start, start + 1)  # "Dieser bestätigte, dass …" (not "Diese baten um …": no clause, no report)
    bare = _without_trailing_adverbs(doc, start, verb_i)
    if start < bare < verb_i and phrases.whole(doc, start, bare):
        return (start, bare)  # "Die Kanadier hingegen sagen, …"
    return None


def _opening_before(sent: SpacySpan, clause_start: int, aux: int) -> Optional[tuple[int, int]]:
    """ "Politiker anderer Parteien haben der Ministerin vorgeworfen", "war den USA vorgeworfen worden": with
    an object after the auxiliary (whom it was said to) the noun phrase opening the clause speaks, or nobody named."""
    doc = sent.doc
    opening = phrases.forward(sent, clause_start, places=True)
    if opening is not None and opening[1] <= aux and doc[clause_start].tag_ in ("NN", "NE", "ART"):
        return opening
    return None


def _object_after_auxiliary(doc: Doc, clause_start: int, aux: int) -> bool:
    """After the auxiliary an object, not the subject: a phrase opening with a determiner that is never
    nominative ("den", "dem"), or with "der" while a noun phrase opens the clause before it."""
    opener = doc[aux + 1].text.lower()
    return opener in NON_NOMINATIVE or (opener == "der" and doc[clause_start].tag_ in ("NN", "NE") and aux > clause_start + 1)


def _without_trailing_adverbs(doc: Doc, start: int, end: int) -> int:
    """Where the phrase before ``end`` ends when adverbs after the subject are left out ("Die Kanadier hingegen")."""
    while end > start + 1 and (doc[end - 1].tag_ == "ADV" or doc[end - 1].text.lower() in SUBJECT_ADVERBS):
        end -= 1
    return end


def _apposition_before(doc: Doc, head: tuple[int, int], verb_i: int) -> bool:
    """ "Name, Amt der Behörde für X, sagte": a noun phrase, a comma, a verbless apposition and a comma
    before the verb: the whole is the subject (the dataset marks it so)."""
    if not (head[1] + 1 < verb_i - 1 and doc[head[1]].text == "," and doc[verb_i - 1].text == ","):
        return False
    if doc[head[0]].tag_ in ("APPR", "APPRART", "ADV") or doc[head[1] + 1].text.lower() in RELATIVE_OR_CLAUSE:
        return False
    between = doc[head[1] + 1 : verb_i - 1]
    # "Erich Stamminger, zuständig für das US-Geschäft, hatte", "Max Muster, ein Sprecher der Armee, sagte"
    opens = doc[head[1] + 1].text[:1].isupper() or doc[head[1] + 1].tag_ in ("ART", "ADJD", "ADJA", "PIAT")
    return (opens and len(between) <= 12
            and not any(t.tag_ in FINITE_TAGS or t.text in (",", ";", ":", "„", "“") for t in between))


def _with_apposition(sent: SpacySpan, speaker: Optional[tuple[int, int]]) -> Optional[tuple[int, int]]:
    """ "Andrew Wetzler, ein Anwalt des Verbands," : the apposition belongs to the speaker."""
    if speaker is None:
        return None
    doc = sent.doc
    k = speaker[1]
    if k + 1 < sent.end and doc[k].text == "," and (
        doc[k + 1].text.lower() in ("ein", "eine", "der", "die", "das") or doc[k + 1].text[:1].isupper()
    ):
        more = phrases.forward(sent, k + 1, allow_pronoun=False, places=True)
        if more is not None and (more[1] >= _content_end(sent) or doc[more[1]].text in (",", ".", ":")):
            return (speaker[0], more[1])
    return speaker


def _clause_end(sent: SpacySpan, i: int) -> int:
    doc = sent.doc
    j = i
    while j < sent.end and doc[j].text not in (",", ";", ":") and not (doc[j].text in SENTENCE_END and j == sent.end - 1):
        j += 1
    return j


def _content_end(sent: SpacySpan) -> int:
    doc = sent.doc
    end = sent.end
    while end > sent.start and (doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text not in "“»«\"":
        end -= 1
    return end


def _looks_like_clause(doc: Doc, start: int, end: int, saying: bool = False) -> bool:
    if start >= end:
        return False
    if doc[start].text.lower() in ("um", "ohne", "statt", "anstatt", "während", "nachdem", "bevor", "weil", "obwohl"):
        return False  # "gab Details bekannt, um …": a purpose or time, not what was said
    if saying and end - start >= 3:
        return True  # after "sagte," any clause is what was said
    first = doc[start].text.lower()
    if first in CLAUSE_OPENERS:
        return True
    toks = doc[start:end]
    if any(_is_subjunctive(t) for t in toks):
        return True
    comma = next((t.i for t in toks if t.text == ","), end)  # the infinitive ends its own clause
    toks = doc[start:comma]
    if len(toks) < 2:
        return False
    last = toks[-1].text
    infix = last.islower() and last.endswith("en") and "zu" in last[2:-3]  # "voranzutreiben"
    return infix or any(t.text == "zu" for t in toks[-3:-1]) or _zu_infinitive_inside(doc, start, comma)


def _relative_clause(doc, start: int, end: int) -> bool:
    """ "…, meinte er damit die Unruhen, die sich später ereignen sollten": a relative pronoun, no noun
    after it, and an indicative finite verb last — a relative clause on the noun before the comma, no content."""
    clause_end = next((k for k in range(start, end) if doc[k].text in (",", ";", ":")), end)
    if clause_end - start < 3 or doc[start].text.lower() not in RELATIVE or doc[start + 1].text[:1].isupper():
        return False
    second, verb = doc[start + 1], doc[clause_end - 1]
    # in the Konjunktiv ("einen Vorschlag, der das Abkommen untergraben werde") it is the reported content
    return (verb.tag_ in FINITE_TAGS and not _is_subjunctive(verb)
            and (second.text.lower() in phrases.DETERMINERS or not phrases.adjective_like(second)))


def _object_clause(doc: Doc, start: int, end: int) -> bool:
    """A clause that can only be an object ("dass …", "ob …", "… zu senken"), not a main clause
    resuming after a subordinate one."""
    if start >= end:
        return False
    if doc[start].text.lower() in COMPLEMENTIZERS:
        return True
    comma = next((k for k in range(start, end) if doc[k].text == ","), end)
    return _zu_infinitive(doc, start, comma) or _zu_infinitive_inside(doc, start, comma)


def _zu_infinitive_inside(doc: Doc, start: int, end: int) -> bool:
    """ "kurzfristig zurückzutreten als Chefin der Partei": a zu-infinitive with words after it, in a
    clause with no finite verb (the tagger says VVIZU, or "zu" + infinitive)."""
    if not doc.has_annotation("TAG") or any(doc[k].tag_.endswith("FIN") for k in range(start, end)):
        return False
    return any(doc[k].tag_ == "VVIZU" or doc[k].text == "zu" and k + 1 < end and doc[k + 1].tag_ in ("VVINF", "VAINF")
               for k in range(start, min(end, start + 6)))


def _zu_infinitive(doc: Doc, start: int, end: int) -> bool:
    """ "die Steuern zu senken" / "voranzutreiben" as the last words of ``[start, end)``."""
    if end - start < 2:
        return False
    last = doc[end - 1].text
    infix = last.islower() and last.endswith("en") and "zu" in last[2:-3]
    return last.islower() and (infix or doc[end - 2].text == "zu")


def _saying_noun(lex, word: str) -> bool:
    if word in lex.nouns:
        return True
    low = word.lower()
    return len(word) > 8 and word[0].isupper() and low.endswith(SAYING_NOUN_ENDS)


def _token_at(doc: Doc, char: int, after: bool = True) -> Optional[int]:
    span = doc.char_span(char, min(len(doc_text(doc)), char + 1), alignment_mode="expand")
    return span.start if span is not None else None


def _unfinished(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``[start, end)``, with no comma, are no clause of their own: no verb at all,
    or ending in a finite auxiliary or modal ("Der Verdächtige wurde"); with a comma they may
    be a whole clause ending in its verb ("wie … hergestellt werden kann, so X")."""
    if not doc.has_annotation("TAG") or end <= start or any(t.text in (",", ";", ":", "–") for t in doc[start:end]):
        return False
    return doc[end - 1].tag_ in ("VAFIN", "VMFIN") or not any(t.tag_.startswith("V") for t in doc[start:end])


def _content_around(sent: SpacySpan, frame: tuple[int, int]) -> Optional[tuple[int, int]]:
    """The sentence minus a frame at its start or end (a frame inside: the whole sentence)."""
    doc = sent.doc
    start, end = _first(sent), _content_end(sent)
    fs, fe = frame
    # "Die Veranstalter schätzten 2.000 Teilnehmer; nach Polizeiangaben waren es 1.000": a semicolon
    # closes a clause of its own, which the frame does not report
    start = max([start, *[k + 1 for k in range(start, fs) if doc[k].text == ";"]])
    end = min([end, *[k for k in range(fe, end) if doc[k].text == ";"]])
    if fs <= start + 1 and fe < end:
        start = fe
    elif fe >= end - 1 and fs > start and not _unfinished(doc, start, fs):
        end = fs
    elif fe >= end - 1:
        pass  # "Der Abschuss soll laut X aus Sicherheitsgründen erfolgen": the speaker phrase ran
        # on to the end; the clause before the frame is unfinished, so the frame stands inside
    else:
        # "…, was sich nach Ansicht der Kritiker … niederschlägt.": a frame inside a relative or
        # subordinate clause reports that clause only
        before = [k for k in range(start, fs) if doc[k].text == ","]
        if before and fs - before[-1] > 1 and doc[before[-1] + 1].text.lower() in RELATIVE | SUBORDINATORS | {"was", "wo"}:
            start = before[-1] + 1
            end = next((k for k in range(fe, end) if doc[k].text == ","), end)
    while start < end and (doc[start].text in (",", ":", "-", "–") or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in (",", ":", "-", "–") or doc[end - 1].is_space):
        end -= 1
    return (start, end) if end - start >= 3 else None
