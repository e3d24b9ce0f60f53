"""Actors (spec §3): find, type and merge everyone who acts, speaks or is harmed.

A spaCy SpanRuler fed from the gazetteers under ``models/gazetteers/`` marks names and trigger
words in ``doc.spans`` (never ``doc.ents``, so a statistical NER keeps its entities and adds its
persons and organisations to ours); small named rules grow phrases around them (listed in order in
registry.py) and merge the mentions into actors (clusters.py). Other components call :func:`resolve_span` to tie a
speaker phrase ("er", "der Kremlchef", "die Behörden in …") to an actor.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from functools import partial
from pathlib import Path
from typing import Iterable, Optional

from .canonical import canonical, is_spokesperson, name_adjective
from .grammar import is_adjective
from .clusters import Cluster, Clusters
from .identity import link_spokespeople, set_keys
from .context import SPANS_KEY, make_context
from .lexicon import load_lexicon
from .no_one import names_no_one
from .nouns import family_first
from .registry import RULES, find_mentions
from .bare_heads import join_bare_heads
from .resolve import GAZETTEER_KEY, actor_at, move_mention, referring_mention, resolve_name, resolve_span
from .ruler import WordListRuler
from .written_names import written_name
from ...doctext import doc_text

__all__ = ["Actors", "RULES", "actor_at", "move_mention", "referring_mention", "resolve_name", "resolve_span", "make_actors"]


class Actors:
    def __init__(self, nlp: Language, name: str, disabled_rules: Iterable[str] = (), only_rules: Optional[Iterable[str]] = None,
                 gazetteer: Optional[str] = None):
        self.name = name
        self.gazetteer = str(gazetteer) if gazetteer else None
        self.lexicon = load_lexicon(self.gazetteer)
        self.gazetteer_names = frozenset(e["name"] for e in self.lexicon.named)
        self.alias_words = frozenset(a for a in self.lexicon.alias_index if " " not in a)
        self.user_qids = {(e["type"], e["name"]): e["wikidata"] for e in self.lexicon.named if e.get("wikidata")}
        self.entries = gazetteer_entries(self.lexicon)
        # "UN" in "UN-Sprecher" -> "Vereinte Nationen": a listed alias names the body a compound speaks for
        self.alias_names = {alias.lower(): name for (_, name), aliases in self.entries.items() for alias in aliases}
        self.ruler = WordListRuler(nlp, name=f"{name}_ruler", spans_key=SPANS_KEY, overwrite=True, validate=False)
        self.ruler.add_patterns(self.lexicon.patterns())
        self.known_words = known_words(nlp)
        self.rules = RULES.select(disabled_rules, only_rules)
        self.family_first = partial(family_first, self.lexicon, self.known_words)

    def __call__(self, doc: Doc) -> Doc:
        self.ruler(doc)
        # blank lines between paragraphs are no sentence a reference reaches back over
        text = doc_text(doc)  # a slice of it, not Span.text: that joins the sentence's tokens anew
        sentences = ([s.start_char for s in doc.sents if text[s.start_char:s.end_char].strip()]
                     if doc.has_annotation("SENT_START") else [0])
        clusters = Clusters(self.lexicon, text, self.family_first, sentences)
        for mention in find_mentions(make_context(doc, self.lexicon, self.known_words), self.rules):
            span = doc[mention.start : mention.end]
            clusters.add(mention, span.start_char, span.end_char)
        clusters.settle_reflexives()
        clusters.settle_appositions()
        clusters.settle_given_names()
        clusters.settle_introductions()
        clusters.settle_nested()
        del doc.spans[SPANS_KEY]
        clusters.items = [c for c in clusters.items if not names_no_one(doc, self.lexicon, c)]
        actors = clusters.actors(partial(canonical_name, doc, self.gazetteer_names, self.alias_words), partial(role_name, doc))
        link_spokespeople(actors, self.alias_names)
        name_unlinked_spokespeople(doc, clusters, actors)
        set_keys(actors, self.user_qids)  # from the gazetteer's name: the key stays whatever the article writes
        for actor in actors:
            actor.name = written_name(doc, self.entries, actor.type.value, actor.name,
                                      [(m.start, m.end) for m in actor.mentions])
        doc.user_data[GAZETTEER_KEY] = self.gazetteer
        doc._.actors = join_bare_heads(doc, actors)
        return doc

    # The ruler's patterns (made from the gazetteers) travel with a saved pipeline: nlp.to_disk
    # writes them (JSON lines) to <component>/ruler/patterns, and a pipeline loaded from there matches them.
    def to_disk(self, path, *, exclude=()) -> None:
        Path(path).mkdir(parents=True, exist_ok=True)
        self.ruler.to_disk(Path(path) / "ruler")

    def from_disk(self, path, *, exclude=()) -> "Actors":
        self.ruler.from_disk(Path(path) / "ruler")
        return self


def gazetteer_entries(lex) -> dict[tuple[str, str], list[str]]:
    """(type, listed name) -> every form the gazetteers list for it; a user's entry first."""
    entries: dict[tuple[str, str], list[str]] = {}
    for e in lex.named:
        entries.setdefault((e["type"], e["name"]), list(e["aliases"]))
    return entries


