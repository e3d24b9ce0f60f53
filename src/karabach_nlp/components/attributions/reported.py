"""Reported speech (spec §2 "reported"): a speech act whose content is its object or a
prepositional phrase, not a clause ("spricht von 63 Toten", "forderte den Rücktritt",
"geht von einem Anschlag aus"), or a speech act in the passive with its agent
("wurde vom Minister als mutig bezeichnet"). The verbs and the word that opens their content
are data: the ``reported`` column of ``models/lexicons/verbs.tsv``."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span as SpacySpan

from ...doctext import doc_text
from ...records import AttributionKind
from ...speech_lexicon import verb_class
from ..casualties import holds_figure
from . import phrases
from .clauses import (VON, AFFIRMED_BY_NEGATION, AUX, FINITE_TAGS, INSEPARABLE, NEGATIONS, PASSIVE, RELATIVE, SUBORDINATORS, CLAUSE_OPENERS, TOLL_NOUNS,
                      TRAILING_ADVERBS, WEAK_SUBJUNCTIVE, Finding, _chars, _first, _is_subjunctive)
from .clauses import _actor_after_thing, _clause_end, _content_end, _particle, _speaker_around
from .words import words


# a preposition fused with its article opens the content as well: "rief zur Ruhe auf", "vom Plan"
CONTRACTIONS = {"zu": ("zum", "zur"), "von": ("vom",), "an": ("am", "ans"), "in": ("im", "ins"), "für": ("fürs",),
                "auf": ("aufs",), "um": ("ums",), "vor": ("vorm",), "über": ("übers",)}


def opens(word: str, opener: str) -> bool:
    """Whether ``word`` is the ``opener`` of a reported verb's content, or its fused form."""
    low = word.lower()
    return low == opener or low in CONTRACTIONS.get(opener, ())


# tags a noun phrase can open with (STTS): article, noun, name, adjective, determiners, number
NP_OPENERS = frozenset("ART NN NE ADJA PPOSAT PIAT PDAT CARD".split())
# "schloss … nicht aus" reports a possibility left open: its negation is part of the claim (see
# AFFIRMED_BY_NEGATION); its participle is a report only when negated ("nicht ausgeschlossen"):
# "waren davon ausgeschlossen", "sei ausgeschlossen" state an exclusion (none of 5 annotated as speech on train)
REPORT_ONLY_NEGATED_PARTICIPLE = verb_class("negated_participle")
# with "sich" these name or expect, they do not report: "nennt sich „documenta“", "verspricht sich Erfolg"
NOT_REFLEXIVE = verb_class("not_reflexive")
# speech verbs that name something "als" cause, date or suspect in an agentless passive
NAMING = verb_class("names_as")
# subordinators whose clause still reports a speech act: a contrast, not a time or a cause
SUBORDINATE_SPEECH = words("reported", "SUBORDINATE_SPEECH")
# forms of "sein": with a participle they state a result ("waren zur Wahl aufgerufen"), not a speech act
STATIVE = words("reported", "STATIVE")
# verbs whose perfect takes "sein" ("ist von einem Unfall ausgegangen"): their participle after it still reports
PERFECT_WITH_SEIN = verb_class("perfect_with_sein")
# naming verbs with the impersonal "man" give a name's usage, not anyone's report ("Das nennt man …")
NAMING_CONVENTION = verb_class("naming")
# a content of only pronouns and adverbs ("bestätigte dies anschließend", "hatte ihn empfohlen") points
# back to a claim made elsewhere and holds none itself (train: 4 such reports, none annotated)
ANAPHORS = frozenset("PDS PPER PRF".split())
ADVERBIAL = frozenset("ADV ADJD PROAV".split())
# a phrase before the finite verb that opens like this is no subject: an adverb, a preposition,
# a subordinator, or a determiner of an object ("Den Schaden beziffert …")
NOT_SUBJECT_TAGS = frozenset("ADV ADJD PROAV APPR APPRART KOUS KON PTKNEG".split())
ADVERB_TAGS = frozenset("ADV ADJD PROAV".split())
OBJECT_DETERMINERS = words("reported", "OBJECT_DETERMINERS")
SUBJECT_DETERMINERS = words("reported", "SUBJECT_DETERMINERS")
NOMINATIVE_PRONOUNS = words("reported", "NOMINATIVE_PRONOUNS")
QUOTE_MARKS = frozenset("„“\"»«”")
SENTENCE_END_MARKS = frozenset(".!?")
ELECTED_IN = words("reported", "ELECTED_IN")  # "bestätigte X im Amt": a vote
# words that are never the content of a speech act alone: an auxiliary or modal left after the cue
BARE_VERBS = AUX | PASSIVE | frozenset("sein müssen muss musste mussten können kann konnte konnten sollen soll sollte sollten".split())


