"""Reporting verbs in a sentence, one rule per frame shape: "Das erklärte ein Sprecher." (the
sentence before), "…, das teilte X mit.", "sagte, …" (frame before the content), "…, hatte X
gesagt.", "…, sagte er." (frame after), and a speech act with an object ("forderte den Rücktritt").

The driver (:func:`find_in_sentence`) reads the sentence's cue verbs in order; for each, the first
rule that answers claims it, and may claim the tokens up to where reading resumes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Span as SpacySpan

from ...records import AttributionKind
from ...speech_lexicon import ReportedVerb, SpeechLexicon, Verb
from . import phrases
from .clauses import (
    FINITE_TAGS,
    COMPLEMENTIZERS,
    AUX, CORRELATES, DOCUMENT_PREPOSITIONS, SUBJECTLESS_SAYING, FRAME_ADVERBS, PASSIVE, RELATIVE, REPORTING_AS_REPORTED, SAYING, SUBORDINATORS,
    Finding, _chars, _clause_end, _is_subjunctive, _relative_clause, _content_end, _first, _looks_like_clause, _object_clause, _particle, _speaker_around,
    _with_apposition, _zu_infinitive,
)
from .context import Context
from .frames import (
    _clause_taking, _finite_main_clause, _foreign_particle, _long_subject_comma, _next_speaker_clause, _past_apposition,
    _perfect_frame_after, _reported_main_clause, _verbless,
)
from .reported import _coordinated_verb, _named_as, _reported, _reported_end, _says, opens
from .nouns import DISPUTING_VERBS, content_noun
from .words import words

IMPERSONAL_SAYING = words("reporting", "IMPERSONAL_SAYING")  # "…, hieß es."
SOURCE_PREPOSITIONS = words("reporting", "SOURCE_PREPOSITIONS")  # "…, hieß es aus dem Ministerium."
# marks a frame's search for its comma reads past (brackets, dashes, quotation marks)
TRANSPARENT_PUNCT = ("(", ")", "-", "„", "“", "»", "«", "\"")


@dataclass
class VerbCue:
    """A token that is a reporting verb: its verbs (with the index of a split-off particle) and
    reported-speech entries; ``cue`` is the frame's token spans, which rules may extend."""
    i: int
    verbs: list[tuple[Verb, Optional[int]]]
    reported: list[ReportedVerb]
    cue: list[tuple[int, int]]


@dataclass
class Claim:
    """A rule's answer for a cue verb: its findings, and the token where reading resumes (None: the next)."""
    findings: list[Finding]
    until: Optional[int] = None


def find_in_sentence(ctx: Context, sent: SpacySpan, rules) -> list[Finding]:
    """The reporting-verb findings of a sentence, each cue verb claimed by the first rule that answers."""
    out: list[Finding] = []
    used_until = sent.start
    for i in range(sent.start, sent.end):
        if ctx.masked(i) or i < used_until:
            continue
        vc = verb_cue(ctx.lex, sent, i)
        if vc is None:
            continue
        for rule in rules:
            claim = rule(ctx, sent, vc, out)
            if claim is not None:
                for f in claim.findings:
                    f.evidence = f.evidence or rule.name
                out += claim.findings
                used_until = claim.until if claim.until is not None else used_until
                break
    return out


def verb_cue(lex: SpeechLexicon, sent: SpacySpan, i: int) -> Optional[VerbCue]:
    """Token ``i`` as a reporting verb (separable ones first, when their particle stands in the clause), or None."""
    doc = sent.doc
    tok = doc[i]
    verbs = []
    v, split_verbs, reported = lex.lookups(tok)
    if v is not None and not _foreign_particle(lex, sent, i, v):
        verbs.append((v, None))
    for sv in split_verbs:
        p = _particle(sent, i, sv.particle)
        if p is None and i > sent.start and tok.tag_ == "VVPP" and doc[i - 1].text.lower() == sv.particle:
            p = i - 1  # "hat … bekannt gegeben": the participle written apart from its particle
        if p is not None:
            verbs.insert(0, (sv, p))
    if not verbs and not reported:
        return None
    cue = [(i, i + 1)]
    particle = next((p for _, p in verbs if p is not None), None)
    if particle is not None:
        cue.append((particle, particle + 1))
    return VerbCue(i, verbs, list(reported), cue)


