"""Tie a phrase (a speaker, a source) to an actor: ``resolve_span`` and ``actor_at``.

Other components call these after the actors component ran. ``resolve_span`` extends the
existing ``doc._.actors`` in place (ids and names already handed out stay valid) and adds a new
actor, typed from the phrase's head noun, when the phrase names no one known yet.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from ...records import Actor, ActorType, Span
from .canonical import canonical
from .clusters import Cluster, Clusters
from .identity import set_keys
from .lexicon import Lexicon, load_lexicon
from .grammar import ARTICLES, DEFINITE, PRONOUNS, SOURCE_NOUNS, is_adjective
from .mention_record import Mention
from .speaking_people import person_mention
from .words import word_set
from .written_names import written_name
from ...doctext import doc_text

# a tagger reads these as no name ("Offiziell"); ADJA is no sign: "Jugendliche", "Bewaffnete" are people
NOT_NAME_TAGS = {"ADJD", "ADV", "PTKVZ", "VVFIN", "VVPP", "VVINF"}
# a finite verb or a conjunction opening the phrase ("Sollte der Antrag …"): a clause, no name
NOT_NAME_OPENERS = NOT_NAME_TAGS | {"VMFIN", "VAFIN", "VVIMP", "KOUS", "KON", "PWAV"}
ADVERBIAL_PHRASES = word_set("adverbial_phrases")
MEDIA_NAME_ENDINGS = word_set("media_name_endings")
MIN_COVER = 0.5  # an existing mention must cover this share of the phrase to stand for it
GAZETTEER_KEY = "karabach_actors_gazetteer"  # doc.user_data: the user's gazetteer file the actors were found with


def doc_lexicon(doc: Doc) -> Lexicon:
    """The gazetteers the doc's actors were found with, the user's own (``--gazetteer``) included."""
    return load_lexicon(doc.user_data.get(GAZETTEER_KEY))


def actor_at(doc: Doc, start: int, end: int) -> Optional[Actor]:
    """The actor with a mention overlapping ``[start, end)``, preferring the longest overlap."""
    best, best_overlap = None, 0
    for actor in doc._.actors or []:
        for m in actor.mentions:
            overlap = min(end, m.end) - max(start, m.start)
            if overlap > best_overlap:
                best, best_overlap = actor, overlap
    return best


def describe(actor: Actor, lex: Lexicon) -> Cluster:
    """What the resolution rules need to know about an actor, read back from its record."""
    words = actor.name.split()
    listed = lex.alias_index.get(actor.name)  # "Frankfurter Allgemeine Zeitung" is the entry "FAZ"
    key = listed[1] if listed is not None and listed[0] == actor.type.value else actor.name
    cluster = Cluster(type=actor.type.value, name=actor.name, key=key,
                      spans=[(m.start, m.end) for m in actor.mentions])
    cluster.last = max((m.start for m in actor.mentions), default=-1)
    mention_words = [w for m in actor.mentions for w in m.text.split()]
    if actor.type == ActorType.person:
        titles = {w for w in mention_words if lex.head_type(w) == "person"}
        cluster.titles = titles
        named = bool(words) and all(w[:1].isupper() and lex.head_type(w) is None for w in words)
        if named:
            cluster.surname = words[-1]
            cluster.surnames = set(words[1:] or words)
            cluster.given = words[0] if len(words) > 1 else None
            cluster.gender = lex.given_names.get(words[0])
        else:
            cluster.key = None
            cluster.head = next((w for w in words if lex.head_type(w) == "person"), None)
            cluster.plural = cluster.head in lex.plural_roles
        if cluster.gender is None and titles:
            female = [t for t in titles if t.endswith("in")]
            cluster.gender = "f" if female and len(female) == len(titles) else "m"
        for i, w in enumerate(mention_words[:-1]):
            if w in lex.state_by_alias and lex.head_type(mention_words[i + 1]) == "person":
                cluster.state = lex.state_by_alias[w]
    else:
        cluster.head = next((w for w in reversed(words) if lex.head_type(w)), words[-1] if words else None)
        cluster.plural = bool(cluster.head) and cluster.head.endswith(("en", "te", "äfte"))
        if any(lex.head_type(w) for w in words):
            cluster.key = None  # an unnamed institution, matched by its head
    return cluster


def _phrase_mention(doc: Doc, start: int, end: int, lex: Lexicon, default_type: ActorType) -> Optional[Mention]:
    """Classify a phrase that matched no mention the actors component found; None when it names no
    actor (spec §3: a document or a common noun such as "laut Verfassung" is no actor)."""
    text = doc_text(doc)[start:end]
    span = doc.char_span(start, end, alignment_mode="expand")
    tokens = [t.text for t in span] if span is not None else text.split()
    if len(tokens) == 1 and tokens[0].lower() in PRONOUNS:
        after = doc[span.end].text if span is not None and span.end < len(doc) else ""
        before = doc[span.start - 1].text if span is not None and span.start > 0 else ""
        plural = tokens[0].lower() == "sie" and (after.endswith("en") or before.endswith("en"))
        gender = "m" if tokens[0].lower() == "er" else (None if plural else "f")
        return Mention(0, 0, "person", kind="pronoun", gender=gender, plural=plural, acting=True)
    if " ".join(tokens).lower() in ADVERBIAL_PHRASES:
        return None  # "Des Weiteren sagte er": no speaker
    bare = " ".join(w for w in tokens if w.lower() not in ARTICLES)
    for entry in lex.named:
        if bare in entry["aliases"]:
            return Mention(0, 0, entry["type"], key=entry["name"])
    content = [w for w in tokens if w.lower() not in ARTICLES]
    if media_name(content):
        return Mention(0, 0, "media", kind="name", key=" ".join(content))
    for i, w in enumerate(content):
        if is_adjective(w):
            state = next((e["name"] for e in lex.named if e["type"] == "state" and w in e.get("adjectives", [])), None)
            if state and i + 1 < len(content) and content[i + 1] in lex.state_heads:
                return Mention(0, 0, "state", key=state)
            continue
        kind = lex.head_type(w)
        if kind == "person":
            rest = [x for x in content[i + 1 :] if x[:1].isupper() and lex.head_type(x) is None]
            if rest and content[i + 1 :][: len(rest)] == rest:
                given = rest[0] if len(rest) > 1 else None
                return Mention(0, 0, "person", kind="name", surname=rest[-1], given=given, titles=(w,),
                               gender=lex.given_names.get(given or ""), extra={"full": " ".join(rest)})
            return Mention(0, 0, "person", kind="title", titles=(w,), head=w, acting=True,
                           plural=w in lex.plural_roles, gender="f" if w.endswith("in") else "m")
        if kind is not None:
            return Mention(0, 0, kind, kind="phrase", head=w)
        if default_type == ActorType.person and (person := person_mention(tokens, w, lex.not_actor_endings)) is not None:
            return person  # "sagte ein Soldat", "berichten Überlebende"
        break
    # with a tagger, common nouns ("Verfassung", tagged NN) are not taken for a surname
    tags = {t.text: t.tag_ for t in span} if span is not None else {}
    if (default_type == ActorType.person and content and all(w[:1].isupper() for w in content)
            and len(content) <= 4 and not all(tags.get(w) == "NN" for w in content)
            and not all(tags.get(w) in NOT_NAME_TAGS for w in content)  # "Des Weiteren", "Offiziell"
            and tags.get(content[0]) not in NOT_NAME_OPENERS
            and not _said_not_sayer(content)):
        given = content[0] if len(content) > 1 else None
        return Mention(0, 0, "person", kind="name" if given else "surname", surname=content[-1], given=given,
                       gender=lex.given_names.get(given or ""), extra={"full": " ".join(content)})
    return None


def media_name(words: list[str]) -> bool:
    """A capitalised name of two to four words ending in a medium's word ("Salzburger Nachrichten",
    "BBC News"): a newspaper or broadcaster, which the default would take for a person's name."""
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and words[-1] in MEDIA_NAME_ENDINGS


