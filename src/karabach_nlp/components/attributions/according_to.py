"""According-to frames (spec §2 according_to), one rule per cue: "laut X", "X zufolge", "…, so X",
"nach Angaben X", "wie X mitteilte", "…, wonach …", "Demnach …".

The cue words are spaCy Matcher patterns (``models/patterns/attribution_cues.jsonl``, see cues.py),
each labelled with the rule it starts. A rule reads the token where its cue matched and answers
the finding it frames there, or None; for a token, the first rule that answers wins."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span as SpacySpan

from ...records import AttributionKind
from ...speech_lexicon import verb_class
from . import phrases
from .clauses import (
    AUX, CLAUSE_OPENERS, FRAME_ADVERBS, RELATIVE_AFTER_NACH, Finding, _chars, _clause_end, _content_around, _content_end,
    _first, _saying_noun, _with_apposition,
)
from .context import Context
from .words import words

SOURCE_PREPOSITIONS = words("reporting", "SOURCE_PREPOSITIONS")
TIME_WORDS = words("back_reference", "TIME_WORDS")  # "nach Angaben vom Montag": weekdays, months, times of day
WEEKDAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")  # also "Dienstagabend"  # "wie es aus dem Ministerium hieß"

# "zwei Monate nach dem Urteil", "erst nach umfangreichen Ermittlungen": "nach" of time, no source
TIME_BEFORE_NACH = words("according_to", "TIME_BEFORE_NACH")
# "nach der Auswertung des Flugschreibers": after the article these nouns name an event, "after" it
# (train: 3 such frames, none a gold report; "nach der Ankündigung/Einschätzung" do report)
EVENTS_AFTER_NACH = words("according_to", "EVENTS_AFTER_NACH")
# "wie er genannt wird" names, it reports nothing; "wie eine Studie ergab" reports, though
# "ergeben" frames no clause of its own
NAMING = verb_class("naming")
WIE_ONLY_VERBS = verb_class("wie_only")
EXPECTING = verb_class("expecting")  # "wie erwartet" / "wie angenommen" with no one named
ORDINALS = words("according_to", "ORDINALS")  # not adjective-like to the phrase rules
PUBLISHING = verb_class("publishing")  # "legte einen Bericht vor. Danach …"
WIE_ADVERBS = words("according_to", "WIE_ADVERBS")  # "wie bereits X mitteilte"


def find_in_sentence(ctx: Context, sent: SpacySpan, rules) -> list[Finding]:
    """The according-to findings of a sentence: per unmasked cue token, the first of its rules that answers."""
    out = []
    for i in range(sent.start, sent.end):
        cued = ctx.cues.get(i)
        if not cued or ctx.masked(i):
            continue
        for rule in rules:
            if rule.name not in cued:
                continue
            found = rule(ctx, sent, i)
            if found is not None:
                found.evidence = found.evidence or rule.name
                out.append(found)
                break
    return out


def _framed(sent: SpacySpan, speaker, cue, frame) -> Optional[Finding]:
    """The finding of a frame (token spans): its content is the rest of the sentence around it."""
    if frame is None or cue is None:
        return None
    content = _content_around(sent, frame)
    if content is None:
        return None
    doc = sent.doc
    return Finding(AttributionKind.according_to, _chars(doc, *content), _chars(doc, *speaker) if speaker else None,
                   [_chars(doc, s, e) for s, e in cue], sent=sent.start)


def laut(ctx: Context, sent: SpacySpan, i: int) -> Optional[Finding]:
    """ "Laut der Polizei …", "gemäß dem Bericht": a cue word with its speaker after it."""
    tok = sent.doc[i]
    if not (tok.text[0].islower() or i == _first(sent) or _after_bullet(sent, i)):
        return None
    speaker = _bare_source(sent, phrases.forward(sent, i + 1, allow_pronoun=False))
    return _framed(sent, speaker, [(i, i + 1)], (i, speaker[1]) if speaker else None)


def _bare_source(sent: SpacySpan, speaker: Optional[tuple[int, int]]) -> Optional[tuple[int, int]]:
    """ "laut Airbus Bestellungen für …", "laut Schnappauf aus Sicherheitsgründen": a source with no
    article ends with the actor's mention it opens with; the words after it are the content (not a
    genitive, a "von" affiliation or more of a name)."""
    if speaker is None or speaker[1] - speaker[0] < 2:
        return speaker
    doc = sent.doc
    if doc[speaker[0]].text.lower() in phrases.DETERMINERS:
        return speaker
    ends = [e for s, e in phrases.actor_mention_spans(doc) if s == doc[speaker[0]].idx]
    cut = next((t.i for t in doc[speaker[0]:speaker[1]] if ends and t.idx >= max(ends)), None)
    if cut is None or cut <= speaker[0] or doc[cut - 1].idx + len(doc[cut - 1].text) != max(ends):
        return speaker
    while cut < speaker[1] and doc[cut].is_space:
        cut += 1
    after, then = doc[cut], doc[cut + 1] if cut + 1 < len(doc) else None
    if then is None or then.tag_ in ("ART", "APPRART") or then.text.lower() in phrases.DETERMINERS:
        return speaker  # "Dokumenten aus der Birthler-Behörde": an affiliation
    if after.tag_ == "APPR" and after.text.lower() not in ("von", "vom") and then.tag_ == "NN":
        return (speaker[0], cut)  # "laut Schnappauf aus Sicherheitsgründen"
    if after.tag_ == "NN" and not then.text[:1].isupper():
        return (speaker[0], cut)  # "laut Airbus Bestellungen für …", not "Klinikdirektor Prof. Dr. …"
    return speaker


BULLETS = frozenset({"-", "–", "•", "*", "·"})


def _after_bullet(sent: SpacySpan, i: int) -> bool:
    """ "- Laut Überlebenden starben …": a list item's bullet at the start of the line, nothing else before."""
    before = sent.doc[sent.start:i]
    return len(before) > 0 and any(t.text in BULLETS for t in before) and all(t.is_space or t.text in BULLETS for t in before)