def _says(lex, tok) -> bool:
    """Whether a word is a verb of the speech lexicons (reporting, separable or reported)."""
    return bool(lex.verb_of(tok) is not None or lex.split_verbs_of(tok) or lex.reported_of(tok))


def _coordinated_verb(lex, sent: SpacySpan, i: int, end: int) -> Optional[int]:
    """The "und"/"sowie" before a speech verb of its own in tokens ``i+1..end`` that frames the
    clause after the comma at ``end`` ("nannte die Lage ernst und sagte, …"): that clause is a
    report of its own ("fordern mehr Personal und beklagen …" with no clause stays one act)."""
    doc = sent.doc
    if end + 1 >= sent.end or doc[end].text != ",":
        return None
    for k in range(i + 1, min(end, sent.end - 1)):
        if doc[k].text.lower() in ("und", "sowie", "oder"):
            v = k + 1
            while v < end - 1 and doc[v].text.lower() in ("auch", "zugleich", "gleichzeitig", "zudem"):
                v += 1
            if _says(lex, doc[v]):
                return k
    return None


def _reported_end(sent: SpacySpan, found: Finding) -> int:
    """The token after a reported speech act's content and cue: a clause coordinated after it
    ("rief … auf und beschloss, …") is a report of its own."""
    doc = sent.doc
    end_char = max(found.content[1], *(e for _, e in found.cue))
    return next((k for k in range(sent.start, sent.end) if doc[k].idx >= end_char), sent.end)


def _prefield(sent: SpacySpan, i: int) -> Optional[tuple[int, int]]:
    """ "Arabische und iranische Medien werfen …", "Die Behörden vor Ort gehen …": a noun phrase
    the phrase rules do not parse, standing alone before the finite cue verb (verb second)."""
    doc = sent.doc
    start = _first(sent)
    words = doc[start:i]
    if not 1 <= len(words) <= 12 or not doc[start].text[:1].isupper() or doc[start].tag_ not in NP_OPENERS:
        return None
    if any(t.is_punct and t.text not in "()-\"„“" for t in words):
        return None
    if any(t.tag_.startswith(("V", "KOUS")) for t in words) or not any(t.tag_ in ("NN", "NE") for t in words):
        return None
    end = i
    while end - 1 > start and doc[end - 1].tag_ == "ADV":
        end -= 1  # "Die Armeeleitung hingegen sprach …": the adverb is no part of the speaker
    return (start, end)


def _negated(doc, start: int, end: int) -> bool:
    """ "nicht"/"nie"/"weder … noch" negating the speech act in tokens ``start``..``end`` ("nicht nur" does not),
    up to a conjunction ("fordern … und beklagen nicht ausgezahlte Prämien")."""
    for k in range(start, end):
        low = doc[k].text.lower()
        if low in ("und", "oder", "aber", "sowie", "sondern"):
            return False
        if low in ("nicht", "nie", "weder") and not (k + 1 < len(doc) and doc[k + 1].text.lower() == "nur"):
            return True
    return False


