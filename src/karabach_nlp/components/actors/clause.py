"""Where a phrase stands in its clause: next to a verb of saying, after "laut", opening the clause,
after an inverted verb, before a participle. Tests over tokens the mention rules share."""

from __future__ import annotations

from spacy.tokens import Doc

from ..analysis.tagger import is_known_word
from .context import Context
from .grammar import (ARTICLES, COPULAS, NON_AGENT_PREPOSITIONS, NOT_ADJECTIVES, OBJECT_ARTICLES, PREPOSITIONS, RELATIVE,
                      SOURCE_NOUNS, SUBORDINATORS, is_adjective, is_cap)
from .mention_record import Mention
from .words import word_set

ARGUING_OPENERS = word_set("arguing_openers")
SPRECHEN_FORMS = word_set("sprechen_forms")
INDEFINITE = word_set("indefinite_articles")
SOURCE_MARKERS = word_set("source_markers")
SOURCE_MARKERS_BEFORE_NAMES = word_set("source_markers_before_names")
NOT_VERB_FORMS = word_set("not_verb_forms")
HEARSAY_VERBS = word_set("hearsay_verbs")
HEARSAY_INFINITIVES = word_set("hearsay_infinitives")
FRONTED_QUESTION_WORDS = word_set("fronted_question_words")
# Clause openers before an inverted verb that are no subject: adverbs, pronominal adverbs,
# demonstratives ("Dies gab …"), prepositions ("Am Montag sagte …"), adverbial adjectives.
FRONTED_NON_SUBJECT = ("ADV", "PROAV", "PAV", "PDS", "APPR", "APPRART", "ADJD", "PWAV")
AUXILIARIES = word_set("auxiliary_lemmas")


def verb_next_to(doc: Doc, start: int, end: int, verbs: frozenset[str]) -> bool:
    """A verb form right after the phrase ("Moskau warnte") or right before it ("sagte er")."""
    after = doc[end].text if end < len(doc) else ""
    before = doc[start - 1].text if start > 0 else ""
    return after in verbs or before in verbs


def speaker_context(ctx: Context, start: int, end: int) -> bool:
    """Subject of a speech verb, or the source in "laut X", "X zufolge", ", so X"."""
    doc = ctx.doc
    lex = ctx.lex
    object_like = doc[start].lower_ in OBJECT_ARTICLES or (start > 0 and doc[start - 1].lower_ in NON_AGENT_PREPOSITIONS)
    if not object_like and verb_next_to(doc, start, end, lex.speech_verbs):
        return True
    if end < len(doc) and doc[end].text == "," and end + 1 < len(doc) and doc[end + 1].text in lex.speech_verbs:
        return True  # "Der Sprecher, Max Muster, sagte"
    before = doc[start - 1].lower_ if start > 0 else ""
    if before in SOURCE_MARKERS or (end < len(doc) and doc[end].lower_ == "zufolge"):
        return True
    if start >= 2 and doc[start - 2].lower_ == "nach" and doc[start - 1].lower_ == "angaben":
        return True
    if start >= 1 and doc[start - 1].lower_ in SOURCE_NOUNS:
        return True  # "Angaben der Polizei" (the article is inside the phrase)
    if start >= 2 and doc[start - 2].lower_ in SOURCE_NOUNS and doc[start - 1].lower_ in ("von", "vom"):
        return True
    return False


def subject_like(ctx: Context, start: int) -> bool:
    """Not a prepositional object ("mit dem Minister") nor a genitive attribute ("Gespräche der Minister")."""
    doc = ctx.doc
    sent_start = ctx.starts
    if doc[start].lower_ in OBJECT_ARTICLES:
        return False
    if start == 0 or sent_start[start]:
        return True
    prev = doc[start - 1]
    if prev.lower_ == "durch" or (prev.lower_ in ("von", "vom") and doc[start].lower_ in ARTICLES):
        return True  # the agent of a passive: "von einem Sprecher bestätigt"; not "von Gegnern"
    if prev.lower_ in PREPOSITIONS:
        return False
    return not (is_cap(prev.text) and prev.text not in ctx.lex.name_stopwords and not prev.is_punct)


def argues(ctx: Context, start: int) -> bool:
    """'Dafür spricht die Praxis', 'Gegen den Plan sprach der Zeitplan': after an inverted "sprechen"
    in a clause opened by "für"/"gegen"/"dafür"/"vieles", the subject is a reason, not a speaker."""
    doc = ctx.doc
    verb = start - 1
    if verb < 0 or not doc[verb].lower_.startswith("sprach") and not doc[verb].lower_.startswith("sprich") and (
            doc[verb].lower_ not in SPRECHEN_FORMS):
        return False
    k = verb - 1
    while k > 0 and not ctx.starts[k] and doc[k].text not in (",", ";"):
        k -= 1
    opener = doc[k + 1] if k >= 0 and doc[k].text in (",", ";") else doc[max(k, 0)]
    return opener.lower_ in ARGUING_OPENERS