def zufolge(ctx: Context, sent: SpacySpan, i: int) -> Optional[Finding]:
    """ "Dem Bericht zufolge …" (also spelt "zu Folge"): a cue word with its speaker before it."""
    end = i + 2 if sent.doc[i].text.lower() == "zu" else i + 1
    speaker = phrases.backward(sent, i)
    return _framed(sent, speaker, [(i, end)], (speaker[0], end) if speaker else None)


def so_clause(ctx: Context, sent: SpacySpan, i: int) -> Optional[Finding]:
    """ "…, so der Sprecher.", "…, so Müller, …": a cue word after a comma, its speaker next."""
    doc = sent.doc
    if not (i > sent.start
            and doc[i - 1].text in (",", "–") and i + 1 < sent.end):
        return None
    cue = [(i, i + 1)]
    j = i + 1
    if ctx.lex.verb_of(doc[j]) is not None:
        cue.append((j, j + 1))
        j += 1
        while j < sent.end - 1 and doc[j].text.lower() in FRAME_ADVERBS:
            j += 1  # "…, so betont auch die Polizei, …"
    # "…, so der Sprecher" / "so Müller" / "so er"; not "…, so wurde der Hafen" / "so lange …"
    opens = j < sent.end and (phrases._capitalised(doc[j]) or doc[j].text.lower() in phrases.DETERMINERS | phrases.PRONOUNS)
    speaker = phrases.forward(sent, j) if opens and not doc[j].tag_.startswith("V") else None
    if not speaker or any(doc[k].text.lower() in CLAUSE_OPENERS | {"dass"} for k in range(i + 1, speaker[1])):
        return None
    rest = speaker[1]
    while rest < sent.end and doc[rest].text.lower() in FRAME_ADVERBS:
        rest += 1
    mid = rest < _content_end(sent) and doc[rest].text in (",", "–", "-")
    return _framed(sent, speaker, cue, (i, rest + 1) if mid else (i, _content_end(sent)))


POSSESSIVES = frozenset("seiner ihrer deren dessen unserer meiner eurer".split())
# articles that cannot open a genitive after "nach Angaben" ("der Polizei", "des Ministeriums" can)
NOT_GENITIVE = frozenset("die das den dem ein eine einen einem".split())