def previous_sentence(ctx: Context, sent: SpacySpan, vc: VerbCue, out) -> Optional[Claim]:
    """ "Das erklärte ein Sprecher.": the content is the sentence before."""
    doc, i = sent.doc, vc.i
    if not (vc.verbs and i == _first(sent) + 1 and doc[i - 1].text in ("Das", "Dies") and sent.start > 0):
        return None
    speaker = phrases.forward(sent, i + 1)
    prev = doc[sent.start - 1].sent
    if not speaker or ctx.masked(prev.end - 1):
        return None
    return Claim([Finding(AttributionKind.indirect, _chars(doc, _first(prev), _content_end(prev)),
                          _chars(doc, *speaker), [_chars(doc, s, e) for s, e in vc.cue], sent=prev.start)], sent.end)


def das_after_comma(ctx: Context, sent: SpacySpan, vc: VerbCue, out) -> Optional[Claim]:
    """ "…, das teilte das Institut mit.", "… – das zumindest meint X": the content is the clause before."""
    doc, i = sent.doc, vc.i
    j = i - 1
    while j > _first(sent) and j > i - 3 and doc[j].tag_ == "ADV":
        j -= 1
    if not (vc.verbs and j - 1 > _first(sent) + 2 and doc[j].text.lower() in ("das", "dies") and doc[j - 1].text in (",", "–", "-")):
        return None
    speaker = phrases.forward(sent, i + 1)
    if not speaker or ctx.masked(j - 2):
        return None
    return Claim([Finding(AttributionKind.indirect, _chars(doc, _first(sent), j - 1), _chars(doc, *speaker),
                          [_chars(doc, s, e) for s, e in vc.cue], sent=sent.start)], sent.end)


def _content_comma(ctx: Context, sent: SpacySpan, vc: VerbCue) -> Optional[int]:
    """The comma that opens the content of a frame before it: the one before "dass"/"ob", else the
    first one within reach (or one opening a zu-infinitive after a long subject)."""
    doc, i, lex = sent.doc, vc.i, ctx.lex
    last = max(e for _, e in vc.cue)
    # "sagte der Koordinator, Max Muster, gegenüber der BBC, dass …": the comma before "dass"
    dass = next((j for j in range(i + 1, min(sent.end - 1, last + 16)) if doc[j].text == ","
                 and doc[j + 1].text.lower() in COMPLEMENTIZERS and not ctx.masked(j)), None)
    if dass is not None and (_next_speaker_clause(lex, sent, i + 1, dass) is not None or any(
            doc[k].text == "," and (doc[k + 1].text.lower() in SUBORDINATORS or _object_clause(doc, k + 1, dass))
            for k in range(i + 1, dass))):
        # "sagte, …, und die Polizei teilte mit, dass …" / "beschloss, … zu holen, nachdem bekannt
        # geworden war, dass …": that "dass" belongs to another verb
        dass = None
    if dass is not None:
        return dass
    for j in range(i + 1, min(sent.end, last + 8)):
        if doc[j].text in (",", ":") and not ctx.masked(j):
            return j
        if doc[j].is_punct and doc[j].text not in TRANSPARENT_PUNCT:
            break
    return _long_subject_comma(sent, i, last)


