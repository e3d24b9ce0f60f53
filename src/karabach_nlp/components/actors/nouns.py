"""What kind of word a noun is: a German word or a name, a person's role or agent noun, a body
acting as one, a document or statement; the gender a role says."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from ..analysis.tagger import is_known_verb, is_known_word
from .context import Context
from .grammar import INITIAL, NAME_PARTICLES, NAME_WORD, SOURCE_NOUNS, is_adjective, is_cap
from .lexicon import CONTINENTS, Lexicon
from .words import word_set, word_tuple

# what each list is for: its comment in models/gazetteers/actor_word_lists.json
FEMININE_SINGULAR = word_set("feminine_singular")
PERSON_ENDINGS = word_tuple("person_endings")
AGENT_ENDINGS = word_tuple("agent_endings")
AGENT_ER_ENDINGS = word_tuple("agent_er_endings")
AGENT_TOR_ENDINGS = word_tuple("agent_tor_endings")
GROUP_ENDINGS = word_tuple("group_endings")
BODY_ENDINGS = word_tuple("body_endings")
NOT_BODY_PREFIXES = word_set("not_body_prefixes")
ABSTRACT_ENDINGS = word_tuple("abstract_endings")
STATE_GROUP_ENDINGS = word_tuple("state_group_endings")


def common_words(ctx: Context, start: int, end: int) -> bool:
    """Any of the tokens (name particles aside) is a German word: no unknown name then."""
    doc = ctx.doc
    return any(common_word(ctx, t, strict=True) for t in doc[start:end] if t.text not in NAME_PARTICLES)


def common_word(ctx: Context, tok, strict: bool = False) -> bool:
    """A German word, not a name: the lemmatizer changes it ("Neue" -> "neu") or, ``strict``, knows
    it as a base form ("Ziel"; names like "Merkel" are base forms too, hence not by default)."""
    text = tok.text
    if text in ctx.lex.given_names or INITIAL.match(text):
        return False
    if tok.tag_ == "NE":
        return False  # the tagger reads it as a proper noun: "Köhler", "Klose" are names, not adjectives
    if bool(tok.lemma_) and tok.lemma_ != text or is_adjective(text.lower()) or text.lower() in ctx.known_words:
        return True
    # with a tagger (HanTa, or a statistical model) a common noun says so itself
    return strict and (text in ctx.known_words or tok.tag_ == "NN")


def german_word(known_words: frozenset[str], text: str) -> bool:
    """'Zukunft': a word the lemmatizer's table knows, so alone it need not be the name."""
    return text in known_words or text.lower() in known_words


def hyphenated_given(lex: Lexicon, text: str) -> bool:
    parts = text.split("-")
    return len(parts) > 1 and all(p in lex.given_names for p in parts)


def family_first(lex: Lexicon, known_words: frozenset[str], words: list[str]) -> Optional[str]:
    """'Hu' of 'Hu Jia': the first of two name words when it is no given name we list and no
    German word; such names are often said family name first, and the article calls the person
    by it alone. 'Kjell Eberhardt' gives 'Kjell' too, which, alone, also names him."""
    if len(words) != 2:
        return None
    first = words[0]
    if (first in lex.given_names or hyphenated_given(lex, first) or INITIAL.match(first) or not is_cap(first)
            or not NAME_WORD.match(first) or first in lex.name_stopwords or german_word(known_words, first)
            or lex.head_type(first) is not None or len(first) < 2):
        return None
    return first


def agent_noun(low: str) -> bool:
    """A noun for a person: "Fahrer", "Verleger" come from a verb ("fahren"), "Feuer", "Bagger"
    do not, nor does "Feier", the stem of "feiern"; "-ent", "-ist", "-ling" and the like
    ("Demonstrant", "Journalist") always are."""
    for ending in AGENT_ER_ENDINGS:
        if low.endswith(ending):
            if ending == "er" and is_known_verb(low + "n"):
                return False
            stem = low[: -len(ending)].split("-")[-1]
            return len(stem) > 2 and is_known_word(stem + "en")
    return low.endswith(AGENT_ENDINGS + GROUP_ENDINGS) and not low.endswith(("or", "oren"))


def body_noun(low: str) -> bool:
    """A body that acts as one ("Vereinsführung", "Konzernleitung", "Fraktion"); not a deed or a pipe
    with the same ending ("Entführung", "Einleitung", "Wasserleitung")."""
    if not low.endswith(BODY_ENDINGS):
        return False
    for ending in ("führung", "leitung"):
        if low.endswith(ending):
            before = low[: -len(ending)]
            return len(before) >= 3 and before not in NOT_BODY_PREFIXES
    return True


def names_thing(ctx: Context, low: str) -> bool:
    """A document or statement ("Bericht", "Medienberichten", "Verfassung"), or what someone said."""
    stem = low[:-1] if low.endswith(("n", "s")) else low
    return (low in SOURCE_NOUNS or low.endswith(tuple(SOURCE_NOUNS)) or low.endswith(ctx.lex.not_actor_endings)
            or stem.endswith(ctx.lex.not_actor_endings)
            or low.endswith(ABSTRACT_ENDINGS) and not body_noun(low))


def name_token(ctx: Context, tok) -> bool:
    text = tok.text
    return (is_cap(text) or text[:1].islower() and any(c.isupper() for c in text[1:])) and (
        bool(NAME_WORD.match(text)) or bool(INITIAL.match(text))) and text not in ctx.lex.name_stopwords and (
        ctx.lex.head_type(text) is None) and text not in ctx.lex.state_by_alias and not ctx.lex.place_genitive(text) and (
        text not in CONTINENTS)  # "Europa müsse …": a continent is nobody's name


def is_plural_role(lex: Lexicon, head: str) -> bool:
    roles = lex.plural_roles
    return head in roles or (head.endswith("n") and head[:-1] in roles) or head.endswith("innen")


def title_gender(lex: Lexicon, title: str) -> Optional[str]:
    """'Präsidentin' is a woman, 'Präsident' a man; a plural role ('Experten') has no gender."""
    if is_plural_role(lex, title):
        return None
    if title in FEMININE_SINGULAR:
        return "f"
    return "f" if title.endswith("in") else "m"


def plural_after_die(doc: Doc, start: int, head: str) -> bool:
    """"die Flugbegleiter", "die Experten": "die" before a role not ending in "-in" is a plural
    ("die Sprecherin" is one woman)."""
    return doc[start].lower_ == "die" and head.endswith(("er", "en", "ten")) and head not in FEMININE_SINGULAR