SOURCE_ENDINGS = tuple(SOURCE_NOUNS)  # "Presseinformationen", "Medienberichten" end in one


def _said_not_sayer(words: list[str]) -> bool:
    """"laut Ecuadorianischen Presseinformationen", "nach Offiziellen Angaben": what is said, no
    one's name; but "nach Celebis Angaben" names its sayer in the genitive."""
    return words[-1].lower().endswith(SOURCE_ENDINGS) and not (len(words) > 1 and words[0].endswith(("s", "'")))


def _head_span(doc: Doc, start: int, end: int, lex: Lexicon) -> Optional[tuple[int, int]]:
    """Character span of the phrase's first head noun ("Behörden" in "Behörden in Berg-Karabach")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    tokens = list(span) if span is not None else []
    if len(tokens) > 3 and tokens[0].lower_ in ARTICLES and tokens[1].tag_ in ("APPR", "APPRART"):
        # "Die von der Miliz kontrollierte Gesundheitsbehörde": the head follows the participle,
        # the noun inside its phrase is another actor
        participle = next((k for k in range(2, len(tokens)) if tokens[k].tag_ == "ADJA"), None)
        tokens = tokens[participle:] if participle is not None else tokens
    for tok in tokens:
        # "Der Schweizer Politiker …": an adjective of origin is no head, even where it is a noun too
        if lex.head_type(tok.text) is not None and tok.tag_ != "ADJA":
            return tok.idx, tok.idx + len(tok.text)
    return None


def _known_actor(doc: Doc, actors: list[Actor], start: int, end: int, lex: Lexicon) -> Optional[Actor]:
    """The actor the phrase is already a mention of: the one holding its head noun, or, for a phrase
    without one ("Putin", "er"), the one whose mention covers most of it."""
    head = _head_span(doc, start, end, lex)
    if head is not None:
        holders = [a for a in actors for m in a.mentions if m.start <= head[0] and head[1] <= m.end]
        if holders:
            return min(holders, key=lambda a: min(m.end - m.start for m in a.mentions if m.start <= head[0] and head[1] <= m.end))
        return None
    best, best_overlap = None, 0
    for actor in actors:
        for m in actor.mentions:
            overlap = min(end, m.end) - max(start, m.start)
            if overlap > best_overlap:
                best, best_overlap = actor, overlap
    return best if best is not None and best_overlap >= MIN_COVER * (end - start) else None


def resolve_span(doc: Doc, start: int, end: int, default_type: ActorType = ActorType.person) -> Optional[Actor]:
    """The actor a phrase refers to; adds the phrase to its mentions, creating the actor if needed.

    Returns None only for a pronoun with no compatible actor before it, or an empty phrase.
    """
    if not doc_text(doc)[start:end].strip():
        return None
    lex = doc_lexicon(doc)
    actors: list[Actor] = list(doc._.actors or [])
    found = _known_actor(doc, actors, start, end, lex)
    if found is not None:
        _extend(doc, found, start, end)
        return found
    clusters = Clusters(lex, doc_text(doc))
    records = {}
    for actor in actors:
        cluster = describe(actor, lex)
        clusters.items.append(cluster)
        records[id(cluster)] = actor
    mention = _phrase_mention(doc, start, end, lex, default_type)
    if mention is None:
        return None
    cluster = clusters.add(mention, start, end)
    if cluster is None:
        return None
    actor = records.get(id(cluster))
    if not cluster.name:  # a phrase with no name word ("bisherigen Erkenntnissen") is named as written
        cluster.name = doc_text(doc)[start:end].strip()
    if actor is None:
        used = {a.id for a in actors}
        n = len(actors) + 1
        while f"a{n}" in used:
            n += 1
        name = cluster.name
        if cluster.described is not None and (not cluster.head or cluster.head in doc_text(doc)[start:end].split()):
            # the phrase's nominative base form (spec §3)
            mode = "person" if cluster.type == "person" else "body"
            name = canonical(doc, *cluster.described, known_plural=cluster.plural, mode=mode) or name
        actor = Actor(id=f"a{n}", name=name, type=ActorType(cluster.type))
        set_keys([actor], {(e["type"], e["name"]): e["wikidata"] for e in lex.named if e.get("wikidata")})
        entries = {(e["type"], e["name"]): e["aliases"] for e in reversed(lex.named)}  # the first entry wins
        actor.name = written_name(doc, entries, actor.type.value, actor.name, [(start, end)])
        actors.append(actor)
    _extend(doc, actor, start, end)
    doc._.actors = actors
    return actor


def _extend(doc: Doc, actor: Actor, start: int, end: int) -> None:
    """Add ``[start, end)`` to the actor's mentions; inside one actor spans never overlap (the longer stays)."""
    kept = []
    for m in actor.mentions:
        if m.start < end and start < m.end:
            if m.end - m.start >= end - start:
                return
            continue
        kept.append(m)
    kept.append(Span.of(doc_text(doc), start, end))
    actor.mentions = sorted(kept, key=lambda m: m.start)