def _framing_verbs(ctx: Context, sent: SpacySpan, vc: VerbCue, comma: Optional[int]) -> list:
    """The verbs of the cue that frame the clause after ``comma`` (empty when that clause is an
    object, belongs to a coordinated verb, or is the speaker's apposition)."""
    doc, i, lex = sent.doc, vc.i, ctx.lex
    content_end = _content_end(sent)
    opened = any(e.opener and e.opener not in ("darauf", "auf") and any(opens(doc[k].text, e.opener) for k in range(i + 1, comma or i))
                 for e in vc.reported)
    # "rief die Armee auf, das Volk zu schützen", "ging davon aus, dass …": a speech act whose
    # content would be its object frames an object clause after the comma as indirect speech
    clausal = (comma is not None and comma + 1 < content_end
               and (_object_clause(doc, comma + 1, content_end) or _reported_main_clause(sent, comma + 1, content_end))
               and not any(doc[k].text.lower() in ("und", "oder", "sowie") for k in range(i + 1, comma)))
    framing = vc.verbs or (_clause_taking(sent, i, vc.reported, vc.cue) if clausal else [])
    # "bezeichnete es als Versuch, … zu hindern": after "als" the clause completes the noun
    opened = opened and not (clausal and not any(doc[k].text == "als" for k in range(i + 1, comma)))
    # "lobte die Helfer und sagte, …": the clause belongs to the coordinated verb
    coordinated = comma is not None and _coordinated_verb(lex, sent, i, comma) is not None
    # "bestreitet die Vorwürfe und sieht, wie …, keinen Grund": any finite verb after "und" owns the clause
    coordinated = coordinated or comma is not None and any(
        doc[k].text.lower() in ("und", "sowie", "oder") and doc[k + 1].tag_.endswith("FIN") and doc[k + 1].text[:1].islower()
        and not _says(lex, doc[k + 1]) for k in range(i + 1, comma - 1))
    # "Die Lage sei ernst, sagte Anna Berg, die Sprecherin der Stadt.": after a frame that follows
    # its content, a verbless rest is the speaker's apposition, not a second content
    apposition = (vc.verbs and i - 1 > _first(sent) and doc[i - 1].text == "," and comma is not None
                  and comma + 1 < content_end and _verbless(doc, comma + 1, content_end))
    if (comma is None or comma + 1 >= content_end or ctx.masked(comma + 1) or opened or coordinated or apposition):
        return []
    return framing


def frame_before(ctx: Context, sent: SpacySpan, vc: VerbCue, out) -> Optional[Claim]:
    """ "sagte, …", "teilten mit, dass …", "rief die Armee auf, das Volk zu schützen": the frame before its clause."""
    doc, i = sent.doc, vc.i
    last = max(e for _, e in vc.cue)
    comma = _past_relative_clause(sent, _content_comma(ctx, sent, vc))
    framing = _framing_verbs(ctx, sent, vc, comma)
    if not framing or _disputes_a_named_claim(sent, framing, vc.i, comma):
        return None
    content_end = _content_end(sent)
    saying = any(v.lemma in SAYING for v, _ in framing)
    opening = max([_first(sent), *[k + 1 for k in range(_first(sent), i) if doc[k].text in (",", ";", ":")]])
    # a subordinate clause has its verb last ("Nachdem er … gefordert hatte,"); "Als Begründung
    # gaben die USA an, …" opens with "als" but is a main clause
    subordinate = doc[opening].text.lower() in SUBORDINATORS and all(
        doc[k].tag_.startswith("V") or doc[k].text.lower() in AUX or any(s <= k < e for s, e in vc.cue)
        for k in range(i + 1, comma))
    if subordinate and not _object_clause(doc, comma + 1, content_end):
        return Claim([])  # "Nachdem der Minister den Rücktritt gefordert hatte, …": the main clause follows
    if comma + 1 < content_end and _resumes_main_clause(doc[comma + 1]):
        # "Ein Tief, das über der Bucht gestanden hatte, habe nun …": the verb closes a clause inside
        # the subject and the main clause resumes with its finite verb; no content opens that way
        return None
    if not (_looks_like_clause(doc, comma + 1, content_end, saying) and comma >= last - 1):
        return None
    if doc[comma - 1].tag_ == "NE" and _prepositional_relative(doc, comma + 1, content_end):
        return None  # "…, erklärte die Sprecherin im County Harris, zu dem auch Houston gehört": on the place
    speaker = _speaker_around(sent, i, opening + 1 if subordinate else None)
    if speaker and speaker[0] > comma:
        speaker = None
    first = _first(sent)
    if speaker is None and doc[first].text == "Es" and first + 1 < sent.end and doc[first + 1].text.lower() in AUX and not (
            doc[i].tag_ == "VVPP" and doc[first + 1].text.lower() in PASSIVE):
        return Claim([])  # "Es ist klar, …" frames nothing; "Es wird vermutet, dass …" reports, speakerless
    if speaker is not None and doc[speaker[0]].text.lower() in ("ich", "wir"):
        return Claim([])  # first person outside quotes: the article's own voice (interviews, opinion)
    if speaker is not None and speaker[0] > i:
        # "sagte Max Muster, der Präsident des Landes, der Hafen sei zerstört": the content
        # begins after the speaker's apposition
        comma, speaker = _past_apposition(sent, comma, speaker, content_end, saying)
    return _clause_after(ctx, sent, vc, comma, speaker, subordinate)


