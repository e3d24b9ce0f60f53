"""Attributions (spec §2): who said what — direct, indirect, free indirect, reported, according to.

Rules over tokens, so that they run on the blank pipeline (no parser):

1. quotes: every quotation-mark span with a frame before, after or around it ("sagte er",
   "Putin sagte:", "„…“, so der Sprecher, „…“"), or opening a sentence, is direct speech;
2. frames in each sentence outside those quotes: "laut X", "X zufolge", "nach Angaben X",
   "…, so X", "wie X mitteilte" (according_to); a reporting verb with a content clause
   ("sagte, …", "teilten mit, dass …"; indirect); a speech act with an object ("spricht von …",
   "schloss … nicht aus"; reported);
3. free indirect: a following sentence in the Konjunktiv with no frame continues the last
   speaker until the mood breaks;
4. a short quote inside the content of another attribution is direct speech of that speaker.

Speakers are the phrase before the cue verb when it opens the sentence, else the phrase after
it; :func:`components.actors.resolve_span` ties them (pronouns, titles) to actors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span as SpacySpan

from ..records import Attribution, AttributionKind, Span
from ..speech import phrases
from ..speech.lexicon import ReportedVerb, SpeechLexicon, load_lexicon
from ..speech.quotes import Quote, find_quotes
from .actors import resolve_span

AUX = frozenset("hat hatte haben hatten habe hätte hätten ist war sind waren sei wird wurde werden wurden würde würden".split())
RELATIVE = frozenset("der die das dem den dessen deren welche welcher welches denen".split())
WEAK_SUBJUNCTIVE = frozenset("würde würden hätte hätten wäre wären könnte könnten müsste müssten dürfte dürften".split())
HEARSAY = frozenset("soll sollen".split())  # "soll … getötet worden sein": free indirect in the dataset
NEGATIONS = frozenset("kein keine keinen keiner keinem keines".split())
RELATIVE_AFTER_NACH = frozenset("denen dem der welchem welcher".split())
PASSIVE = frozenset("wird wurde wurden werden worden".split())
MERGE_FREE_INDIRECT = True
REPORTING_AS_REPORTED = False  # measured: every reporting verb with an object costs more precision than it gains
SCARE_QUOTE_WORDS = 2  # one quoted word is too often a term, not speech
# verbs of saying proper: whatever clause follows "sagte," is the content, Konjunktiv or not
SAYING = frozenset("sagen erklären betonen mitteilen berichten schreiben meinen behaupten versichern glauben "
                   "hinzufügen ergänzen unterstreichen antworten entgegnen erwidern äußern".split())
FRAME_ADVERBS = frozenset("später auch außerdem zudem weiter nun heute gestern dazu damals zuvor ebenfalls".split())
TOLL_NOUNS = frozenset("Menschenleben Todesopfer Tote Toten Opfer Leben Verletzte Verletzten".split())
SUBORDINATORS = frozenset("nachdem als weil wenn obwohl da während bevor seit seitdem um damit falls sobald".split())
INSEPARABLE = ("be", "ver", "er", "ent", "zer", "emp", "miss")
CLAUSE_OPENERS = frozenset("dass ob wie wer was wo warum wann weshalb wieso inwieweit".split())
TRAILING_ADVERBS = frozenset("nicht nie auch ebenfalls erneut weiter zudem jedoch aber noch bereits".split())
SENTENCE_END = frozenset(".!?")
MIN_FRAMELESS_QUOTE = 4  # tokens: shorter quotes with no frame are names or titles, not speech


@dataclass
class _Found:
    kind: AttributionKind
    content: tuple[int, int]  # characters
    speaker: Optional[tuple[int, int]] = None
    cue: list[tuple[int, int]] = field(default_factory=list)
    continues: bool = False  # no speaker in its sentence: takes the last speaker
    sent: int = -1  # index of the sentence the content starts in


def _chars(doc: Doc, start: int, end: int) -> tuple[int, int]:
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def _first(sent: SpacySpan) -> int:
    """The sentence's first token that is not whitespace (the sentencizer keeps "\\n\\n" in front)."""
    i = sent.start
    while i < sent.end - 1 and sent.doc[i].is_space:
        i += 1
    return i


def _title_like(text: str, q: Quote) -> bool:
    """A short quote that starts upper-case and is no sentence: a name or title, not speech."""
    inner = text[q.start : q.end].strip()
    return bool(inner) and inner[0].isupper() and len(inner.split()) <= 4 and inner[-1] not in ".!?,"


def _is_subjunctive(token) -> bool:
    return "Sub" in token.morph.get("Mood")