def nach_angaben(ctx: Context, sent: SpacySpan, i: int) -> Optional[Finding]:
    """ "nach Angaben der Polizei", "nach eigenen Angaben", "seiner Meinung nach", "aus Sicht der Opposition".

    "nach" with a noun of saying; "aus Sicht" only as a clause's adverbial (:func:`_aus_sicht_adverbial`)."""
    doc = sent.doc
    if doc[i].text.lower() == "aus" and not _aus_sicht_adverbial(sent, i):
        return None
    if not (i + 1 < sent.end
            and not (i > sent.start and doc[i - 1].text == "," and doc[i + 1].text.lower() in RELATIVE_AFTER_NACH)
            and not (i > sent.start and doc[i - 1].text.lower() in TIME_BEFORE_NACH)):
        return None
    nouns = ctx.lex.nouns
    j = i + 1
    own = False
    while j < sent.end - 1 and (doc[j].text.lower() in phrases.DETERMINERS or phrases.adjective_like(doc[j])
                                or doc[j].text in ORDINALS):  # "nach erster Einschätzung"
        own = own or doc[j].text.lower() == "eigenen"
        j += 1
    if (j == i + 1 and j + 1 < sent.end - 1 and doc[j].text.endswith("s") and phrases._capitalised(doc[j])
            and doc[j + 1].text in nouns):
        j += 1  # "Nach Müllers Meinung": the genitive name and the noun are the source
    noun = _saying_noun(ctx.lex, doc[j].text) and not (
        doc[j].text in EVENTS_AFTER_NACH and doc[j - 1].text.lower() in ("der", "dem"))
    if noun and not own and j > i + 1 and doc[j - 1].text.lower() not in phrases.DETERMINERS and _genitive_source(sent, j):
        # "nach jüngsten Angaben der Behörden", "nach ersten Erkenntnissen der Polizei": the genitive is the source
        speaker = _genitive_source(sent, j)
        return _framed_past_time(sent, speaker, [(i, j + 1)], (i, speaker[1]))
    if noun and (own or j > i + 1 and doc[j - 1].text.lower() not in phrases.DETERMINERS):
        # "nach eigenen Angaben", "nach palästinensischen Angaben": the phrase is the source
        # ("eigenen Angaben" is the subject's own, and its actor's mention: actors/source_rules)
        return _framed_past_time(sent, (i + 1, j + 1), [(i, i + 1)], (i, j + 1))
    if noun and doc[j].text not in nouns:
        return _framed_past_time(sent, (j, j + 1), [(i, i + 1)], (i, j + 1))  # "nach Expertenmeinung"
    if noun:
        cue_end = j + 1
        # "nach Angaben von X" / "nach Angaben aus X" (a place or circle for those in it)
        k = cue_end + 1 if cue_end < sent.end and doc[cue_end].text.lower() in ("von", "aus") else cue_end
        speaker = phrases.forward(sent, k, allow_pronoun=False, places=True) if k < sent.end else None
        if speaker is not None and k == cue_end and (doc[k].text.lower() in NOT_GENITIVE or (
                phrases.adjective_like(doc[k]) and doc[k].text.endswith("e"))):  # "historische Bedeutung"
            speaker = None  # "nach Zeugenaussagen die Tat geplant": the phrase after is the content's, no genitive
        if speaker is None:  # "nach Zeugenaussagen", "nach dessen Angaben": the noun (with its determiner) is the source
            speaker, cue_end = (i + 1, j + 1), i + 1
        cue = [(i, cue_end)] if cue_end > i else [(i, i + 1)]
        return _framed_past_time(sent, speaker, cue, (i, speaker[1]))
    if (i > sent.start and doc[i - 1].text in nouns and not (i + 1 < sent.end and doc[i + 1].tag_ == "ART")
            and _owned(doc, i - 1)):
        # "seiner Meinung nach"; not "mehrere Statistiken nach der Katastrophe": "nach" before an article governs it
        speaker = phrases.backward(sent, i) or (i - 1, i)
        if speaker[1] - speaker[0] > 2 and doc[speaker[0] + 1].tag_ == "PPOSAT":
            speaker = (speaker[0] + 1, speaker[1])  # "…, die ihrer Meinung nach": the relative pronoun is no part
        return _framed_past_time(sent, speaker, [(i, i + 1)], (speaker[0], i + 1))
    return None