def clause_subject(ctx: Context, m: Mention) -> bool:
    """Opens its clause, or stands right after its finite verb ("verweisen Analysten") or, but for
    a place, right before it ("andere Organisationen hatten aufgerufen")."""
    doc = ctx.doc
    sent_start = ctx.starts
    if sent_start[m.start] or any(t.tag_.endswith("FIN") for t in doc[max(m.start - 1, 0) : m.end]):
        return True  # (a verb can sit inside the phrase, taken for an adjective: "empfanden Anwohner")
    k = m.start - 1
    while k >= 0 and doc[k].tag_ in ("ADJA", "PIAT", "PIDAT") and doc[k].lower_.endswith("er"):
        k -= 1
    if k < m.start - 1 and k >= 0 and doc[k].tag_ == "NN":
        return True  # the genitive holder of a view: "nach Meinung vieler Experten", "der Tenor chinesischer Medien"
    if m.start >= 2 and doc[m.start - 1].lower_ == "von" and doc[m.start - 2].tag_ == "NN":
        return True  # "Proteste von Kernkraftgegnern"
    return m.head not in ctx.lex.speaking_heads and m.end < len(doc) and doc[m.end].tag_.endswith("FIN")


def only_as_speaker(ctx: Context, m: Mention) -> bool:
    """Unnamed phrases that are an actor only where they speak: places and the press in general
    ("die Stadt Baguio", "durch die Medien"), predicates ("zieht als Abgeordneter ein", "als
    möglicher Täter"), people or institutions in general ("Jugendliche aus dem Heim",
    "internationale Institutionen") and indefinite ones ("ein Krankenhaus")."""
    doc = ctx.doc
    if m.kind not in ("phrase", "title") or m.head is None or "followed" in m.extra:
        return False  # "Anhänger Mussawis": a person's followers are someone
    if m.head in ctx.lex.speaking_heads:
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
        return plural and not determined and not speaking_relative(ctx, m.end)  # "Jugendliche", "Frauen"
    if m.key is not None or m.type not in ("organization", "media"):
        return False
    return first in INDEFINITE or (not determined and m.head.endswith(("e", "n")))  # a bare plural


def speaking_relative(ctx: Context, end: int) -> bool:
    """A relative clause of saying follows: "Anwohner, die von Schüssen sprachen"."""
    doc = ctx.doc
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in RELATIVE:
        return False
    k = end + 2
    while k < len(doc) and not doc[k].is_punct:
        if doc[k].text in ctx.lex.speech_verbs:
            return True
        k += 1
    return False


def verb_final(doc: Doc, i: int) -> bool:
    """Whether the clause from token ``i`` to the next punctuation ends in a verb, as a relative
    clause does ("die Angst hatten,"); a verb-second clause ("die Stadt sei sicher.") does not."""
    j = i
    while j < len(doc) and not doc[j].is_punct:
        j += 1
    return j > i and (doc[j - 1].tag_.startswith("V") or doc[j - 1].pos_ in ("VERB", "AUX"))


def infinitive_clause(doc: Doc, i: int) -> bool:
    """Whether the clause from token ``i`` to the next punctuation ends in "zu" + infinitive ("die
    Deutsche Bank zu boykottieren", "anzurufen"): no relative clause, which ends in its finite verb."""
    j = i
    while j < len(doc) and not doc[j].is_punct:
        j += 1
    return j > i + 1 and (doc[j - 1].tag_ == "VVIZU" or (doc[j - 2].tag_ == "PTKZU" and doc[j - 1].tag_.endswith("INF")))


def closed_apposition(doc: Doc, title: Mention) -> bool:
    """The title phrase closes with a comma or the sentence's end, with no verb in it ("Dolkun Isa,
    der Sekretär des Weltkongresses der Uiguren.")."""
    return (title.end < len(doc) and doc[title.end].text in (",", ".", ";", ")", "–")
            and not verb_final(doc, title.start))


def verb_like(text: str) -> bool:
    """A lowercase word with a finite verb's ending ("argumentierte", "kritisiert")."""
    return (text[:1].islower() and text.endswith(("te", "ten", "t", "en")) and text not in ARTICLES
            and text not in PREPOSITIONS and text not in NOT_ADJECTIVES and text not in SUBORDINATORS
            and text not in NOT_VERB_FORMS)


def says(ctx: Context, verb) -> bool:
    """A verb form of saying, by its form or (with a tagger) its lemma with particle ("führte … aus")."""
    lex = ctx.lex
    if verb.text in lex.speech_verbs:
        return True
    lemma = verb._.full_lemma if verb.has_extension("full_lemma") else verb.lemma_
    return lemma in lex.speech_lemmas