def _prepositional_relative(doc, start: int, end: int) -> bool:
    """ "zu dem auch die Stadt gehört": a preposition, a relative pronoun and an indicative finite verb
    closing the clause: a relative clause on the name before the comma, no content (after a noun such as
    "eine Anekdote erzählt, in der er … schilderte" it may tell what was said, so only after a name)."""
    clause_end = next((k for k in range(start, end) if doc[k].text in (",", ";", ":")), end)
    if clause_end - start < 3 or doc[start].tag_ not in ("APPR", "APPRART") or doc[start + 1].tag_ not in ("PRELS", "PRELAT"):
        return False
    verb = doc[clause_end - 1]
    return verb.tag_ in FINITE_TAGS and not _is_subjunctive(verb)


def _disputes_a_named_claim(sent: SpacySpan, framing, verb_i: int, comma: Optional[int]) -> bool:
    """ "Die Regierung wies den Vorwurf zurück, sie habe Wahlen manipuliert": a verb that disputes, with a
    noun of saying as its object before the comma; the clause is the disputed claim's (the noun frames
    it, nouns.py), not what the subject says."""
    doc = sent.doc
    if comma is None or doc[comma].text != "," or not all(v.lemma in DISPUTING_VERBS for v, _ in framing):
        return False  # ("wies die Vorwürfe zurück: Der Senat habe …": after a colon the rebuttal is the subject's)
    return any(content_noun(doc[k].text) for k in range(verb_i + 1, comma))


def _resumes_main_clause(tok) -> bool:
    """A lower-case finite verb right after the comma: a main clause resuming, never a content clause."""
    return tok.text.islower() and tok.tag_ in FINITE_TAGS and tok.text.lower() not in COMPLEMENTIZERS


def _past_relative_clause(sent: SpacySpan, comma: Optional[int]) -> Optional[int]:
    """ "schrieb in einer Erklärung, die auf ihrer Homepage stand, sie wolle …": the content opens
    after a relative clause on the noun before the comma; with nothing after it there is none."""
    doc = sent.doc
    content_end = _content_end(sent)
    while comma is not None and comma + 1 < content_end and _relative_clause(doc, comma + 1, content_end):
        comma = next((k for k in range(comma + 2, content_end - 1) if doc[k].text == ","), None)
    return comma