def _named_as(sent: SpacySpan, i: int) -> bool:
    """ "Als Grund wurde ein Defekt genannt.": an agentless passive of a speech verb that names
    something as a cause, date or suspect (an "als" phrase opening the sentence, the participle
    ending it, no clause after it) reports what its source said, though it names no source."""
    doc = sent.doc
    start, end = _first(sent), _content_end(sent)
    return (doc[start].text == "Als" and i == end - 1 and doc[i].lemma_.lower() in NAMING and i - start >= 4
            and any(doc[k].text.lower() in PASSIVE for k in range(start + 2, i))
            and not any(doc[k].text in (",", ";", ":") for k in range(start, end)))


def _passive(sent: SpacySpan, i: int, content_von: bool = False) -> Optional[Finding]:
    """ "Der Plan wurde vom Minister als mutig bezeichnet": a reported speech act in the passive.
    ``content_von``: the verb's content opens with "von" ("Von einer Krise wird gesprochen"), so a
    "von" opening the clause is what was said, not who said it, and its source may go unnamed."""
    doc = sent.doc
    start = _first(sent)
    clause = range(start, i)
    if not any(doc[k].text.lower() in PASSIVE for k in clause):
        return None
    speaker = None
    # with a second "von" ("Vom Minister wurde von einem Erfolg gesprochen") the first names the agent
    said_von = content_von and doc[start].text.lower() in VON and not any(
        doc[k].text.lower() in VON for k in range(start + 1, i))
    for k in clause:
        if said_von and k == start:
            continue
        if doc[k].text.lower() in VON and k + 1 < i:
            found = phrases.forward(sent, k + 1 if doc[k].text.lower() == "von" else k + 1, allow_pronoun=False)
            if found is not None and found[1] <= i:
                speaker = found
                break
    first_aux = next(k for k in clause if doc[k].text.lower() in PASSIVE)
    if _negated(doc, first_aux, i + 1):
        return None  # "wurden bislang nicht bestätigt": nothing said
    if speaker is None and not _named_as(sent, i) and not said_von:
        return None  # an agentless passive ("wurde angekündigt") names no speaker
    end = _content_end(sent)
    return Finding(AttributionKind.reported, _chars(doc, start, end), _chars(doc, *speaker) if speaker else None,
                  [_chars(doc, i, i + 1)], sent=sent.start)


def _prefield_not_subject(doc, speaker: tuple[int, int], verb: int) -> bool:
    """ "Zuletzt hatte …", "Den Schaden beziffert der Versicherer …", "Die Tat bezeichnete er …":
    the phrase before the finite verb is an adverb or an object when it opens with an adverb or
    preposition, with a determiner no subject takes, or when "er"/"wir"/"ich" follows the verb."""
    first = doc[speaker[0]]
    if first.tag_ in ADVERB_TAGS:  # "Selbst der Papst kritisierte …": the adverb only leads the subject
        return speaker[1] - speaker[0] == 1
    return (first.tag_ in NOT_SUBJECT_TAGS or first.text.lower() in OBJECT_DETERMINERS
            or verb + 1 < len(doc) and doc[verb + 1].text.lower() in NOMINATIVE_PRONOUNS
            or _actor_after_thing(doc, speaker, verb) is not None)


def _subject_after(sent: SpacySpan, verb: int, stop: int) -> Optional[tuple[int, int]]:
    """The subject after a finite verb (verb second), past adverbs and prepositional phrases:
    "hatte im Mai der Präsident …", "wirft der Minister …"."""
    doc = sent.doc
    k = verb + 1
    while k < min(stop, verb + 10):
        t = doc[k]
        if t.tag_ in ("ADV", "ADJD", "PROAV", "PTKNEG") or t.text == "sich":
            k += 1
        elif t.tag_ in ("APPR", "APPRART"):  # skip the prepositional phrase up to its noun
            k = next((m + 1 for m in range(k + 1, min(stop, k + 6)) if doc[m].tag_ in ("NN", "NE", "CARD")), stop)
            while k < stop and doc[k].tag_ == "CARD":
                k += 1  # "im Mai 2005"
        elif t.text.lower() in NOMINATIVE_PRONOUNS or t.tag_ in ("NE", "NN") or t.text.lower() in SUBJECT_DETERMINERS:
            found = phrases.forward(sent, k)
            # a phrase running to the clause's end is the object: nothing would be left to say
            return found if found is not None and found[1] < stop else None
        else:
            return None
    return None


