"""The actor gazetteers under ``models/gazetteers/``, loaded once, and the SpanRuler patterns made from them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache, wraps
from typing import Optional

from ...records import ActorType
from ...resources import load_json, load_wordlist
from ...speech_lexicon import load_lexicon as load_speech_lexicon
from .user_gazetteer import read_user_gazetteer
from .words import word_set

FOLDER = "gazetteers"
NAMED_FILES = ("states.json", "organizations.json", "media.json", "armed_groups.json", "regions.json")
HEAD_TYPES = ("authority", "organization", "media", "armed_group", "person")

# Ruler labels that are not actor types: triggers the mention finder builds phrases around.
CAPITAL, SEAT, DEMONYM, GIVEN, SOURCE_COMPOUND = "capital", "seat", "demonym", "given", "source_compound"
HEAD_PREFIX = "head_"
CONTINENTS = word_set("continents")
DEFINITE_ARTICLES = ("der", "die", "das")  # opening a listed name ("Die Linke")
INFLECTIONS = ("e", "s", "n", "es", "en", "in", "innen")  # endings a listed noun may carry in text


@lru_cache(maxsize=65_536)
def _stems(word: str) -> tuple[str, ...]:
    """The lower-cased word and what is left of it without each inflection it may carry (shared
    by the five head lists a word is looked up in)."""
    low = word.lower()
    return (low, *(low[: -len(e)] for e in INFLECTIONS if low.endswith(e)))


@dataclass
class HeadNouns:
    words: frozenset[str]
    suffixes: tuple[str, ...]

    def matches(self, word: str) -> bool:
        if word in self.words:
            return True
        for ending in INFLECTIONS:  # "Vermittlers", "Reporterin"
            if word.endswith(ending) and word[: -len(ending)] in self.words:
                return True
        if not word[:1].isupper():
            return False
        for stem in _stems(word):
            for n, ends in self._suffixes_by_length:  # shortest first: stop where a suffix leaves < 2 letters
                if len(stem) <= n + 1:
                    break
                if (stem[-n:] if n else "") in ends:
                    return True
        return False

    @cached_property
    def _suffixes_by_length(self) -> tuple[tuple[int, frozenset[str]], ...]:
        """The suffixes grouped by length: a stem is looked up once per length, not once per suffix."""
        lengths = sorted({len(s) for s in self.suffixes})
        return tuple((n, frozenset(s for s in self.suffixes if len(s) == n)) for n in lengths)

    def regex(self) -> str:
        alternation = "|".join(sorted(map(re.escape, self.suffixes), key=len, reverse=True))
        # "Robert-Koch-Institut": suffix in any case; "UN-Generalsekretärs": inflected
        return rf"^[A-ZÄÖÜ][\w.-]+(?i:{alternation})(?:e|s|es|n|en|in|innen)?$"


def _per_word(method):
    """Memoise a method of one word per lexicon instance: the data is fixed once loaded."""

    def cached(self, word: str):
        memo = self.__dict__.setdefault("_memo_" + method.__name__, {})
        if word not in memo:
            if len(memo) >= 100_000:  # a long batch meets ever new words: bound the memory
                memo.clear()
            memo[word] = method(self, word)
        return memo[word]

    return wraps(method)(cached)


@dataclass
class Lexicon:
    named: list[dict]  # {"name", "type", aliases...}
    heads: dict[str, HeadNouns]
    state_heads: frozenset[str]
    female_suffixes: tuple[str, ...]
    plural_roles: frozenset[str]
    title_links: dict[str, dict]
    source_endings: tuple[str, ...]
    source_prefixes: dict[str, dict]
    given_names: dict[str, Optional[str]]  # name -> "m" | "f" | None ("Nicola", "Andrea": either)
    speech_verbs: frozenset[str]
    act_verbs: frozenset[str]
    name_stopwords: frozenset[str]
    report_endings: tuple[str, ...] = ()
    legal_forms: frozenset[str] = frozenset()
    club_prefixes: frozenset[str] = frozenset()  # "FC", "Borussia": a sports club's name opens with one
    not_heads: frozenset[str] = frozenset()
    speaking_heads: frozenset[str] = frozenset()  # "Stadt", "Medien": an actor only where it speaks
    not_actor_endings: tuple[str, ...] = ()  # "Bericht", "Studie": documents and things, never actors
    anaphoric_heads: dict[str, tuple[str, ...]] = field(default_factory=dict)  # type -> "Organisation", "Konzern"
    bare_state_heads: frozenset[str] = frozenset()  # "die Regierung": the state the article speaks of
    force_heads: frozenset[str] = frozenset()  # "der deutschen Streitkräfte": the state's armed force ...
    forces_by_state: dict = field(default_factory=dict)  # ... where it has a name of its own ("Bundeswehr")
    bare_state_suffixes: tuple[str, ...] = ()  # "die Mitte-Links-Regierung"
    speech_lemmas: frozenset[str] = frozenset()  # lemmas of verbs of saying ("ausführen"), read with a tagger
    alias_index: dict[str, tuple[str, str]] = field(default_factory=dict)  # alias -> (type, name)
    state_by_alias: dict[str, str] = field(default_factory=dict)
    region_by_alias: dict[str, str] = field(default_factory=dict)
    capitals: frozenset[str] = frozenset()  # "Hanoi", "Lomé": a capital names a place, its genitive no person
    # (name, alias) -> words one of which the article must contain for the alias to name the entry:
    # "die Union" is CDU/CSU where German parties are spoken of, not in an article on the African Union
    context_aliases: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    party_by_alias: dict[str, str] = field(default_factory=dict)  # "CDU", "Grünen" -> the party's listed name

    @cached_property
    def verbs(self) -> frozenset[str]:
        """Speech and act verbs: the words an adjective-shaped word must not be ("sagte", "haben")."""
        return self.speech_verbs | self.act_verbs

    @cached_property
    def stopwords_and_speech_verbs(self) -> frozenset[str]:
        return self.name_stopwords | self.speech_verbs

    def place_genitive(self, word: str) -> bool:
        """'Afrikas', 'Hanois', 'Frankreichs': the genitive of a state, region, capital or continent."""
        stem = word[:-1] if word.endswith("s") else ""
        return len(stem) > 2 and (stem in self.state_by_alias or stem in self.region_by_alias or stem in self.capitals
                                  or stem in CONTINENTS)

    @_per_word
    def head_type(self, word: str) -> str | None:
        """The actor type a head noun makes. A listed word beats a compound ending, and among
        endings persons come first: 'Polizeisprecher' is a person, not the police."""
        if word in self.not_heads:
            return None
        for kind in HEAD_TYPES:
            if word in self.heads[kind].words:
                return kind
        if self.heads["person"].matches(word):
            return "person"
        for kind in HEAD_TYPES[:-1]:
            if self.heads[kind].matches(word):
                return kind
        return None

    def patterns(self) -> list[dict]:
        """SpanRuler patterns: gazetteer names labelled with their type, and the trigger words."""
        out: list[dict] = []
        for entry in self.named:
            for alias in (*entry["aliases"], *entry.get("declined", ())):
                out.append({"label": entry["type"], "id": entry["name"], "pattern": alias})
            for capital in entry.get("capitals", []):
                out.append({"label": CAPITAL, "id": entry["name"], "pattern": capital})
            for seat in entry.get("seats", []):
                out.append({"label": SEAT, "id": entry["name"], "pattern": seat})
            if entry.get("adjectives"):
                forms = sorted(entry["adjectives"])
                out.append({"label": DEMONYM, "id": entry["name"], "pattern": [{"LOWER": {"IN": forms}}]})
        for name, alias in self.context_aliases:  # checked against the article where they are found
            out.append({"label": self.alias_index[name][0], "id": name, "pattern": alias})
        for kind in HEAD_TYPES:
            nouns = self.heads[kind]
            forms = sorted({w + e for w in nouns.words for e in ("", *INFLECTIONS)})
            out.append({"label": HEAD_PREFIX + kind, "pattern": [{"TEXT": {"IN": forms}}]})
            out.append({"label": HEAD_PREFIX + kind, "pattern": [{"TEXT": {"REGEX": nouns.regex()}}]})
        out.append({"label": GIVEN, "pattern": [{"TEXT": {"IN": sorted(self.given_names)}}]})
        prefixes = "|".join(map(re.escape, self.source_prefixes))
        endings = "|".join(map(re.escape, self.source_endings))
        out.append({"label": SOURCE_COMPOUND, "pattern": [{"TEXT": {"REGEX": rf"^(?:{prefixes})-?(?:{endings})$"}}]})
        return out


def _title_links(links: dict, named: list[dict]) -> dict[str, dict]:
    """Title -> titles it stands for and the canonical name of its state, given in the data by the
    state's code ("RUS"), so that renaming a state touches its entry only."""
    by_code = {e["code"]: e["name"] for e in named if e.get("code")}
    out = {}
    for title, link in links.items():
        if title.startswith("_"):
            continue
        link = dict(link)
        if "state_code" in link:
            link["state"] = by_code[link.pop("state_code")]  # an unknown code fails loudly here
        out[title] = link
    return out


