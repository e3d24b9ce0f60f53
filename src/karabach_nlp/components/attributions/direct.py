"""Direct speech: quotes with their frame before, after or around them, and quoted phrases
inside reported content or in a sentence with a speech verb."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc

from ...records import AttributionKind
from ...speech_lexicon import verb_class
from . import phrases
from .clauses import FINITE_TAGS, RELATIVE_OR_CLAUSE, SCARE_QUOTE_WORDS, MIN_FRAMELESS_QUOTE, Finding, _chars, _first, _title_like
from ..quotes import Quote, find_quotes
from ...doctext import doc_text
from .clauses import _clause_end, _particle, _separated_verb, _speaker_around, _token_at, _with_apposition
from .subjects import _previous_subject, _sentence_subject
from .can_speak import names_someone
from .words import word_tuple, words

# measured on train: a frameless quoted phrase of up to five words with no earlier speaker is
# direct speech in 6 of 28 cases (with an earlier speaker to continue: 39 of 53)
SHORT_QUOTE_WORDS = 5
# verbs that give their object a name or a label: the quoted label ("nannte den Plan einen
# „Wortbruch“", "bezeichnete ihn als „Fehler“") is the speaker's own words, the dataset's direct
# speech and no reported speech act around it (measured on train: 21 of 22 such labels are direct speech there)
NAMING_VERBS = verb_class("labelling")
# words that open the label of a naming verb
LABEL_OPENERS = words("direct", "LABEL_OPENERS")
# a quote right after these nouns is the name they introduce ("trägt den Titel „…“", "unter dem
# Motto „…“", "mit dem Beinamen „…“"), never anyone's words (train: 0 of 32 are speech there)
NAME_NOUN_ENDS = word_tuple("direct", "NAME_NOUN_ENDS")
NAME_NOUNS = words("direct", "NAME_NOUNS")
_WORD_BEFORE = re.compile(r"(\w+)\s*[:(]?\s*$")
# a quote right after a noun of words said or written ("skandierten Parolen wie „…“", "mit der
# Aufschrift „…“", "veröffentlichte die Antwort, „…“") is those words, direct speech of the
# sentence's subject (train: 7 of 7 such quotes are direct speech there, 2 found before)
_SPEECH_NOUN_BEFORE = re.compile(
    r"\b(Parolen?|Sprüche|Sprüchen|Aufschrift|Feststellung|Antwort|Slogans?)\s*(wie\s*)?(zum Beispiel\s*|etwa\s*)?[:,]?\s*$")


def _introduced_name(text: str, q: Quote) -> bool:
    """ "Das Buch trägt den Titel „…“" / "ein Kämpfer mit dem Beinamen „…“": a name, not speech."""
    m = _WORD_BEFORE.search(text[max(0, q.outer_start - 40) : q.outer_start])
    word = m.group(1).lower() if m else ""
    return word.endswith(NAME_NOUN_ENDS) or word in NAME_NOUNS


def _frame_after(lex, doc: Doc, q: Quote) -> Optional[tuple[Optional[tuple[int, int]], list[tuple[int, int]], int]]:
    """ "„…“, sagte er" / "„…“, so der Sprecher": (speaker, cue tokens, last frame token)."""
    i = _token_at(doc, q.outer_end)
    if i is None:
        return None
    if i < len(doc) and doc[i].text in ",":
        i += 1
    if i >= len(doc):
        return None
    tok = doc[i]
    sent = tok.sent
    if tok.text.lower() == "so":
        speaker = phrases.forward(sent, i + 1)
        return (speaker, [(i, i + 1)], speaker[1] if speaker else i + 1) if speaker else None
    cue = [(i, i + 1)]
    if tok.text.lower() in ("wird", "wurde"):
        # "„…“, wird der Minister in der Zeitung zitiert.": the passive's subject said it
        speaker = _with_apposition(sent, phrases.forward(sent, i + 1))
        if speaker is None:
            return None
        # "wird Eva Klein, Sprecherin des Vereins, zitiert": the apposition's comma ends no clause
        appositive = speaker[1] > _clause_end(sent, i + 1)
        after = speaker[1] + 1 if appositive and speaker[1] < sent.end and doc[speaker[1]].text == "," else speaker[1]
        quoted = next((k for k in range(speaker[1], _clause_end(sent, after)) if doc[k].text == "zitiert"), None)
        if quoted is not None:
            return (speaker, [(i, i + 1), (quoted, quoted + 1)], quoted + 1)
        return None
    verb = lex.verb_of(tok) or _separated_verb(lex, sent, i, cue)
    if verb is None:
        return None
    j = i + 1
    if j < sent.end and doc[j].text == "sich":
        cue.append((j, j + 1))  # "äußerte sich": the reflexive belongs to the cue
        j += 1
    speaker = _with_apposition(sent, phrases.forward(sent, j))
    if speaker is None and tok.text.lower() in ("heißt", "hieß", "hieß"):
        return (None, cue + ([(j, j + 1)] if j < sent.end and doc[j].text == "es" else []), j + 1)
    return (speaker, cue, speaker[1] if speaker else j)


def _frame_before(lex, doc: Doc, q: Quote, after_quote: int) -> Optional[tuple[Optional[tuple[int, int]], list[tuple[int, int]]]]:
    """ "Putin sagte: „…“" / "teilten daraufhin mit: „…“"."""
    first = _token_at(doc, q.outer_start)
    if first is None:
        return None
    sent = doc[first].sent
    start = max(sent.start, after_quote)
    prefix_end = first
    if prefix_end <= start:
        return None
    ends_colon = doc[prefix_end - 1].text == ":" or (
        doc[prefix_end - 1].text == "," and doc_text(doc)[q.start : q.start + 1].islower()
    )
    for i in range(prefix_end - 1, start - 1, -1):
        tok = doc[i]
        verb = lex.verb_of(tok)
        cue = [(i, i + 1)]
        if verb is None:
            for v in lex.split_verbs_of(tok):
                p = _particle(sent, i, v.particle)
                if p is not None and p < prefix_end:
                    verb = v
                    cue.append((p, p + 1))
                    break
        if verb is None:
            continue
        if not ends_colon and (prefix_end - cue[-1][1] > 3 or any(doc[k].text == "," for k in range(cue[-1][1], prefix_end))):
            return None
        if doc[prefix_end - 1].text == "," and any(doc[k].text == "," for k in range(cue[-1][1], prefix_end - 1)):
            return None  # "sagte, X sei … und Y solle wissen, „dass …“": the quote is inside indirect speech
        speaker = _speaker_around(sent, i, start)
        return (speaker, cue)
    return None


def _direct(lex, doc: Doc) -> tuple[list[Finding], list[Quote]]:
    found: list[Finding] = []
    inline: list[Quote] = []
    quotes = [q for q in find_quotes(doc_text(doc)) if q.depth == 0 and q.end > q.start]
    last_frame_end = 0
    previous: Optional[Finding] = None
    for q in quotes:
        q_tokens = doc.char_span(q.start, q.end, alignment_mode="expand")
        n_tokens = len(q_tokens) if q_tokens is not None else 0
        if n_tokens == 0 or _introduced_name(doc_text(doc), q):
            continue
        after = _frame_after(lex, doc, q)
        if not after and _SPEECH_NOUN_BEFORE.search(doc_text(doc)[max(0, q.outer_start - 40) : q.outer_start]):
            found.append(_after_speech_noun(doc, q, q_tokens))
            continue
        before = None if after else _frame_before(lex, doc, q, last_frame_end)
        if _title_like(doc_text(doc), q) and not (after and doc_text(doc)[q.outer_end : q.outer_end + 1] == ",") and not (
            before and doc_text(doc)[: q.outer_start].rstrip().endswith(":")
        ):
            inline.append(q)  # „Tagesspiegel“, „Die Zeit“: a name, unless framed as speech
            continue
        item = Finding(AttributionKind.direct, (q.start, q.end), sent=q_tokens.sent.start)
        gap_start = doc[last_frame_end - 1].idx + len(doc[last_frame_end - 1]) if 0 < last_frame_end <= len(doc) else -1
        if (not after and previous is not None and previous.speaker is not None and gap_start >= 0
                and gap_start <= q.outer_start and not doc_text(doc)[gap_start : q.outer_start].strip(" ,:")):
            # "„…“, so der Sprecher, „…“": the second quote shares the frame around it
            item.speaker, item.cue = previous.speaker, list(previous.cue)
            found.append(item)
            previous = None
            continue
        if after:
            speaker, cue, last = after
            last_frame_end = last
        elif before:
            speaker, cue = before
        else:
            if _frameless(lex, doc, q, item, n_tokens):
                found.append(item)
            else:
                inline.append(q)
            continue
        item.speaker = _chars(doc, *speaker) if speaker else None
        item.cue = [_chars(doc, s, e) for s, e in cue]
        # ("„…“, hieß es": an impersonal frame names no one and continues no one)
        item.continues = speaker is None and not any(doc_text(doc)[s:e] == "es" for s, e in item.cue)
        found.append(item)
        previous = item if after else None
        lead = _words_before_quote(doc, q, q_tokens, item, found) if after else None
        if lead is not None:
            found.append(lead)
    return found, inline


def _opening(sent, colon_end: int) -> int:
    """Where the phrase before a colon starts: past an adverb opening a verbless frame ("Darauf Ost: „…“")."""
    first = _first(sent)
    doc = sent.doc
    if first + 1 >= colon_end or doc[first].tag_ not in ("ADV", "PAV", "PROAV"):
        return first
    name = phrases.forward(sent, first + 1, places=True)  # the name, and nothing else, up to the colon
    return first + 1 if name is not None and name[1] == colon_end - 1 and doc[name[1]].text == ":" else first


def _frameless(lex, doc: Doc, q: Quote, item: Finding, n_tokens: int) -> bool:
    """Whether a quote with no frame is direct speech all the same (it opens a sentence and is
    long enough); ``item`` gets the speaker named before a colon or in the sentence before."""
    before = doc_text(doc)[: q.outer_start].rstrip()
    opens_sentence = not before or before[-1] in ".!?:\n" or doc_text(doc)[q.outer_start - 1] == "\n"
    if not (opens_sentence and n_tokens >= MIN_FRAMELESS_QUOTE):
        return False
    item.continues = True
    if before.endswith(":"):
        # "Hartmann weist das von sich: „…“": the subject of the clause before the colon
        head = _colon_subject(doc, _token_at(doc, q.outer_start))
        if head is not None:
            item.speaker, item.continues = _chars(doc, *head), False
            if names_someone(doc, *head):  # ("Seine Zuversicht gründet sich darauf: „…“": no speech act)
                item.cue = [_chars(doc, s, e) for s, e in _colon_verb(doc, _token_at(doc, q.outer_start))]
    elif before.endswith((".", "!", "?")):
        # "Sadiq Khan verurteilte die Haltung der Regierung. „…“": the sentence before names who speaks
        subject = _previous_subject(lex, doc, q)
        if subject is not None:
            item.speaker, item.continues = _chars(doc, *subject), False
    return True


def _colon_verb(doc: Doc, first: Optional[int]) -> list[tuple[int, int]]:
    """ "Hartmann weist das von sich: „…“", "Er hatte gefragt: „…“": the verb of the main clause before the
    colon introduces the quote (its cue): the first finite verb, or the participle or infinitive an
    auxiliary or modal governs, with a separable particle closing the clause ("lehnt er jedoch ab:")."""
    if first is None or first < 2 or doc[first - 1].text != ":":
        return []
    sent, colon = doc[first - 1].sent, first - 1
    finite = next((k for k in range(colon - 1, _first(sent) - 1, -1) if doc[k].tag_ in FINITE_TAGS
                   and doc[k].text[:1].islower() and not _subordinate(doc, _first(sent), k)), None)
    if finite is None:
        return []
    verb = finite
    if doc[finite].tag_ != "VVFIN":
        verb = next((k for k in range(colon - 1, finite, -1) if doc[k].tag_ in ("VVPP", "VVINF", "VVIZU")), None)
        if verb is None or any(doc[k].text == "," for k in range(finite, verb)):
            return []
    cue = [(verb, verb + 1)]
    if verb == finite and doc[colon - 1].tag_ == "PTKVZ" and colon - 1 > finite:
        cue.append((colon - 1, colon))
    return cue


def _subordinate(doc: Doc, start: int, k: int) -> bool:
    """Whether token ``k`` stands in a clause a comma and a complementiser or relative pronoun open."""
    comma = next((j for j in range(k - 1, start - 1, -1) if doc[j].text == ","), None)
    return comma is not None and comma + 1 < k and doc[comma + 1].text.lower() in RELATIVE_OR_CLAUSE


def _colon_subject(doc: Doc, first: Optional[int]) -> Optional[tuple[int, int]]:
    """The speaker of a quote after a colon: the subject of the clause before it when it is an actor
    ("Den Unmut der Partei brachte die Sprecherin zum Ausdruck: „…“", "Hier sparte der Präsident nicht
    mit Kritik: „…“"), else the phrase opening it when that can speak; None for a thing ("Seine
    Zuversicht gründet sich darauf: „…“"), whose quote continues the last speaker."""
    sent = doc[first].sent if first is not None else None
    if sent is None or first <= _first(sent):
        return None
    subject = _sentence_subject(sent, first - 1)
    if subject is not None and subject[1] <= first - 1:
        return subject
    head = phrases.forward(sent, _opening(sent, first), places=True)  # "Darauf Ost: „…“"
    if head is None or head[1] > first - 1:
        return None
    return head


def _words_before_quote(doc: Doc, q: Quote, q_tokens, item: Finding, found: list[Finding]) -> Optional[Finding]:
    """ "Die Deckung sollte „heute … spielen“, sagte Prokop.": the words before a quote framed after
    it belong to the same report, an indirect one that holds the quote."""
    sent = q_tokens.sent
    head = _first(sent)
    first_mark = _token_at(doc, q.outer_start)
    if first_mark is not None:
        # "…, doch die Richterin ließ sich auf nichts ein: Eine Strafe sei „…“, so Bader": the report
        # is the clause after the colon or semicolon
        head = max([head, *[k + 1 for k in range(head, first_mark) if doc[k].text in (":", ";") and not doc[k].is_space]])
    lead = doc_text(doc)[doc[head].idx : q.outer_start].rstrip()
    if first_mark is not None and first_mark - head >= 3 and not lead.endswith(":") and doc_text(doc)[q.start : q.start + 1].islower() and not any(
        f.content[1] > doc[head].idx and f.content[0] < q.outer_start for f in found[:-1]
    ):
        return Finding(AttributionKind.indirect, (doc[head].idx, q.outer_end), item.speaker,
                       list(item.cue), continues=item.continues, sent=sent.start)
    return None


def _after_speech_noun(doc: Doc, q: Quote, q_tokens) -> Finding:
    """ "Die Demonstranten skandierten Parolen wie „…“": the quote is the words the noun names,
    said by the subject of a finite verb before it, else by the last speaker."""
    sent = q_tokens.sent
    item = Finding(AttributionKind.direct, (q.start, q.end), continues=True, sent=sent.start)
    verbs = [k for k in range(_first(sent), q_tokens.start) if doc[k].tag_ in FINITE_TAGS
             and doc[k].text[:1].islower()]
    if verbs:
        # the verb nearest the quote is its cue; "zogen … und skandierten": the first verb's subject
        speaker = _speaker_around(sent, verbs[-1]) or _speaker_around(sent, verbs[0])
        if speaker is not None and speaker[1] <= q_tokens.start:
            item.speaker, item.cue, item.continues = _chars(doc, *speaker), [_chars(doc, verbs[-1], verbs[-1] + 1)], False
    return item


def _scare_quote_is_speech(doc: Doc, q: Quote) -> bool:
    """A lower-case quoted phrase of several words with no frame: someone's words, taken
    from the last speaker ("die Lage sei „außer Kontrolle geraten“")."""
    inner = doc_text(doc)[q.start : q.end]
    return inner[:1].islower() and len(inner.split()) >= SCARE_QUOTE_WORDS


def _inline_frame(lex, doc: Doc, q: Quote) -> Optional[Finding]:
    """A quoted phrase inside a sentence whose verb is a speech act: "nannte den Plan „mutig“"."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None
    sent = span.sent
    for i in range(sent.start, sent.end):
        if span.start - 1 <= i < span.end + 1:
            continue
        tok = doc[i]
        cue = [(i, i + 1)]
        verb = (lex.verb_of(tok) or (lex.reported_of(tok) or [None])[0]
                or _separated_verb(lex, sent, i, cue))
        if verb is None:
            continue
        speaker = _speaker_around(sent, i)
        if speaker is None or speaker[0] <= span.start < speaker[1]:
            return None
        return Finding(AttributionKind.direct, (q.start, q.end), _chars(doc, *speaker),
                      [_chars(doc, s, e) for s, e in cue], sent=sent.start)
    return None


def _nested(lex, doc: Doc, inline: list[Quote], found: list[Finding]) -> list[Finding]:
    out = []
    relabelled: list[Finding] = []
    for q in inline:
        title = _title_like(doc_text(doc), q)
        host = next((f for f in found if f.kind != AttributionKind.direct and f.content[0] <= q.start and q.end <= f.content[1]), None)
        if host is None:
            framed = _inline_frame(lex, doc, q)
            if framed is not None and not title:
                out.append(framed)
            elif framed is None and _scare_quote_is_speech(doc, q) and (
                    len(doc_text(doc)[q.start:q.end].split()) > SHORT_QUOTE_WORDS
                    or any(f.speaker is not None and f.content[0] < q.start for f in found)):
                # a short phrase is someone's words only when there is someone to take them from
                # ("„virtuellen Bombe“" before any speaker is the article's own phrase)
                # "Der Präsident zeigte sich „sehr zufrieden“": the sentence's subject says it, else the last speaker
                span = doc.char_span(q.start, q.end, alignment_mode="expand")
                subject = _sentence_subject(span.sent, span.start - 1) if span is not None else None
                out.append(Finding(AttributionKind.direct, (q.start, q.end), _chars(doc, *subject) if subject else None,
                                   continues=subject is None))
            continue
        if _naming_label(lex, doc, q, host):
            out.append(Finding(AttributionKind.direct, (q.start, q.end), host.speaker, list(host.cue),
                              continues=host.speaker is None, sent=host.sent))
            if not _in_konjunktiv(doc, host):
                relabelled.append(host)
            continue
        if title:
            continue
        if host.speaker is None and host.kind == AttributionKind.according_to and len(
                doc_text(doc)[q.start:q.end].split()) <= SHORT_QUOTE_WORDS:
            continue  # "Danach verfügte eine „große Koalition“ …": a term in a report nobody is named for
        out.append(Finding(AttributionKind.direct, (q.start, q.end), host.speaker, list(host.cue),
                          continues=host.speaker is None, sent=host.sent))
    for host in relabelled:  # the label's direct speech replaces the naming act's reported speech
        if host in found:
            found.remove(host)
    return out


def _in_konjunktiv(doc: Doc, host: Finding) -> bool:
    """ "Er habe die Pläne als „Wortbruch“ bezeichnet": the naming act is itself reported, part
    of an indirect report, and stays beside its label."""
    span = doc.char_span(host.content[0], host.content[1], alignment_mode="expand")
    return span is not None and any("Sub" in t.morph.get("Mood") for t in span.sent)


def _naming_label(lex, doc: Doc, q: Quote, host: Finding) -> bool:
    """ "Er nannte den Bericht eine „Zeitungsente“" / "bezeichnete die Pläne als „Wortbruch“":
    the quote is the label a naming verb's reported speech act gives its object."""
    if host.kind != AttributionKind.reported:
        return False
    naming = False
    for s, e in host.cue:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None and any(r.verb.lemma in NAMING_VERBS for t in span for r in lex.reported_of(t)):
            naming = True
    if not naming:
        return False
    before = doc_text(doc)[host.content[0] : q.outer_start].split()
    after = doc_text(doc)[q.outer_end : host.content[1]].strip()
    return bool(before) and before[-1].lower() in LABEL_OPENERS or not after
