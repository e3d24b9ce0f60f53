"""Rules that find a name again once the article has introduced it: a person's surname ("Putin",
"Putins"), a family name said first ("Hu"), a company without its legal form."""

from __future__ import annotations

from .context import Context
from .grammar import ACRONYM, ARTICLES, INITIAL, is_cap
from .mention_record import Mention
from .nouns import family_first, german_word
from .phrases import person


def surnames(ctx: Context) -> None:
    """Surnames of persons named in full, anywhere in the text ("Putin", "Putins")."""
    mentions, taken = ctx.mentions, ctx.taken
    surnames = set()
    for m in mentions:
        if m.type == "person" and m.surname and (m.given or m.titles):
            words = m.extra.get("full", m.surname).split()
            surnames.update(w for w in (words[1:] or words) if is_cap(w) and not INITIAL.match(w))
    if not surnames:
        return
    # only a surname or its genitive can be one: looked up in the doc's index, not walked token by token
    for tok in ctx.tokens_where("text", surnames | {w + "s" for w in surnames}):
        if tok.i not in taken:
            surname_mention(tok, surnames, ctx)


def surname_mention(tok, surnames: set[str], ctx: Context) -> bool:
    """A token that is one of ``surnames``, or its genitive ("Putins"), becomes a surname mention."""
    base = tok.text[:-1] if tok.text.endswith("s") and tok.text[:-1] in surnames else tok.text
    if base not in surnames:
        return False
    ctx.mentions.append(Mention(tok.i, tok.i + 1, "person", kind="surname", surname=base))
    ctx.taken.add(tok.i)
    return True


def name_echoes(ctx: Context) -> None:
    """A name the article introduced, found again alone ("Hu" of "Hu Jia", "Jenoptik" of "Jenoptik AG").

    A name the article has introduced names its actor wherever it stands again, whether or not it
    speaks there: the surname of a person found by any rule ("Kowalczyk"), the family name said
    first ("Hu" of "Hu Jia"), a company without its legal form ("Jenoptik" of "der Jenoptik AG"),
    an organisation named after its category noun ("Hochtief" of "der Baufirma Hochtief")."""
    doc, mentions, taken, lex = ctx.doc, ctx.mentions, ctx.taken, ctx.lex
    persons: set[str] = set()
    organizations: dict[str, Mention] = {}
    for m in mentions:
        if m.type == "person" and m.kind == "name" and m.extra.get("full"):
            words = m.extra["full"].split()
            persons.update(w for w in words[1:] if is_cap(w) and not INITIAL.match(w))
            first = family_first(ctx.lex, ctx.known_words, words)
            if first:
                persons.add(first)
        elif m.type in ("organization", "media") and m.key:
            words = m.key.split()
            if len(words) == 2 and words[1] in lex.legal_forms:
                words = words[:1]
            elif len(words) == 2 and ACRONYM.match(words[1]):
                words = words[1:]  # "ACS" of "Grupo ACS"
            if (len(words) == 1 and is_cap(words[0]) and not german_word(ctx.known_words, words[0])
                    and words[0] not in lex.name_stopwords):
                organizations.setdefault(words[0], m)
    full_names = _full_names(mentions)
    first_words = {words[0] for words in full_names}
    for tok in ctx.tokens:
        if tok.i in taken:
            continue
        if tok.text in first_words and _full_name_again(tok, full_names, ctx):
            continue
        if surname_mention(tok, persons, ctx):
            continue
        if "-" in tok.text and tok.text.split("-")[0] in organizations and ACRONYM.match(tok.text.split("-")[0]):
            # "UNMISS-Truppen" after "(UNMISS)": the mission's troops, the mission acting
            named = organizations[tok.text.split("-")[0]]
            mentions.append(Mention(tok.i, tok.i + 1, named.type, key=named.key, kind="name"))
            taken.add(tok.i)
        elif tok.text in organizations and not (tok.i > 0 and doc[tok.i - 1].lower_ in ARTICLES and tok.tag_ != "NE"):
            # "die Zukunft der Branche" after "Zukunft AG": a common noun with its article is no echo
            named = organizations[tok.text]
            mentions.append(Mention(tok.i, tok.i + 1, named.type, key=named.key, kind="name"))
            taken.add(tok.i)


def _full_names(mentions: list[Mention]) -> list[tuple[str, ...]]:
    """The names of two or more words persons were found by ("Elizabeth Byrs"), longest first."""
    names = set()
    for m in mentions:
        words = tuple(m.extra.get("full", "").split())
        if m.type == "person" and m.kind == "name" and len(words) >= 2:
            names.add(words)
    return sorted(names, key=lambda words: (-len(words), words))


def _full_name_again(tok, full_names: list[tuple[str, ...]], ctx: Context) -> bool:
    """A person's whole name at ``tok``, written where no rule found it (before the sentence that
    introduced it, "hat Elizabeth Byrs gewarnt"): one name mention, not an echo of each of its words."""
    doc = ctx.doc
    for words in full_names:
        end = tok.i + len(words)
        if words[0] != tok.text or end > len(doc) or tuple(t.text for t in doc[tok.i:end]) != words:
            continue
        if any(k in ctx.taken for k in range(tok.i, end)):
            continue
        if end < len(doc) and is_cap(doc[end].text) and doc[end].tag_ == "NE":
            continue  # a longer name goes on
        ctx.mentions.append(person(ctx, tok.i, end, "name"))
        ctx.taken.update(range(tok.i, end))
        return True
    return False