def _heads(section: dict) -> HeadNouns:
    return HeadNouns(frozenset(section["words"]), tuple(section["suffixes"]))


def _with_declined(aliases: list[str]) -> list[str]:
    """A name that is a nominalised adjective after its article ("Die Linke") is written declined
    after other articles ("der Linken", "den Linken") and in capitals ("der LINKEN"): those forms
    are aliases too, derived here rather than listed."""
    out = list(aliases)
    for alias in aliases:
        words = alias.split()
        if len(words) == 2 and words[0].lower() in DEFINITE_ARTICLES and words[1][:1].isupper() and words[1].endswith("e"):
            word = words[1]
            out += [f for f in (word + "n", word.upper(), word.upper() + "N") if f not in out]
    return out


# an adjective opening a listed name ("Zentralafrikanische", "Internationaler", "Freie"): the stem
# it is declined from ends in one of these; a noun ("Minsker Gruppe": indeclinable) is left alone
ADJECTIVE_STEM = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]*(?:isch|sch|al|ig|lich|iv|är|ell|t|ei|eu|ot|ün|am|ös)$")
ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
NOMINATIVE_ENDINGS = ("er", "es", "e")  # the ending a listed name's adjective has


def _declined_forms(alias: str) -> list[str]:
    """The declined forms of a name opened by adjectives ("Zentralafrikanische Republik" ->
    "Zentralafrikanischen Republik"; "Internationaler Strafgerichtshof" -> "Internationalen
    Strafgerichtshofs"): every opening adjective takes the same ending; after a masculine or
    neuter ending the head noun that follows them also takes its genitive -s/-es."""
    words = alias.split(" ")
    stems = []
    for word in words[:-1]:
        ending = next((e for e in NOMINATIVE_ENDINGS if word.endswith(e)), None)
        if ending is None or not ADJECTIVE_STEM.match(word[: -len(ending)]):
            break
        stems.append(word[: -len(ending)])
    if not stems:
        return []
    head, rest = words[len(stems)], words[len(stems) + 1 :]
    heads = [head]
    if words[0].endswith(("er", "es")) and not rest and head[-1:].isalpha() and not head.endswith(("s", "x", "z")):
        heads += [head + "s", head + "es"]  # "des Internationalen Strafgerichtshofs"
    return [" ".join([*(s + e for s in stems), h, *rest]) for e in ADJECTIVE_ENDINGS for h in (heads if e == "en" else heads[:1])]


