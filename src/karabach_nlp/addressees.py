"""Whom a report is addressed to, found in its frame ("sagte gegenüber der AFP", "teilte dem Sender
CNN mit", "in einem Interview mit der Zeitung", "forderte die SPD auf", "Ihm wird vorgeworfen").

The quotation dataset's ``addressee`` role. Rules over the frame's text (no parser on the blank
pipeline): a phrase after "gegenüber", after "Interview/Brief … mit/an", a dative phrase next to a
verb that says something *to* someone, the object of a verb that urges someone, or the subject of a
passive that reproaches or urges someone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Optional

from .components.actors.lexicon import Lexicon, load_lexicon
from .resources import load_wordlist

# a noun phrase: determiner, adjectives, then capitalised words or a quoted name
_NP = (r"(?:(?:de[mnrs]|die|das|einer|einem|eines)\s+)?(?:[a-zäöüß]+(?:e|en|er|es|em)\s+)*"
       r"(?:„[^“]*“|[A-ZÄÖÜ][\w.-]*)(?:\s+(?:„[^“]*“|[A-ZÄÖÜ][\w.-]*))*")

NOUN_PHRASE = _NP  # for the exporter's frames ("so X gegenüber der Zeitung …")

_GEGENUEBER = re.compile(rf"\b[Gg]egenüber\s+({_NP})")
# "in einem Interview mit der „Zeit“", "in einem Brief an den Kanzler", "an die Gewerkschaften gewandt"
_CHANNEL = re.compile(rf"\b(?:Interview|Gespräch|Telefonat|Telefongespräch|Brief|Schreiben|Appell|Aufruf|Botschaft|Rede)"
                      rf"\s+(?:mit|an)\s+({_NP})")
_TURNED_TO = re.compile(rf"\b[Aa]n\s+({_NP})\s+gewandt")
# verbs that say something to someone in the dative: "teilte dem Sender mit", "sagte den Journalisten"
_DATIVE_VERBS = frozenset(
    """sagte sagten sagt gesagt erklärte erklärten erklärt teilte teilten teilt mitgeteilt versicherte
    versicherten versichert sicherte sicherten zugesichert warf warfen wirft vorgeworfen schlug schlugen
    schlägt vorgeschlagen bot boten bietet angeboten riet rieten rät geraten empfahl empfahlen empfiehlt
    empfohlen antwortete antworteten antwortet versprach versprachen verspricht versprochen drohte drohten
    droht gedroht berichtete berichteten bestätigte bestätigten schrieb schrieben""".split())
_DATIVE = re.compile(r"\b(?:dem|einem|den|seinem|ihrem)\s+(?:(?:[a-zäöüß]+(?:e|en|er|es|em)|\d[\d.]*)\s+)*(?:„[^“]*“|[A-ZÄÖÜ][\w.-]*)(?:\s+[A-ZÄÖÜ][\w.-]*)*")
# verbs that urge or reproach someone in the accusative: "forderte die SPD auf", "drängten den Premier"
_URGING_VERBS = frozenset(
    """forderte forderten fordert drängte drängten drängt bat baten bittet warnte warnten warnt ermahnte
    ermahnten ermahnt beschuldigte beschuldigten beschuldigt rief riefen ruft""".split())
# urging verbs whose object stands before them: "hat die Partei dazu aufgefordert", "wurde der König
# gebeten", "der alle Bürger aufforderte", "um die Junta aufzufordern"
_URGED_LATE = frozenset(
    """aufgefordert aufforderte aufforderten auffordert auffordern aufzufordern gebeten gedrängt gewarnt ermahnt
    aufgerufen angewiesen""".split())
# where the object of a late urging verb cannot begin before: an auxiliary, a conjunction, the subject pronoun
_LATE_STOPS = frozenset(
    "hat hatte hatten haben habe wird wurde wurden werden ist war sind waren und oder um indem dass er sie man es".split())
_LATE_DETERMINERS = frozenset("der die das den dem des alle seine ihre seinen ihren".split())
_OBJECT = re.compile(rf"(?:(?:{'|'.join(sorted(_LATE_DETERMINERS))})\s+)?(?:(?:[a-zäöüß]+(?:e|en|er|es|em)|\d[\d.]*)\s+)*"
                     r"(?:„[^“]*“|[A-ZÄÖÜ][\w.-]*)(?:\s+(?:„[^“]*“|[A-ZÄÖÜ][\w.-]*))*"
                     r"(?:\s+(?:der|des)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+)*[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)*)?")
_APPEAL = re.compile(rf"\bappellier\w*\s+(?:(?:{_NP})\s+)?an\s+((?:(?:[a-zäöüß]+(?:e|en|er|es|em))\s+)?{_NP})|^An\s+({_NP})\s+appellier")
# "sagte er zur Sportschau", "soll zu Domenech gesagt haben": a name closing a frame of saying
_SAID_TO = re.compile(r"\b(?:sagte|sagten|sagt)\b.*?\bzu[rm]?\s+([A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)*)\s*[,:]?\s*$"
                      r"|\bzu[rm]?\s+([A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)*)\s+gesagt\b")
_ASKED_OF = re.compile(rf"\bforder\w*\s+(?:\w+\s+)?(?:(vom\s+{_NP})|von\s+({_NP}))")
_BEFORE_AUDIENCE = re.compile(r"\bvor\s+((?:de[mnr]\s+)?([A-ZÄÖÜ][\w-]*))")
_AFTER_VERB = re.compile(rf"\s+(?:(?:er|sie|man)\s+)?({_NP})")
# "Ihm wird vorgeworfen", "Der Minister wurde aufgefordert": the passive's subject is addressed
_PASSIVE = re.compile(
    rf"^(Ihm|Ihr|Ihnen|Er|Sie|{_NP}(?:\s+de[rs]\s+{_NP})?)\s+(?:wird|wurde|werden|wurden)\b[^,]*?\b"
    r"(?:vorgeworfen|beschuldigt|aufgefordert|nachgesagt|geraten|empfohlen|angeboten|mitgeteilt|zugesichert|gebeten|gewarnt|angewiesen|verdächtigt|aufgerufen)\b")
# a dative before the verb, the speaker after it: "Der Politik schlug er vor", "Der Zeitung sagte Karma:"
_DATIVE_FIRST = re.compile(r"^((?:Der|Dem|Den)\s+(?:[a-zäöüß-]+(?:e|en)\s+)*(?:„[^“]*“|[A-ZÄÖÜ][\w-]*))\s+(\w+)")
# verbs after which the first dative that is not the speaker is whom the reproach is aimed at:
# "warf der Regierung vor", "wirft die Opposition der Ministerin vor"
_REPROACH_VERBS = frozenset("warf warfen wirft werfen vorgeworfen vorwarf vorwarfen vorwirft vorwerfen".split())
_FEMININE_DATIVE = re.compile(r"\b(?:der|einer)\s+((?:[A-Za-zÄÖÜäöüß]+(?:e|en)\s+)*)((?:\d+-)?[A-ZÄÖÜ][\w-]*)")
_NAME_AFTER = re.compile(r"\s+(„[^“]*“|(?:[A-ZÄÖÜ][\w.-]*|[a-z]{2,4})(?:\s+[A-ZÄÖÜ][\w.-]*)*)")
# endings of abstract nouns, never whom one speaks to ("zur Lage", "zum Abschluss" is caught by the name check)
THING_ENDINGS = ("ung", "heit", "keit", "ion", "tät", "schaft", "nis", "age", "uss", "lauf")
PREPOSITIONS = frozenset(
    "in im von vom mit nach bei beim zu zum zur aus seit vor an am auf unter über gegenüber neben hinter trotz wegen "
    "für durch gegen um bis ohne laut".split())


@lru_cache(maxsize=4)
def _media_and_audiences(gazetteer: Optional[str] = None) -> tuple[Lexicon, frozenset[str]]:
    """The gazetteers (a user's file of own entries first, ``--gazetteer``) and the audience nouns."""
    return load_lexicon(gazetteer), frozenset(load_wordlist("lexicons", "audiences.txt"))


def _feminine_dative(piece: str, at: int, reproach: bool, lex: Lexicon) -> Optional[re.Match]:
    """"der Presse", "der Nachrichtenagentur dpa", "der Zeitung „Neues Deutschland“" right at ``at``:
    "der" is a dative here only for a medium (a speaker would be the subject), or after a verb of
    reproach for anyone ("warf der Regierung vor")."""
    m = _FEMININE_DATIVE.match(piece, at)
    if not m:
        return None
    if not reproach and lex.head_type(m.group(2)) != "media" and m.group(2) != "Presse":
        return None
    return m


def _with_name(piece: str, end: int, lex: Lexicon) -> int:
    """The medium's name after its noun: "dpa", "Reuters", "„Neues Deutschland“"."""
    m = _NAME_AFTER.match(piece, end)
    if not m:
        return end
    name = m.group(1)
    if name.startswith("„") or name in lex.alias_index or (name[:1].isupper() and lex.head_type(name.split()[0]) is None):
        return m.end(1)
    return end


def _late_object(piece: str, words: list[re.Match], k: int) -> Optional[re.Match]:
    """The object before the urging verb ``words[k]`` ("hatte Lenz gestern aufgefordert", "wurde die
    Bundesregierung vom LSVD aufgefordert", "der alle Bürger aufforderte"): the first phrase after the
    auxiliary, conjunction or comma that opens with an article, or a name right after that opener."""
    first = k
    while first > 0 and k - first < 10:
        prev = words[first - 1].group()
        if prev.endswith(",") or prev.lower() in _LATE_STOPS:
            break
        first -= 1
    for j in range(first, k):
        word = words[j].group()
        before = words[j - 1].group() if j else ""
        if before.lower() in PREPOSITIONS:
            continue
        opener = j == first or before.lower() in _LATE_STOPS
        if word.lower() in _LATE_DETERMINERS and not (j == first and before.endswith(",")):
            m = _OBJECT.match(piece, words[j].start())
        elif word[:1].isupper() and opener and word.lower() not in _LATE_STOPS:
            m = _OBJECT.match(piece, words[j].start())
        else:
            continue
        if m and m.end() <= words[k].start():
            return m
    return None


def _reproached(piece: str, words: list[re.Match], k: int, lex: Lexicon) -> list[tuple[int, int]]:
    """Whom the reproach verb ``words[k]`` is aimed at besides the dative rules: a bare name right
    after it ("Kritiker werfen Obama vor") or a feminine dative just before a late form ("haben der
    Bildungsministerin vorgeworfen"); the caller drops the speaker."""
    out = []
    if k + 1 < len(words) and words[k].group().strip(",.:") in ("warf", "warfen", "wirft", "werfen"):
        m = _OBJECT.match(piece, words[k + 1].start())
        if m and m.group()[:1].isupper() and words[k + 1].group().lower() not in _LATE_DETERMINERS | _LATE_STOPS:
            out.append(m.span())
    for near in reversed(words[max(0, k - 4) : k]):
        m = _feminine_dative(piece, near.start(), True, lex)
        if m and m.end() <= words[k].start():
            out.append(m.span())
            break
    return out


def _without_thing(phrase: str) -> str:
    """ "dem Künstler Betriebsblindheit", "der Regierung Aufklärung": an abstract noun after the head
    is the thing reproached or asked for, not part of whom."""
    words = phrase.split(" ")
    while len(words) > 2 and words[-2][:1].isupper() and words[-1].endswith(("heit", "keit", "ung", "ion", "mus", "tät", "schaft")):
        words.pop()
    return " ".join(words)


def _plain_addressees(piece: str) -> list[tuple[int, int]]:
    """Addressees found by a phrase alone: "gegenüber X", "Interview mit X", "an X gewandt",
    "appellierte an X", "sagte vor Journalisten"."""
    lex, audiences = _media_and_audiences()
    out = []
    for pattern in (_GEGENUEBER, _CHANNEL, _TURNED_TO):
        out += [m.span(1) for m in pattern.finditer(piece)]
    for m in _APPEAL.finditer(piece):
        out.append(m.span(1) if m.group(1) else m.span(2))
    out += [m.span(1) for m in _BEFORE_AUDIENCE.finditer(piece) if m.group(2) in audiences]
    m = _SAID_TO.search(piece)
    if m and not (m.group(1) or m.group(2)).endswith(THING_ENDINGS):
        out.append(m.span(1) if m.group(1) else m.span(2))
    for m in _ASKED_OF.finditer(piece):  # (not "Aufklärung", the thing asked for)
        g = 1 if m.group(1) else 2
        out.append((m.start(g), m.start(g) + len(_without_thing(m.group(g)))))
    return out


def find_addressees(text: str, frame: Iterable[tuple[int, int]], speaker: Iterable[tuple[int, int]] = (),
                    gazetteer: Optional[str] = None) -> list[tuple[int, int]]:
    """Character ranges of the addressee phrases inside ``frame`` that are not the ``speaker``;
    ``gazetteer``: the user's file of own actor entries the actors were found with."""
    speaker = list(speaker)
    lex, audiences = _media_and_audiences(gazetteer)
    out: list[tuple[int, int]] = []

    def add(start: int, end: int) -> None:
        if end > start and not any(s < end and start < e for s, e in speaker + out):
            out.append((start, end))

    for fs, fe in frame:
        piece = text[fs:fe]
        for ps, pe in _plain_addressees(piece):
            add(fs + ps, fs + pe)
        m = _PASSIVE.match(piece)
        if m and (m.group(1) in ("Ihm", "Ihr", "Ihnen", "Er", "Sie") or m.group(1) not in lex.name_stopwords):  # not "Zudem wurde …"
            add(fs + m.start(1), fs + m.end(1))
        words = list(re.finditer(r"\S+", piece))
        m = _DATIVE_FIRST.match(piece)
        if m and m.group(2) in _DATIVE_VERBS and any(s >= fs + m.end() for s, _ in speaker):
            add(fs + m.start(1), fs + m.end(1))
        for k, w in enumerate(words):
            verb = w.group().strip(",.:")
            if verb in _URGED_LATE:
                m = _late_object(piece, words, k)
                if m:
                    add(fs + m.start(), fs + m.end())
            if verb in _URGING_VERBS:
                m = _AFTER_VERB.match(piece, w.end())
                if m and any(s < fs + m.end(1) and fs + m.start(1) < e for s, e in speaker):
                    m = _AFTER_VERB.match(piece, m.end(1))  # "forderte der Vorsitzende die Partei auf"
                if m:
                    add(fs + m.start(1), fs + m.end(1))
            # also right after a long speaker: "berichtete der Journalist Dirk Lorenzen dem Deutschlandfunk"
            later = [w for w in words[k + 1 :] if any(fs + w.start() == e + 1 for _, e in speaker)]
            if verb in _DATIVE_VERBS or verb in _REPROACH_VERBS:
                for near in words[k + 1 : k + 4] + later:
                    before = piece[: near.start()].split()
                    if before and before[-1].lower() in PREPOSITIONS:
                        break
                    if near.group().strip(",.:") in audiences:  # "sagte Journalisten"
                        add(fs + near.start(), fs + near.start() + len(near.group().rstrip(",.:")))
                        break
                    # the subject right before the verb ("Celebi riet der 38-Jährigen"): "der" after it is a dative
                    subject_first = near is words[k + 1] and not w.group().endswith(",") and any(
                        e + 1 == fs + w.start() for _, e in speaker)
                    m = _feminine_dative(piece, near.start(), verb in _REPROACH_VERBS or subject_first, lex)
                    if m and not any(s < fs + m.end() and fs + m.start() < e for s, e in speaker):
                        add(fs + m.start(), fs + _with_name(piece, m.end(), lex))
                        break
            reproach = verb in _REPROACH_VERBS
            if reproach:
                for sp in _reproached(piece, words, k, lex):
                    add(fs + sp[0], fs + sp[1])
            if verb in _DATIVE_VERBS or reproach:
                for near in (words[k - 3 : k] if k >= 1 else []) + words[k + 1 : k + 4] + later:
                    m = _DATIVE.match(piece, near.start())
                    if not m:
                        continue
                    before = piece[: near.start()].split()
                    if before and before[-1].lower() in PREPOSITIONS:
                        continue  # "in dem Interview": a place, not a person addressed
                    phrase = m.group()
                    if phrase.startswith("den ") and not phrase.rstrip("“").endswith("n") and not reproach:
                        continue  # "den Rücktritt": an accusative object, not a dative plural
                    # "warfen dem Künstler Betriebsblindheit vor": an abstract noun after the dative is the thing
                    phrase = _without_thing(phrase)
                    add(fs + m.start(), fs + m.start() + len(phrase))
                    break
    return sorted(out)