def _owned(doc, noun: int) -> bool:
    """ "seiner Meinung nach", "Müllers Ansicht nach": a noun of saying before "nach" names its holder
    by a possessive or a genitive name before it; "fordert freie Sicht nach draußen" is no source."""
    if noun == 0:
        return False
    before = doc[noun - 1]
    if doc[noun].text == "Vernehmen":
        return True  # "dem Vernehmen nach": hearsay with no holder, a fixed phrase
    return before.tag_ == "PPOSAT" or before.text.lower() in POSSESSIVES or (
        before.text[:1].isupper() and before.text.endswith("s") and before.tag_ in ("NE", "NN"))


def _framed_past_time(sent: SpacySpan, speaker, cue, frame) -> Optional[Finding]:
    """:func:`_framed`, the frame running on over a time phrase right after it ("nach Angaben vom Montag",
    "nach ersten Angaben vom gestrigen Mittwoch"): when the source gave it, not what it says."""
    if frame is not None:
        frame = (frame[0], _time_phrase_end(sent, frame[1]) or frame[1])
    if speaker is not None:  # "der Polizei vom Dienstagabend": the time is no part of the source
        cut = next((k for k in range(speaker[0] + 1, speaker[1]) if _time_phrase_end(sent, k) == speaker[1]), None)
        speaker = (speaker[0], cut) if cut is not None else speaker
    return _framed(sent, speaker, cue, frame)


def _time_phrase_end(sent: SpacySpan, k: int) -> Optional[int]:
    """The end of "vom (gestrigen) Montag" / "von Dienstagabend" / "am Montag" starting at token ``k``, else None."""
    doc = sent.doc
    if k >= sent.end or doc[k].text.lower() not in ("vom", "von", "am"):
        return None
    m = k + 1
    while m < sent.end - 1 and phrases.adjective_like(doc[m]):
        m += 1
    word = doc[m].text.lower() if m < sent.end else ""
    return m + 1 if word in TIME_WORDS or any(word.startswith(t) for t in WEEKDAYS) else None


def _genitive_source(sent: SpacySpan, j: int) -> Optional[tuple[int, int]]:
    """The phrase right after the noun of saying at ``j`` that names its source: a genitive ("der
    Behörden") or "von"/"aus" with its phrase."""
    doc = sent.doc
    if j + 2 >= sent.end or doc[j + 1].text.lower() not in ("der", "des", "von", "vom", "aus"):
        return None
    if _time_phrase_end(sent, j + 1) is not None:
        return None  # "nach ersten Angaben vom gestrigen Mittwoch": a time, no source
    start = j + 2 if doc[j + 1].text.lower() in ("von", "aus") else j + 1
    return phrases.forward(sent, start, allow_pronoun=False, places=True)


def _aus_sicht_adverbial(sent: SpacySpan, i: int) -> bool:
    """ "Aus Sicht der Opposition ist …", "Die Klage hat aus Sicht der Verbände keine Wirkung": the phrase
    opens the clause or follows its finite verb; after a noun or article it qualifies that word and
    names no source ("erläuterte die Politik aus Sicht Chinas", "einen aus ihrer Sicht guten Platz")."""
    doc = sent.doc
    return i == _first(sent) or doc[i - 1].text == "," or doc[i - 1].tag_.endswith("FIN")