def _with_declined_adjectives(named: list[dict]) -> list[dict]:
    """Each entry with the declined forms of its adjective-opened aliases as ``declined``: found in
    text like its aliases, but never taken for a written name (a form may be one no text has:
    "Roter Kreuz"), and left out where it is another entry's alias."""
    listed = {alias for entry in named for alias in entry["aliases"]}
    out = []
    for entry in named:
        declined: list[str] = []
        for alias in entry["aliases"]:
            declined += [f for f in _declined_forms(alias) if f not in listed and f not in declined]
        out.append({**entry, "declined": declined})
    return out


@lru_cache(maxsize=8)
def load_lexicon(gazetteer: Optional[str] = None) -> Lexicon:
    """The shipped gazetteers, with a user's entries (``gazetteer``, a file path) first: where a
    user's alias equals a shipped one, the user's entry names the actor."""
    named = list(read_user_gazetteer(gazetteer)) if gazetteer else []
    for filename in NAMED_FILES:
        data = load_json(FOLDER, filename)
        for entry in data["entries"]:
            named.append({**entry, "type": entry.get("type", data.get("type"))})
    named = [{**entry, "aliases": _with_declined(entry["aliases"])} for entry in named]
    named = _with_declined_adjectives(named)
    for entry in named:
        ActorType(entry["type"])  # a typo in a data file fails loudly here
    nouns = load_json(FOLDER, "actor_nouns.json")
    given = {}
    for line in load_wordlist(FOLDER, "given_names.txt"):
        gender, name = line.split(None, 1)
        given[name] = gender if gender in ("m", "f") else None  # "?": a man's name in one language, a woman's in another
    source = nouns["source_compounds"]
    lex = Lexicon(
        named=named,
        heads={kind: _heads(nouns[kind]) for kind in HEAD_TYPES},
        state_heads=frozenset(nouns["state_heads"]),
        female_suffixes=tuple(nouns["person"]["female_suffixes"]),
        plural_roles=frozenset(nouns["person"]["plural_words"]),
        title_links=_title_links(nouns["title_links"], named),
        source_endings=tuple(source["endings"]),
        source_prefixes=dict(source["prefixes"]),
        given_names=given,
        speech_verbs=frozenset(load_wordlist(FOLDER, "speech_verbs.txt")),
        act_verbs=frozenset(load_wordlist(FOLDER, "act_verbs.txt")),
        name_stopwords=frozenset(load_wordlist(FOLDER, "name_stopwords.txt")),
    )
    lex.report_endings = tuple(source["report_endings"])
    lex.legal_forms = frozenset(nouns["legal_forms"])
    lex.club_prefixes = frozenset(nouns.get("club_prefixes", {}).get("words", ()))
    lex.not_heads = frozenset(nouns["not_heads"]["words"])
    lex.speaking_heads = frozenset(nouns.get("only_where_they_speak", {}).get("words", ()))
    lex.not_actor_endings = tuple(nouns["not_actor_nouns"]["endings"])
    bare_state = nouns.get("bare_state_heads", {})
    lex.bare_state_heads = frozenset(bare_state.get("words", ()))
    lex.bare_state_suffixes = tuple(bare_state.get("hyphen_suffixes", ()))
    forces = nouns.get("state_forces", {})
    lex.force_heads, lex.forces_by_state = frozenset(forces.get("heads", ())), dict(forces.get("by_state", {}))
    lex.anaphoric_heads = {k: tuple(v) for k, v in nouns.get("anaphoric_heads", {}).items() if not k.startswith("_")}
    # the lemmas of the attribution lexicon's reporting verbs, parsed there once ("mitteilen|mit" -> "mitteilen")
    lex.speech_lemmas = frozenset(v.lemma for v in load_speech_lexicon().verbs.values())
    for entry in named:
        for alias in entry["aliases"]:
            lex.alias_index.setdefault(alias, (entry["type"], entry["name"]))
        if entry.get("party"):
            for alias in entry["aliases"]:
                lex.party_by_alias.setdefault(alias, entry["name"])
        for group in entry.get("context_aliases", ()):
            for alias in group["aliases"]:
                lex.context_aliases[(entry["name"], alias)] = frozenset(group["only_with"])
        lex.capitals |= frozenset(entry.get("capitals", ()))
        table = lex.state_by_alias if entry["type"] == "state" else lex.region_by_alias if entry["type"] == "region" else None
        if table is not None:
            for alias in entry["aliases"]:
                table[alias] = entry["name"]
    return lex
