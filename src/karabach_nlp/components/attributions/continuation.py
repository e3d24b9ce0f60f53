"""Free indirect speech: Konjunktiv sentences with no frame continue the last speaker; hearsay
"soll"; a subject, an unlisted verb and a Konjunktiv clause."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span as SpacySpan

from ...records import AttributionKind
from . import phrases
from ..actors.lexicon import load_lexicon
from .clauses import THING_ENDINGS, _with_apposition, COMPLEMENTIZERS, FINITE_TAGS, WEAK_SUBJUNCTIVE, HEARSAY, MERGE_FREE_INDIRECT, Finding, _chars, _first, _is_subjunctive
from ...doctext import doc_text
from .clauses import _content_end
from .can_speak import names_someone
from .words import words

# "Er möchte in Holland bleiben": Konjunktiv II by form, a plain wish in use, not reported speech
WISH_MODALS = words("continuation", "WISH_MODALS")
# a singular Konjunktiv II of these, with no other Konjunktiv, is the article's own hypothetical
# ("Das könnte teuer werden", "Ein Streik würde den Hafen lahmlegen"), not a continued report:
# measured on train, such sentences were the dataset's reported speech in about 1 of 3
HYPOTHETICAL = words("continuation", "HYPOTHETICAL")
# sentences after a report within which a plain "soll" ("Die Brücke soll … gebaut werden") still
# reports it; further away it is the article's own account of a plan
HEARSAY_REACH = 6
# a sentence in Konjunktiv II only that opens with one of these draws the article's own consequence
# ("Dies wären 80 Prozent der Tankstellen", "Damit würden auch … gestellt"); on train such sentences
# continued a report (the dataset's IndirectFreeIndirect) 1 time in 6
CONSEQUENCE_OPENERS = words("continuation", "CONSEQUENCE_OPENERS")
WEAK_REACH = 2
# a clause after the comma opening with these tells when, not what was said (unlike "weil"/"da",
# whose Konjunktiv gives the speaker's reason)
TEMPORAL = words("continuation", "TEMPORAL")


def _after_heading(sent: SpacySpan) -> int:
    """The sentence's first token after a heading line that ends in a colon ("Strafen:\\nDer Verein
    soll …"), else its first token."""
    doc = sent.doc
    heads = [t.i + 1 for t in sent if t.is_space and "\n" in t.text and t.i > sent.start and doc[t.i - 1].text == ":"]
    return heads[-1] if heads and heads[-1] < sent.end else _first(sent)


def _free_indirect(doc: Doc, sents, found: list[Finding], masked) -> list[Finding]:
    out: list[Finding] = []
    by_sent = _by_sentence(doc, found)
    hearsay_runs: dict[int, bool] = {}  # id of a free indirect run -> whether it is hearsay alone
    active = False
    since_report = HEARSAY_REACH + 1  # sentences since the last one with a report
    for sent in sents:
        since_report += 1
        here = by_sent.get(sent.start)
        if here:
            active = True
            since_report = 0
            continue
        subj = [t for t in sent if _is_subjunctive(t) and not masked(t.i) and t.text.lower() not in WISH_MODALS]
        # Konjunktiv I ("sei", "habe", "werde") in a news sentence is reported speech even
        # when the frame was missed; Konjunktiv II ("würde", "hätte") only continues one
        strong = [t for t in subj if t.text.lower() not in WEAK_SUBJUNCTIVE]
        hearsay = _hearsay(sent, masked)
        if all(t.text.lower() in HYPOTHETICAL for t in subj):
            subj = []  # "Das könnte teuer werden": a hypothetical, no one's report
        elif not strong and doc[_first(sent)].text.lower() in CONSEQUENCE_OPENERS:
            subj = []  # "Damit wären 80 Prozent betroffen": the article weighs a consequence
        if not subj and not hearsay:
            active = False
            continue
        weak_near = subj and since_report <= WEAK_REACH  # "Bisher hätten Helfer …" right after a report
        if not active and not strong and not weak_near and not (hearsay and (since_report <= HEARSAY_REACH or _perfect_infinitive(sent))):
            # "Er soll … getötet worden sein" is hearsay on its own; "Die Brücke soll … gebaut
            # werden" is a plan, reported speech only while a speaker's report runs on
            continue
        if any(t.text.lower() in ("ich", "wir") and not masked(t.i) for t in sent):
            active = False
            continue
        framed = _unlisted_frame(sent, masked) or _clause_before_konjunktiv(sent, masked)
        if framed is not None:
            out.append(framed)
            by_sent[sent.start] = [framed]
            active = True
            continue
        end = sent.end
        while end > sent.start and doc[end - 1].is_space:
            end -= 1
        start_char, end_char = _chars(doc, _after_heading(sent), end)
        previous = out[-1] if out else None
        # hearsay "soll" with no Konjunktiv (the dataset's FreeIndirect) and Konjunktiv sentences (its
        # IndirectFreeIndirect) make runs of their own: on train, splitting them pairs 14 more runs
        hearsay_only = bool(hearsay and not subj)
        if (MERGE_FREE_INDIRECT and previous is not None and previous.content[1] <= start_char
                and not doc_text(doc)[previous.content[1]:start_char].strip()
                and hearsay_runs.get(id(previous), hearsay_only) == hearsay_only):
            previous.content = (previous.content[0], end_char)  # one run of reported sentences
        else:
            out.append(Finding(AttributionKind.free_indirect, (start_char, end_char), continues=True, sent=sent.start))
            hearsay_runs[id(out[-1])] = hearsay_only
        by_sent[sent.start] = [out[-1]]
        active = True
    return out