def wie_clause(ctx: Context, sent: SpacySpan, i: int) -> Optional[Finding]:
    """ "Wie die Polizei mitteilte, …", "…, wie aus Militärkreisen verlautete": a "wie" clause with a reporting verb."""
    doc = sent.doc
    if not (i == _first(sent) or doc[i - 1].text == ","):
        return None
    j = i + 1
    while j < sent.end and doc[j].text.lower() in WIE_ADVERBS:
        j += 1
    if j + 1 < sent.end and doc[j].text.lower() == "aus":
        j += 1  # "Wie aus Militärkreisen verlautete": those in that circle are the source
    framed = _wie_speaker_verb(ctx, sent, i, j)
    if framed is None:
        # "Wie der Verband am Montag bekannt gab, …" / "Wie gestern bekannt wurde, …": words
        # between speaker and verb, or no speaker; the verb closes the clause
        framed = _wie_clause(ctx.lex, sent, i, j)
    return _framed(sent, *framed)


def _wie_speaker_verb(ctx: Context, sent: SpacySpan, i: int, j: int):
    """ "Wie die Bank mitteilte": (speaker, cue, frame) when the reporting verb follows the speaker
    phrase right after "wie" (an apposition between them joins the speaker), else None."""
    doc, lex = sent.doc, ctx.lex
    speaker = phrases.forward(sent, j, places=True)
    if speaker is None and j < sent.end and doc[j].text.lower() == "es":
        return _wie_es(ctx, sent, i, j)
    at = speaker[1] if speaker else sent.end  # where the verb stands
    if speaker and at < sent.end and doc[at].text == ",":
        # "Wie die Premierministerin, Anna Bligh, erklärte": the apposition joins the speaker
        longer = _with_apposition(sent, speaker)
        if longer != speaker and longer[1] + 1 < sent.end and doc[longer[1]].text == ",":
            speaker, at = longer, longer[1] + 1
    if not speaker or at >= sent.end:
        return None
    v = doc[at]
    # "wie die Bank bekannt gab": the particle stands before its verb here
    split = at + 1 < sent.end and any(sv.particle == v.text for sv in lex.split_verbs_of(doc[at + 1]))
    if lex.verb_of(v) is None and not split:
        return None
    end = at + (2 if split else 1)
    while end < sent.end and doc[end].text.lower() in AUX | {"worden", "hat", "habe"}:
        end += 1
    return speaker, [(i, i + 1), (at, at + (2 if split else 1))], (i, end)


def _wie_es(ctx: Context, sent: SpacySpan, i: int, j: int):
    """ "Wie es hieß, …" (nobody speaks: "es" joins the cue) / "Wie es aus Regierungskreisen hieß, …"
    ("aus X" is the source): (speaker, cue, frame), or None when no verb of saying follows."""
    doc = sent.doc
    at, speaker = j + 1, None
    if at + 1 < sent.end and doc[at].text.lower() in SOURCE_PREPOSITIONS:
        speaker = phrases.forward(sent, at + 1, allow_pronoun=False, places=True)
        if speaker is None:
            return None
        at = speaker[1]
    if at >= sent.end or ctx.lex.verb_of(doc[at]) is None:
        return None
    end = at + 1
    while end < sent.end and doc[end].text.lower() in AUX | {"worden", "hat", "habe"}:
        end += 1
    return speaker, [(i, i + 1), (j, j + 1), (at, at + 1)], (i, end)


def wonach(ctx: Context, sent: SpacySpan, i: int) -> Optional[Finding]:
    """ "…, wonach …", "Gerüchte, nach denen …": the phrase before the comma is the source of the clause."""
    doc = sent.doc
    low = doc[i].text.lower()
    # ("…, nach dem Spiel …" is a time: "nach dem" relates only to a noun of saying)
    if not ((low == "wonach" or low == "nach" and i + 1 < sent.end and doc[i + 1].text.lower() in RELATIVE_AFTER_NACH
             and (doc[i + 1].text.lower() in ("denen", "welchem", "welcher") or i > 1 and _saying_noun(ctx.lex, doc[i - 2].text))
             ) and i > sent.start and doc[i - 1].text == ","):
        return None
    speaker = phrases.backward(sent, i - 1)
    body = i + 2 if low == "nach" else i + 1
    end = _clause_end(sent, body)
    if end - body <= 2:
        return None
    return Finding(AttributionKind.according_to, _chars(doc, body, end),
                   _chars(doc, *speaker) if speaker else None, [_chars(doc, i, i + 1)], sent=sent.start)


