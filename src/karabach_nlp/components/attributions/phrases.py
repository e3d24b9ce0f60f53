"""Speaker phrases found by rules, for the blank pipeline with no parser.

German capitalises nouns, so a speaker phrase is a run of determiners, adjectives and
capitalised words ("der Chef der Bundesagentur für Arbeit", "Russlands Präsident Wladimir
Putin", "Robert Halver von der Baader Bank"), or a personal pronoun ("er", "sie").
"""

from __future__ import annotations

from typing import Optional
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span as SpacySpan, Token

from ...doctext import doc_text
from ...quantities import match_quantity
from ..actors.resolve import doc_lexicon
from ..analysis.tagger import is_known_word
from ...speech_lexicon import load_lexicon
from .words import words

DETERMINERS = words("phrases", "DETERMINERS")
PRONOUNS = words("phrases", "PRONOUNS")
# lowercase words that may join two parts of a name ("Bundesagentur für Arbeit", "X von der Y")
LINKS = words("phrases", "LINKS")
POSSESSIVE_GENITIVES = words("phrases", "POSSESSIVE_GENITIVES")
# capitalised words that open a sentence but are no noun phrase
NOT_NOUNS = words("phrases", "NOT_NOUNS")
# words that join two speakers into one phrase ("die Polizei und die Feuerwehr")
COORDINATORS = words("phrases", "COORDINATORS")
NAME_PARTICLES = words("phrases", "NAME_PARTICLES")
NOT_ADJECTIVES = words("phrases", "NOT_ADJECTIVES")


def adjective_like(tok: Token) -> bool:
    t = tok.text
    if "-" in t and t[0].isdigit() and t.split("-")[-1].isalpha() and t[-1].islower():
        return True  # "81-jährige"
    if "-" in t[1:-1] and t.islower() and all(part.isalpha() for part in t.split("-")) and t.endswith(("e", "en", "er", "es", "em")):
        return True  # "saudi-arabischen"
    return (t.isalpha() and t[0].islower() and t.endswith(("e", "en", "er", "es", "em")) and len(t) > 3
            and t not in NOT_NOUNS and t not in NOT_ADJECTIVES
            and not tok.tag_.startswith(("VA", "VM", "VVFIN")))  # "wurden", "starben": verbs, when tagged


def _capitalised(tok: Token) -> bool:
    t = tok.text
    if "." in t[1:-1] and t[0].isalpha() and " " not in t:  # "ndr.de", "Spiegel.de"
        return True
    if "-" in t[1:-1] and t.rsplit("-", 1)[1][:1].isupper():  # "ai-Bericht", "dpa-Meldung"
        return True
    if tok.is_sent_start or (tok.i > 0 and tok.doc[tok.i - 1].is_space):
        if t.lower().endswith(("end", "weise", "lich", "erweise")) and t.isalpha():
            return False  # "Überraschend sprach sich …": a sentence-initial adverb
        if tok.tag_ in ("ADV", "ADJD") and is_known_word(t.lower()):
            return False  # "Zuletzt hatte Merkel gesagt", "Sinngemäß sagte er": the tagger knows an adverb
    return bool(t) and t[0].isupper() and any(c.isalpha() for c in t) and t.lower() not in NOT_NOUNS


