"""Merging mentions into actors, and the resolution rules the merge and ``resolve_span`` share.

Rules, in text order:
- a gazetteer name joins the actor of the same type and canonical name;
- a full person name joins the person with the same given name and surname, or a person known
  so far by surname only; a different given name makes a different person ("Hans Müller" and
  "Anna Müller" stay apart);
- a surname alone joins the most recent person with that surname;
- a title alone ("der Kremlchef") joins the most recent person holding that title or a linked one
  (``title_links``: Kremlchef -> Präsident of Russland); with none, it is a person of its own
  where it speaks, and nothing otherwise;
- an unnamed institution ("die Behörden") joins the most recent actor of its type and head noun;
- a pronoun ("er", "sie") joins the most recent compatible actor before it; with none, the most
  recent fitting role that was no actor yet ("Ein Landwirt … Er sagte") becomes one.
Mentions that only refer back (coreference.py), pronoun agreement, appositions and the other
coreference merges are in references.py.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from typing import Callable, Optional

from ...records import Actor, ActorType, Span
from .lexicon import Lexicon
from .grammar import ARTICLES, DEFINITE
from .mention_record import Mention
from .words import synonym_groups
from .references import AGE, ReferenceRules, anaphoric_description, compound_of, head_stem, singular
from .short_forms import short_form_before


@dataclass
class Cluster:
    type: str
    name: str
    key: Optional[str] = None  # canonical name from a gazetteer or a person's full name
    gender: Optional[str] = None
    surname: Optional[str] = None
    surnames: set[str] = field(default_factory=set)  # every name word after the first ("Uribe", "Vélez")
    given: Optional[str] = None
    titles: set[str] = field(default_factory=set)
    state: Optional[str] = None
    head: Optional[str] = None
    plural: bool = False
    spans: list[tuple[int, int]] = field(default_factory=list)  # character offsets
    described: Optional[tuple[int, int]] = None  # the phrase an unnamed actor is named after
    role: Optional[tuple[int, int]] = None  # a named person's title phrase ("der Sekretär des …")
    last: int = -1  # start of the latest mention, for recency
    named_at: Optional[int] = None  # where a body first named later stands named ("Die Berufsfeuerwehr Kaiserslautern")

    def add(self, start: int, end: int) -> None:
        kept = []
        for s, e in self.spans:
            if s < end and start < e:  # overlap inside one actor: keep the longer span
                if e - s >= end - start:
                    return
                continue
            kept.append((s, e))
        self.spans = sorted(kept + [(start, end)])
        self.last = max(self.last, start)


def _ends_with_noun(word: str, noun: str) -> bool:
    """'Baukonzern', 'Konzerns' end with the noun 'Konzern'; 'Parteien' with 'Partei' (case endings)."""
    low, noun = word.lower(), noun.lower()
    return any(low[: len(low) - cut].endswith(noun) for cut in (0, 1, 2) if len(low) - cut >= len(noun))


PLURAL_DETERMINERS = frozenset({"alle", "manche", "viele", "einige", "mehrere", "beide", "beiden"})
MEMBER_BODIES: dict[str, tuple[str, ...]] = {}
for _group in synonym_groups("member_nouns"):
    for _member in _group[1:]:
        MEMBER_BODIES[_member] = MEMBER_BODIES.get(_member, ()) + (_group[0],)
GENITIVE_OPENERS = frozenset({"des", "der"})  # after a noun: its genitive ("Der Fahrer des Wagens")
INITIALS_STOP = frozenset({"of", "for", "für", "de", "du", "des", "der", "and", "und", "the"})


def initials(name: str) -> set[str]:
    """The acronyms a name of two or more words may have: the first letters of all its words, of
    its capitalised words, of those before a connecting word ('World Wide Fund For Nature': WWFFN,
    WWF)."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
    if len(words) < 2:
        return set()
    capitalised = [w for w in words if w[:1].isupper()]
    cut = next((k for k, w in enumerate(words) if k and w.lower() in INITIALS_STOP), len(words))
    return {"".join(w[0] for w in ws).upper() for ws in (words, capitalised, words[:cut]) if len(ws) > 1}


