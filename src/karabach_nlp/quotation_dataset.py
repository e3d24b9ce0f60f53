"""The German news quotation dataset (Petersen-Frey & Biemann, 2024): read, export, score.

A dataset document is one JSON file with ``originalText``, document-level ``tokens`` (with
``charBegin``/``charEnd``) and ``annotations``. :func:`export_document` turns our attributions
for its text into annotations of the same shape (our character spans mapped to its token ids),
and :func:`score` computes the dataset's own metric, as its ``eval/eval.py`` defines it:

- predicted and gold annotations of a document are paired one-to-one by the Hungarian
  assignment that maximises the token F1 of their quote spans (+0.01 when the types agree,
  +0.001 when the media agree; pairs with no overlap are still assigned);
- for every pair, and for every unpaired annotation against an empty one, each role (quote,
  addressee, cue, frame, speaker) gets token-level precision and recall (undefined when there
  is nothing to count);
- Messages = the mean over pairs of the quote role's precision and recall, Roles = the mean over
  pairs and the four other roles, Joint = all five; F1 = the harmonic mean of the two means;
- Form = micro precision/recall of the annotation type over the same pairs.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional

from .addressees import NOUN_PHRASE, find_addressees
from .errors import GoldFormatError, InputNotFound, KarabachError
from .records import Actor, Attribution, AttributionKind
from .textio import files_in

ROLES = ("quote", "addressee", "cue", "frame", "speaker")
TYPES = ("Direct", "Indirect", "FreeIndirect", "IndirectFreeIndirect", "Reported")
MEDIA = ("Speech", "Thought", "Writing", "ST", "SW", "TW", "none")

# our kind -> the dataset's type (free indirect in the Konjunktiv continues an indirect report,
# which the dataset calls IndirectFreeIndirect)
EXPORT_TYPE = {
    AttributionKind.direct: "Direct",
    AttributionKind.indirect: "Indirect",
    AttributionKind.according_to: "Indirect",
    AttributionKind.free_indirect: "IndirectFreeIndirect",
    AttributionKind.reported: "Reported",
}
OPEN_MARKS = "„‚»«\"'‹›“”"
CLOSE_MARKS = "“‘«»\"'‹›”"
DEFAULT_MEDIUM = "Speech"
# "Demnach …", "…, wonach …": the dataset marks the pointing word itself as the speaker of its frame
POINTING_SOURCES = frozenset("demnach danach wonach".split())


@dataclass
class DatasetDocument:
    name: str
    text: str
    tokens: list[dict]
    annotations: list[dict]
    path: Optional[Path] = None
    sentences: list[tuple[int, int]] = field(default_factory=list)  # character ranges

    def sentence_at(self, char: int) -> Optional[tuple[int, int]]:
        return next(((s, e) for s, e in self.sentences if s <= char < e), None)

    def token_ids(self, start: int, end: int) -> list[int]:
        """Ids of the tokens that overlap the character range ``[start, end)``."""
        return [t["id"] for t in self.tokens if t["charBegin"] < end and start < t["charEnd"]]


def read_document(path: str | Path) -> DatasetDocument:
    p = Path(path)
    if not p.is_file():
        raise InputNotFound(f"{p}: no such dataset file")
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
        return DatasetDocument(
            name=data["documentName"],
            text=data["originalText"],
            tokens=data["tokens"],
            annotations=data.get("annotations") or [],
            path=p,
            sentences=[(s["charBegin"], s["charEnd"]) for s in data.get("sentences") or []],
        )
    except (json.JSONDecodeError, KeyError, TypeError) as err:
        raise GoldFormatError(f"{p}: not a quotation dataset document ({err})") from None


def split_files(split_dir: str | Path) -> list[Path]:
    return files_in(split_dir, "*.json", "dataset documents")


def read_split(split_dir: str | Path) -> Iterator[DatasetDocument]:
    for path in split_files(split_dir):
        yield read_document(path)


# --- export -----------------------------------------------------------------------------------


def _role(doc: DatasetDocument, ranges: Iterable[tuple[int, int]]) -> dict:
    ranges = sorted((s, e) for s, e in ranges if e > s)
    ids = sorted({i for s, e in ranges for i in doc.token_ids(s, e)})
    by_id = {t["id"]: t for t in doc.tokens}
    spans: list[dict] = []
    for i in ids:  # contiguous runs of token ids become one span each
        tok = by_id[i]
        if spans and spans[-1]["end"] == i:
            spans[-1]["end"] = i + 1
            spans[-1]["charEnd"] = tok["charEnd"]
        else:
            spans.append({"begin": i, "end": i + 1, "charBegin": tok["charBegin"], "charEnd": tok["charEnd"]})
    return {"spans": spans, "text": " ".join(doc.text[s["charBegin"] : s["charEnd"]] for s in spans), "tokenIds": ids}


def _with_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """A direct quote's content widened over its quotation marks (the dataset includes them)."""
    if start > 0 and text[start - 1] in OPEN_MARKS:
        start -= 1
    if end < len(text) and text[end] in CLOSE_MARKS:
        end += 1
    return start, end


