"""Frames inside a sentence: "laut X", "X zufolge", "nach Angaben X", "…, so X", "wie X mitteilte"
(according_to); a reporting verb with its clause (indirect); a speech act with an object or in
the passive (reported; the rules are in reported.py)."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span as SpacySpan

from ...records import AttributionKind
from . import phrases
from .clauses import (
    AUX, CLAUSE_OPENERS, CORRELATES, DOCUMENT_PREPOSITIONS, FINITE_TAGS, FRAME_ADVERBS, PASSIVE, RELATIVE, RELATIVE_AFTER_NACH, REPORTING_AS_REPORTED,
    SAYING, SUBORDINATORS, WEAK_SUBJUNCTIVE, Finding, _chars, _first, _is_subjunctive,
)
from ...speech_lexicon import ReportedVerb
from .reported import ReportedSpeech, opens

IMPERSONAL_SAYING = frozenset("heißt hieß hiess".split())  # "…, hieß es."
SOURCE_PREPOSITIONS = frozenset("von vom bei beim aus".split())  # "…, hieß es aus dem Ministerium."
# "zwei Monate nach dem Urteil", "erst nach umfangreichen Ermittlungen": "nach" of time, no source
TIME_BEFORE_NACH = frozenset(
    "tag tage tagen woche wochen monat monate monaten jahr jahre jahren stunde stunden minute minuten "
    "kurz erst gleich unmittelbar direkt bald kurze".split())
def _verbless(doc, start: int, end: int) -> bool:
    """Whether tokens ``[start, end)`` hold no verb, as the tagger reads them (without tags: unknown, so False)."""
    return doc.has_annotation("TAG") and not any(t.tag_.startswith("V") for t in doc[start:end])


PERFECT_AUX = frozenset("hat hatte haben hatten habe hätte hätten".split())
# "nach der Auswertung des Flugschreibers": after the article these nouns name an event, "after" it
# (train: 3 such frames, none a gold report; "nach der Ankündigung/Einschätzung" do report)
EVENTS_AFTER_NACH = frozenset("Auswertung Veröffentlichung Vorstellung Verkündung".split())
# "wie er genannt wird" names, it reports nothing; "wie eine Studie ergab" reports, though
# "ergeben" frames no clause of its own
NAMING = frozenset("nennen bezeichnen".split())
WIE_ONLY_VERBS = frozenset("ergeben veröffentlichen".split())
EXPECTING = frozenset("erwarten annehmen befürchten".split())  # "wie erwartet" / "wie angenommen" with no one named
ORDINALS = frozenset("erster ersten letzter letzten".split())  # not adjective-like to the phrase rules
PUBLISHING = frozenset("veröffentlichen vorstellen vorlegen".split())  # "legte einen Bericht vor. Danach …"
SEPARABLE_PARTICLES = frozenset("ab an auf aus bei ein fest fort her hin los nach vor weg zu zurück zusammen".split())


class FramedSpeech(ReportedSpeech):
    def _according_to(self, sent: SpacySpan, masked) -> list[Finding]:
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
            elif where == "clause" and i > sent.start and doc[i - 1].text in (",", "–") and i + 1 < sent.end:
                cue = [(i, i + 1)]
                j = i + 1
                if self.lex.verb_of(doc[j]) is not None:
                    cue.append((j, j + 1))
                    j += 1
                # "…, so der Sprecher" / "so Müller" / "so er"; not "…, so wurde der Hafen" / "so lange …"
                opens = j < sent.end and (phrases._capitalised(doc[j]) or doc[j].text.lower() in phrases.DETERMINERS | phrases.PRONOUNS)
                speaker = phrases.forward(sent, j) if opens and not doc[j].tag_.startswith("V") else None
                if speaker and not any(doc[k].text.lower() in CLAUSE_OPENERS | {"dass"} for k in range(i + 1, speaker[1])):
                    rest = speaker[1]
                    while rest < sent.end and doc[rest].text.lower() in FRAME_ADVERBS:
                        rest += 1
                    mid = rest < self._content_end(sent) and doc[rest].text in (",", "–", "-")
                    frame = (i, rest + 1) if mid else (i, self._content_end(sent))
                else:
                    speaker = cue = None
            elif low == "nach" and i + 1 < sent.end and not (i > sent.start and doc[i - 1].text == "," and doc[i + 1].text.lower() in RELATIVE_AFTER_NACH) \
                    and not (i > sent.start and doc[i - 1].text.lower() in TIME_BEFORE_NACH):
                j = i + 1
                own = False
                while j < sent.end - 1 and (doc[j].text.lower() in phrases.DETERMINERS or phrases.adjective_like(doc[j])
                                            or doc[j].text in ORDINALS):  # "nach erster Einschätzung"
                    own = own or doc[j].text.lower() == "eigenen"
                    j += 1
                if (j == i + 1 and j + 1 < sent.end - 1 and doc[j].text.endswith("s") and phrases._capitalised(doc[j])
                        and doc[j + 1].text in self.lex.nouns):
                    j += 1  # "Nach Müllers Meinung": the genitive name and the noun are the source
                noun = self._saying_noun(doc[j].text) and not (
                    doc[j].text in EVENTS_AFTER_NACH and doc[j - 1].text.lower() in ("der", "dem"))
                if noun and (own or j > i + 1 and doc[j - 1].text.lower() not in phrases.DETERMINERS):
                    # "nach eigenen Angaben", "nach palästinensischen Angaben": the phrase is the source
                    # ("eigenen Angaben" is the subject's own, and its actor's mention: actors/source_rules)
                    speaker = (i + 1, j + 1)
                    cue, frame = [(i, i + 1)], (i, j + 1)
                elif noun and doc[j].text not in self.lex.nouns:
                    speaker, cue, frame = (j, j + 1), [(i, i + 1)], (i, j + 1)  # "nach Expertenmeinung"
                elif noun:
                    cue_end = j + 1
                    # "nach Angaben von X" / "nach Angaben aus X" (a place or circle for those in it)
                    k = cue_end + 1 if cue_end < sent.end and doc[cue_end].text.lower() in ("von", "aus") else cue_end
                    speaker = phrases.forward(sent, k, allow_pronoun=False, places=True) if k < sent.end else None
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
                if j + 1 < sent.end and doc[j].text.lower() == "aus":
                    j += 1  # "Wie aus Militärkreisen verlautete": those in that circle are the source
                speaker = phrases.forward(sent, j, places=True)
                if speaker is None and j < sent.end and doc[j].text.lower() == "es":
                    speaker = (j, j + 1)
                at = speaker[1] if speaker else sent.end  # where the verb stands
                if speaker and at < sent.end and doc[at].text == ",":
                    # "Wie die Premierministerin, Anna Bligh, erklärte": the apposition joins the speaker
                    longer = self._with_apposition(sent, speaker)
                    if longer != speaker and longer[1] + 1 < sent.end and doc[longer[1]].text == ",":
                        speaker, at = longer, longer[1] + 1
                if speaker and at < sent.end:
                    v = doc[at]
                    # "wie die Bank bekannt gab": the particle stands before its verb here
                    split = at + 1 < sent.end and any(
                        sv.particle == v.text for sv in self.lex.split_verbs_of(doc[at + 1]))
                    if self.lex.verb_of(v) is not None or split:
                        end = at + (2 if split else 1)
                        while end < sent.end and doc[end].text.lower() in AUX | {"worden", "hat", "habe"}:
                            end += 1
                        cue = [(i, i + 1), (at, at + (2 if split else 1))]
                        frame = (i, end)
                    else:
                        speaker = None
                else:
                    speaker = None
                if speaker is None:
                    # "Wie der Verband am Montag bekannt gab, …" / "Wie gestern bekannt wurde, …": words
                    # between speaker and verb, or no speaker; the verb closes the clause
                    speaker, cue, frame = self._wie_clause(sent, i, j)
            elif (low == "wonach" or low == "nach" and i + 1 < sent.end and doc[i + 1].text.lower() in RELATIVE_AFTER_NACH
                  and (doc[i + 1].text.lower() in ("denen", "welchem", "welcher") or i > 1 and self._saying_noun(doc[i - 2].text))
                  ) and i > sent.start and doc[i - 1].text == ",":
                # ("…, nach dem Spiel …" is a time: "nach dem" relates only to a noun of saying)
                # "…, wonach …" / "Gerüchte, nach denen …": the phrase before the comma is the source
                speaker = phrases.backward(sent, i - 1)
                body = i + 2 if low == "nach" else i + 1
                end = self._clause_end(sent, body)
                if end - body > 2:
                    out.append(Finding(AttributionKind.according_to, _chars(doc, body, end),
                                      _chars(doc, *speaker) if speaker else None, [_chars(doc, i, i + 1)], sent=sent.start))
                continue
            elif (low == "demnach" or low == "danach" and self._after_a_report(sent)) and i == _first(sent):
                content = self._content_around(sent, (i, i + 1))
                if content is not None:
                    out.append(Finding(AttributionKind.according_to, _chars(doc, *content), None, [_chars(doc, i, i + 1)],
                                      continues=True, sent=sent.start))
                continue
            if frame is None or cue is None:
                continue
            content = self._content_around(sent, frame)
            if content is None:
                continue
            out.append(
                Finding(
                    AttributionKind.according_to,
                    _chars(doc, *content),
                    _chars(doc, *speaker) if speaker else None,
                    [_chars(doc, s, e) for s, e in cue],
                    sent=sent.start,
                )
            )
        return out

    def _reporting(self, sent: SpacySpan, masked) -> list[Finding]:
        """Indirect ("sagte, …", "…, sagte er") and reported ("spricht von …") speech."""
        doc = sent.doc
        out: list[Finding] = []
        content_end = self._content_end(sent)
        used_until = sent.start
        for i in range(sent.start, sent.end):
            if masked(i) or i < used_until:
                continue
            tok = doc[i]
            verbs = []
            v = self.lex.verb_of(tok)
            if v is not None and not self._foreign_particle(sent, i, v):
                verbs.append((v, None))
            for sv in self.lex.split_verbs_of(tok):
                p = self._particle(sent, i, sv.particle)
                if p is None and i > sent.start and tok.tag_ == "VVPP" and doc[i - 1].text.lower() == sv.particle:
                    p = i - 1  # "hat … bekannt gegeben": the participle written apart from its particle
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
                    out.append(Finding(AttributionKind.indirect, _chars(doc, _first(prev), self._content_end(prev)),
                                      _chars(doc, *speaker), [_chars(doc, s, e) for s, e in cue], sent=prev.start))
                    used_until = sent.end
                    continue
            # "…, das teilte das Institut mit.": the content is the clause before the comma
            # ("… – das zumindest meint X": a dash, and adverbs between the pronoun and the verb)
            j = i - 1
            while j > _first(sent) and j > i - 3 and doc[j].tag_ == "ADV":
                j -= 1
            if verbs and j - 1 > _first(sent) + 2 and doc[j].text.lower() in ("das", "dies") and doc[j - 1].text in (",", "–", "-"):
                speaker = phrases.forward(sent, i + 1)
                if speaker and not masked(j - 2):
                    out.append(Finding(AttributionKind.indirect, _chars(doc, _first(sent), j - 1), _chars(doc, *speaker),
                                      [_chars(doc, s, e) for s, e in cue], sent=sent.start))
                    used_until = sent.end
                    continue
            # frame before the content: "sagte, …" / "teilten mit, dass …"
            last = max(e for _, e in cue)
            comma = None
            # "sagte der Koordinator, Max Muster, gegenüber der BBC, dass …": the comma before "dass"
            dass = next((j for j in range(i + 1, min(sent.end - 1, last + 16)) if doc[j].text == ","
                         and doc[j + 1].text.lower() in ("dass", "ob") and not masked(j)), None)
            if dass is not None and (self._next_speaker_clause(sent, i + 1, dass) is not None or any(
                    doc[k].text == "," and (doc[k + 1].text.lower() in SUBORDINATORS or self._object_clause(doc, k + 1, dass))
                    for k in range(i + 1, dass))):
                # "sagte, …, und die Polizei teilte mit, dass …" / "beschloss, … zu holen, nachdem bekannt
                # geworden war, dass …": that "dass" belongs to another verb
                dass = None
            for j in range(i + 1, min(sent.end, last + 8)) if dass is None else ():
                if doc[j].text in (",", ":") and not masked(j):
                    comma = j
                    break
                if doc[j].is_punct and doc[j].text not in ("(", ")", "-", "„", "“", "»", "«", "\""):
                    break
            comma = dass if dass is not None else comma
            if comma is None:
                comma = self._long_subject_comma(sent, i, last)
            opened = any(e.opener and e.opener not in ("darauf", "auf") and any(opens(doc[k].text, e.opener) for k in range(i + 1, comma or i))
                         for e in reported)
            # "rief die Armee auf, das Volk zu schützen", "ging davon aus, dass …": a speech act whose
            # content would be its object frames an object clause after the comma as indirect speech
            clausal = (comma is not None and comma + 1 < content_end
                       and (self._object_clause(doc, comma + 1, content_end) or self._reported_main_clause(sent, comma + 1, content_end))
                       and not any(doc[k].text.lower() in ("und", "oder", "sowie") for k in range(i + 1, comma)))
            framing = verbs or (self._clause_taking(sent, i, reported, cue) if clausal else [])
            # "bezeichnete es als Versuch, … zu hindern": after "als" the clause completes the noun
            opened = opened and not (clausal and not any(doc[k].text == "als" for k in range(i + 1, comma)))
            # "lobte die Helfer und sagte, …": the clause belongs to the coordinated verb
            coordinated = comma is not None and self._coordinated_verb(sent, i, comma) is not None
            # "bestreitet die Vorwürfe und sieht, wie …, keinen Grund": any finite verb after "und" owns the clause
            coordinated = coordinated or comma is not None and any(
                doc[k].text.lower() in ("und", "sowie", "oder") and doc[k + 1].tag_.endswith("FIN") and doc[k + 1].text[:1].islower()
                and not self._says(doc[k + 1]) for k in range(i + 1, comma - 1))
            # "Die Lage sei ernst, sagte Anna Berg, die Sprecherin der Stadt.": after a frame that follows
            # its content, a verbless rest is the speaker's apposition, not a second content
            apposition = (verbs and i - 1 > _first(sent) and doc[i - 1].text == "," and comma is not None
                          and comma + 1 < content_end and _verbless(doc, comma + 1, content_end))
            if framing and comma is not None and comma + 1 < content_end and not masked(comma + 1) and not opened and not coordinated \
                    and not apposition:
                saying = any(v.lemma in SAYING for v, _ in framing)
                opening = max([_first(sent), *[k + 1 for k in range(_first(sent), i) if doc[k].text in (",", ";", ":")]])
                # a subordinate clause has its verb last ("Nachdem er … gefordert hatte,"); "Als Begründung
                # gaben die USA an, …" opens with "als" but is a main clause
                subordinate = doc[opening].text.lower() in SUBORDINATORS and all(
                    doc[k].tag_.startswith("V") or doc[k].text.lower() in AUX or any(s <= k < e for s, e in cue)
                    for k in range(i + 1, comma))
                if subordinate and not self._object_clause(doc, comma + 1, content_end):
                    continue  # "Nachdem der Minister den Rücktritt gefordert hatte, …": the main clause follows
                if self._looks_like_clause(doc, comma + 1, content_end, saying) and comma >= last - 1:
                    speaker = self._speaker_around(sent, i, opening + 1 if subordinate else None)
                    if speaker and speaker[0] > comma:
                        speaker = None
                    if speaker is None and doc[_first(sent)].text == "Es" and _first(sent) + 1 < sent.end and doc[_first(sent) + 1].text.lower() in AUX and not (
                            tok.tag_ == "VVPP" and doc[_first(sent) + 1].text.lower() in PASSIVE):
                        continue  # "Es ist klar, …" frames nothing; "Es wird vermutet, dass …" reports, speakerless
                    if speaker is not None and doc[speaker[0]].text.lower() in ("ich", "wir"):
                        continue  # first person outside quotes: the article's own voice (interviews, opinion)
                    if speaker is not None and speaker[0] > i:
                        # "sagte Max Muster, der Präsident des Landes, der Hafen sei zerstört": the content
                        # begins after the speaker's apposition
                        comma, speaker = self._past_apposition(sent, comma, speaker, content_end, saying)
                    start = comma + 2 if doc[comma + 1].text.lower() in ("dass", "ob") else comma + 1
                    end = next((k for k in range(start + 2, content_end - 1) if doc[k].text in ("und", "sowie")
                                and self.lex.verb_of(doc[k + 1]) is not None), content_end)
                    if subordinate:  # "Nachdem er gefordert hatte, die Steuern zu senken, kam es …": its own clause only
                        end = min(end, self._clause_end(sent, start))
                    other = self._next_speaker_clause(sent, start + 2, end)
                    end = other if other is not None else end
                    if start >= end:
                        continue  # "…, dass" with nothing after it
                    # "geht davon aus", "wies darauf hin", "heißt es": the correlate belongs to the cue
                    cue += [(k, k + 1) for k in range(i + 1, comma) if doc[k].text.lower() in CORRELATES
                            or doc[k].text == "sich" and k == i + 1
                            or doc[k].text == "es" and k == i + 1 and tok.lemma_ == "heißen"]
                    out.append(Finding(AttributionKind.indirect, _chars(doc, start, end),
                                      _chars(doc, *speaker) if speaker else None,
                                      [_chars(doc, s, e) for s, e in sorted(cue)], sent=sent.start))
                    used_until = end if other is not None else sent.end  # the next speaker's frame is still to read
                    continue
            perfect = self._perfect_frame_after(sent, i, masked) if verbs else None
            if perfect is not None:  # "…, hatte der Minister am Montag gesagt."
                out.append(perfect)
                used_until = sent.end
                continue
            # frame after the content: "…, sagte er."
            # ("…, die Terroristen zu besiegen, hieß es": an infinitive after the comma, no relative clause)
            # ("Der Planet ist so schwer wie Jupiter, der …, erklärte X": a main clause with its finite verb
            # before the relative clause is what was said; "Der Mann, der …, sagte" has its subject there)
            closes_relative = any(doc[k].text == "," and doc[k + 1].text.lower() in RELATIVE
                                  and not self._zu_infinitive(doc, k + 1, self._clause_end(sent, k + 1))
                                  and not self._finite_main_clause(doc, _first(sent), k) for k in range(_first(sent), i - 2))
            if verbs and i > sent.start + 2 and doc[i - 1].text == "," and not closes_relative:
                k = i + 1
                while k < sent.end and (doc[k].text == "sich" or doc[k].text.lower() in FRAME_ADVERBS):
                    k += 1
                speaker = self._with_apposition(sent, phrases.forward(sent, k)) if k < sent.end else None
                impersonal = speaker is None and k < sent.end and doc[k].text == "es" and tok.text.lower() in IMPERSONAL_SAYING
                if impersonal:
                    # "…, hieß es (aus dem Ministerium).": a report with no speaker, or the source after it
                    cue.append((k, k + 1))
                    m = k + 1
                    while m < sent.end and doc[m].text.lower() in FRAME_ADVERBS:
                        m += 1
                    if m + 1 < sent.end and doc[m].text.lower() in SOURCE_PREPOSITIONS | DOCUMENT_PREPOSITIONS:
                        speaker = phrases.forward(sent, m + 1, allow_pronoun=False)
                subject = phrases.whole(doc, _first(sent), i - 1)  # "Der Bürgermeister, Max Muster, warnte …"
                subordinate = doc[_first(sent)].text.lower() in SUBORDINATORS
                # what was said is a clause: "In einer Erklärung von X, einem Sprecher, beschuldigte …" is none
                if (speaker or impersonal) and not masked(i - 2) and not subject and not subordinate and not _verbless(doc, _first(sent), i - 1):
                    start = _first(sent)
                    out.append(Finding(AttributionKind.indirect, _chars(doc, start, i - 1), _chars(doc, *speaker) if speaker else None,
                                      [_chars(doc, s, e) for s, e in sorted(cue)], sent=sent.start))
                    used_until = sent.end
                    continue
            if not reported and verbs and (REPORTING_AS_REPORTED or self._named_as(sent, i)):
                # "empfahl den Umstieg", "gab die Einstellung bekannt": a reporting verb with an object
                reported = [ReportedVerb(v, None) for v, _ in verbs]
            last = out[-1].speaker if out and out[-1].kind == AttributionKind.reported else None
            last = doc.char_span(*last, alignment_mode="expand") if last else None
            found = self._reported(sent, i, reported, masked, (last.start, last.end) if last is not None else None)
            if found is not None:
                out.append(found)
                used_until = self._reported_end(sent, found)
        return out

    def _after_a_report(self, sent: SpacySpan) -> bool:
        """ "Die Bank veröffentlichte neue Zahlen. Danach …", "… eine Studie vor. Danach …": "danach"
        reads "according to it" only after a sentence naming a report or publishing one; else it
        is "afterwards" (train: 20 sentences open with it, 5 of them annotated as reports)."""
        doc = sent.doc
        if sent.start == 0:
            return False
        prev = doc[sent.start - 1].sent
        # the report named as a thing ("eine Studie wurde vorgestellt"), not as the frame of that
        # sentence ("Nach Aussagen von X drangen …", "über die Medien erfahren"): then "danach" is a time
        return any(t.lemma_ in PUBLISHING or t.text in self.lex.nouns
                   and not any(doc[k].tag_ in ("APPR", "APPRART") for k in range(max(prev.start, t.i - 3), t.i))
                   for t in prev)

    @staticmethod
    def _finite_main_clause(doc, start: int, end: int) -> bool:
        """Whether ``[start, end)`` holds a finite verb with no comma before it: a main clause, not a
        subject phrase ("Der Planet ist …" vs "Der Mann")."""
        for k in range(start, end):
            if doc[k].text in (",", ";", ":"):
                return False
            if doc[k].tag_ in FINITE_TAGS:
                return True
        return False

    def _perfect_frame_after(self, sent: SpacySpan, i: int, masked) -> Optional[Finding]:
        """ "Die Lage sei ernst, hatte der Minister gesagt.": a frame in the perfect after the content,
        the auxiliary right after the comma, the speaker next, the participle closing the sentence."""
        doc = sent.doc
        if doc[i].tag_ != "VVPP" or i + 1 != self._content_end(sent):
            return None
        comma = next((k for k in range(i - 2, _first(sent), -1) if doc[k].text == ","), None)
        if comma is None or comma - _first(sent) < 3 or doc[comma + 1].text.lower() not in PERFECT_AUX or masked(comma - 1):
            return None
        if doc[_first(sent)].text.lower() in SUBORDINATORS:
            return None  # "Nachdem die Polizei eingetroffen war, hatte der Täter erklärt": a time, not what he said
        if any(doc[k].text == "," and (doc[k + 1].text.lower() in RELATIVE or doc[k + 2].text.lower() in RELATIVE)
               for k in range(_first(sent), comma - 2)):
            return None  # "Jüngste Umfragen, in denen …, haben ergeben": a subject with its relative clause
        speaker = phrases.forward(sent, comma + 2)
        if speaker is None or speaker[1] > i:
            return None
        if _verbless(doc, _first(sent), comma):
            return None  # what was said is a clause
        return Finding(AttributionKind.indirect, _chars(doc, _first(sent), comma), _chars(doc, *speaker),
                       [_chars(doc, i, i + 1)], sent=sent.start)

    def _wie_clause(self, sent: SpacySpan, i: int, j: int):
        """ "Wie X (…) bestätigte, …": the reporting verb that ends the "wie" clause before its comma
        (auxiliaries after it), the phrase after "wie" its speaker when it ends before the verb."""
        doc = sent.doc
        comma = self._clause_end(sent, j)
        # "…, wie der Gouverneur am Sonntag mitteilte.": a trailing clause ends with the sentence;
        # not "wie sehr sie …" (a question of degree) nor "wie man es erwartet hatte" (a comparison)
        trailing = (i > _first(sent) and doc[i - 1].text == "," and comma >= self._content_end(sent)
                    and j < sent.end and doc[j].tag_ not in ("ADJD", "ADV"))
        for _ in range(0 if trailing else 2):  # "Wie der Sprecher, Max Muster, in Berlin mitteilte,": past an apposition
            if comma + 1 < sent.end and doc[comma].text == "," and not self._ends_in_verb(doc, comma):
                comma = self._clause_end(sent, comma + 1)
        if trailing:
            comma = self._content_end(sent)
        elif comma >= self._content_end(sent) or doc[comma].text != ",":
            return None, None, None
        if comma - j > 24:
            return None, None, None
        k = comma - 1
        split = k - 1 > i and any(sv.particle == doc[k - 1].text for sv in self.lex.split_verbs_of(doc[k]))  # "bekannt wurde"
        while not split and k > j and doc[k].text.lower() in AUX | {"worden", "habe"}:
            k -= 1
        v = doc[k]
        split = split or k - 1 > i and any(sv.particle == doc[k - 1].text for sv in self.lex.split_verbs_of(v))
        verb = self.lex.verb_of(v)
        if not (split or verb is not None and verb.lemma not in NAMING or v.lemma_ in WIE_ONLY_VERBS) or not v.text.islower():
            return None, None, None
        start = k - 1 if split else k
        speaker = phrases.forward(sent, j, places=True) if j < start else None
        if speaker is not None and speaker[1] < start and doc[speaker[1]].text == ",":
            longer = self._with_apposition(sent, speaker)  # "Wie Anna Berg, eine Sprecherin der Bahn, …"
            speaker = longer if longer[1] < start else speaker
        if speaker is not None and speaker[1] > start:
            speaker = None
        if (speaker is None or trailing) and v.lemma_ in EXPECTING:
            return None, None, None  # "Wie erwartet, …": an aside, nobody reports
        return speaker, [(i, i + 1), (start, k + 1)], (i, comma)

    def _past_apposition(self, sent: SpacySpan, comma: int, speaker: tuple[int, int], content_end: int, saying: bool):
        """The comma that opens the content when a speaker after its verb carries an apposition: the
        one after the speaker phrase, or after a verbless stretch ("kanadischer General und
        Kommandeur des Einsatzes,") that a content clause follows."""
        doc = sent.doc
        if speaker[1] > comma and speaker[1] + 1 < content_end and doc[speaker[1]].text == ",":
            return speaker[1], speaker
        if speaker[1] != comma:
            return comma, speaker
        following = self._clause_end(sent, comma + 1)
        verbless = doc[comma + 1].tag_ in ("ADJA", "NN", "NE") and not any(
            doc[k].tag_.startswith("V") or doc[k].text.lower() in AUX for k in range(comma + 1, following))
        if (verbless and 0 < following - comma - 1 <= 10 and following + 1 < content_end and doc[following].text == ","
                and self._looks_like_clause(doc, following + 1, content_end, saying)):
            return following, (speaker[0], following)
        return comma, speaker

    def _reported_main_clause(self, sent: SpacySpan, start: int, end: int) -> bool:
        """ "hat angeregt, der Präsident solle antreten": a main clause in the Konjunktiv I after the
        comma (a relative or subordinate clause in it completes the object instead)."""
        doc = sent.doc
        article = doc[start].text.lower() in RELATIVE and start + 1 < end and doc[start + 1].text[:1].isupper()
        if doc[start].text.lower() in (RELATIVE - {"der", "die", "das", "den", "dem"} if article else RELATIVE) | SUBORDINATORS | CLAUSE_OPENERS or not (
                phrases._capitalised(doc[start]) or doc[start].text.lower() in phrases.DETERMINERS | phrases.PRONOUNS):
            return False
        clause_end = self._clause_end(sent, start)
        return any(_is_subjunctive(doc[k]) and doc[k].text.lower() not in WEAK_SUBJUNCTIVE for k in range(start, min(clause_end, start + 6)))

    def _next_speaker_clause(self, sent: SpacySpan, start: int, end: int) -> Optional[int]:
        """ "…, Annabi sei tot, doch ein UN-Sprecher erklärte, …": where a coordinated main clause
        with a speaker and a speech verb of its own begins inside content ``[start, end)`` (the
        comma before the conjunction); that clause is another report."""
        doc = sent.doc
        for k in range(start, end - 2):
            if doc[k].text != "," or doc[k + 1].text.lower() not in ("doch", "aber", "und", "während", "sowie", "jedoch"):
                continue
            speaker = phrases.forward(sent, k + 2, allow_pronoun=False, places=True)
            if speaker is None or speaker[0] != k + 2 or speaker[1] >= end:
                continue
            v = speaker[1]
            split = [e.particle for e in self.lex.split_verbs_of(doc[v])] + [
                e.verb.particle for e in self.lex.reported_of(doc[v]) if e.verb.particle]
            whole = self.lex.verb_of(doc[v]) is not None or any(not e.verb.particle for e in self.lex.reported_of(doc[v]))
            if whole or any(self._particle(sent, v, p) is not None for p in split):
                return k
        return None

    def _long_subject_comma(self, sent: SpacySpan, i: int, last: int) -> Optional[int]:
        """ "empfahl der EU-Kommissar für Erweiterung und Nachbarschaftspolitik Max Muster, … zu
        eröffnen": a comma past the usual reach that opens a zu-infinitive, with no verb or other
        punctuation between the cue and it."""
        doc = sent.doc
        for j in range(last, min(sent.end - 1, last + 16)):
            t = doc[j]
            if t.text == ",":
                return j if self._zu_infinitive(doc, j + 1, self._clause_end(sent, j + 1)) else None
            if t.tag_ in FINITE_TAGS or t.is_punct and t.text not in ("(", ")", "-", "„", "“", "\""):
                return None
        return None

    def _clause_taking(self, sent: SpacySpan, i: int, reported: list[ReportedVerb], cue: list) -> list:
        """The reported-speech verbs of token ``i`` as (verb, particle) when they frame an object
        clause; a split-off particle must stand in the clause and joins ``cue``."""
        doc = sent.doc
        out = []
        if any(e.opener == "darauf" for e in reported) and any(doc[k].text.lower() == "darauf" for k in range(i + 1, sent.end)):
            return []  # "drängte darauf, … zurückzukehren": reported speech by the seed gold (spec §2)
        for entry in reported:
            verb = entry.verb
            p = None
            whole = doc[i].text.lower().startswith(verb.particle) if verb.particle else True
            if verb.particle and not whole and doc[i].lemma_.lower() != verb.lemma:
                p = self._particle(sent, i, verb.particle)
                if p is None:
                    continue
                if (p, p + 1) not in cue:
                    cue.append((p, p + 1))
            out.append((verb, p))
        return out

    @staticmethod
    def _ends_in_verb(doc, comma: int) -> bool:
        return doc[comma - 1].tag_.startswith("V") or doc[comma - 1].text.lower() in AUX

    def _foreign_particle(self, sent: SpacySpan, i: int, verb) -> bool:
        """ "sagte der Verein das Turnier ab": a finite verb whose clause ends in a particle is
        another verb ("absagen"), not the reporting verb of its stem."""
        doc = sent.doc
        if verb.particle or i + 1 >= sent.end:
            return False
        end = self._clause_end(sent, i + 1)
        last = doc[end - 1] if end - 1 > i else None
        if last is None or last.text not in SEPARABLE_PARTICLES:
            return False
        lemma = last.text + verb.lemma
        return self.lex.verbs.get(lemma) is None and lemma not in self.lex.reported