def _closing_particle(doc, i: int, stop: int) -> bool:
    """ "forderte Hilfskräfte an", "sprach sich gegen … aus": a separable particle closing the cue
    verb's own clause (before any other finite verb) makes it another verb ("anfordern",
    "aussprechen") than an entry with no particle."""
    for k in range(i + 1, stop):
        if doc[k].tag_.endswith("FIN"):
            return False
        if doc[k].tag_ == "PTKVZ" and (k + 1 >= stop or doc[k + 1].is_punct or doc[k + 1].text.lower() in ("und", "oder")):
            return True
    return False


def _fronted_content(sent: SpacySpan, opener: str, verb_at: int, speaker: tuple[int, int]) -> bool:
    """ "Vor einer zweiten Flut hat der Wetterdienst gewarnt", "Von einem Anschlag geht die Polizei
    aus": the phrase the verb's content opens with stands first, before the finite verb, and the
    subject after it (train: 1 of 1 such finding pairs with a gold Reported)."""
    doc = sent.doc
    first = _first(sent)
    return opens(doc[first].text, opener) and first + 1 < verb_at and speaker[0] > verb_at


def _own_clause_end(doc, start: int, end: int) -> int:
    """The end of the speech act's own clause in tokens ``start``..``end``: a coordinated clause
    with a finite verb of its own ("verwies auf X und wollte keine Ursache ausschließen") is
    another statement, whose negation does not deny this one (train: 1 finding more, 1 of 1 pairs
    with a gold Reported)."""
    return next((k for k in range(start + 1, end - 1) if doc[k].text.lower() in ("und", "oder", "aber", "sondern")
                 and doc[k + 1].tag_ in FINITE_TAGS), end)


def _particle_past_quotes(sent: SpacySpan, i: int, particle: str) -> Optional[int]:
    """ "rief zum „Widerstand“ auf": the separable particle closing the clause past a quoted phrase
    (the shared particle search stops at a quotation mark, which a quote's own frame needs). A quote
    right after a noun is that noun's name ("kündigte den Film „Sunshine“ an"): train, with that
    exception, 3 findings, 2 pair with a gold Reported and 1 with the gold Direct inside it."""
    doc = sent.doc
    marks = 0
    for j in range(i + 1, sent.end):
        t = doc[j]
        if t.text in (",", ";", ":") or t.text in SENTENCE_END_MARKS:
            return None
        if t.text in QUOTE_MARKS:
            if marks % 2 == 0 and doc[j - 1].tag_ in ("NN", "NE"):
                return None  # "kündigte den Film „Sunshine“ an": a quote after a noun names it
            marks += 1
            continue
        if t.text == particle and marks and marks % 2 == 0 and (
                j + 1 == sent.end or doc[j + 1].is_punct or doc[j + 1].text.lower() in ("und", "oder")):
            return j
    return None


def _verb_final(sent: SpacySpan, i: int, clause_end: int) -> Optional[int]:
    """The finite auxiliary or modal of a main clause whose cue is a participle or infinitive at
    its end ("hat … zurückgewiesen", "will … fordern"); None otherwise or in the passive."""
    doc = sent.doc
    # the tagger reads some infinitives ("fordern") as finite: the lemma's own form is both
    infinitive = doc[i].tag_ == "VVINF" or doc[i].tag_ == "VVFIN" and doc[i].text == doc[i].lemma_
    if not (doc[i].tag_ == "VVPP" or infinitive) or (i + 1 < clause_end and doc[i + 1].text not in AUX | {"worden"}):
        return None
    start = max([_first(sent), *[k + 1 for k in range(_first(sent), i) if doc[k].text in (",", ";", ":")]])
    finite = [k for k in range(start, i) if doc[k].tag_ in ("VAFIN", "VMFIN")]
    if not finite or any(doc[k].text.lower() in PASSIVE for k in range(start, i + 2) if k < sent.end):
        return None
    if start > _first(sent) and doc[start].text.lower() in SUBORDINATORS | RELATIVE | CLAUSE_OPENERS:
        return None
    return finite[0]