def _clause_after(ctx: Context, sent: SpacySpan, vc: VerbCue, comma: int, speaker, subordinate: bool) -> Claim:
    """The finding of a frame before its content, the clause after ``comma`` up to the next speech act."""
    doc, i, lex = sent.doc, vc.i, ctx.lex
    content_end = _content_end(sent)
    start = comma + 2 if doc[comma + 1].text.lower() in COMPLEMENTIZERS else comma + 1
    end = next((k for k in range(start + 2, content_end - 1) if doc[k].text in ("und", "sowie")
                and lex.verb_of(doc[k + 1]) is not None), content_end)
    # "…, der Vater habe sie geschlagen; es wird geprüft, ob …": an indicative clause after a
    # semicolon is the article's own; one in the Konjunktiv goes on with the report
    end = min([end, *[k for k in range(start + 2, end) if doc[k].text == ";" and not ctx.masked(k)
                      and not any(_is_subjunctive(doc[m]) for m in range(k + 1, end))]])
    cut = end  # reading resumes here when the content stops before a coordinated verb of saying
    if end < content_end and doc[end - 1].text == ",":
        end -= 1  # "…, dass die Regenfälle anhalten, und warnte …": the comma is no part of the content
    if subordinate:  # "Nachdem er gefordert hatte, die Steuern zu senken, kam es …": its own clause only
        end = min(end, _clause_end(sent, start))
    other = _next_speaker_clause(lex, sent, start + 2, end)
    end = other if other is not None else end
    if start >= end:
        return Claim([])  # "…, dass" with nothing after it
    # "geht davon aus", "wies darauf hin", "heißt es": the correlate belongs to the cue
    vc.cue += [(k, k + 1) for k in range(i + 1, comma) if doc[k].text.lower() in CORRELATES
               or doc[k].text == "sich" and k == i + 1
               or doc[k].text == "es" and k == i + 1 and doc[i].lemma_ == "heißen"]
    found = Finding(AttributionKind.indirect, _chars(doc, start, end), _chars(doc, *speaker) if speaker else None,
                    [_chars(doc, s, e) for s, e in sorted(vc.cue)], sent=sent.start)
    # the next speaker's frame, or a coordinated verb of saying ("… und kündigte an, …"), is still to read
    return Claim([found], end if other is not None else cut if cut < content_end else sent.end)


def perfect_after(ctx: Context, sent: SpacySpan, vc: VerbCue, out) -> Optional[Claim]:
    """ "Die Lage sei ernst, hatte der Minister am Montag gesagt.": a frame in the perfect after its content."""
    perfect = _perfect_frame_after(sent, vc.i, ctx.masked) if vc.verbs else None
    return Claim([perfect], sent.end) if perfect is not None else None