def _with_complementiser(text: str, start: int) -> int:
    """An indirect content widened over its "dass"/"ob" (the dataset's quote starts there)."""
    m = re.search(r"\b(dass|ob)\s+$", text[max(0, start - 6) : start])
    return start - len(m.group(0)) if m else start


# a short quoted name after a determiner or a noun: "sagte der „Berliner Zeitung“", "dem „Tagesspiegel“"
_QUOTED_NAME = re.compile(r"(?:\b(?:de[mnrs]|die|das|einer?|einem)|[A-ZÄÖÜ]\w+)\s+(„[^“„,.:;!?]{1,50}“)")


# (after a genitive the speaker phrase left out: "so der Mitarbeiter einer Firma gegenüber der Zeitung")
# a demonstrative standing for the content before the verb ("Dies bestätigte X", "Das gab X bekannt")
_POINTER = re.compile(r"[.!?]?\s*(?:Dies|Das|Dieses)\s+(?=[a-zäöüß]+\b)")
_TOLD_TO = re.compile(rf"(?:\s+(?:einer|eines|der|des)\s+{NOUN_PHRASE})?\s+gegenüber\s+{NOUN_PHRASE}")
_WEITER = re.compile(r"\s+weiter\b")


def _quoted_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The character ranges of quoted names in ``text[start:end]`` (the frame reads past their marks)."""
    return [(m.start(1), m.end(1)) for m in _QUOTED_NAME.finditer(text, start, end)]


def _clause_right(text: str, end: int, right: int, speaker_last: bool = True) -> int:
    """ "Er sagte, der Pilot trage die „volle Verantwortung“": a frame before a quote nested in its
    content ends with the comma that opens that content (the dataset's frame), not at the quote."""
    comma = text.find(",", end, right)
    # (", der Minister …" / ", die …" after the speaker is more often its apposition or relative clause)
    # (after the verb, "sagen, der Pilot trage …", the article opens the content)
    if comma >= 0 and re.search(r"\w", text[comma + 1:right]) and not (
            speaker_last and re.match(r",\s*(?:de[mnrs]|die|das)\s", text[comma:right])):
        return comma + 1
    return right


def _frame(doc: DatasetDocument, attribution: Attribution, quote: tuple[int, int], clause_only: bool = True) -> list[tuple[int, int]]:
    """The dataset's frame role: the clause around speaker and cue outside the quote.

    "In seiner Rede erklärte Müller," / ", sagte er am Montag in Berlin" / "teilten mit:" — from
    the sentence start (or the end of the quote) to the sentence end (or the start of the
    quote), stopping at quotation marks; for "laut X" / "X zufolge" only the phrase itself.
    """
    parts = [(c.start, c.end) for c in attribution.cue]
    if attribution.speaker is not None:
        parts.append((attribution.speaker.start, attribution.speaker.end))
    if not parts:
        return []
    start, end = min(s for s, _ in parts), max(e for _, e in parts)
    q_start, q_end = quote
    if q_start < end and start < q_end:  # frame inside the content ("…, so X, …" / "laut X")
        return parts
    if attribution.kind == AttributionKind.according_to:
        if doc.text[end : end + 1] == "," and doc.text[start:end].lower().startswith("wie"):
            end += 1
        lead = re.search(r",\s*$", doc.text[max(0, start - 3):start])
        if lead and doc.text[start:end].lower().startswith(("so ", "wie ")):
            start -= len(lead.group())  # ", so Rice", ", wie die Agentur berichtete": the dataset's frame holds the comma
        end = _according_tail(doc.text, end, quote)
        told = _TOLD_TO.match(doc.text, end)  # "so der Sprecher gegenüber der Zeitung „Die Welt“"
        if told is not None and not (q_start < told.end() and told.start() < q_end):
            end = told.end() - (told.group().endswith(".") and doc.text[told.end():told.end() + 1] in ("", " ", "\n"))
        return [(start, end)]
    sentence = doc.sentence_at(start) or (start, end)
    text = doc.text
    left = max(sentence[0], q_end if q_end <= start else sentence[0])
    names = _quoted_names(text, left, min(sentence[1], q_start if q_start >= end else sentence[1]))
    for k in range(start - 1, left - 1, -1):
        if text[k] in OPEN_MARKS + CLOSE_MARKS and not any(a <= k < b for a, b in names):
            left = k + 1
            break
    right = min(sentence[1], q_start if q_start >= end else sentence[1])
    for k in range(end, right):
        if text[k] in OPEN_MARKS + CLOSE_MARKS and not any(a <= k < b for a, b in names):
            right = k
            break
    if clause_only and attribution.kind == AttributionKind.direct:
        right = _clause_right(text, end, right, attribution.speaker is not None and attribution.speaker.end == end)
    right = len(text[:right].rstrip(" \n.!?"))
    left = len(text[:left]) + (len(text[left:]) - len(text[left:].lstrip()))
    pointer = _POINTER.match(text, left)
    if pointer is not None and pointer.end() <= start:
        left = pointer.end()  # "Dies bestätigte Stoiber": the word standing for the content is no part of the frame
    return [(left, right)] if right > left else [(start, end)]


_AUXILIARIES = frozenset(
    "hat hatte haben hatten habe hätte hätten ist war sind waren sei seien wäre wären wird wurde werden wurden "
    "würde würden worden".split())
_CLAUSE_BREAK = re.compile(r"[,;:.!?„“»«\"]")


def _with_auxiliary(text: str, cues: list[tuple[int, int]], sentence: Optional[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "hatte erklärt", "wird vorgeworfen", "gefragt habe": the dataset's cue holds the finite
    auxiliary of a participle cue; it is the nearest one in the same clause (no comma between)."""
    if not cues or sentence is None:
        return cues
    s_start, s_end = sentence
    first, last = min(c[0] for c in cues), max(c[1] for c in cues)
    word = text[first:min(c[1] for c in cues if c[0] == first)]
    if not (word.islower() and (word.endswith("iert") or word.endswith(("t", "en")) and word.startswith(("ge", "be", "er", "ver", "ent", "zer", "an", "mit", "aus", "vor", "zu", "bekannt", "fest", "hin", "ein", "auf", "zurück", "ab", "nach", "hervor", "dar", "bei", "weiter", "klar")))):
        return cues
    before = text[s_start:first]
    cut = max((m.end() for m in _CLAUSE_BREAK.finditer(before)), default=0)
    for m in reversed(list(re.finditer(r"\w+", before[cut:]))):
        if m.group().lower() in _AUXILIARIES:
            start = s_start + cut + m.start()
            return sorted([*cues, (start, start + len(m.group()))])
    after = re.match(r"\s+(\w+)", text[last:s_end])
    if after and after.group(1).lower() in _AUXILIARIES:  # "…, dass er gefragt habe"
        return sorted([*cues, (last + after.start(1), last + after.end(1))])
    return cues


def _wie_auxiliary(text: str, cues: list[tuple[int, int]], sentence: Optional[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "wie X zitiert wird", "wie die Polizei angegeben hat": the dataset's cue of a "wie" clause
    holds the auxiliary that closes it."""
    if len(cues) < 2 or sentence is None or text[cues[0][0]:cues[0][1]].lower() != "wie":
        return cues
    last = max(c[1] for c in cues)
    after = re.match(r"\s+(\w+)", text[last:sentence[1]])
    if after and after.group(1).lower() in _AUXILIARIES:
        return sorted([*cues, (last + after.start(1), last + after.end(1))])
    return cues


_LABEL_CUE = re.compile(r"(?i)(?:bezeichne|bezeichnet|würdigte|würdigten|wertete|werteten)\w*")


def _with_als(text: str, cues: list[tuple[int, int]], quote: tuple[int, int]) -> list[tuple[int, int]]:
    """ "bezeichnete die Pläne als „…“": the dataset's cue of a labelling verb holds its "als", and
    any verb's cue its "mit den Worten"."""
    for s, e in cues:
        lo, hi = (e, quote[0]) if quote[0] >= e else (quote[1], s)
        # "zitiert mit den Worten", "meldete sich mit den Worten": those words name the quote as well
        words = re.search(r"\bmit den Worten\b", text[lo:hi])
        if words and not re.search(r"[,;.]", text[lo:lo + words.start()]):
            return sorted([*cues, (lo + words.start(), lo + words.end())])
        if _LABEL_CUE.fullmatch(text[s:e]):
            m = re.search(r"\bals\b", text[lo:hi])
            if m and not re.search(r"[,;:.]", text[lo:lo + m.start()]):
                return sorted([*cues, (lo + m.start(), lo + m.end())])
    return cues


def _with_es(text: str, cues: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "Es wird vermutet, dass …": the dataset's cue of an impersonal passive holds its "es"."""
    if not cues:
        return cues
    first = min(cues)
    word = text[first[0]:first[1]].lower()
    m = re.search(r"\b([Ee]s)\s+$", text[max(0, first[0] - 4):first[0]])
    if word in _AUXILIARIES and m:
        at = first[0] - len(m.group(0))
        return sorted([*cues, (at, at + 2)])
    return cues


def _with_reflexive(text: str, cues: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "äußerte sich", "hat sich geäußert": the dataset's cue holds the reflexive next to the verb."""
    out = list(cues)
    for s, e in cues:
        after = re.match(r"\s+sich\b", text[e:e + 8])
        before = re.search(r"\bsich\s+$", text[max(0, s - 8):s])
        if after:
            out.append((e + after.end() - 4, e + after.end()))
        elif before:
            out.append((s - len(before.group()), s - len(before.group()) + 4))
    return sorted(set(out))


# words that may stand between a comma and the speaker of a reported clause of its own
# ("…, die Polizei spricht von …", "…, während die EU-Staaten den Vorstoß begrüßten")
_CLAUSE_LEAD = frozenset(
    "und aber doch jedoch allerdings sondern denn während wobei zudem außerdem so auch nun dagegen hingegen "
    "der die das dem den deren dessen welche welcher welches denen".split())
# a sentence opening with these is a subordinate clause: the speech act's main clause follows its comma
_SUB_OPENERS = frozenset("während da wie weil obwohl nachdem als wenn bevor falls sobald indem".split())
# a coordinated or contrasting clause after the speech act is a statement of its own, its reason
# ("…, weil"/"…, da") no part of it (measured on train: Reported 0.580 -> 0.581)
_CLAUSE_TAIL = frozenset("während doch aber sondern und weil da".split())


def _reported_clause(text: str, sentence: tuple[int, int], a: Attribution) -> tuple[int, int]:
    """The dataset's reported quote: the clause of the speech act, speaker and cue included —
    its sentence, but for a clause after a complete one ("Es entstanden 500 Stellen, die
    Betreiber sprechen von 850") or after an opening subordinate clause ("Während …, fordert
    X …"), and without a coordinated clause after it ("rief … auf und beschloss, …")."""
    s, e = sentence
    e = len(text[:e].rstrip())
    parts = [(a.content.start, a.content.end), *((c.start, c.end) for c in a.cue)]
    if a.speaker is not None:
        parts.append((a.speaker.start, a.speaker.end))
    lo, hi = min(p[0] for p in parts), max(p[1] for p in parts)
    left, right = s, e
    if s < lo <= e:
        comma = max((m.end() for m in re.finditer(r"[,;:]\s|\s[-–]\s", text[s:lo])), default=None)
        if comma is not None:
            gap = re.findall(r"\w+", text[s + comma : lo])
            first = re.match(r"\W*(\w+)", text[s:e])
            opens_sub = first is not None and first.group(1).lower() in _SUB_OPENERS
            # "die Betreiber sprechen": the speaker opens the clause, its verb follows with no comma between
            speaker_first = a.speaker is not None and a.speaker.start == lo and a.cue and not re.search(
                r"[,;:]", text[a.speaker.end : min(c.start for c in a.cue)])
            if all(w.lower() in _CLAUSE_LEAD for w in gap) and (speaker_first or (opens_sub and not gap)):
                left = s + comma
    if hi < e:
        m = re.match(r"\s*(,)?\s*(\w+)", text[hi:e])
        if m and ((m.group(1) and m.group(2).lower() in _CLAUSE_TAIL) or (not m.group(1) and m.group(2) == "und")):
            right = hi
    # a full stop the dataset's sentence split missed ("… MI-17. Der Hubschrauber …")
    stop = re.search(r"[.!?]\s+(?=[A-ZÄÖÜ„\"])", text[hi:right])
    if stop:
        right = hi + stop.start() + 1
    return left, right


def _zu_infinitive_content(text: str) -> bool:
    """ "bei der Wahl erneut anzutreten", "die Gespräche fortzusetzen", "zu vereinbaren": a content
    that ends in an infinitive with "zu"."""
    words = re.findall(r"\w+", text)
    if len(words) < 2 or not words[-1].islower() or not words[-1].endswith("en"):
        return False
    return words[-2] == "zu" or "zu" in words[-1][2:-3]


def _type_of(a: Attribution) -> str:
    # a report whose content is an infinitive clause ("hatte angekündigt, erneut anzutreten") is the
    # dataset's Indirect; our records keep the spec's kind (the seed gold: reported)
    if a.kind == AttributionKind.reported and _zu_infinitive_content(a.content.text):
        return "Indirect"
    # hearsay "soll … worden sein" with no Konjunktiv is the dataset's FreeIndirect
    if a.kind == AttributionKind.free_indirect:
        words = set(re.findall(r"\w+", a.content.text.lower()))
        if words & {"soll", "sollen"} and not words & _konjunktiv():
            return "FreeIndirect"
    return EXPORT_TYPE[a.kind]


def _konjunktiv() -> frozenset[str]:
    from .resources import load_wordlist

    return frozenset(w.lower() for w in load_wordlist("lexicons", "konjunktiv.txt"))


CONTINUING = (AttributionKind.free_indirect,)  # the kind whose record may continue a speaker


def _nach_split(a: Attribution, speaker: list[tuple[int, int]]) -> Optional[tuple[list, list]]:
    """ "nach Angaben der Polizei" / "nach einem Bericht des Senders": the dataset's cue is "nach",
    its speaker the rest ("Angaben der Polizei", "einem Bericht des Senders"); None for other cues."""
    if len(a.cue) != 1 or not re.fullmatch(r"(?i)nach\s+\S.*", a.cue[0].text, re.S):
        return None
    if a.kind not in (AttributionKind.according_to, AttributionKind.direct):  # direct: a quote nested in it
        return None
    noun_start = a.cue[0].start + len(a.cue[0].text.split()[0]) + 1
    return [(a.cue[0].start, noun_start - 1)], [(noun_start, max(a.cue[0].end, speaker[0][1] if speaker else 0))]


# an apposition after a speaker phrase, between commas or up to the sentence end: ", die Leiterin der
# Fachstelle für Suchtvorbeugung," / ", Magdalena Chu." / ", Präsident des Rats der Europäischen Union,"
_NP_WORD = r"(?:[A-ZÄÖÜ][\w.’'-]*|„[^“]{1,60}“|\([^()]{1,40}\)|(?:de[mnrs]|die|das|von|vom|für|und|in|im|am|aus|zum|zur|bei|beim|of|the|de)|[a-zäöüß-]+(?:e|en|er|es|em))"
_APPOSITION = re.compile(rf",\s+((?:(?:de[mnrs]|die|das|ein|eine|einer|eines|einem)\s+)?{_NP_WORD}(?:\s+{_NP_WORD}){{0,14}})(?=\s*(?:,|[.!?;:]\s|[.!?]$|$))")


# a genitive after the speaker phrase ("der Mitarbeiter einer Produktionsfirma", "Angaben eines Mitarbeiters
# einer europäischen Nichtregierungsorganisation (NGO)"): the dataset's speaker holds it
_GENITIVE_AFTER = re.compile(r"(?:\s+(?:eines|einer|des)\s+(?:[a-zäöüß-]+(?:e|en|er|es)\s+)*[A-ZÄÖÜ][\w.-]*(?:\s+\([^()]{1,40}\))?)+")


def _with_genitive(text: str, speaker: tuple[int, int], taken: list[tuple[int, int]]) -> tuple[int, int]:
    m = _GENITIVE_AFTER.match(text, speaker[1])
    if m is None or any(s < m.end() and speaker[1] < e for s, e in taken):
        return speaker
    return speaker[0], m.end()


def _according_tail(text: str, end: int, quote: tuple[int, int]) -> int:
    """A "so X" frame runs over a closing "weiter" ("so Elshorst weiter"), as the dataset marks it."""
    m = _WEITER.match(text, end)
    if m and not (quote[0] < m.end() and end < quote[1]):
        end = m.end()
    return end


def _with_apposition(text: str, speaker: tuple[int, int], taken: list[tuple[int, int]]) -> tuple[int, int]:
    """The dataset's speaker runs over an apposition ("Ursula Castrup, die Leiterin der …," /
    "der Vorsitzende der Wahlkommission, Magdalena Chu"); ours is the phrase alone (spec §2)."""
    m = _APPOSITION.match(text, speaker[1])
    if m is None or not re.search(r"[A-ZÄÖÜ]", m.group(1)) or m.group(1).split()[-1].islower():
        return speaker
    end = m.end(1)
    if any(s < end and speaker[1] < e for s, e in taken):
        return speaker
    return speaker[0], end


class _Speakers:
    """The speaker phrase each record exports: its own, or for a record that continues a speaker
    the phrase that speaker was last exported with (the dataset marks that phrase again)."""

    def __init__(self, actors: Iterable[Actor] = ()) -> None:
        self.of: dict[tuple[str, ...], tuple[int, int]] = {}  # actor ids -> their last phrase
        self.last: Optional[tuple[int, int]] = None
        self.mentions = {a.id: sorted((m.start, m.end) for m in a.mentions) for a in actors}

    def note(self, a: Attribution, phrase: tuple[int, int]) -> None:
        self.last = phrase
        if a.speaker_actor_ids:
            self.of[tuple(sorted(a.speaker_actor_ids))] = phrase

    def continued(self, a: Attribution) -> list[tuple[int, int]]:
        key = tuple(sorted(a.speaker_actor_ids))
        if key and key in self.of:
            return [self.of[key]]
        if len(key) == 1:  # an actor no phrase of ours named as speaker: its last mention before the content
            before = [m for m in self.mentions.get(key[0], []) if m[1] <= a.content.start]
            if before:
                return [before[-1]]
        if not a.speaker_actor_ids and a.kind in CONTINUING and self.last is not None:
            return [self.last]  # continues the last speaker, one no actor stands for ("Angaben")
        return []


def export_annotations(doc: DatasetDocument, attributions: list[Attribution], medium: Optional[list[str]] = None,
                       actors: Iterable[Actor] = (), gazetteer: Optional[str] = None) -> list[dict]:
    """Our attributions as dataset annotations (token ids of ``doc``); ``actors`` give the mention a
    record that continues an actor names, when no speaker phrase of ours named it before;
    ``gazetteer``: the user's file of own actor entries the attributions were found with."""
    out: list[dict] = []
    speakers = _Speakers(actors)
    for i, a in enumerate(sorted(attributions, key=lambda a: a.content.start)):
        start, end = a.content.start, a.content.end
        if a.kind == AttributionKind.direct:
            start, end = _with_marks(doc.text, start, end)
        elif a.kind == AttributionKind.indirect:
            start = _with_complementiser(doc.text, start)
        reported = _type_of(a) == "Reported"  # (a reported infinitive clause is the dataset's Indirect)
        if reported and doc.sentence_at(start):
            start, end = _reported_clause(doc.text, doc.sentence_at(start), a)
        speaker = [(a.speaker.start, a.speaker.end)] if a.speaker is not None else []
        cues = [(c.start, c.end) for c in a.cue]
        split = _nach_split(a, speaker)
        if split is not None:
            cues, speaker = split
        if a.speaker is not None:
            named = speaker  # the addressee rules read the phrase itself, not its apposition
            # ("Nach den Worten der Sprecherin, Gisela Piltz, sei …": our content of a "laut X" may open
            # with the source's apposition; the quote gives it up below, as it gives up the frame)
            taken = cues if a.kind == AttributionKind.according_to and start >= speaker[0][1] else [(start, end), *cues]
            speaker = [_with_apposition(doc.text, _with_genitive(doc.text, speaker[0], taken), taken)]
            speakers.note(a, speaker[0])
        elif len(cues) == 1 and doc.text[cues[0][0]:cues[0][1]].lower() in POINTING_SOURCES:
            speaker = named = cues
        else:
            speaker = named = speakers.continued(a)
        if a.kind == AttributionKind.according_to:
            cues = _wie_auxiliary(doc.text, cues, doc.sentence_at(cues[0][0]) if cues else None)
        if not reported and a.kind != AttributionKind.according_to:
            cues = _with_reflexive(doc.text, _with_auxiliary(doc.text, cues, doc.sentence_at(cues[0][0]) if cues else None))
            cues = _with_als(doc.text, cues, (start, end))
            cues = _with_es(doc.text, cues)
        frame = [] if reported else _frame(doc, a, (start, end))
        if a.kind == AttributionKind.according_to and frame and speaker and frame[-1][1] < speaker[0][1] and frame[-1][1] >= speaker[0][0]:
            frame[-1] = (frame[-1][0], speaker[0][1] + (doc.text[speaker[0][1]:speaker[0][1] + 1] == ","))  # over the apposition
        quote = [(start, end)]
        if a.kind == AttributionKind.according_to:
            # "Neben X wurden laut der Polizei Y festgenommen": the frame is no part of the quote
            for fs, fe in [*cues, *speaker]:
                quote = [piece for qs, qe in quote for piece in ((qs, min(qe, fs)), (max(qs, fe), qe)) if piece[1] > piece[0]]
        out.append(
            {
                "id": i,
                "type": _type_of(a),
                "medium": (medium[i] if medium else DEFAULT_MEDIUM),
                "isNested": False,
                "hasNested": False,
                "quote": _role(doc, quote),
                "speaker": _role(doc, speaker),
                "cue": _role(doc, [] if reported else cues),
                "frame": _role(doc, frame),
                "addressee": _role(doc, [] if reported else find_addressees(doc.text, _frame(doc, a, (start, end), clause_only=False), named, gazetteer)),
            }
        )
    for a in out:  # nesting flags: a quote inside another's quote
        ids = set(a["quote"]["tokenIds"])
        for b in out:
            if b is not a and ids and ids < set(b["quote"]["tokenIds"]):
                a["isNested"] = True
                b["hasNested"] = True
    return out


def export_document(doc: DatasetDocument, nlp) -> dict:
    """A dataset document carrying our annotations instead of its own."""
    from .api import extract

    claims = extract(doc.text, nlp) if doc.text.strip() else None
    gazetteer = nlp.get_pipe("karabach_actors").gazetteer if "karabach_actors" in nlp.pipe_names else None
    annotations = export_annotations(doc, claims.attributions if claims else [], actors=claims.actors if claims else (),
                                     gazetteer=gazetteer)
    return {"documentName": doc.name, "originalText": doc.text, "tokens": doc.tokens, "annotations": annotations}


def export_split(split_dir: str | Path, out_dir: str | Path, nlp) -> list[Path]:
    """One prediction file per document of ``split_dir``, named as the document, in ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for path in split_files(split_dir):
        doc = read_document(path)
        target = out / path.name
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_text(json.dumps(export_document(doc, nlp), ensure_ascii=False), encoding="utf-8")
        tmp.replace(target)
        written.append(target)
    return written


# --- the dataset's metric ---------------------------------------------------------------------


@dataclass
class _Group:
    roles: dict[str, list[int]]
    form: Optional[str]
    medium: Optional[str]


def _group(annotation: dict) -> _Group:
    roles = {}
    for role in ROLES:
        ids = sorted(set((annotation.get(role) or {}).get("tokenIds", [])))
        roles[role] = ids
    return _Group(roles, annotation.get("type"), annotation.get("medium"))


_EMPTY = _Group({r: [] for r in ROLES}, None, None)


def _token_f1(gold: list[int], pred: list[int]) -> float:
    both = len(set(gold) & set(pred))
    if not both:
        return 0.0
    p, r = both / len(pred), both / len(gold)
    return 2 * p * r / (p + r)


def assign(gold: list[_Group], pred: list[_Group]) -> list[tuple[int, int]]:
    """Hungarian one-to-one pairing (gold index, predicted index) as the dataset's eval.py does it."""
    if not gold or not pred:
        return []
    import numpy as np

    try:
        from scipy.optimize import linear_sum_assignment
    except ImportError:
        raise KarabachError("scoring the quotation dataset needs scipy: pip install 'karabach-nlp[eval]'") from None

    scores = np.zeros((len(gold), len(pred)))
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            overlap = _token_f1(g.roles["quote"], p.roles["quote"])
            bonus = 0.0
            if overlap > 0:
                bonus = (0.01 if g.form == p.form else 0.0) + (0.001 if g.medium == p.medium else 0.0)
            scores[i, j] = overlap + bonus
    rows, cols = linear_sum_assignment(scores, maximize=True)
    return list(zip(rows.tolist(), cols.tolist()))


@dataclass
class _Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: list[int], pred: list[int]) -> tuple[Optional[float], Optional[float]]:
        g, p = set(gold), set(pred)
        tp, fp, fn = len(g & p), len(p - g), len(g - p)
        self.tp += tp
        self.fp += fp
        self.fn += fn
        return (tp / (tp + fp) if tp + fp else None, tp / (tp + fn) if tp + fn else None)


def _prf(p: Optional[float], r: Optional[float]) -> dict[str, Optional[float]]:
    f = 2 * p * r / (p + r) if p is not None and r is not None and p + r > 0 else 0.0
    return {"precision": p, "recall": r, "f1": f}


def _mean(xs: list[float]) -> Optional[float]:
    return sum(xs) / len(xs) if xs else None


@dataclass
class QuotationScore:
    """Figures of the dataset's metric, overall and per gold type."""

    pairs: list[tuple[Optional[str], Optional[str], dict[str, tuple[Optional[float], Optional[float]]]]] = field(
        default_factory=list
    )
    form: dict[str, list[int]] = field(default_factory=lambda: {"tp": [0], "fp": [0], "fn": [0]})
    documents: int = 0

    def _aggregate(self, pairs) -> dict:
        by_role_p = {r: [v[r][0] for _, _, v in pairs if v[r][0] is not None] for r in ROLES}
        by_role_r = {r: [v[r][1] for _, _, v in pairs if v[r][1] is not None] for r in ROLES}
        others = ROLES[1:]
        out = {
            "messages": _prf(_mean(by_role_p["quote"]), _mean(by_role_r["quote"])),
            "roles": _prf(_mean([x for r in others for x in by_role_p[r]]), _mean([x for r in others for x in by_role_r[r]])),
            "joint": _prf(_mean([x for r in ROLES for x in by_role_p[r]]), _mean([x for r in ROLES for x in by_role_r[r]])),
        }
        for r in others:
            out[r] = _prf(_mean(by_role_p[r]), _mean(by_role_r[r]))
        return out

    def to_dict(self) -> dict:
        out = {"documents": self.documents, **self._aggregate(self.pairs)}
        tp, fp, fn = self.form["tp"][0], self.form["fp"][0], self.form["fn"][0]
        out["form"] = _prf(tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0)
        out["gold"] = sum(1 for g, _, _ in self.pairs if g is not None)
        out["predicted"] = sum(1 for _, p, _ in self.pairs if p is not None)
        per_type = {}
        for t in TYPES:
            # a type's figures: pairs whose gold has that type; its precision also counts the
            # predictions of that type left unpaired
            sub = [x for x in self.pairs if x[0] == t or (x[0] is None and x[1] == t)]
            if any(x[0] == t for x in sub):
                per_type[t] = {"gold": sum(1 for x in sub if x[0] == t), **self._aggregate(sub)}
        out["per_type"] = per_type
        return out


def score_document(gold: list[dict], pred: list[dict], result: QuotationScore) -> None:
    gold_groups = [_group(a) for a in gold]
    pred_groups = [_group(a) for a in pred]
    pairs = assign(gold_groups, pred_groups)
    done_g = {g for g, _ in pairs}
    done_p = {p for _, p in pairs}
    todo = [(gold_groups[g], pred_groups[p]) for g, p in pairs]
    todo += [(_EMPTY, pred_groups[p]) for p in range(len(pred_groups)) if p not in done_p]
    todo += [(gold_groups[g], _EMPTY) for g in range(len(gold_groups)) if g not in done_g]
    for g, p in todo:
        values = {r: _Counts().add(g.roles[r], p.roles[r]) for r in ROLES}
        result.pairs.append((g.form, p.form, values))
        if g.form == p.form:
            result.form["tp"][0] += 1
        else:
            if p.form is not None:
                result.form["fp"][0] += 1
            if g.form is not None:
                result.form["fn"][0] += 1
    result.documents += 1


def score_predictions(gold_docs: Iterable[DatasetDocument], predicted: dict[str, list[dict]]) -> QuotationScore:
    """Score predicted annotations (by document name) against the gold documents."""
    result = QuotationScore()
    for doc in gold_docs:
        score_document(doc.annotations, predicted.get(doc.name, []), result)
    return result


def score_split(split_dir: str | Path, nlp, predictions_dir: Optional[str | Path] = None) -> QuotationScore:
    """Score a split: predictions read from ``predictions_dir``, or made now with ``nlp``."""
    result = QuotationScore()
    for doc in read_split(split_dir):
        if predictions_dir is not None:
            pred_file = Path(predictions_dir) / doc.path.name
            pred = read_document(pred_file).annotations if pred_file.is_file() else []
        else:
            pred = export_document(doc, nlp)["annotations"]
        score_document(doc.annotations, pred, result)
    return result


def render_score(figures: dict) -> str:
    """The figures as a small plain-text table."""

    rows = [(key.capitalize(), figures[key]) for key in ("messages", "roles", "joint", "form")]
    rows += [(f"  {t} ({sub['gold']})", sub["messages"]) for t, sub in figures["per_type"].items()]
    width = max(len(name) for name, _ in rows) + 2  # the longest type name sets the first column

    def row(name: str, prf: dict) -> str:
        cells = [f"{prf[k]:.3f}" if prf.get(k) is not None else "  -  " for k in ("precision", "recall", "f1")]
        return f"{name:<{width}}" + "  ".join(cells)

    lines = [f"{figures['documents']} documents, {figures['gold']} gold, {figures['predicted']} predicted",
             f"{'':<{width}}P      R      F1"]
    lines += [row(name, prf) for name, prf in rows]
    return "\n".join(lines)


__all__ = [
    "render_score",
    "DatasetDocument",
    "QuotationScore",
    "export_annotations",
    "export_document",
    "export_split",
    "read_document",
    "read_split",
    "score_document",
    "score_predictions",
    "score_split",
]