def _reported(lex, sent: SpacySpan, i: int, entries, masked, previous: Optional[tuple[int, int]] = None) -> Optional[Finding]:
    """A reported speech act of the cue verb ``i``; ``previous`` is the speaker (token span) of a
    speech act before it in the sentence, which a coordinated verb with no subject of its own
    shares ("forderte … und warnte vor …")."""
    doc = sent.doc
    tok = doc[i]
    clause_end = _clause_end(sent, i)
    opening = max([_first(sent), *[k + 1 for k in range(_first(sent), i) if doc[k].text in (",", ";", ":")]])
    entries = _usable_entries(sent, i, entries, opening, clause_end)
    if not entries:
        return None
    text = tok.text
    participle = len(text) > 5 and text != tok.lemma_ and text.endswith(("t", "en")) and (
        ("ge" in text[:-3] and not text.startswith(("geh", "geb"))) or text.startswith(INSEPARABLE)
        or tok.tag_ == "VVPP" and text.endswith("iert")  # "kritisiert": -ieren verbs take no "ge-"
    )
    # a separable verb's participle carries its particle: "gekündigt" is no "angekündigt"
    whole = [e for e in entries if e.verb.particle is None or text.lower().startswith(e.verb.particle)
             or i > sent.start and doc[i - 1].text.lower() == e.verb.particle]  # "bekannt gegeben"
    if participle and any(not e.figure_only for e in whole):  # "wurde gemeldet" reports no figure
        passive = _passive(sent, i, any(opens(doc[_first(sent)].text, e.opener or "") and e.opener == "von" for e in whole))
        if passive is not None:
            return passive
    if doc[opening].text.lower() in SUBORDINATORS and doc[clause_end - 1].tag_.endswith("FIN"):
        # "Nachdem die Firma den Plan verkündet hatte, …": a subordinate clause is no speech act,
        # but for a contrast ("…, während die EU-Staaten den Vorstoß begrüßten")
        return _subordinate(sent, i, entries, opening, clause_end, masked)
    final = _verb_final(sent, i, clause_end)
    if final is None and text.startswith("ge") and not tok.lemma_.startswith("ge") and text.endswith(("t", "en")):
        return None  # a participle ("genannt") with no auxiliary is no speech act
    for entry in entries:
        found = _reported_of_entry(lex, sent, i, entry, final, clause_end, masked, previous)
        if found is not None:
            return found
    return None


def _usable_entries(sent: SpacySpan, i: int, entries, opening: int, clause_end: int) -> list:
    """The reported-speech entries of cue ``i`` that its clause allows (a participle of a verb
    reporting only when negated, a reflexive use that names), separable verbs first."""
    doc = sent.doc
    tok = doc[i]
    participle = tok.tag_ == "VVPP" or tok.text.lower().startswith("ausge")
    entries = [e for e in entries if not (e.verb.lemma in REPORT_ONLY_NEGATED_PARTICIPLE and participle
                                          and not _negated(doc, opening, clause_end))
               and not (e.verb.lemma in NOT_REFLEXIVE and any(doc[k].text == "sich" for k in range(opening, clause_end)))]
    # a separable verb whose particle closes the clause wins over its stem ("forderte … auf", not "forderte")
    return sorted(entries, key=lambda e: e.verb.particle is None)


def _entry_cue(lex, sent: SpacySpan, i: int, verb, clause_end: int) -> Optional[tuple[list, int]]:
    """The cue of one entry (the verb, its split-off particle) and where its content must stop; None
    when the particle is missing or another verb's particle closes the clause."""
    doc = sent.doc
    tok = doc[i]
    cue = [(i, i + 1)]
    stop = clause_end
    unseparated = tok.lemma_.lower() == verb.lemma or tok.text.lower().startswith(verb.particle or "\0")
    if verb.particle and not unseparated:
        p = _particle(sent, i, verb.particle)
        if p is None:  # "rief zum „Heiligen Krieg“ auf"
            p = _particle_past_quotes(sent, i, verb.particle)
        if p is None:
            return None
        cue.append((p, p + 1))
        stop = p
    elif verb.particle is None and _closing_particle(doc, i, clause_end):
        return None
    return cue, _coordinated_verb(lex, sent, i, stop) or stop  # "bezeichnete … als X und sagte, …"