def referring_mention(doc: Doc, start: int, end: int) -> Optional[Mention]:
    """The mention a speaker phrase makes when it only refers back: a pronoun ("er", "Sie") or a
    title after a definite article with no name ("der Minister"); None for any other phrase."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    words = [t.text for t in span]
    bare_title = len(words) == 2 and words[0].lower() in DEFINITE
    if not (len(words) == 1 or bare_title):
        return None
    mention = _phrase_mention(doc, start, end, doc_lexicon(doc), ActorType.person)
    if mention is None or mention.kind not in ("pronoun", "title") or (mention.kind == "title") != bare_title:
        return None
    return mention


def move_mention(doc: Doc, start: int, end: int, to: Actor, opening_only: bool = False) -> None:
    """Make ``[start, end)`` a mention of ``to``: taken from any other actor, which is dropped when
    it is left with no mention. ``opening_only``: only another actor's mention that opens the phrase
    is taken (the title of "Der Vertreter der Arbeitgeber im Aufsichtsrat der BA, Peter Clever"); the
    bodies named inside it keep theirs."""
    kept = []
    for actor in doc._.actors or []:
        if actor is not to:
            actor.mentions = [m for m in actor.mentions if not (
                (m.start == start and m.end <= end) if opening_only else (m.start < end and start < m.end))]
            if not actor.mentions:
                continue
        kept.append(actor)
    _extend(doc, to, start, end)
    doc._.actors = kept


def resolve_name(doc: Doc, start: int, end: int, actor_type: ActorType, mentioned: bool = True) -> Optional[Actor]:
    """A name as written (no article, no marks: "Militärinformant" of "der Kanal «Militärinformant»"):
    the actor it is already a mention of (unless not ``mentioned``: an office whose phrase holds its
    holder's title) or a name of, else a new actor of ``actor_type`` so named."""
    name = doc_text(doc)[start:end].strip()
    if not name:
        return None
    actors: list[Actor] = list(doc._.actors or [])
    found = (_known_actor(doc, actors, start, end, doc_lexicon(doc)) if mentioned else None) or next(
        (a for a in actors if a.name == name), None)
    if found is None:
        used = {a.id for a in actors}
        n = len(actors) + 1
        while f"a{n}" in used:
            n += 1
        found = Actor(id=f"a{n}", name=name, type=actor_type)
        set_keys([found], {})
        actors.append(found)
        doc._.actors = actors
    _extend(doc, found, start, end)
    return found