def frame_after(ctx: Context, sent: SpacySpan, vc: VerbCue, out) -> Optional[Claim]:
    """ "…, sagte er.", "…, hieß es aus dem Ministerium.": the frame after its content."""
    doc, i = sent.doc, vc.i
    first = _first(sent)
    # ("…, die Terroristen zu besiegen, hieß es": an infinitive after the comma, no relative clause)
    # ("Der Planet ist so schwer wie Jupiter, der …, erklärte X": a main clause with its finite verb
    # before the relative clause is what was said; "Der Mann, der …, sagte" has its subject there)
    closes_relative = any(doc[k].text == "," and doc[k + 1].text.lower() in RELATIVE
                          and not _zu_infinitive(doc, k + 1, _clause_end(sent, k + 1))
                          and not _finite_main_clause(doc, first, k)
                          and not _main_clause_resumes(sent, _clause_end(sent, k + 1), i - 1) for k in range(first, i - 2))
    if not (vc.verbs and i > sent.start + 2 and doc[i - 1].text == "," and not closes_relative):
        return None
    k = i + 1
    while k < sent.end and (doc[k].text == "sich" or doc[k].text.lower() in FRAME_ADVERBS):
        k += 1
    speaker = _with_apposition(sent, phrases.forward(sent, k)) if k < sent.end else None
    if doc[i].lemma_ in SUBJECTLESS_SAYING and k < sent.end and doc[k].text != "es" and (
            speaker is None or doc[k].text.lower() in ("am", "im")):
        # "…, verlautete (am Abend) aus Diplomatenkreisen.": no subject; "aus X", within a few words, is the source
        aus = next((m for m in range(k, min(k + 4, sent.end - 1)) if doc[m].text.lower() == "aus"), None)
        if aus is not None and not any(doc[m].text in (",", ";") for m in range(k, aus)):
            speaker = phrases.forward(sent, aus + 1, allow_pronoun=False, places=True)
    impersonal = speaker is None and k < sent.end and doc[k].text == "es" and doc[i].text.lower() in IMPERSONAL_SAYING
    if impersonal:
        # "…, hieß es (aus dem Ministerium).": a report with no speaker, or the source after it
        vc.cue.append((k, k + 1))
        m = k + 1
        while m < sent.end and doc[m].text.lower() in FRAME_ADVERBS:
            m += 1
        if m + 1 < sent.end and doc[m].text.lower() in SOURCE_PREPOSITIONS | DOCUMENT_PREPOSITIONS:
            speaker = phrases.forward(sent, m + 1, allow_pronoun=False)
    subject = phrases.whole(doc, first, i - 1)  # "Der Bürgermeister, Max Muster, warnte …"
    # ("Seit Februar seien … getötet worden, sagte X": "seit", "bis", "während" the tagger reads as a
    # preposition open no clause, unless a finite verb closes it: "Seit dem die Armee … aufnahm, warnte X")
    subordinate = doc[first].text.lower() in SUBORDINATORS and (doc[first].tag_ != "APPR" or doc[i - 2].tag_ in FINITE_TAGS)
    # what was said is a clause: "In einer Erklärung von X, einem Sprecher, beschuldigte …" is none
    if not (speaker or impersonal) or ctx.masked(i - 2) or subject or subordinate or _verbless(doc, first, i - 1):
        return None
    # "Die Richterin blieb hart: Eine Strafe sei nötig, sagte sie": what was said starts after the colon
    start = max([first, *[k + 1 for k in range(first, i - 2) if doc[k].text in (":", ";") and not ctx.masked(k)]])
    return Claim([Finding(AttributionKind.indirect, _chars(doc, start, i - 1), _chars(doc, *speaker) if speaker else None,
                          [_chars(doc, s, e) for s, e in sorted(vc.cue)], sent=sent.start)], sent.end)


def _main_clause_resumes(sent: SpacySpan, rel_end: int, frame_comma: int) -> bool:
    """ "Bei den Angriffen, die … verübt wurden, sind 45 Menschen getötet worden, teilten die UN mit":
    after the relative clause the main clause goes on with its finite verb, so what stands before
    the frame is a whole statement, not the subject of the frame verb."""
    doc = sent.doc
    return rel_end + 1 < frame_comma and doc[rel_end].text == "," and doc[rel_end + 1].tag_ in FINITE_TAGS


def with_object(ctx: Context, sent: SpacySpan, vc: VerbCue, out) -> Optional[Claim]:
    """ "forderte den Rücktritt", "spricht von 63 Toten", "wurde vom Minister als mutig bezeichnet": reported speech."""
    doc, i = sent.doc, vc.i
    reported = vc.reported
    if not reported and vc.verbs and (REPORTING_AS_REPORTED or _named_as(sent, i)):
        # "empfahl den Umstieg", "gab die Einstellung bekannt": a reporting verb with an object
        reported = [ReportedVerb(v, None) for v, _ in vc.verbs]
    last = out[-1].speaker if out and out[-1].kind == AttributionKind.reported else None
    last = doc.char_span(*last, alignment_mode="expand") if last else None
    found = _reported(ctx.lex, sent, i, reported, ctx.masked, (last.start, last.end) if last is not None else None)
    return Claim([found], _reported_end(sent, found)) if found is not None else None