def _reported_speaker(sent: SpacySpan, i: int, aux: Optional[int], clause_end: int, previous):
    """(speaker, unnamed) of the speech act of cue ``i`` (``aux``: its finite auxiliary), or None;
    ``unnamed`` is the speaker span when it only marks an adverb opening the sentence."""
    doc = sent.doc
    # "Die SPD hat sich für … ausgesprochen": the subject stands next to the finite verb,
    # the content between it and the participle or infinitive
    verb_at = i if aux is None else aux
    speaker = _speaker_around(sent, verb_at, act=True)
    comma = max((k for k in range(_first(sent), verb_at) if doc[k].text == ","), default=None)
    if speaker is None and comma is not None:
        # "In einem Bericht, der … vorgelegt wurde, fordert Annan …": the clause before the
        # comma is no part of the speech act's own clause
        speaker = _speaker_around(sent, verb_at, start=comma + 1, act=True)
    if speaker is None and aux is None:
        speaker = _prefield(sent, i)
    if speaker is None and aux is None and previous is not None and doc[i - 1].text.lower() in ("und", "sowie"):
        speaker = previous
    unnamed = None
    if speaker is None and doc[_first(sent)].tag_ in ADVERB_TAGS:
        # "Zuletzt hatte im Mai der Präsident … gebeten": an adverb opens, the subject follows
        speaker = _subject_after(sent, verb_at, i if aux is not None else clause_end)
        if speaker is None and verb_at == _first(sent) + 1:
            # no subject found: the act stands all the same, its speaker unnamed (the adverb
            # only marks where the prefield ends)
            unnamed = speaker = (_first(sent), verb_at)
    if speaker is None:
        return None
    if speaker[1] <= verb_at and _prefield_not_subject(doc, speaker, verb_at):
        speaker = _subject_after(sent, verb_at, i if aux is not None else clause_end) or speaker
    return speaker, unnamed


def _reported_of_entry(lex, sent: SpacySpan, i: int, entry, aux: Optional[int], clause_end: int, masked, previous) -> Optional[Finding]:
    """The speech act of cue ``i`` read as one lexicon entry (its particle, its content opener), or None."""
    doc = sent.doc
    cued = _entry_cue(lex, sent, i, entry.verb, clause_end)
    if cued is None:
        return None
    cue, stop = cued
    said = _reported_speaker(sent, i, aux, clause_end, previous)
    if said is None:
        return None
    speaker, unnamed = said
    verb_at = i if aux is None else aux
    if aux is not None:
        if speaker[0] >= i:
            return None
        if doc[aux].text.lower() in STATIVE and entry.verb.lemma not in PERFECT_WITH_SEIN:
            return None  # "Die Bürger waren zur Wahl aufgerufen": a state, nobody speaks
        after = max(aux + 1, speaker[1] if speaker[0] > aux else aux + 1)
        while after < i and doc[after].text == "sich":
            after += 1
        stop = i
    else:
        if entry.opener and speaker[0] > i:
            # "sprach Angela Merkel von der Möglichkeit …": the opener ends the speaker
            cut = next((k for k in range(speaker[0] + 1, speaker[1]) if opens(doc[k].text, entry.opener)), None)
            if cut is not None:
                speaker = (speaker[0], cut)
        after = speaker[1] if speaker[0] > i else i + 1
    content = _entry_content(sent, entry, after, stop, verb_at, speaker)
    if content is None:
        return None
    start, end = content
    if _no_claim(sent, i, entry, speaker, verb_at, after, start, end, stop, masked):
        return None
    said_by = None if speaker == unnamed else _chars(doc, *speaker)
    tail = _konjunktiv_tail(sent, end)
    if tail is not None:  # "berichtete von einem Leck, das die Landung erzwungen habe"
        return Finding(AttributionKind.indirect, _chars(doc, start, tail), said_by,
                       [_chars(doc, s, e) for s, e in cue], sent=sent.start)
    return Finding(AttributionKind.reported, _chars(doc, start, end), said_by,
                   [_chars(doc, s, e) for s, e in cue], sent=sent.start)