def forward(sent: SpacySpan, i: int, allow_pronoun: bool = True, places: bool = False) -> Optional[tuple[int, int]]:
    """The speaker phrase starting at doc token ``i`` (inside ``sent``): (start, end) token indices."""
    doc = sent.doc
    end_limit = sent.end
    if i >= end_limit:
        return None
    tok = doc[i]
    if allow_pronoun and tok.text.lower() in PRONOUNS and tok.text.lower() not in ("es", "das"):
        return (i, i + 1)
    j = i
    has_noun = False
    both = tok.text.lower() == "sowohl"  # "sowohl die Regierung als auch die Opposition"
    if both:
        j = i + 1
    joined = None  # where a coordination ("und die Polizei") was taken in
    if tok.text in NAME_PARTICLES and i + 1 < end_limit and _capitalised(doc[i + 1]):
        j = i + 1  # "de Maizière", "al-Sadr"'s "al", "van Gogh": a lower-case particle opens the name
    while j < end_limit:
        if has_noun and doc[j].is_space and "\n" not in doc[j].text and j + 1 < end_limit and not doc[j + 1].is_space:
            j += 1  # "Alfredo Pérez Rubalcaba  sagte": a stray second space inside or after the phrase
            continue
        step = _mark_step(doc, j, end_limit, has_noun)
        quoted_name = step is not None and step is not _STOP and not has_noun and doc[j].text in ("„", "»", "\"")
        if step is None:
            step = _word_step(doc, j, end_limit, has_noun, joined, both, places)
        if step is _STOP:
            break
        j, has_noun, joined = step[0], step[1], step[2] if len(step) > 2 else joined
        if len(step) > 3:
            break
        if quoted_name and j < end_limit and _capitalised(doc[j]) and not doc[j].is_punct:
            break  # "laut „Reuters“ Warnschüsse abgegeben": the quoted name is the whole phrase
    if (joined is not None and j < end_limit and "FIN" in doc[j].tag_ and not _capitalised(doc[j])
            and i > sent.start and "FIN" in doc[i - 1].tag_):
        j = joined  # "sagte der Minister und die Opposition kritisierte": "und" opened a new clause
    while j > i and (doc[j - 1].text.lower() in DETERMINERS | LINKS | {"in", "im"} or adjective_like(doc[j - 1])) and not _capitalised(doc[j - 1]):
        j -= 1
    if not has_noun or j == i or (both and joined is None):
        return None
    # "Ärzte ohne Grenzen", "Angaben der Hilfsorganisation Ärzte ohne Grenzen": a listed name that
    # starts inside the phrase runs on beyond what the rules read
    longer = max((e for k in range(i, j) if (e := _mention_end(doc, k)) is not None), default=None)
    if longer is not None and j < longer <= end_limit:
        j = longer
    if j + 1 < end_limit and doc[j].text.lower() in ("in", "im") and doc[j + 1].tag_ == "NE":
        # "die Regierung in Lomé": the actors component read the place as part of this actor's mention
        ends = {e for s, e in _actor_mentions(doc).spans if s == doc[i].idx}
        k = next((k for k in range(j + 2, min(end_limit, j + 5) + 1) if doc[k - 1].idx + len(doc[k - 1].text) in ends), None)
        if k is not None:
            j = k
    return (i, j)


FOREIGN_LINKS = frozenset({"of", "for", "on"})  # lower-case words inside English names of bodies
_STOP = object()  # a step's answer: the phrase ends before this token