def _by_sentence(doc: Doc, found: list[Finding]) -> dict[int, list[Finding]]:
    """The findings by the sentences their content starts and ends in (by sentence start token)."""
    by_sent: dict[int, list[Finding]] = {}
    for f in found:
        tok = doc.char_span(f.content[0], f.content[0] + 1, alignment_mode="expand")
        by_sent.setdefault(tok.sent.start if tok is not None else f.sent, []).append(f)
        end_tok = doc.char_span(max(f.content[0], f.content[1] - 1), f.content[1], alignment_mode="expand")
        if end_tok is not None and end_tok.sent.start != (tok.sent.start if tok is not None else f.sent):
            by_sent.setdefault(end_tok.sent.start, []).append(f)
    return by_sent


def _unlisted_frame(sent: SpacySpan, masked) -> Optional[Finding]:
    """ "Füller räumt ein, die Zahl sei höher": a subject, its verb, a comma, a clause in the
    Konjunktiv — indirect speech with a verb missing from the lexicon."""
    doc = sent.doc
    first = _first(sent)
    comma = next((t.i for t in sent if t.text == ","), None)
    if comma is None or comma - first > 10:
        return None
    if any(_is_subjunctive(doc[k]) for k in range(first, comma)):
        return None
    content_end = _content_end(sent)
    if not any(_is_subjunctive(doc[k]) and not masked(k) for k in range(comma + 1, content_end)):
        return None
    subject = phrases.forward(sent, first, places=True)
    if subject is None or subject[1] >= comma or doc[subject[0]].text.lower() in ("es", "das", "dies"):
        return None
    verb = doc[subject[1]]
    if not (verb.text.isalpha() and verb.text.islower()) or verb.text in phrases.DETERMINERS:
        return None
    if doc[comma + 1].text.lower() in TEMPORAL:
        return None  # "Er war den Ermittlern ins Netz gegangen, als er Kontakt gesucht habe": a time clause
    start = comma + 2 if doc[comma + 1].text.lower() in COMPLEMENTIZERS else comma + 1
    subject, start = _fronted_object(sent, subject, verb.i, start)
    return _framed(doc, (start, content_end), subject, verb.i, sent)