class Attributions:
    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.lex: SpeechLexicon = load_lexicon()

    # --- helpers over one sentence -----------------------------------------------------------

    def _particle(self, sent: SpacySpan, verb_i: int, particle: str) -> Optional[int]:
        """The split-off particle of a separable verb later in the same clause (or ending the sentence)."""
        doc = sent.doc
        for j in range(verb_i + 1, sent.end):
            t = doc[j]
            if t.text in (",", ";", ":") or t.text in "„“\"»«":
                break
            if t.text == particle and (j + 1 == sent.end or doc[j + 1].is_punct or doc[j + 1].text.lower() in ("und", "oder", "dass")):
                return j
        end = self._content_end(sent)
        if end - 1 > verb_i + 1 and doc[end - 1].text == particle and doc[end - 2].text == ",":
            return end - 1  # "teilte der Sprecher, Max Muster, mit."
        return None

    def _speaker_around(self, sent: SpacySpan, verb_i: int, start: Optional[int] = None) -> Optional[tuple[int, int]]:
        """Subject of a cue verb: the phrase opening the clause (verb second), else right after."""
        doc = sent.doc
        start = _first(sent) if start is None else max(start, _first(sent))
        verb = doc[verb_i]
        if verb.text != verb.lemma_ and any(doc[k].text.lower() in PASSIVE for k in range(start, verb_i)):
            # "Die Männer werden von der Polizei beschuldigt, …": the agent speaks, or nobody named
            for k in range(start, verb_i):
                if doc[k].text.lower() in ("von", "vom"):
                    agent = phrases.forward(sent, k + 1, allow_pronoun=False)
                    if agent is not None and agent[1] <= verb_i:
                        return agent
            return None
        while start < verb_i and doc[start].text.lower() in ("und", "aber", "doch", "auch", "„", "“", "\"", "(", "-", "–"):
            start += 1
        if start < verb_i and phrases.whole(doc, start, verb_i):
            return (start, verb_i)
        comma = max((k for k in range(start, verb_i) if doc[k].text in (",", ";")), default=None)
        if comma is not None and comma + 1 < verb_i and phrases.whole(doc, comma + 1, verb_i):
            return (comma + 1, verb_i)  # "…, die Polizei spricht von …"
        head = phrases.forward(sent, start, places=True) if start < verb_i else None
        if (head and head[1] + 1 < verb_i and doc[head[1]].text == "," and doc[verb_i - 1].text == ","
                and doc[head[1] + 1].text.lower() in RELATIVE):
            return head  # "Jimmy Carter, der … war, sagte"
        clause_start = comma + 1 if comma is not None else start
        for k in range(verb_i - 1, clause_start - 1, -1):
            if doc[k].text.lower() in AUX and doc[k + 1].text != ",":
                if k > clause_start and phrases.whole(doc, clause_start, k):
                    return (clause_start, k)
                after = phrases.forward(sent, k + 1)
                if after and after[1] <= verb_i:
                    return after
        if start < verb_i and doc[verb_i - 1].text.lower() in ("und", "aber", "sowie"):
            # "Er verständigte die Polizei und teilte mit, …": the subject of the first clause
            head = phrases.forward(sent, start, places=True)
            if head is not None:
                return head
        j = verb_i + 1
        if j < sent.end and doc[j].text.lower() in ("sich",):
            j += 1
        return phrases.forward(sent, j)

    def _with_apposition(self, sent: SpacySpan, speaker: Optional[tuple[int, int]]) -> Optional[tuple[int, int]]:
        """ "Andrew Wetzler, ein Anwalt des Verbands," : the apposition belongs to the speaker."""
        if speaker is None:
            return None
        doc = sent.doc
        k = speaker[1]
        if k + 1 < sent.end and doc[k].text == "," and doc[k + 1].text.lower() in ("ein", "eine", "der", "die", "das"):
            more = phrases.forward(sent, k + 1, allow_pronoun=False, places=True)
            if more is not None and (more[1] >= self._content_end(sent) or doc[more[1]].text in (",", ".", ":")):
                return (speaker[0], more[1])
        return speaker

    def _clause_end(self, sent: SpacySpan, i: int) -> int:
        doc = sent.doc
        j = i
        while j < sent.end and doc[j].text not in (",", ";", ":") and not (doc[j].text in SENTENCE_END and j == sent.end - 1):
            j += 1
        return j

    def _content_end(self, sent: SpacySpan) -> int:
        doc = sent.doc
        end = sent.end
        while end > sent.start and (doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text not in "“»«\"":
            end -= 1
        return end

    def _looks_like_clause(self, doc: Doc, start: int, end: int, saying: bool = False) -> bool:
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
        return infix or any(t.text == "zu" for t in toks[-3:-1])

    def _saying_noun(self, word: str) -> bool:
        if word in self.lex.nouns:
            return True
        low = word.lower()
        return len(word) > 8 and word[0].isupper() and any(
            low.endswith(n.lower()) for n in ("Angaben", "Meinung", "Informationen", "Berichten", "Ansicht", "Einschätzung", "Schätzungen", "Aussagen")
        )

    # --- 1. direct quotes ------------------------------------------------------------------

    def _sent_of(self, doc: Doc, char: int) -> SpacySpan:
        tok = doc.char_span(char, char + 1, alignment_mode="expand")
        return tok.sent if tok is not None else doc[:].sents.__next__()

    def _token_at(self, doc: Doc, char: int, after: bool = True) -> Optional[int]:
        span = doc.char_span(char, min(len(doc.text), char + 1), alignment_mode="expand")
        return span.start if span is not None else None

    def _frame_after(self, doc: Doc, q: Quote) -> Optional[tuple[Optional[tuple[int, int]], list[tuple[int, int]], int]]:
        """ "„…“, sagte er" / "„…“, so der Sprecher": (speaker, cue tokens, last frame token)."""
        i = self._token_at(doc, q.outer_end)
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
        verb = self.lex.verb_of(tok)
        cue = [(i, i + 1)]
        if verb is None:
            for v in self.lex.split_verbs_of(tok):
                p = self._particle(sent, i, v.particle)
                if p is not None:
                    verb = v
                    cue.append((p, p + 1))
                    break
        if verb is None:
            return None
        j = i + 1
        if j < sent.end and doc[j].text == "sich":
            j += 1
            cue[0] = (i, i + 1)
        speaker = self._with_apposition(sent, phrases.forward(sent, j))
        if speaker is None and tok.text.lower() in ("heißt", "hieß", "hieß"):
            return (None, cue + ([(j, j + 1)] if j < sent.end and doc[j].text == "es" else []), j + 1)
        return (speaker, cue, speaker[1] if speaker else j)

    def _frame_before(self, doc: Doc, q: Quote, after_quote: int) -> Optional[tuple[Optional[tuple[int, int]], list[tuple[int, int]]]]:
        """ "Putin sagte: „…“" / "teilten daraufhin mit: „…“"."""
        first = self._token_at(doc, q.outer_start)
        if first is None:
            return None
        sent = doc[first].sent
        start = max(sent.start, after_quote)
        prefix_end = first
        if prefix_end <= start:
            return None
        ends_colon = doc[prefix_end - 1].text == ":" or (
            doc[prefix_end - 1].text == "," and doc.text[q.start : q.start + 1].islower()
        )
        for i in range(prefix_end - 1, start - 1, -1):
            tok = doc[i]
            verb = self.lex.verb_of(tok)
            cue = [(i, i + 1)]
            if verb is None:
                for v in self.lex.split_verbs_of(tok):
                    p = self._particle(doc[i:prefix_end + 1] if False else sent, i, v.particle)
                    if p is not None and p < prefix_end:
                        verb = v
                        cue.append((p, p + 1))
                        break
            if verb is None:
                continue
            if not ends_colon and (prefix_end - cue[-1][1] > 3 or any(doc[k].text == "," for k in range(cue[-1][1], prefix_end))):
                return None
            speaker = self._speaker_around(sent, i, start)
            return (speaker, cue)
        return None

    def _direct(self, doc: Doc) -> tuple[list[_Found], list[Quote]]:
        found: list[_Found] = []
        inline: list[Quote] = []
        quotes = [q for q in find_quotes(doc.text) if q.depth == 0 and q.end > q.start]
        last_frame_end = 0
        previous: Optional[_Found] = None
        for q in quotes:
            q_tokens = doc.char_span(q.start, q.end, alignment_mode="expand")
            n_tokens = len(q_tokens) if q_tokens is not None else 0
            if n_tokens == 0:
                continue
            after = self._frame_after(doc, q)
            before = None if after else self._frame_before(doc, q, last_frame_end)
            if _title_like(doc.text, q) and not (after and doc.text[q.outer_end : q.outer_end + 1] == ",") and not (
                before and doc.text[: q.outer_start].rstrip().endswith(":")
            ):
                inline.append(q)  # „Tagesspiegel“, „Die Zeit“: a name, unless framed as speech
                continue
            item = _Found(AttributionKind.direct, (q.start, q.end), sent=q_tokens.sent.start)
            gap_start = doc[last_frame_end - 1].idx + len(doc[last_frame_end - 1]) if 0 < last_frame_end <= len(doc) else -1
            if (not after and previous is not None and previous.speaker is not None and gap_start >= 0
                    and gap_start <= q.outer_start and not doc.text[gap_start : q.outer_start].strip(" ,:")):
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
                before = doc.text[: q.outer_start].rstrip()
                opens_sentence = not before or before[-1] in ".!?:\n" or doc.text[q.outer_start - 1] == "\n"
                if opens_sentence and n_tokens >= MIN_FRAMELESS_QUOTE:
                    item.continues = True
                    if before.endswith(":"):
                        # "Hartmann weist das von sich: „…“": the subject of the clause before the colon
                        first = self._token_at(doc, q.outer_start)
                        sent = doc[first].sent if first is not None else None
                        head = phrases.forward(sent, _first(sent), places=True) if sent is not None and first > _first(sent) else None
                        if head is not None and head[1] <= first - 1:
                            item.speaker, item.continues = _chars(doc, *head), False
                    found.append(item)
                else:
                    inline.append(q)
                continue
            item.speaker = _chars(doc, *speaker) if speaker else None
            item.cue = [_chars(doc, s, e) for s, e in cue]
            item.continues = speaker is None
            found.append(item)
            previous = item if after else None
            if after:
                # "Die Deckung sollte „heute … spielen“, sagte Prokop.": the words before the quote
                # belong to the same report, an indirect one that holds the quote
                sent = q_tokens.sent
                head = _first(sent)
                first_mark = self._token_at(doc, q.outer_start)
                lead = doc.text[doc[head].idx : q.outer_start].rstrip()
                if first_mark is not None and first_mark - head >= 3 and not lead.endswith(":") and doc.text[q.start : q.start + 1].islower() and not any(
                    f.content[1] > doc[head].idx and f.content[0] < q.outer_start for f in found[:-1]
                ):
                    found.append(_Found(AttributionKind.indirect, (doc[head].idx, q.outer_end), item.speaker,
                                        list(item.cue), continues=item.continues, sent=sent.start))
        return found, inline

    # --- 2. frames in sentences -------------------------------------------------------------

    def _content_around(self, sent: SpacySpan, frame: tuple[int, int]) -> Optional[tuple[int, int]]:
        """The sentence minus a frame at its start or end (a frame inside: the whole sentence)."""
        doc = sent.doc
        start, end = _first(sent), self._content_end(sent)
        fs, fe = frame
        if fs <= start + 1 and fe < end:
            start = fe
        elif fe >= end - 1 and fs > start:
            end = fs
        while start < end and (doc[start].text in (",", ":", "-", "–") or doc[start].is_space):
            start += 1
        while end > start and (doc[end - 1].text in (",", ":", "-", "–") or doc[end - 1].is_space):
            end -= 1
        return (start, end) if end - start >= 3 else None

    def _according_to(self, sent: SpacySpan, masked) -> list[_Found]:
        doc = sent.doc
        out = []
        for i in range(sent.start, sent.end):
            if masked(i):
                continue
            tok = doc[i]
            low = tok.text.lower()
            where = self.lex.according_to.get(low)
            speaker = cue = frame = None
            if where == "after" and (tok.text[0].islower() or i == _first(sent)):
                speaker = phrases.forward(sent, i + 1, allow_pronoun=False)
                cue = [(i, i + 1)]
                frame = (i, speaker[1]) if speaker else None
            elif where == "before":
                speaker = phrases.backward(sent, i)
                cue = [(i, i + 1)]
                frame = (speaker[0], i + 1) if speaker else None
            elif where == "clause" and i > sent.start and doc[i - 1].text == "," and i + 1 < sent.end:
                cue = [(i, i + 1)]
                j = i + 1
                if self.lex.verb_of(doc[j]) is not None:
                    cue.append((j, j + 1))
                    j += 1
                speaker = phrases.forward(sent, j)
                if speaker and not any(doc[k].text.lower() in CLAUSE_OPENERS | {"dass"} for k in range(i + 1, speaker[1])):
                    rest = speaker[1]
                    while rest < sent.end and doc[rest].text.lower() in FRAME_ADVERBS:
                        rest += 1
                    mid = rest < self._content_end(sent) and doc[rest].text in (",", "–", "-")
                    frame = (i, rest + 1) if mid else (i, self._content_end(sent))
                else:
                    speaker = cue = None
            elif low == "nach" and i + 1 < sent.end and not (doc[i - 1].text == "," and doc[i + 1].text.lower() in RELATIVE_AFTER_NACH):
                j = i + 1
                own = False
                while j < sent.end - 1 and (doc[j].text.lower() in phrases.DETERMINERS or phrases.adjective_like(doc[j])):
                    own = own or doc[j].text.lower() == "eigenen"
                    j += 1
                noun = self._saying_noun(doc[j].text)
                if noun and (own or j > i + 1 and doc[j - 1].text.lower() not in phrases.DETERMINERS):
                    # "nach eigenen Angaben", "nach palästinensischen Angaben": the phrase is the source
                    speaker = None if own else (i + 1, j + 1)
                    cue, frame = [(i, i + 1)] if not own else [(i, j + 1)], (i, j + 1)
                elif noun and doc[j].text not in self.lex.nouns:
                    speaker, cue, frame = (j, j + 1), [(i, i + 1)], (i, j + 1)  # "nach Expertenmeinung"
                elif noun:
                    cue_end = j + 1
                    k = cue_end + 1 if cue_end < sent.end and doc[cue_end].text.lower() == "von" else cue_end
                    speaker = phrases.forward(sent, k, allow_pronoun=False) if k < sent.end else None
                    if speaker is None:
                        speaker, cue_end = (j, j + 1), j
                    cue = [(i, cue_end)] if cue_end > i else [(i, i + 1)]
                    frame = (i, speaker[1])
                elif i > sent.start and doc[i - 1].text in self.lex.nouns:  # "seiner Meinung nach"
                    speaker = phrases.backward(sent, i) or (i - 1, i)
                    cue = [(i, i + 1)]
                    frame = (speaker[0], i + 1)
            elif low == "wie" and (i == _first(sent) or doc[i - 1].text == ","):
                j = i + 1
                while j < sent.end and doc[j].text.lower() in ("schon", "bereits", "auch", "zuvor", "zuletzt", "ebenfalls"):
                    j += 1
                speaker = phrases.forward(sent, j)
                if speaker is None and j < sent.end and doc[j].text.lower() == "es":
                    speaker = (j, j + 1)
                if speaker and speaker[1] < sent.end:
                    v = doc[speaker[1]]
                    if self.lex.verb_of(v) is not None:
                        end = speaker[1] + 1
                        while end < sent.end and doc[end].text.lower() in AUX | {"worden", "hat", "habe"}:
                            end += 1
                        cue = [(i, i + 1), (speaker[1], speaker[1] + 1)]
                        frame = (i, end)
                    else:
                        speaker = None
                else:
                    speaker = None
            elif (low == "wonach" or low == "nach" and doc[i + 1].text.lower() in RELATIVE_AFTER_NACH) and i > sent.start and doc[i - 1].text == ",":
                # "…, wonach …" / "Gerüchte, nach denen …": the phrase before the comma is the source
                speaker = phrases.backward(sent, i - 1)
                body = i + 2 if low == "nach" else i + 1
                end = self._clause_end(sent, body)
                if end - body > 2:
                    out.append(_Found(AttributionKind.according_to, _chars(doc, body, end),
                                      _chars(doc, *speaker) if speaker else None, [_chars(doc, i, i + 1)], sent=sent.start))
                continue
            elif low == "demnach" and i == _first(sent):
                content = self._content_around(sent, (i, i + 1))
                if content is not None:
                    out.append(_Found(AttributionKind.according_to, _chars(doc, *content), None, [_chars(doc, i, i + 1)],
                                      continues=True, sent=sent.start))
                continue
            if frame is None or cue is None:
                continue
            content = self._content_around(sent, frame)
            if content is None:
                continue
            out.append(
                _Found(
                    AttributionKind.according_to,
                    _chars(doc, *content),
                    _chars(doc, *speaker) if speaker else None,
                    [_chars(doc, s, e) for s, e in cue],
                    sent=sent.start,
                )
            )
        return out

    def _reporting(self, sent: SpacySpan, masked) -> list[_Found]:
        """Indirect ("sagte, …", "…, sagte er") and reported ("spricht von …") speech."""
        doc = sent.doc
        out: list[_Found] = []
        content_end = self._content_end(sent)
        used_until = sent.start
        for i in range(sent.start, sent.end):
            if masked(i) or i < used_until:
                continue
            tok = doc[i]
            verbs = []
            v = self.lex.verb_of(tok)
            if v is not None:
                verbs.append((v, None))
            for sv in self.lex.split_verbs_of(tok):
                p = self._particle(sent, i, sv.particle)
                if p is not None:
                    verbs.insert(0, (sv, p))
            reported = self.lex.reported_of(tok)
            if not verbs and not reported:
                continue
            cue = [(i, i + 1)]
            particle = next((p for _, p in verbs if p is not None), None)
            if particle is not None:
                cue.append((particle, particle + 1))
            # "Das erklärte ein Sprecher.": the content is the sentence before
            if verbs and i == _first(sent) + 1 and doc[i - 1].text in ("Das", "Dies") and sent.start > 0:
                speaker = phrases.forward(sent, i + 1)
                prev = doc[sent.start - 1].sent
                if speaker and not masked(prev.end - 1):
                    out.append(_Found(AttributionKind.indirect, _chars(doc, _first(prev), self._content_end(prev)),
                                      _chars(doc, *speaker), [_chars(doc, s, e) for s, e in cue], sent=prev.start))
                    used_until = sent.end
                    continue
            # frame before the content: "sagte, …" / "teilten mit, dass …"
            last = max(e for _, e in cue)
            comma = None
            for j in range(i + 1, min(sent.end, last + 8)):
                if doc[j].text in (",", ":") and not masked(j):
                    comma = j
                    break
                if doc[j].is_punct and doc[j].text not in ("(", ")", "-", "„", "“", "»", "«", "\""):
                    break
            opened = any(e.opener and e.opener not in ("darauf", "auf") and any(doc[k].text.lower() == e.opener for k in range(i + 1, comma or i))
                         for e in reported)
            if verbs and comma is not None and comma + 1 < content_end and not masked(comma + 1) and not opened:
                saying = any(v.lemma in SAYING for v, _ in verbs)
                if self._looks_like_clause(doc, comma + 1, content_end, saying) and comma >= last - 1:
                    speaker = self._speaker_around(sent, i)
                    if speaker and speaker[0] > comma:
                        speaker = None
                    if speaker is None and doc[_first(sent)].text == "Es" and doc[_first(sent) + 1].text.lower() in AUX:
                        continue
                    if speaker is not None and doc[speaker[0]].text.lower() in ("ich", "wir"):
                        continue  # first person outside quotes: the article's own voice (interviews, opinion)
                    start = comma + 2 if doc[comma + 1].text.lower() in ("dass", "ob") else comma + 1
                    end = next((k for k in range(start + 2, content_end - 1) if doc[k].text in ("und", "sowie")
                                and self.lex.verb_of(doc[k + 1]) is not None), content_end)
                    out.append(_Found(AttributionKind.indirect, _chars(doc, start, end),
                                      _chars(doc, *speaker) if speaker else None,
                                      [_chars(doc, s, e) for s, e in cue], sent=sent.start))
                    used_until = sent.end
                    continue
            # frame after the content: "…, sagte er."
            closes_relative = any(doc[k].text == "," and doc[k + 1].text.lower() in RELATIVE for k in range(_first(sent), i - 2))
            if verbs and i > sent.start + 2 and doc[i - 1].text == "," and not closes_relative:
                k = i + 1
                while k < sent.end and (doc[k].text == "sich" or doc[k].text.lower() in FRAME_ADVERBS):
                    k += 1
                speaker = phrases.forward(sent, k) if k < sent.end else None
                subject = phrases.whole(doc, _first(sent), i - 1)  # "Der Bürgermeister, Max Muster, warnte …"
                subordinate = doc[_first(sent)].text.lower() in SUBORDINATORS
                if speaker and not masked(i - 2) and not subject and not subordinate:
                    start = _first(sent)
                    out.append(_Found(AttributionKind.indirect, _chars(doc, start, i - 1), _chars(doc, *speaker),
                                      [_chars(doc, s, e) for s, e in cue], sent=sent.start))
                    used_until = sent.end
                    continue
            if not reported and verbs and REPORTING_AS_REPORTED:
                # "empfahl den Umstieg", "gab die Einstellung bekannt": a reporting verb with an object
                reported = [ReportedVerb(v, None) for v, _ in verbs]
            found = self._reported(sent, i, reported, masked)
            if found is not None:
                out.append(found)
                used_until = self._clause_end(sent, i)
        return out

    def _passive(self, sent: SpacySpan, i: int) -> Optional[_Found]:
        """ "Der Plan wurde vom Minister als mutig bezeichnet": a reported speech act in the passive."""
        doc = sent.doc
        start = _first(sent)
        clause = range(start, i)
        if not any(doc[k].text.lower() in PASSIVE for k in clause):
            return None
        speaker = None
        for k in clause:
            if doc[k].text.lower() in ("von", "vom") and k + 1 < i:
                found = phrases.forward(sent, k + 1 if doc[k].text.lower() == "von" else k + 1, allow_pronoun=False)
                if found is not None and found[1] <= i:
                    speaker = found
                    break
        if speaker is None:
            return None  # an agentless passive ("wurde angekündigt") names no speaker
        end = self._content_end(sent)
        return _Found(AttributionKind.reported, _chars(doc, start, end), _chars(doc, *speaker) if speaker else None,
                      [_chars(doc, i, i + 1)], sent=sent.start)

    def _reported(self, sent: SpacySpan, i: int, entries, masked) -> Optional[_Found]:
        doc = sent.doc
        tok = doc[i]
        clause_end = self._clause_end(sent, i)
        text = tok.text
        participle = len(text) > 5 and text != tok.lemma_ and text.endswith(("t", "en")) and (
            ("ge" in text[:-3] and not text.startswith(("geh", "geb"))) or text.startswith(INSEPARABLE)
        )
        if participle and entries:
            passive = self._passive(sent, i)
            if passive is not None:
                return passive
        if text.startswith("ge") and not tok.lemma_.startswith("ge") and text.endswith(("t", "en")):
            return None  # a participle ("genannt") with no auxiliary is no speech act
        for entry in entries:
            verb = entry.verb
            cue = [(i, i + 1)]
            stop = clause_end
            unseparated = tok.lemma_.lower() == verb.lemma or tok.text.lower().startswith(verb.particle or "\0")
            if verb.particle and not unseparated:
                p = self._particle(sent, i, verb.particle)
                if p is None:
                    continue
                cue.append((p, p + 1))
                stop = p
            speaker = self._speaker_around(sent, i)
            if speaker is None:
                continue
            after = speaker[1] if speaker[0] > i else i + 1
            if entry.opener:
                k = next((k for k in range(after, stop) if doc[k].text.lower() == entry.opener), None)
                if k is None:
                    continue
                if entry.opener.startswith("da") and k + 1 < sent.end and doc[k + 1].text == ",":
                    start, end = k + 2, self._clause_end(sent, k + 2)
                else:
                    start, end = k, stop
            else:
                start, end = after, stop
            while end > start and doc[end - 1].text.lower() in TRAILING_ADVERBS:
                end -= 1
            if end - start < 1 or any(masked(k) for k in range(start, end)):
                continue
            if any(doc[k].text.lower() in NEGATIONS for k in range(after, end)):
                continue  # "nennt keine Todeszahlen": a denial, not a claim
            if verb.lemma == "fordern" and any(doc[k].text in TOLL_NOUNS for k in range(after, end)):
                continue  # "forderte 92 Menschenleben": a death toll, not a demand
            return _Found(AttributionKind.reported, _chars(doc, start, end), _chars(doc, *speaker),
                          [_chars(doc, s, e) for s, e in cue], sent=sent.start)
        return None

    # --- the component -----------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("SENT_START") or len(doc) == 0:
            doc._.attributions = []
            return doc
        direct, inline = self._direct(doc)
        spans = [(d.content[0] - 1, d.content[1] + 1) for d in direct]
        spans += [c for d in direct for c in d.cue]  # a quote's frame verb frames nothing else
        token_masked = set()
        for s, e in spans:
            span = doc.char_span(max(0, s), min(len(doc.text), e), alignment_mode="expand")
            if span is not None:
                token_masked.update(range(span.start, span.end))
        masked = token_masked.__contains__
        found = list(direct)
        sents = list(doc.sents)
        for sent in sents:
            if all(masked(i) for i in range(sent.start, sent.end)):
                continue
            found += self._according_to(sent, masked)
            if not any(f.sent == sent.start and f.kind == AttributionKind.according_to for f in found):
                found += self._reporting(sent, masked)
        found += self._free_indirect(doc, sents, found, masked)
        found += self._nested(doc, inline, found)
        doc._.attributions = self._records(doc, found)
        return doc

    def _free_indirect(self, doc: Doc, sents, found: list[_Found], masked) -> list[_Found]:
        out: list[_Found] = []
        by_sent: dict[int, list[_Found]] = {}
        for f in found:
            tok = doc.char_span(f.content[0], f.content[0] + 1, alignment_mode="expand")
            by_sent.setdefault(tok.sent.start if tok is not None else f.sent, []).append(f)
            end_tok = doc.char_span(max(f.content[0], f.content[1] - 1), f.content[1], alignment_mode="expand")
            if end_tok is not None and end_tok.sent.start != (tok.sent.start if tok is not None else f.sent):
                by_sent.setdefault(end_tok.sent.start, []).append(f)
        active = False
        for sent in sents:
            here = by_sent.get(sent.start)
            if here:
                active = any(f.kind != AttributionKind.reported for f in here)
                continue
            subj = [t for t in sent if _is_subjunctive(t) and not masked(t.i)]
            # Konjunktiv I ("sei", "habe", "werde") in a news sentence is reported speech even
            # when the frame was missed; Konjunktiv II ("würde", "hätte") only continues one
            strong = [t for t in subj if t.text.lower() not in WEAK_SUBJUNCTIVE]
            hearsay = self._hearsay(sent, masked)
            if not subj and not hearsay:
                active = False
                continue
            if not active and not strong and not hearsay:
                continue
            if any(t.text.lower() in ("ich", "wir") and not masked(t.i) for t in sent):
                active = False
                continue
            framed = self._unlisted_frame(sent, masked)
            if framed is not None:
                out.append(framed)
                by_sent[sent.start] = [framed]
                active = True
                continue
            end = sent.end
            while end > sent.start and doc[end - 1].is_space:
                end -= 1
            start_char, end_char = _chars(doc, _first(sent), end)
            previous = out[-1] if out else None
            if MERGE_FREE_INDIRECT and previous is not None and previous.content[1] <= start_char and not doc.text[previous.content[1]:start_char].strip():
                previous.content = (previous.content[0], end_char)  # one run of reported sentences
            else:
                out.append(_Found(AttributionKind.free_indirect, (start_char, end_char), continues=True, sent=sent.start))
            by_sent[sent.start] = [out[-1]]
            active = True
        return out

    def _unlisted_frame(self, sent: SpacySpan, masked) -> Optional[_Found]:
        """ "Füller räumt ein, die Zahl sei höher": a subject, its verb, a comma, a clause in the
        Konjunktiv — indirect speech with a verb missing from the lexicon."""
        doc = sent.doc
        first = _first(sent)
        comma = next((t.i for t in sent if t.text == ","), None)
        if comma is None or comma - first > 10:
            return None
        if any(_is_subjunctive(doc[k]) for k in range(first, comma)):
            return None
        content_end = self._content_end(sent)
        if not any(_is_subjunctive(doc[k]) and not masked(k) for k in range(comma + 1, content_end)):
            return None
        subject = phrases.forward(sent, first, places=True)
        if subject is None or subject[1] >= comma or doc[subject[0]].text.lower() in ("es", "das", "dies"):
            return None
        verb = doc[subject[1]]
        if not (verb.text.isalpha() and verb.text.islower()) or verb.text in phrases.DETERMINERS:
            return None
        start = comma + 2 if doc[comma + 1].text.lower() in ("dass", "ob") else comma + 1
        return _Found(AttributionKind.indirect, _chars(doc, start, content_end), _chars(doc, *subject),
                      [_chars(doc, verb.i, verb.i + 1)], sent=sent.start)

    def _hearsay(self, sent: SpacySpan, masked) -> bool:
        """ "Er soll … getötet worden sein" / "Die Streiks sollen bis Freitag andauern": "soll" as the
        main clause's finite verb (before any comma), the dataset's free indirect speech."""
        soll = [t for t in sent if t.text.lower() in HEARSAY and not masked(t.i)]
        if not soll:
            return False
        if self._perfect_infinitive(sent):
            return True
        comma = next((t.i for t in sent if t.text in (",", ";", ":")), sent.end)
        return soll[0].i < comma

    def _perfect_infinitive(self, sent: SpacySpan) -> bool:
        doc = sent.doc
        end = self._content_end(sent)
        words = [doc[k].text.lower() for k in range(max(sent.start, end - 3), end)]
        return bool(words) and words[-1] in ("sein", "haben") and len(words) > 1 and (
            words[-2].startswith("ge") or words[-2] in ("worden", "gewesen") or words[-2].endswith(("iert", "t"))
        )

    def _scare_quote_is_speech(self, doc: Doc, q: Quote) -> bool:
        """A lower-case quoted phrase of several words with no frame: someone's words, taken
        from the last speaker ("die Lage sei „außer Kontrolle geraten“")."""
        inner = doc.text[q.start : q.end]
        return inner[:1].islower() and len(inner.split()) >= SCARE_QUOTE_WORDS

    def _inline_frame(self, doc: Doc, q: Quote) -> Optional[_Found]:
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
            verb = self.lex.verb_of(tok) or (self.lex.reported_of(tok) or [None])[0]
            if verb is None:
                for sv in self.lex.split_verbs_of(tok):
                    p = self._particle(sent, i, sv.particle)
                    if p is not None:
                        verb = sv
                        cue.append((p, p + 1))
                        break
            if verb is None:
                continue
            speaker = self._speaker_around(sent, i)
            if speaker is None or speaker[0] <= span.start < speaker[1]:
                return None
            return _Found(AttributionKind.direct, (q.start, q.end), _chars(doc, *speaker),
                          [_chars(doc, s, e) for s, e in cue], sent=sent.start)
        return None

    def _nested(self, doc: Doc, inline: list[Quote], found: list[_Found]) -> list[_Found]:
        out = []
        for q in inline:
            title = _title_like(doc.text, q)
            host = next((f for f in found if f.kind != AttributionKind.direct and f.content[0] <= q.start and q.end <= f.content[1]), None)
            if host is None:
                framed = self._inline_frame(doc, q)
                if framed is not None and not title:
                    out.append(framed)
                elif framed is None and self._scare_quote_is_speech(doc, q):
                    out.append(_Found(AttributionKind.direct, (q.start, q.end), continues=True))
                continue
            if title:
                continue
            out.append(_Found(AttributionKind.direct, (q.start, q.end), host.speaker, list(host.cue),
                              continues=host.speaker is None, sent=host.sent))
        return out

    def _records(self, doc: Doc, found: list[_Found]) -> list[Attribution]:
        text = doc.text
        records = []
        last_actor = None
        for f in sorted(found, key=lambda f: (f.content[0], -f.content[1])):
            actor = None
            if f.speaker is not None:
                actor = resolve_span(doc, *f.speaker)
            elif f.continues:
                actor = last_actor
            if actor is not None:
                last_actor = actor
            records.append(
                Attribution(
                    kind=f.kind,
                    speaker=Span.of(text, *f.speaker) if f.speaker else None,
                    speaker_actor=actor.name if actor else None,
                    speaker_actor_id=actor.id if actor else None,
                    cue=[Span.of(text, s, e) for s, e in sorted(f.cue)],
                    content=Span.of(text, *f.content),
                )
            )
        return records


@Language.factory(
    "karabach_attributions",
    requires=["doc._.actors"],
    assigns=["doc._.attributions"],
)
def make_attributions(nlp: Language, name: str) -> Attributions:
    return Attributions(nlp, name)