def _placed(phrase: str) -> bool:
    """'des Ludwigshafener Konzerns', 'die Kaiserslauterer Firma': a category noun with only a town's
    adjective ("-er") before it, which says where, not which."""
    words = strip_article(phrase).split()
    return len(words) == 2 and words[0][:1].isupper() and words[0].endswith("er") and len(words[0]) > 4


def _town_adjective(before: list[str], town: str) -> bool:
    """'Kölner' of 'Köln', 'Münchner' of 'München', 'Kaiserslauterer' of 'Kaiserslautern': the word
    before a mention is the town's adjective (the "e"s left out, as the adjective often drops one)."""
    if not before or not before[0].endswith("er") or not before[0][:1].isupper():
        return False
    adjective, place = before[0][:-2].replace("e", ""), town.replace("e", "")
    return len(adjective) >= 3 and (place.startswith(adjective) or adjective == place)


def _name_words(name: str) -> list[str]:
    """The words of a name of two or more words before any article in it ("Untersuchungskommission"
    of "Untersuchungskommission der Universität Bayreuth"); none for a one-word name."""
    words = strip_article(name).split()
    cut = next((k for k, w in enumerate(words) if w.lower() in ARTICLES), len(words))
    return words[:cut] if len(words) > 1 else []


def strip_article(text: str) -> str:
    words = text.split()
    while words and words[0].lower() in ARTICLES:
        words = words[1:]
    return " ".join(words)