def _mark_step(doc: Doc, j: int, end_limit: int, has_noun: bool):
    """One step of :func:`forward` over a determiner, a quotation mark or an apostrophe: the next
    (token, has_noun), ``_STOP``, or None when token ``j`` is none of them."""
    t = doc[j]
    low = t.text.lower()
    if low in DETERMINERS and not has_noun and j + 1 < end_limit and doc[j + 1].text.lower() in ("am", "im", "vom", "seit", "in", "von"):
        # "einer am Dienstag veröffentlichten Pressemitteilung": skip the participle's own phrase
        k = next((k for k in range(j + 2, min(end_limit - 1, j + 8)) if adjective_like(doc[k]) and _capitalised(doc[k + 1])), None)
        if k is not None and not any(doc[m].is_punct for m in range(j + 1, k)):
            return k, has_noun
    coordinated = has_noun and doc[j - 1].text.lower() in COORDINATORS
    if (has_noun and not coordinated and low == "der" and j + 1 < end_limit and adjective_like(doc[j + 1])
            and doc[j + 1].text.endswith("e")):
        return _STOP  # "der NASA der überwiegende Teil": "der" + "-e" is a nominative, no genitive of the phrase
    if (has_noun and low in POSSESSIVE_GENITIVES and j + 1 < end_limit and _capitalised(doc[j + 1])
            and doc[j - 1].text in load_lexicon().nouns):
        return j + 1, has_noun  # "gemäss Angaben ihrer Angehörigen": the sayer in a possessive genitive
    if low in DETERMINERS and (not has_noun or low in ("der", "des") or coordinated):
        if has_noun and not (j + 1 < end_limit and (_capitalised(doc[j + 1]) or adjective_like(doc[j + 1])
                                                    or doc[j + 1].text in ("„", "»", "\""))):  # "der „New York Times“"
            return _STOP
        return j + 1, has_noun
    if t.text in ("„", "»", "«", "\"") and (not has_noun or doc[j - 1].text.lower() in DETERMINERS | LINKS or _capitalised(doc[j - 1])):
        close = next((k for k in range(j + 1, min(end_limit, j + 8)) if doc[k].text in ("“", "”", "«", "»", "\"")), None)
        # after a noun only a short quoted name ("die Tageszeitung „The Guardian“"), never a quote
        named = not has_noun or (close is not None and close - j <= 5 and _capitalised(doc[j + 1])
                                 and not any(doc[k].text in ".!?,:" for k in range(j + 1, close)))
        if close is not None and close > j + 1 and named:
            return close + 1, True
        return _STOP
    if (t.text in ("’", "'") and has_noun and j + 1 < end_limit and _capitalised(doc[j + 1])
            and not doc[j - 1].whitespace_ and not t.whitespace_):
        return j + 2, has_noun  # "Mark O’Keefe": an apostrophe inside a name
    return None


def _word_step(doc: Doc, j: int, end_limit: int, has_noun: bool, joined: Optional[int], both: bool, places: bool):
    """One step of :func:`forward` over a word: a name or noun, an adjective, a number, a bracket,
    a link ("und", "von", "in"): the next (token, has_noun, joined), or ``_STOP``."""
    t = doc[j]
    low = t.text.lower()
    if _capitalised(t) and not t.is_punct:
        if has_noun and low not in DETERMINERS and doc[j - 1].text.lower() not in DETERMINERS and match_quantity(doc_text(doc), t.idx):
            return _STOP  # "nach Angaben von Hilfsorganisationen Hunderte Zivilisten": a count opens the content
        return j + 1, True, joined
    if adjective_like(t) and (not has_noun or doc[j - 1].text.lower() in DETERMINERS or adjective_like(doc[j - 1])):
        return j + 1, has_noun, joined
    if t.text.isdigit() and not has_noun:
        return j + 1, has_noun, joined
    if t.text == "(" and has_noun:  # party or office in brackets: "(CDU)"
        k = j + 1
        while k < end_limit and k < j + 5 and doc[k].text != ")":
            k += 1
        if k < end_limit and doc[k].text == ")":
            return k + 1, has_noun, joined
        return _STOP
    if both and low == "als" and has_noun and j + 2 < end_limit and doc[j + 1].text.lower() == "auch":
        return j + 2, has_noun, joined or j
    if (low in LINKS or places and low in ("in", "im")) and has_noun and j + 1 < end_limit:
        nxt = doc[j + 1]
        if _capitalised(nxt) or nxt.text.lower() in DETERMINERS or nxt.text in ("„", "»") and low in ("von", "vom", "aus", "für"):
            return j + 1, has_noun, (joined or j) if low in COORDINATORS else joined
        if places and low in ("in", "im") and adjective_like(nxt) and j + 2 < end_limit and _capitalised(doc[j + 2]):
            return j + 2, has_noun, joined  # "Das Exilparlament im indischen Dharamshala"
    if low == "wie" and has_noun and _capitalised(doc[j - 1]) and j + 1 < end_limit and (
            _capitalised(doc[j + 1]) or doc[j + 1].text.lower() in DETERMINERS):
        return j + 1, has_noun, joined  # "Uiguren wie Isa", "Experten wie der Ökonom Hans Berg"
    if (low in FOREIGN_LINKS and has_noun and _capitalised(doc[j - 1]) and j + 1 < end_limit
            and _capitalised(doc[j + 1])):
        return j + 1, has_noun, joined  # "University of Toronto", "Museum of Natural History": inside a foreign name
    listed = _mention_end(doc, j) if not has_noun or _capitalised(doc[j - 1]) else None
    if listed is not None and listed <= end_limit:
        return listed, True, joined, True  # "die Nachrichtenagentur dpa", "laut dpa", "die taz": a listed name in lower case ends the phrase
    return _STOP