def _fronted_object(sent: SpacySpan, subject: tuple[int, int], verb: int, start: int) -> tuple[tuple[int, int], int]:
    """ "Schwere Vorwürfe erhob der Polizeichef, Max Muster: Die Soldaten hätten …": a thing fronted
    before the verb is its object; the actor after the verb, with its apposition up to the colon,
    speaks, and what was said starts after the colon. Else the subject and start as found."""
    doc = sent.doc
    things = THING_ENDINGS + load_lexicon().not_actor_endings
    if not any(t.text[:1].isupper() and t.text.lower().endswith(things) for t in doc[subject[0]:subject[1]]):
        return subject, start
    after = phrases.forward(sent, verb + 1, allow_pronoun=False)
    speaker = _with_apposition(sent, after) if after is not None else None
    starts = {s for s, _ in phrases.actor_mention_spans(doc)}
    if (speaker is None or speaker[1] >= len(doc) or doc[speaker[1]].text != ":" or speaker[1] < start - 1
            or doc[speaker[0]].idx not in starts):
        return subject, start
    return speaker, speaker[1] + 1


def _clause_before_konjunktiv(sent: SpacySpan, masked) -> Optional[Finding]:
    """ "In dem Verfahren sieht Osterloh einen Angriff, es stehe im Gegensatz zu …": an
    indicative main clause, a comma, then the Konjunktiv — the clause before frames the one
    after (the dataset's Indirect), whatever its verb; its subject, if any, speaks."""
    doc = sent.doc
    first = _first(sent)
    comma = next((t.i for t in sent if t.text == ","), None)
    if comma is None or comma - first < 3 or comma - first > 25 or masked(comma + 1):
        return None
    head = range(first, comma)
    if any(_is_subjunctive(doc[k]) or doc[k].text.lower() in HEARSAY for k in head):
        return None
    finite = [k for k in head if doc[k].tag_ in FINITE_TAGS and doc[k].text[:1].islower()]
    content_end = _content_end(sent)
    if not finite or not any(_is_subjunctive(doc[k]) and not masked(k) for k in range(comma + 1, content_end)):
        return None
    if doc[comma + 1].text.lower() in TEMPORAL:
        return None  # "Er war den Ermittlern ins Netz gegangen, als er Kontakt gesucht habe": a time clause
    verb = finite[0]
    speaker = None
    if verb > first and phrases.whole(doc, first, verb) and names_someone(doc, first, verb):
        speaker = (first, verb)
    else:
        after = phrases.forward(sent, verb + 1)
        if after is not None and after[1] <= comma and names_someone(doc, *after):
            speaker = after
    start = comma + 2 if doc[comma + 1].text.lower() in COMPLEMENTIZERS else comma + 1
    if content_end - start < 2:
        return None
    return _framed(doc, (start, content_end), speaker, verb, sent)


def _framed(doc: Doc, content: tuple[int, int], speaker: Optional[tuple[int, int]], verb: int, sent: SpacySpan) -> Finding:
    """The clause framed by a verb the lexicon does not list. A subject naming no one ("Die hohen
    Infektionsraten bedeuteten, …", "Hierzu") is no speaker: the clause continues the last one."""
    if speaker is not None and not names_someone(doc, *speaker):
        speaker = None
    return Finding(AttributionKind.indirect, _chars(doc, *content), _chars(doc, *speaker) if speaker else None,
                   [_chars(doc, verb, verb + 1)], continues=speaker is None, sent=sent.start)


def _hearsay(sent: SpacySpan, masked) -> bool:
    """ "Er soll … getötet worden sein" / "Die Streiks sollen bis Freitag andauern": "soll" as the
    main clause's finite verb (before any comma), the dataset's free indirect speech."""
    soll = [t for t in sent if t.text.lower() in HEARSAY and not masked(t.i)]
    if not soll:
        return False
    if _perfect_infinitive(sent):
        return True
    # "Strafen:\nDer Verein soll …": a heading line before a line break is no part of the clause
    start = max([sent.start, *[t.i + 1 for t in sent if t.is_space and "\n" in t.text and t.i < soll[0].i]])
    comma = next((t.i for t in sent if t.i >= start and t.text in (",", ";", ":")), sent.end)
    return soll[0].i < comma


def _perfect_infinitive(sent: SpacySpan) -> bool:
    doc = sent.doc
    end = _content_end(sent)
    words = [doc[k].text.lower() for k in range(max(sent.start, end - 3), end)]
    return bool(words) and words[-1] in ("sein", "haben") and len(words) > 1 and (
        words[-2].startswith("ge") or words[-2] in ("worden", "gewesen") or words[-2].endswith(("iert", "t"))
    )