FAMILY_TITLES = frozenset({"Familie", "Ehepaar"})


def canonical_name(doc: Doc, gazetteer_names: frozenset[str], alias_words: frozenset[str], cluster: Cluster) -> str:
    """An unnamed actor's name in its nominative base form, read from the phrase it was named after;
    a body a rule named by its own words keeps them, with a capitalised adjective before its first
    mention ("der Freiwilligen [Feuerwehr Mölschbach]"); a gazetteer name stays as listed."""
    if cluster.type == "person" and cluster.key and cluster.given is None and cluster.titles & FAMILY_TITLES:
        return f"{sorted(cluster.titles & FAMILY_TITLES)[0]} {cluster.key}"  # "der Familie Chrobog": a family, not one Chrobog
    if cluster.described is None and cluster.type != "person" and cluster.key and cluster.key not in gazetteer_names:
        if is_adjective(cluster.key.split()[0]):  # a description kept whole ("chinesische Zentralfernsehen")
            return canonical(doc, *cluster.spans[0], known_plural=cluster.plural) or cluster.name
        start = cluster.spans[0][0] if cluster.named_at is None else cluster.named_at
        return name_adjective(doc, start, cluster.name)
    if cluster.described is None or (cluster.head and cluster.head not in doc_text(doc)[slice(*cluster.described)].split()):
        return cluster.name  # named by a head the phrase only holds in a compound ("Polizeiangaben": Polizei)
    mode = "person" if cluster.type == "person" else "body"
    return canonical(doc, *cluster.described, known_plural=cluster.plural, mode=mode, names=alias_words) or cluster.name


def name_unlinked_spokespeople(doc: Doc, clusters: Clusters, actors: list) -> None:
    """A spokesperson whose body is no actor of its own keeps the body in its name ("Sprecher des
    saudi-arabischen Gesundheitsministeriums"); with the body linked by ``speaks_for`` it is "Sprecher"."""
    live = sorted((c for c in clusters.items if c.spans), key=lambda c: c.spans[0][0])
    for actor, cluster in zip(actors, live):
        if actor.speaks_for is None and cluster.described and is_spokesperson(actor.name) and not placed(doc, cluster.described):
            actor.name = canonical(doc, *cluster.described, known_plural=cluster.plural, mode="role") or actor.name


def placed(doc: Doc, described: tuple[int, int]) -> bool:
    """ "die Sprecherin im County Harris": the spokesperson's complement is a place, no body; "Sprecherin"."""
    span = doc.char_span(*described, alignment_mode="expand")
    words = [t for t in span] if span is not None else []
    k = next((n for n, t in enumerate(words) if is_spokesperson(t.text)), None)
    return k is not None and k + 2 < len(words) and words[k + 1].lower_ in ("in", "im") and words[k + 2].tag_ == "NE"


def role_name(doc: Doc, cluster: Cluster) -> Optional[str]:
    return canonical(doc, *cluster.role, mode="role") if cluster.role else None


def known_words(nlp: Language) -> frozenset[str]:
    """Base forms in the lookup lemmatizer's table (blank pipeline): a capitalised word among them is
    a German word rather than an unknown name. Empty with a statistical model, whose NER finds names."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_lookup"):
        return frozenset()
    return frozenset(lookups.get_table("lemma_lookup").values())


@Language.factory(
    "karabach_actors",
    default_config={"disabled_rules": [], "only_rules": None, "gazetteer": None},
    requires=["token.is_sent_start", "token.tag", "token.lemma"],
    assigns=["doc._.actors"],
)
def make_actors(nlp: Language, name: str, disabled_rules: list[str], only_rules: Optional[list[str]],
                gazetteer: Optional[str]) -> Actors:
    """``gazetteer``: a JSON/JSONL file of the user's own entries (docs/rules.md, "Your own gazetteer")."""
    return Actors(nlp, name, disabled_rules, only_rules, gazetteer)