class Clusters(ReferenceRules):
    """Actors of one doc being built (or extended by ``resolve_span``)."""

    def __init__(self, lex: Lexicon, text: str, family_first: Optional[Callable[[list[str]], Optional[str]]] = None,
                 sentences: Optional[list[int]] = None):
        self.lex = lex
        self.sentences = sentences or [0]  # character starts of the doc's sentences
        self.family_first = family_first  # MentionFinder.family_first: "Hu" of "Hu Jia"
        self.text = text
        # where each sentence's first word starts (a sentence may open with the blank line before it)
        self.openings = frozenset(s + len(text[s:s + 8]) - len(text[s:s + 8].lstrip()) for s in self.sentences)
        self.items: list[Cluster] = []
        self.ends: dict[int, Cluster] = {}  # character end of a mention -> its cluster (for relative pronouns)
        self.acting: set[int] = set()  # character starts of mentions that act or speak
        # roles seen where they did not speak ("Ein Landwirt geriet …"): no actor yet, but a pronoun
        # speaker after them ("Er sagte …") with no other antecedent makes them one
        self.latent: list[tuple[int, int, Mention]] = []
        self.pending_reflexive: list[tuple[int, int, Mention]] = []  # "eigenen" before its sentence's actor

    # ---- lookups ------------------------------------------------------------------------------
    def before(self, pos: int) -> list[Cluster]:
        """Clusters with a mention starting before ``pos``, most recent first."""
        found = []
        for c in self.items:
            starts = [s for s, _ in c.spans if s < pos]
            if starts:
                found.append((max(starts), c))
        return [c for _, c in sorted(found, key=lambda t: -t[0])]

    def by_key(self, type_: str, key: str) -> Optional[Cluster]:
        return next((c for c in self.items if c.type == type_ and c.key == key), None)

    def by_bare_name(self, m: Mention) -> Optional[Cluster]:
        """A keyed mention named as its head ("der deutschen Streitkräfte" -> "Bundeswehr") joins the
        unkeyed cluster the article opened with that word ("Die Bundeswehr")."""
        if m.head != m.key:
            return None
        return next((c for c in self.items if c.type == m.type and c.key is None and c.name == m.key), None)

    def new(self, type_: str, name: str, **info) -> Cluster:
        cluster = Cluster(type=type_, name=name, **info)
        self.items.append(cluster)
        return cluster

    # ---- rules --------------------------------------------------------------------------------
    def salient_before(self, pos: int) -> list[Cluster]:
        """``before`` for a pronoun: by where the latest mention ends, so that the phrase holding
        another actor comes first ("die Leiterin des Roten Kreuzes, Maria Keller. Sie …" is she)."""
        def latest(c: Cluster) -> tuple[int, int]:
            return max((e, -s) for s, e in c.spans if s < pos)
        return sorted(self.before(pos), key=latest, reverse=True)

    def pronoun_target(self, pronoun: str, pos: int, plural: bool, prefer_subject: bool = True) -> Optional[Cluster]:
        """The latest compatible actor; a subject of the sentence before or of the pronoun's own
        first ("Einer der Kritiker, Sondhi, wies auf den Rücktritt des Ministerpräsidenten hin. Er …"
        is Sondhi), unless ``prefer_subject`` is off (a demonstrative, "diese", means the latest)."""
        fitting = [c for c in self.salient_before(pos) if self.agrees(c, pronoun, plural)]
        if not prefer_subject:
            return fitting[0] if fitting else None
        k = bisect_right(self.sentences, pos) - 1
        since = self.sentences[max(k - 1, 0)]
        # a mention opening its sentence is as a rule its subject ("Angela Merkel will … Laut ihren Aussagen schließt sie")
        subjects = [c for c in fitting if any(since <= s < pos and (s in self.acting or s in self.openings) for s, _ in c.spans)]
        return subjects[0] if subjects else (fitting[0] if fitting else None)


    def ungendered_target(self, pronoun: str, pos: int, plural: bool) -> Optional[Cluster]:
        """A singular "sie" with no woman or body before it: the latest named person whose gender we
        do not know ("Kiri Tamahori … sie sagte"), when that person stands in the sentence or two before."""
        if pronoun != "sie" or plural:
            return None
        for c in self.before(pos):
            if c.type == "person" and c.key and c.gender is None and not c.plural:
                if pos - max(s for s, _ in c.spans if s < pos) <= self.LATENT_REACH:
                    return c
                return None
        return None

    LATENT_REACH = 300  # characters: a pronoun's antecedent stands in the sentence or two before it

    def latent_target(self, pronoun: str, pos: int, plural: bool) -> Optional[Cluster]:
        """The most recent role before ``pos`` that was no actor yet and fits the pronoun: "Ein
        Landwirt wurde verletzt. Er sagte …" makes the farmer a speaker. Only when ``pronoun_target``
        found nobody."""
        for start, end, m in sorted(self.latent, key=lambda item: -item[0]):
            if start >= pos or pos - start > self.LATENT_REACH:
                continue
            fits = (m.plural if plural else (not m.plural and (m.gender != "f" if pronoun == "er" else m.gender == "f")))
            if not fits:
                continue
            self.latent.remove((start, end, m))
            name = strip_article(self.text[start:end]) or self.text[start:end]
            cluster = self.new("person", name, gender=m.gender, titles=set(m.titles), state=m.state, head=m.head,
                              plural=m.plural, described=(start, end))
            cluster.add(start, end)
            return cluster
        return None

    def government_target(self, m: Mention, pos: int, phrase: str) -> Optional[Cluster]:
        """'die Regierung', 'der Staatsführung' with nothing to say whose: the government of the state
        the article has named most often so far (the latest of them on a tie), a mention of that state
        (spec §3; the news actor gold reads them so)."""
        head = m.head or ""
        words = phrase.split()
        if not (words and words[0].lower() in DEFINITE and self._bare(phrase) and m.state is None
                and (head in self.lex.bare_state_heads or head.endswith(self.lex.bare_state_suffixes))):
            return None
        return self.most_named_state(pos)

    def most_named_state(self, pos: int) -> Optional[Cluster]:
        """The state the article has named most often before ``pos`` (the latest of them on a tie)."""
        scored = []  # (mentions before pos, the latest of them), state
        for c in self.items:
            if c.type == "state":
                starts = [s for s, _ in c.spans if s < pos]
                if starts:
                    scored.append(((len(starts), max(starts)), c))
        return max(scored, key=lambda item: item[0])[1] if scored else None


    def acronym_owner(self, type_: str, key: str) -> Optional[Cluster]:
        """'BCV' alone after 'die Baufirma Norte BCV': the organisation whose name ends in it; an
        acronym no gazetteer lists, of the initials of an actor's name of two or more words ('BYD'
        of 'Build Your Dreams', 'WWF' of 'World Wide Fund For Nature', 'JFK' of 'John F. Kennedy')."""
        if not (key.isupper() and len(key) > 1 and " " not in key):
            return None
        ending = next((c for c in self.items if c.type == type_ and c.key and c.key.endswith(" " + key)), None)
        if ending is not None or key in self.lex.alias_index:
            return ending
        return next((c for c in self.items if c.key and c.key != key and key in initials(c.key)
                     and (c.type == type_ or c.given in self.lex.given_names)), None)  # a person by a listed given name

    DESCRIPTION_REACH = 400  # characters back to a named organisation "Die Organisation" may mean

    def description_target(self, m: Mention, pos: int, phrase: str) -> Optional[Cluster]:
        """'Die Organisation', 'des spanischen Konzerns': a bare category noun after a definite article
        refers back to a named organisation: the latest introduced with the same category noun
        ("dem Baukonzern Grupo ACS"), else the latest named one shortly before."""
        categories = self.lex.anaphoric_heads.get(m.type, ())
        words = phrase.split()
        if not (categories and m.head and words and words[0].lower() in DEFINITE and (self._bare(phrase) or _placed(phrase))):
            return None
        category = next((c.lower() for c in categories if _ends_with_noun(m.head, c)), None)
        if category is None:
            return None
        owner = self.lex.alias_index.get(m.head.split("-")[0]) if "-" in m.head else None
        # "die UN-Organisation" is one of the UN's, not the UN
        named = [c for c in self.before(pos) if c.type == m.type and c.key and not (owner and owner[1] == c.key)]
        same = next((c for c in named if c.head and _ends_with_noun(c.head, category)), None)
        if same is not None:
            return same
        recent = named[0] if named else None
        if recent is not None and pos - max(s for s, _ in recent.spans if s < pos) <= self.DESCRIPTION_REACH:
            return recent
        return None

    BODY_TYPES = frozenset({"organization", "authority", "media", "armed_group"})

    def name_word_owner(self, head: str, pos: int) -> Optional[Cluster]:
        """The one named body before ``pos`` whose name holds the category noun ``head`` as a word of
        its own ("Bank" of "Bank of England", "Verfassungsschutz" of "Bundesamt für Verfassungsschutz"),
        read up to a genitive (not "Universität" of "Kommission der Universität Bayreuth"), in its key
        or as the article writes it ("Bank Julius Bär"); none when two bodies have it."""
        owners = [c for c in self.before(pos) if c.type in self.BODY_TYPES and c.key
                  and any(head in _name_words(name) for name in [c.key] + [self.text[s:e] for s, e in c.spans])]
        return owners[0] if len(owners) == 1 else None

    def genitive_person(self, m: Mention, start: int, end: int) -> tuple[Mention, Optional[Cluster]]:
        """'Thaksins', 'Papst Benedikts', 'Der behandelnde Arzt Lahms': one name word in the genitive of
        a person named before. Alone, or after a title that person holds, it is that person; after
        another title it is that person's mention inside the phrase of someone else, the title's
        holder (the phrase is then a title, a person of its own)."""
        if m.kind not in ("name", "surname") or m.given or not m.surname or not m.surname.endswith("s") or (
                not self.text[start:end].endswith(m.surname)):
            return m, None
        stem = m.surname[:-1]
        owner = next((c for c in self.before(start) if c.type == "person" and c.key and c.key != m.surname
                      and (c.surname == stem or c.given == stem or stem in c.surnames)), None)
        if owner is None:
            return m, None
        if not m.titles or self.titles_match(set(m.titles), owner.titles):
            return m, owner
        owner.add(end - len(m.surname), end)
        return replace(m, kind="title", surname=None, head=m.titles[-1], extra={**m.extra, "placed": True}), None

    def town_adjective_owner(self, m: Mention, pos: int) -> Optional[Cluster]:
        """'Die Berufsfeuerwehr Kaiserslautern' after 'die Kaiserslauterer Feuerwehr', 'die Polizei Köln'
        after 'die Kölner Polizei': a body named by its head and its town is the unnamed body of that
        head (or the compound's end) the article named with the town's adjective; the name wins."""
        words = m.key.split() if m.key else []
        if len(words) != 2 or not m.head or words[0] != m.head or not words[1][:1].isupper():
            return None
        for c in self.before(pos):
            if c.type != m.type or c.key is not None or not c.head or not (
                    head_stem(c.head) == head_stem(m.head) or compound_of(m.head, head_stem(c.head))):
                continue
            if any(_town_adjective(self.text[max(s - 40, 0):s].split()[-1:], words[1]) for s, _ in c.spans):
                c.key, c.name, c.described, c.named_at = m.key, m.key, None, pos
                return c
        return None

    def member_body(self, m: Mention, pos: int, phrase: str) -> Optional[Cluster]:
        """'die Beamten', 'der Polizisten' after 'die Berliner Polizei': the members of the one body of
        their head named before are that body (``member_nouns`` in actor_word_lists.json)."""
        words = phrase.split()
        if len(words) != 2 or words[0].lower() not in ("die", "der", "den") or words[1] not in MEMBER_BODIES:
            return None
        if words[0].lower() == "die" and not m.plural:
            return None
        heads = MEMBER_BODIES[words[1]]
        bodies = {id(c): c for c in self.before(pos) if c.type == "authority" and not c.plural
                  and any((c.key or c.head or "").split()[-1].endswith(h) or (c.head or "").endswith(h) for h in heads)}
        return next(iter(bodies.values())) if len(bodies) == 1 else None

    def owner_by_word(self, m: Mention, pos: int, phrase: str) -> Optional[Cluster]:
        """'die Bank' after 'die Bank of England': a singular bare noun after a definite article is the
        named body whose name holds it, whatever type that name was given."""
        words = phrase.split()
        if m.plural or not (m.head and words and words[0].lower() in DEFINITE and self._bare(phrase)):
            return None
        return self.name_word_owner(m.head, pos)

    def title_target(self, title: str, pos: int, state: Optional[str]) -> Optional[Cluster]:
        # "des Staatschefs", "dem Kremlchef": the link of the title in any case form
        link = self.lex.title_links.get(title) or next(
            (v for k, v in self.lex.title_links.items() if head_stem(k) == head_stem(title)), {})
        linked = set(link.get("titles", []))
        want_state = link.get("state") or state
        holders = [c for c in self.before(pos) if c.type == "person" and c.key is not None
                   and (want_state is None or c.state in (None, want_state))
                   and (self.titles_match({title}, c.titles) or self.holds_exactly(linked, c.titles))]
        # one holding the title itself before one holding a compound of it ("Staatspräsident" for "des
        # Staatschefs" before a later "Kommissionspräsident"); a linked title only as itself, after a
        # hyphen at most ("US-Präsident" is a "Staatschef", a "Ministerpräsident" no "Staatsoberhaupt")
        exact = [c for c in holders if self.holds_exactly(linked | {title}, c.titles)]
        return (exact or holders or [None])[0]

    @staticmethod
    def holds_exactly(wanted: set[str], held: set[str]) -> bool:
        stems = {head_stem(t) for t in wanted}
        return any(head_stem(h.split("-")[-1]) in stems for h in held)

    @staticmethod
    def titles_match(wanted: set[str], held: set[str]) -> bool:
        """'Präsident' matches 'US-Präsident' and 'den Präsidenten': compare stems, compounds by their end."""
        stems = {head_stem(t) for t in wanted}
        return any(head_stem(h).endswith(w) for h in held for w in stems)


    def surname_target(self, surname: str, pos: int) -> Optional[Cluster]:
        people = [c for c in self.items if c.type == "person" and c.key and (c.surname == surname or surname in c.surnames)]
        if not people:
            return None
        earlier = [c for c in self.before(pos) if c in people]
        return earlier[0] if earlier else people[0]

    def add(self, m: Mention, start: int, end: int) -> Optional[Cluster]:
        """Attach one mention (character offsets ``start``-``end``); returns its cluster."""
        phrase = self.text[start:end]
        target: Optional[Cluster] = None
        if m.extra.get("refers_back"):
            target = self.refer_back(m, start, phrase)
        elif m.kind == "pronoun":
            target = (self.pronoun_target(phrase.lower(), start, m.plural) or self.latent_target(phrase.lower(), start, m.plural)
                      or self.ungendered_target(phrase.lower(), start, m.plural))
        elif m.kind == "possessive":
            demonstrative = phrase.lower() in ("dieser", "diese")  # "Dieser behauptete": the latest, not the subject
            target = self.pronoun_target(m.extra["pronoun"], start, m.plural, not demonstrative) or self.latent_target(
                m.extra["pronoun"], start, m.plural)
        elif m.kind == "party_of":  # "seine Partei": the party named beside the person "sein" refers to
            party = self.party_of(m.extra["pronoun"], start)
            if party is None:  # no party named beside the person: the phrase as any other
                phrase_mention = Mention(m.start, m.end, "organization", kind="phrase", head="Partei", acting=m.acting)
                return self.add(phrase_mention, start, end)
            target = self.by_key("organization", party) or self.new("organization", party, key=party)
        elif m.kind == "reflexive":  # "nach eigenen Angaben": the actor named earlier in the sentence
            target = next((c for c in self.before(start) if max(s for s, _ in c.spans if s < start) >= m.extra["sentence_start"]), None)
            if target is None:  # "Nach eigenen Angaben tötete die Armee …": the subject comes later
                self.pending_reflexive.append((start, end, m))
        elif m.kind == "relative":
            target = self.ends.get(m.extra.get("antecedent_end", -1))
        elif m.type == "person":
            m, target = self.genitive_person(m, start, end)
            target = target or self._person(m, start, phrase)
            if target is None and m.kind == "title":
                self.latent.append((start, end, m))
        elif m.key is not None:
            target = (self.by_key(m.type, m.key) or self.acronym_owner(m.type, m.key) or self.by_bare_name(m)
                      or self.town_adjective_owner(m, start) or short_form_before(self, m, start, end, phrase)
                      or self.new(m.type, m.key, key=m.key, head=m.head, plural=m.plural))
        else:
            stem = head_stem(m.head or phrase.split()[-1])
            target = self.owner_by_word(m, start, phrase)
            target = target or next(
                (c for c in self.before(start + 1) if c.type == m.type and c.head and head_stem(c.head) == stem
                 and (c.name.lower() == strip_article(phrase).lower() or self._bare(phrase)
                      or c.key is None and self._specified_again(phrase, c)
                      or (m.state is not None and c.state == m.state))),  # "mexikanisches Parlament" = "Parlament in Mexiko-Stadt"
                None,
            )
            if target is None:
                target = self.description_target(m, start, phrase) or self.government_target(m, start, phrase)
            if target is None:
                name = m.head if m.kind == "phrase" and self._bare(phrase) and m.head else phrase
                target = self.new(m.type, name, head=m.head, plural=m.plural, state=m.state, described=(start, end))
            elif m.plural and phrase.split()[0].lower() == "die" and target.key is None:
                target.plural = True  # "der Veranstalter" (a genitive plural) … "Die Veranstalter der Demonstration"
        if target is not None:
            if target.type == "person" and target.gender is None and m.gender and not m.plural and (
                    m.kind in ("pronoun", "description")):
                target.gender = m.gender  # "Franka Dietzsch … Sie warf": she, from now on
            target.add(start, end)
            self.ends[end] = target
            if m.acting:
                self.acting.add(start)
        return target


    PARTY_REACH = 60  # characters before a person's mention where "der CDU-Politiker" may stand

    def party_of(self, pronoun: str, pos: int) -> Optional[str]:
        """The listed party of the person a possessive at ``pos`` refers to (the latest person the
        pronoun agrees with), as the article gives it beside one of the person's mentions: "(CDU)"
        after it, or a compound "CDU-Politiker" in or shortly before it."""
        person = next((c for c in self.salient_before(pos) if c.type == "person" and self.agrees(c, pronoun, False)), None)
        if person is None:
            return None
        for s, e in person.spans:
            after = re.match(r"\s*\(([^()]{1,30})\)", self.text[e : e + 32])
            if after and after.group(1).strip() in self.lex.party_by_alias:
                return self.lex.party_by_alias[after.group(1).strip()]
            for word in re.findall(r"([\w/]+)-\w+", self.text[max(0, s - self.PARTY_REACH) : e]):
                if word in self.lex.party_by_alias:
                    return self.lex.party_by_alias[word]
        return None

    def settle_reflexives(self) -> None:
        """"Nach eigenen Angaben tötete die Armee …": the first actor after "eigenen" in its sentence."""
        for start, end, m in self.pending_reflexive:
            later = [(min(s for s, _ in c.spans if s > start), c) for c in self.items
                     if any(start < s <= m.extra["sentence_end"] for s, _ in c.spans)]
            if later:
                target = min(later, key=lambda t: t[0])[1]
                target.add(start, end)
                self.ends[end] = target
        self.pending_reflexive = []


    def _specified_again(self, phrase: str, earlier: Cluster) -> bool:
        """'Der Fahrer des Unfallwagens' after 'der 41-jährige Fahrer': a definite phrase with a genitive
        after the noun says more of an actor introduced by that noun alone, not someone new."""
        words = phrase.split()
        return (len(words) >= 3 and words[0].lower() in DEFINITE and self._bare(earlier.name)
                and any(w in GENITIVE_OPENERS for w in words[2:]) and not self._bare(phrase))

    def _definite_bare(self, phrase: str) -> bool:
        words = phrase.split()
        return bool(words) and words[0].lower() in DEFINITE and self._bare(phrase)

    def _bare(self, phrase: str) -> bool:
        """'die Behörden', 'Polizeiangaben': head with at most an article and adjectives."""
        words = strip_article(phrase).split()
        return len(words) <= 2 and all(not w[:1].isupper() for w in words[:-1])

    def _person(self, m: Mention, start: int, phrase: str) -> Optional[Cluster]:
        lex = self.lex
        if m.kind == "title":
            body = self.member_body(m, start, phrase)
            if body is not None:
                return body
            opening = phrase.split()[0].lower()  # "manche Staatschefs", "Die Minister": several
            several = opening in PLURAL_DETERMINERS or m.plural and opening in ("die", "diese")
            # the office of a place no state stands for ("der Gouverneur Floridas") is no other place's holder
            target = (self.title_target(m.titles[0], start, m.state)
                      if m.titles and not several and not m.extra.get("placed") else None)
            if target is None and m.head:  # "der Geschäftsführer" again: the same unnamed person
                stem = head_stem(m.head)
                # a bare noun also names the compound it ends ("der Student" after "ein BWL-Student")
                target = next((c for c in self.before(start) if c.type == "person" and c.key is None and c.head
                               and (head_stem(c.head) == stem or c.plural == m.plural and self._definite_bare(phrase) and compound_of(c.head, stem))
                               and (self._bare(phrase) or c.name == strip_article(phrase)
                                    or c.plural == m.plural and self._specified_again(phrase, c)
                                    or phrase.split()[0].lower() in DEFINITE and AGE.search(phrase))), None)
            if target is None and anaphoric_description(phrase, m, self.text[start + len(phrase):]):
                target = self.described_person(singular(m, phrase), start)  # "die Labour-Politikerin" after "Jo Cox"
            if target is None and not m.plural and self._predicative(start, start + len(phrase)):
                target = self.sentence_person(start, m.gender)  # "Todt ist Teamchef des Teams Ferrari"
                if target is not None:
                    target.titles |= set(m.titles)
                    return target
            if target is None and m.acting:
                name = strip_article(phrase) or phrase
                if m.head and m.head not in name.split():
                    name = m.head  # "Augenzeugenberichten" -> the witnesses
                target = self.new("person", name, gender=m.gender, titles=set(m.titles),
                                  state=m.state, head=m.head, plural=m.plural, described=(start, start + len(phrase)))
            return target
        if m.kind == "surname" or not m.given:
            target = self.surname_target(m.surname, start) if m.surname else None
            if target is None:
                target = next((c for c in self.items if c.type == "person" and c.key == m.surname), None)
            if target is None and m.surname:
                target = self.first_word_owner(m.surname)
                if target is not None:
                    return target
            if target is None:
                target = self.new("person", m.surname, key=m.surname, surname=m.surname, gender=m.gender,
                                  titles=set(m.titles), state=m.state, surnames={m.surname})
            target.titles |= set(m.titles)
            return target
        full = m.extra.get("full") or f"{m.given} {m.surname}"
        target = next(
            (c for c in self.items if c.type == "person" and c.given == m.given and c.surname == m.surname), None
        )
        if target is None and m.surname and m.surname.endswith("s"):  # "Barack Obamas": the genitive
            target = next((c for c in self.items if c.type == "person" and c.given == m.given
                           and c.surname == m.surname[:-1]), None)
        if target is None:
            # known so far by surname only (a headline "Putin: ...") -> now the full name
            target = next((c for c in self.items if c.type == "person" and c.key == m.surname and c.given is None), None)
            if target is not None:
                target.key = target.name = full
                target.given = m.given
        if target is None:
            target = self.new("person", full, key=full, surname=m.surname, given=m.given)
        target.surnames |= set(full.split()[1:])
        if self.family_first is not None and (first := self.family_first(full.split())):
            target.surnames.add(first)  # "Hu" of "Hu Jia": the family name said first
        target.gender = target.gender or m.gender or lex.given_names.get(m.given or "")
        target.role = target.role or self._role_span(m, start, phrase, full)
        target.titles |= set(m.titles)
        target.state = target.state or m.state
        return target

    @staticmethod
    def _role_span(m: Mention, start: int, phrase: str, full: str) -> Optional[tuple[int, int]]:
        """A named person's title: in apposition ("Dolkun Isa, der Sekretär des …", marked by
        ``appositive_titles``), or before the name ("Amtsrichterin Ute Bader")."""
        if "role" in m.extra:
            return m.extra["role"]
        at = phrase.find(full)
        if m.titles and at > 0 and phrase[:at].strip():
            return start, start + len(phrase[:at].rstrip())
        return None

    # ---- records ------------------------------------------------------------------------------
    def actors(self, name_of: Callable[[Cluster], str] = lambda c: c.name,
               role_of: Callable[[Cluster], Optional[str]] = lambda c: None) -> list[Actor]:
        """The records, in order of first mention; ``name_of`` gives the canonical name (the
        component reads it from the doc), ``role_of`` a named person's role."""
        live = [c for c in self.items if c.spans]
        live.sort(key=lambda c: c.spans[0][0])
        return [
            Actor(
                id=f"a{n}",
                name=name_of(c),
                type=ActorType(c.type),
                mentions=[Span.of(self.text, s, e) for s, e in c.spans],
                role=role_of(c),
            )
            for n, c in enumerate(live, 1)
        ]