def _entry_content(sent: SpacySpan, entry, after: int, stop: int, verb_at: int, speaker) -> Optional[tuple[int, int]]:
    """What the speech act reports, tokens ``[start, end)``: from its opener ("von", "darauf, …")
    or right after the verb and speaker, up to ``stop``; trailing adverbs are no part of it."""
    doc = sent.doc
    if entry.opener:
        k = next((k for k in range(after, stop) if opens(doc[k].text, entry.opener)), None)
        if k is None and _fronted_content(sent, entry.opener, verb_at, speaker):
            start, end = _first(sent), verb_at  # "Vor einer Flut hat der Dienst gewarnt"
        elif k is None:
            return None
        elif entry.opener.startswith("da") and k + 1 < sent.end and doc[k + 1].text == ",":
            start, end = k + 2, _clause_end(sent, k + 2)
        else:
            start, end = k, stop
    else:
        start, end = after, stop
    while end > start and doc[end - 1].text.lower() in TRAILING_ADVERBS:
        end -= 1
    return start, end


def _no_claim(sent: SpacySpan, i: int, entry, speaker, verb_at: int, after: int, start: int, end: int, stop: int, masked) -> bool:
    """Whether the content found makes no claim: empty or quoted, a bare modal or pronoun, a name's
    usage, a denial, a death toll after "forderte", or no figure where the verb needs one."""
    doc = sent.doc
    verb = entry.verb
    if end - start < 1 or any(masked(k) for k in range(start, end)):
        return True
    if all(doc[k].text.lower() in BARE_VERBS for k in range(start, end)):
        return True  # "… verlangen müssen": the modal after the cue is no content
    if any(doc[k].tag_ in ANAPHORS for k in range(start, end)) and all(
            doc[k].tag_ in ANAPHORS | ADVERBIAL for k in range(start, end)):
        return True
    if verb.lemma in NAMING_CONVENTION and speaker[1] - speaker[0] == 1 and doc[speaker[0]].text.lower() == "man":
        return True
    if verb.lemma in NAMING_CONVENTION and verb_at + 1 < sent.end and doc[verb_at + 1].text == "man":
        return True  # "Solche Wagen nannte man …": a name's usage; the phrase before the verb is its object (train: 1, not annotated)
    # "verwies auf X und wollte keine Ursache nennen": the coordinated clause's "keine" denies nothing here
    if any(doc[k].text.lower() in NEGATIONS for k in range(after, _own_clause_end(doc, after, end))):
        return True  # "nennt keine Todeszahlen": a denial, not a claim
    if verb.lemma not in AFFIRMED_BY_NEGATION and _negated(doc, min(verb_at, i), max(stop, i + 1)):
        return True  # "gab die Identität nicht bekannt", "konnte es nicht bestätigen": nothing said
    if verb.lemma == "bestätigen" and _elected(doc, start, end):
        return True
    if verb.lemma == "fordern" and any(doc[k].text in TOLL_NOUNS for k in range(after, end)):
        return True  # "forderte 92 Menschenleben": a death toll, not a demand
    # "meldete Insolvenz an": only a casualty figure makes "melden" a report here
    return entry.figure_only and not holds_figure(doc_text(doc)[doc[start].idx : doc[end - 1].idx + len(doc[end - 1])])


def _elected(doc, start: int, end: int) -> bool:
    """ "bestätigte den Präsidenten mit deutlicher Mehrheit / im Amt": re-elected, nothing said."""
    return any(doc[k].text in ELECTED_IN and any(doc[j].text.lower() in ("im", "in", "mit") for j in range(max(start, k - 3), k))
               for k in range(start, end))