def particle_says(ctx: Context, verb) -> bool:
    """A verb of saying written apart at the end of a subordinate clause: "bekannt gab"."""
    doc = ctx.doc
    if verb.i == 0:
        return False
    prev = doc[verb.i - 1]
    return prev.tag_ in ("PTKVZ", "ADJD") and (prev.lower_ + verb.lemma_) in ctx.lex.speech_lemmas


def clause_says(ctx: Context, v: int) -> bool:
    """An auxiliary whose clause closes on a verb of saying: "hat nun versprochen", "hatten angekündigt";
    not "werden" or "sein", whose subject is what was said ("Die Details wurden bekannt gegeben")."""
    doc = ctx.doc
    if not (doc[v].tag_.startswith("VM") or doc[v].tag_.startswith("VA") and doc[v].lemma_ == "haben"):
        return False
    j = v + 1
    while j < len(doc) and not (doc[j].is_punct and doc[j].text not in ("„", "“")) and j - v < 15:
        if doc[j].tag_ in ("VVPP", "VVINF", "VVIZU") and (says(ctx, doc[j]) or particle_says(ctx, doc[j])):
            return True
        j += 1
    return False


def tagged_subject(ctx: Context, start: int, end: int) -> bool:
    """Subject of a finite verb: right before it at a clause start ("eBay hält es für möglich"),
    or right after a finite verb of saying ("sieht Wiedeking", "führte Elshorst aus")."""
    doc = ctx.doc
    sent_start = ctx.starts
    after = doc[end] if end < len(doc) else None
    before = doc[start - 1] if start > 0 else None
    at_start = sent_start[start] or (before is not None and before.text in ",“”\"»«:")
    if at_start and after is not None and after.tag_.endswith("FIN") and after.text not in COPULAS:
        return True
    k = start - 1
    while k > 0 and start - k <= 2 and doc[k].tag_ in ("PRF", "ADV"):
        k -= 1  # "äußerte sich auch X", "sagte gestern X"
    before = doc[k] if start > 0 else None
    acts = before is not None and before.text in ctx.lex.act_verbs and before.lemma_ not in AUXILIARIES
    return (before is not None and before.tag_.endswith("FIN") and (says(ctx, before) or acts)
            and (after is None or not is_cap(after.text)))  # not "hatte Misrata (beschossen)": an object


def says_from(ctx: Context, k: int) -> bool:
    """"hieß es", "verlautete", "ist zu hören", "wurde berichtet" at ``k``."""
    doc = ctx.doc
    words = [t.lower_ for t in doc[k : k + 4]]
    if not words:
        return False
    if words[0] in HEARSAY_VERBS:
        return True
    if words[0] in ("ist", "war") and len(words) >= 3 and words[1] == "zu" and words[2] in HEARSAY_INFINITIVES:
        return True
    if words[0] in ("wird", "wurde") and any(t.tag_ == "VVPP" and says(ctx, t) for t in doc[k + 1 : k + 6]):
        return True
    return False


def inverted(doc: Doc, i: int, starts: list[bool]) -> bool:
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
    return first.tag_ in FRONTED_NON_SUBJECT and first.lower_ not in FRONTED_QUESTION_WORDS


def full_verb(verb) -> bool:
    """A main verb, not "ist", "hat", "muss": those say nothing of what their subject is."""
    return verb.tag_.startswith("VV") and verb.text not in COPULAS and verb.lemma_ not in AUXILIARIES


def participle_follows(doc: Doc, v: int) -> bool:
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


def passive_follows(doc: Doc, k: int) -> bool:
    """A participle (tag VVPP) later in the clause and a form of "werden" in the sentence."""
    sent = doc[k - 1].sent if doc.has_annotation("SENT_START") else doc
    stop = min(len(doc), k + 15, sent.end)
    for m in range(k, stop):
        if doc[m].is_punct and doc[m].text not in ("„", "“", "»", "«", '"'):
            return False  # quotation marks may stand inside: 'von Kennern als „Meilenstein“ bezeichnet'
        if doc[m].tag_ == "VVPP":
            return any(t.lemma_ == "werden" and t.tag_.startswith("VA") for t in doc[sent.start:stop])
    return False


def wie_von(doc: Doc, i: int) -> bool:
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


def werden_before(doc: Doc, i: int) -> bool:
    """A finite form of "werden" earlier in the sentence ("Die Aktion wurde von …")."""
    first = doc[i].sent.start if doc.has_annotation("SENT_START") else 0
    return any(t.lemma_ == "werden" and t.tag_ == "VAFIN" for t in doc[first:i])


def source_before(doc: Doc, start: int) -> bool:
    """"laut X", "so X", "nach Angaben von X", "Angaben des X": the words before name a source."""
    before = doc[start - 1].lower_ if start > 0 else ""
    if before in SOURCE_MARKERS_BEFORE_NAMES or (start >= 1 and before in SOURCE_NOUNS):
        return True
    return start >= 2 and before in ("von", "vom", "des", "der") and doc[start - 2].lower_ in SOURCE_NOUNS