class _ActorMentions:
    """The actors component's mentions of one doc (it ran before attributions), read once."""

    def __init__(self, doc: Doc):
        actors = (doc._.actors if doc.has_extension("actors") else None) or []
        mentions = [m for a in actors for m in a.mentions]
        self.spans = frozenset((m.start, m.end) for m in mentions)  # character offsets
        self.longest: dict[int, int] = {}  # character start -> the end of the longest mention there
        for start, end in self.spans:
            self.longest[start] = max(end, self.longest.get(start, end))
        names = doc_lexicon(doc).alias_index  # only a listed name (the user's too): "Ärzte ohne Grenzen", "Banca d'Italia"
        self.listed_ends: dict[int, int] = {}  # token start -> token end
        for m in mentions:
            span = doc.char_span(m.start, m.end) if m.text in names else None
            if span is not None:
                self.listed_ends[span.start] = span.end


_ACTOR_MENTIONS: "WeakKeyDictionary[Doc, _ActorMentions]" = WeakKeyDictionary()


def _actor_mentions(doc: Doc) -> _ActorMentions:
    found = _ACTOR_MENTIONS.get(doc)
    if found is None:
        found = _ACTOR_MENTIONS[doc] = _ActorMentions(doc)
    return found


def _mention_end(doc: Doc, start: int) -> Optional[int]:
    """The end token of a listed name's mention that starts at token ``start``."""
    return _actor_mentions(doc).listed_ends.get(start)


def _actor_mention(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``[start, end)`` are exactly a mention the actors component found: names the
    phrase rules cannot parse ("Ärzte ohne Grenzen") are speakers all the same."""
    last = doc[end - 1]
    return (doc[start].idx, last.idx + len(last.text)) in _actor_mentions(doc).spans


def actor_mention_spans(doc: Doc) -> frozenset[tuple[int, int]]:
    """The (start, end) characters of every mention the actors component found."""
    return _actor_mentions(doc).spans


def mention_from(doc: Doc, i: int) -> Optional[int]:
    """The end token of the longest mention the actors component found that starts at token ``i``."""
    end = _actor_mentions(doc).longest.get(doc[i].idx)
    span = doc.char_span(doc[i].idx, end, alignment_mode="expand") if end is not None else None
    return span.end if span is not None else None


def is_actor_mention(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``[start, end)`` are exactly one mention of an actor the actors component found."""
    return _actor_mention(doc, start, end)


def whole(doc, start: int, end: int) -> bool:
    """Whether tokens ``[start, end)`` form exactly one speaker phrase (commas allowed for appositions)."""
    if start >= end:
        return False
    if end - start > 1 and _actor_mention(doc, start, end):
        return True
    if end - start == 1 and doc[start].text.lower() in PRONOUNS and doc[start].text.lower() not in ("es",):
        return True
    if doc[start].text.lower() in NOT_NOUNS and doc[start].text.lower() not in DETERMINERS:
        return False
    sent = doc[start:end]
    i = start
    while i < end:
        found = forward(sent, i, allow_pronoun=False, places=True)
        if found is None:
            return False
        i = found[1]
        if i < end and doc[i].text == ",":
            i += 1
    return True


def backward(sent: SpacySpan, end: int) -> Optional[tuple[int, int]]:
    """The longest speaker phrase that ends right before doc token ``end`` within ``sent``."""
    doc = sent.doc
    best = None
    for start in range(max(sent.start, end - 10), end):
        if whole(doc, start, end) and "," not in doc[start:end].text:
            best = (start, end)
            break
    return best