def demnach(ctx: Context, sent: SpacySpan, i: int) -> Optional[Finding]:
    """ "Demnach …", "Danach …" after a report: the sentence continues the last source."""
    doc = sent.doc
    low = doc[i].text.lower()
    if not ((low == "demnach" or low == "danach" and _after_a_report(ctx.lex, sent)) and i == _first(sent)):
        return None
    content = _content_around(sent, (i, i + 1))
    if content is None:
        return None
    return Finding(AttributionKind.according_to, _chars(doc, *content), None, [_chars(doc, i, i + 1)],
                   continues=True, sent=sent.start)


def _after_a_report(lex, sent: SpacySpan) -> bool:
    """ "Die Bank veröffentlichte neue Zahlen. Danach …", "… eine Studie vor. Danach …": "danach"
    reads "according to it" only after a sentence naming a report or publishing one; else it
    is "afterwards" (train: 20 sentences open with it, 5 of them annotated as reports)."""
    doc = sent.doc
    if sent.start == 0:
        return False
    prev = doc[sent.start - 1].sent
    # the report named as a thing ("eine Studie wurde vorgestellt"), not as the frame of that
    # sentence ("Nach Aussagen von X drangen …", "über die Medien erfahren"): then "danach" is a time
    return any(t.lemma_ in PUBLISHING or t.text in lex.nouns
               and not any(doc[k].tag_ in ("APPR", "APPRART") for k in range(max(prev.start, t.i - 3), t.i))
               for t in prev)


def _wie_clause(lex, sent: SpacySpan, i: int, j: int):
    """ "Wie X (…) bestätigte, …": the reporting verb that ends the "wie" clause before its comma
    (auxiliaries after it), the phrase after "wie" its speaker when it ends before the verb."""
    doc = sent.doc
    comma = _clause_end(sent, j)
    # "…, wie der Gouverneur am Sonntag mitteilte.": a trailing clause ends with the sentence;
    # not "wie sehr sie …" (a question of degree) nor "wie man es erwartet hatte" (a comparison)
    trailing = (i > _first(sent) and doc[i - 1].text == "," and comma >= _content_end(sent)
                and j < sent.end and doc[j].tag_ not in ("ADJD", "ADV"))
    for _ in range(0 if trailing else 2):  # "Wie der Sprecher, Max Muster, in Berlin mitteilte,": past an apposition
        if comma + 1 < sent.end and doc[comma].text == "," and not _ends_in_verb(doc, comma):
            comma = _clause_end(sent, comma + 1)
    if trailing:
        comma = _content_end(sent)
    elif comma >= _content_end(sent) or doc[comma].text != ",":
        return None, None, None
    if comma - j > 24:
        return None, None, None
    k = comma - 1
    split = k - 1 > i and any(sv.particle == doc[k - 1].text for sv in lex.split_verbs_of(doc[k]))  # "bekannt wurde"
    while not split and k > j and doc[k].text.lower() in AUX | {"worden", "habe"}:
        k -= 1
    v = doc[k]
    split = split or k - 1 > i and any(sv.particle == doc[k - 1].text for sv in lex.split_verbs_of(v))
    verb = lex.verb_of(v)
    if not (split or verb is not None and verb.lemma not in NAMING or v.lemma_ in WIE_ONLY_VERBS) or not v.text.islower():
        return None, None, None
    start = k - 1 if split else k
    speaker = phrases.forward(sent, j, places=True) if j < start else None
    if speaker is not None and speaker[1] < start and doc[speaker[1]].text == ",":
        longer = _with_apposition(sent, speaker)  # "Wie Anna Berg, eine Sprecherin der Bahn, …"
        speaker = longer if longer[1] < start else speaker
    if speaker is not None and speaker[1] > start:
        speaker = None
    if (speaker is None or trailing) and v.lemma_ in EXPECTING:
        return None, None, None  # "Wie erwartet, …": an aside, nobody reports
    return speaker, [(i, i + 1), (start, k + 1)], (i, comma)


def _ends_in_verb(doc, comma: int) -> bool:
    return doc[comma - 1].tag_.startswith("V") or doc[comma - 1].text.lower() in AUX