def _konjunktiv_tail(sent: SpacySpan, end: int) -> Optional[int]:
    """The end of a clause right after a reported speech act's content whose finite verb is in the
    Konjunktiv ("…, das die Landung erzwungen habe", "…, es sei ein Fehler"): the speech act then
    reports that clause as well, and the whole is indirect speech. Measured on train: a main clause
    1 of 1 pairs with gold Indirect; a relative clause ("berichtete von einem Leck, das die Landung
    erzwungen habe") 3 of 4 (Form 0.8445 -> 0.8454; the fourth is gold Reported, so Reported
    0.594 -> 0.592)."""
    doc = sent.doc
    if end + 2 >= sent.end or doc[end].text != ",":
        return None
    if doc[end + 1].text.lower() in SUBORDINATORS:
        return None  # "…, weil sie die Kosten erhöhe": the reason given, not what the speech act says
    tail = _clause_end(sent, end + 1)
    if any(_is_subjunctive(doc[k]) and doc[k].text.lower() not in WEAK_SUBJUNCTIVE for k in range(end + 1, tail)):
        return tail
    return None


def _subordinate(sent: SpacySpan, i: int, entries, opening: int, clause_end: int, masked) -> Optional[Finding]:
    """A speech act in a verb-final clause of contrast ("…, während die EU-Staaten den Vorstoß
    begrüßten"), its subject right after "während". Measured on train: relative clauses ("…, die
    von Erschütterungen sprachen") are annotated as speech once in twenty, so they are left out."""
    doc = sent.doc
    if doc[opening].text.lower() not in SUBORDINATE_SPEECH:
        return None
    last = i + 1
    while last < clause_end and doc[last].text.lower() in AUX | {"worden"}:
        last += 1
    if last != clause_end:
        return None  # the cue verb must close its clause
    speaker = phrases.forward(sent, opening + 1, allow_pronoun=True)
    if speaker is None or speaker[0] != opening + 1 or speaker[1] >= i:
        return None
    for entry in entries:
        if entry.verb.particle and not doc[i].text.lower().startswith(entry.verb.particle):
            continue
        start = speaker[1]
        if entry.opener:
            start = next((k for k in range(start, i) if opens(doc[k].text, entry.opener)), None)
            if start is None:
                continue
        end = i
        while end > start and doc[end - 1].text.lower() in TRAILING_ADVERBS:
            end -= 1
        if end <= start or any(masked(k) for k in range(start, end)):
            continue
        if _negated(doc, opening, i) or any(doc[k].text.lower() in NEGATIONS for k in range(start, end)):
            continue
        return Finding(AttributionKind.reported, _chars(doc, start, end), _chars(doc, *speaker),
                      [_chars(doc, i, i + 1)], sent=sent.start)
    return None


def _reported_around_quotes(lex, doc, direct: list[Finding], token_masked: set[int]) -> list[Finding]:
    """ "berichtete von „schweren Verlusten“", "bezeichnete den Plan als „Irrweg“": a speech act
    whose object holds a quotation is reported speech as well as the direct quote inside it
    (the dataset annotates both)."""
    out = []
    for d in direct:
        if len(d.cue) != 1 or d.speaker is None:
            continue
        cue = doc.char_span(*d.cue[0], alignment_mode="expand")
        if cue is None or len(cue) != 1 or not (d.cue[0][1] <= d.content[0]):
            continue
        i = cue.start
        entries = lex.reported_of(doc[i])
        if not entries:
            continue
        quote = doc.char_span(max(0, d.content[0] - 1), d.content[1] + 1, alignment_mode="expand")
        inside = set(range(quote.start, quote.end)) if quote is not None else set()
        found = _reported(lex, doc[i].sent, i, entries, lambda k: k in token_masked and k not in inside and k != i)
        if found is not None and found.content[0] <= d.content[0] and d.content[1] <= found.content[1] + 1:
            out.append(found)
    return out
