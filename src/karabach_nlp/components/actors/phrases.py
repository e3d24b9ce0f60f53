"""Mentions built around a found word: a person from name tokens, a role's or an institution's
phrase around its head noun, a tagged name, a subject or quoted object by its tags."""

from __future__ import annotations

from typing import Optional

from ..analysis.tagger import is_known_word
from .context import Context
from .edges import genitive_after, left_edge, name_after, place_after
from .grammar import ACRONYM, ARTICLES, GENITIVE_ARTICLES, SOURCE_NOUNS, is_cap
from .lexicon import CAPITAL
from .mention_record import Mention
from .people_words import names_people
from .written_names import nominative
from .words import word_set
from .nouns import (ABSTRACT_ENDINGS, AGENT_TOR_ENDINGS, STATE_GROUP_ENDINGS, agent_noun, body_noun, common_word, german_word,
                    hyphenated_given,
                    is_plural_role, name_token, names_thing, plural_after_die, title_gender)

ACCUSATIVE_ARTICLES = word_set("accusative_articles")
FOLLOWER_HEADS = word_set("follower_heads")
RANK_TITLES = word_set("rank_titles")
CLASSIFYING_HEADS = tuple(word_set("classifying_heads"))


def person(ctx: Context, start: int, end: int, kind: str, titles=(), state=None, span_start=None) -> Mention:
    doc = ctx.doc
    lex = ctx.lex
    tokens: list[str] = []  # words as written: "O’Keefe" is one word of three tokens
    for t in doc[start:end]:
        if tokens and not doc[t.i - 1].whitespace_:
            tokens[-1] += t.text
        else:
            tokens.append(t.text)
    first = tokens[0] if tokens else ""
    given = first if len(tokens) > 1 and (first in lex.given_names or hyphenated_given(ctx.lex, first)) else None
    surname = tokens[-1] if tokens else None
    gender = lex.given_names.get(given.split("-")[0]) if given else None
    genders = [title_gender(ctx.lex, title) for title in titles]  # "-in" says a woman, no "-in" is only a guess:
    gender = gender or ("f" if "f" in genders else next((g for g in genders if g), None))  # "Abgeordnete und Brexit-Gegnerin"
    return Mention(
        span_start if span_start is not None else start,
        end,
        "person",
        kind=kind,
        gender=gender,
        surname=surname,
        given=given if given else (tokens[0] if len(tokens) > 1 else None),
        titles=tuple(titles),
        state=state,
        extra={"full": " ".join(tokens), "name_start": start},
    )


def phrase(ctx: Context, i: int, kind: str) -> Optional[Mention]:
    """The phrase around the head noun at ``i`` of type ``kind``: a role ("Russlands Präsident",
    "Der Sprecher der Polizei, Lars Beringer") or an institution ("die Behörden in Berg-Karabach")."""
    start, state = _phrase_start(ctx, i)
    if kind == "person":
        return _role_phrase(ctx, i, start, state)
    return _institution_phrase(ctx, i, kind, start, state)


def _phrase_start(ctx: Context, i: int) -> tuple[int, Optional[str]]:
    """Where the phrase of the head at ``i`` opens, and the state a genitive or demonym in it names."""
    doc, lex = ctx.doc, ctx.lex
    start = left_edge(ctx, i)
    state = None
    # "Russlands Präsident": a state's genitive right before the title belongs to the phrase
    if start == i and i > 0 and doc[i - 1].text in lex.state_by_alias and doc[i - 1].text.endswith("s"):
        state = lex.state_by_alias[doc[i - 1].text]
        start = i - 1
    elif start == i and i > 0 and doc[i - 1].text.endswith("s") and doc[i - 1].text in lex.region_by_alias:
        start = i - 1
    for k in range(start, i):
        if k in ctx.demonyms:
            state = ctx.demonyms[k]
    return start, state


def _role_phrase(ctx: Context, i: int, start: int, state: Optional[str]) -> Mention:
    """A person's role, with the holder's name where it follows: "Präsident Alijew", "Ein Sprecher
    der Polizei, Lars Beringer,", "Der Präsident der Region Elsass Adrien Zeller schlägt vor"."""
    doc, lex = ctx.doc, ctx.lex
    head = doc[i].text
    titles = [head]
    end = i + 1
    if (end + 2 < len(doc) and doc[end].lower_ == "und" and doc[end + 1].tag_ == "NN"
            and (doc[end + 2].text in lex.given_names or doc[end + 2].tag_ == "NE") and name_after(ctx, end + 2) > end + 3):
        # "die Abgeordnete und Brexit-Gegnerin Jo Cox": two titles joined by "und" before one name
        titles.append(doc[end + 1].text)
        end += 2
    # a second title or the office's genitive: "Präsident des Roten Kreuzes"
    end_gen = genitive_after(ctx, end)
    name_start = end
    if head in FOLLOWER_HEADS and _genitive_name(ctx, end):  # "den Anhängern Bembas": a group, Bemba within
        # a definite group, an actor wherever it stands (as a name would be)
        return Mention(start, end + 1, "person", kind="title", titles=(head,), state=state, head=head, plural=True,
                       acting=True, extra={"followed": end})
    if end < len(doc) and doc[end].text in lex.given_names or (
        end < len(doc) and is_cap(doc[end].text) and doc[end].text not in lex.name_stopwords
        and lex.head_type(doc[end].text) is None and doc[end].lower_ not in ARTICLES
        and not lex.place_genitive(doc[end].text)  # "der Staatsführer Afrikas", "Parteichef Hanois": where, not who
    ):
        name_end = name_after(ctx, end)
        # one word the tagger reads as a common noun is the object, not a name: "auf Politiker Druck"
        common = name_end == end + 1 and doc[end].tag_ == "NN" and doc[end].text not in lex.given_names
        if name_end > end and not common:
            return person(ctx, name_start, name_end, "name", titles=titles, state=state, span_start=start)
    # apposition: "Ein Sprecher der Polizei, Lars Beringer,"
    j = end_gen
    j = place_after(ctx, j)
    # one person's name is no apposition to a plural ("der bosnischen Serben, Radovan Karadžić"), nor
    # to the second of two stacked titles ("der Vorsitzende Richter, Ottmar Breidling": the first takes it)
    many = is_plural_role(lex, head) or plural_after_die(doc, start, head)
    stacked = i > 0 and lex.head_type(doc[i - 1].text) == "person"
    apposed = None if many or stacked else _apposed_name(ctx, j)
    if apposed is not None:
        return person(ctx, *apposed, "name", titles=titles, state=state, span_start=start)
    if j > end and j < len(doc) and is_cap(doc[j].text) and lex.head_type(doc[j].text) is None:
        # "Der Präsident der Region Elsass Adrien Zeller schlägt vor": the holder's name after the
        # office's genitive, two or three name words, the first no German word, then the verb
        name_end = name_after(ctx, j)
        if (j + 2 <= name_end <= j + 3 and name_end < len(doc) and doc[name_end].tag_.endswith(("FIN", "VVPP"))
                and not common_word(ctx, doc[j], strict=True)):
            return person(ctx, j, name_end, "name", titles=titles, state=state, span_start=start)
    gender = title_gender(lex, head)
    # "der Präsident Indonesiens", "der Gouverneur Floridas": the office of the place in the genitive
    placed = j == end and j < len(doc) and lex.place_genitive(doc[j].text)
    if placed:
        state = state or lex.state_by_alias.get(doc[j].text) or lex.state_by_alias.get(doc[j].text[:-1])
    return Mention(start, j + placed, "person", kind="title", titles=(head,), state=state, gender=gender,
                   plural=is_plural_role(lex, head) or plural_after_die(doc, start, head), head=head,
                   extra={"placed": True} if placed and state is None else {})


def _genitive_name(ctx: Context, k: int) -> bool:
    """One name in the genitive stands at ``k`` ("Bembas"), not a given name opening a longer one."""
    doc = ctx.doc
    if k >= len(doc) or not is_cap(doc[k].text) or not doc[k].text.endswith("s") or doc[k].text in ctx.lex.given_names:
        return False
    return doc[k].tag_ == "NE" and name_after(ctx, k) == k + 1


def coordinated_holder(ctx: Context, mention: Mention) -> Optional[Mention]:
    """The second holder of a plural role named before two names ("die Nationalspielerinnen Birgit
    Prinz und Fatmire Bajramaj"): a person of two or more name words after "und", or None."""
    doc, lex = ctx.doc, ctx.lex
    if mention.type != "person" or mention.kind != "name" or not mention.titles:
        return None
    title = mention.titles[-1]
    if not (is_plural_role(lex, title) or plural_after_die(doc, mention.start, title)):
        return None
    j = mention.end
    if j + 2 >= len(doc) or doc[j].lower_ != "und" or not (doc[j + 1].text in lex.given_names or doc[j + 1].tag_ == "NE"):
        return None
    end = name_after(ctx, j + 1)
    if end < j + 3 or any(k in ctx.taken for k in range(j + 1, end)) or common_word(ctx, doc[j + 1], strict=True):
        return None
    return person(ctx, j + 1, end, "name", titles=(title,))


def _apposed_name(ctx: Context, j: int) -> Optional[tuple[int, int]]:
    """The holder's name in apposition after a title's phrase ending at ``j``: a given name and more
    (", Lars Beringer"), or two or more name words, the first a proper noun, closed by a comma, a colon
    or the sentence's end; also
    after the title's complement with a preposition ("der EU-Kommissar für Schulwesen und Kultur, Ján
    Figeľ,", "des deutschen Oberbefehlshabers vor Ort, Karlheinz Viereck.")."""
    doc = ctx.doc
    k = j
    while k < len(doc) and doc[k].is_space:
        k += 1
    if k < len(doc) and doc[k].tag_ in ("APPR", "APPRART"):
        while k < len(doc) and k - j < 6 and not doc[k].is_punct and not doc[k].tag_.startswith("V"):
            k += 1
    if k + 3 < len(doc) and doc[k].text == "(" and ACRONYM.match(doc[k + 1].text) and doc[k + 2].text == ")":
        k += 3  # "Der Kommissionspräsident der Afrikanischen Union (AU), Alpha Omar Konaré,": the body's acronym
    if k + 1 >= len(doc) or doc[k].text != ",":
        return None
    ranked = k + 2 < len(doc) and doc[k + 1].text in RANK_TITLES
    k += ranked  # ", Oberst Müller,": after a rank one name word is the holder's surname
    end = name_after(ctx, k + 1)
    if doc[k + 1].text in ctx.lex.given_names:
        return (k + 1, end) if end > k + 2 else None
    # (a colon too: "erhob der Polizeichef von Kundus, Rahman Aqdash: Die Soldaten hätten …")
    closed = end < len(doc) and doc[end].text in (",", ".", ";", ")", ":")
    first = doc[k + 1]  # a surname may be a German word too ("Viereck"), the given name before it not
    if end >= k + 3 - ranked and closed and first.tag_ == "NE" and not common_word(ctx, first, strict=True):
        return k + 1, end
    return None


def _institution_phrase(ctx: Context, i: int, kind: str, start: int, state: Optional[str]) -> Mention:
    """"Die Behörden in Berg-Karabach", "das Verteidigungsministerium in Baku", "die
    Nachrichtenagentur Interfax": an institution's head with its place, genitive or name."""
    doc, lex = ctx.doc, ctx.lex
    end = place_after(ctx, i + 1)
    if end == i + 1:
        end = genitive_after(ctx, i + 1, depth=1)
    elif state is None:  # "die Regierung in Lomé", "das Parlament in Mexiko-Stadt": the capital's state
        state = next((s.id_ for s in ctx.by_label.get(CAPITAL, []) if i + 1 < s.start and s.end <= end), None)
    if state is not None and doc[i].text in lex.state_heads and kind != "media":
        force = lex.forces_by_state.get(state) if doc[i].text in lex.force_heads else None
        if force:  # "der deutschen Streitkräfte": the state's armed force by its name, not the state
            return Mention(start, end, "authority", key=force, kind="phrase", head=force)
        return Mention(start, end, "state", key=state, kind="name")
    key = None
    if kind in ("media", "organization", "armed_group", "authority"):
        key, end = _institution_name(ctx, i, kind, end)
        if key is not None and all(w in lex.legal_forms for w in key.split()):
            key, start = _company_name(ctx, start, i, end)  # "Die Deutsche Bank AG": the company, not "AG"
        key, start, end = _state_in_name(ctx, start, i, end, key)
        for m in ctx.mentions:  # a gazetteer name inside the phrase names the actor
            if start <= m.start and m.end <= end and m.kind == "name" and m.type == kind and not any(
                    t.text in GENITIVE_ARTICLES for t in doc[i + 1 : m.start]):
                # but not one in its genitive: "der Finanzausschuss des Bundestages" is not the Bundestag
                # ("das Nachrichtenmagazin Der Spiegel": a capitalised article is the name's own)
                key = m.key
    head = doc[i].text
    # "die Veranstalter": "die" before a noun in "-er" says the plural its ending does not
    plural = head.endswith(("en", "te", "äfte")) or head.endswith("er") and plural_after_die(doc, start, head)
    return Mention(start, end, kind, key=key, kind="phrase", head=head, plural=plural, state=state)


def _company_name(ctx: Context, start: int, i: int, end: int) -> tuple[str, int]:
    """A company named by a head noun and its legal form, with the capitalised adjectives before them
    ("Die Deutsche Bank AG", "der Deutschen Bank AG" -> "Deutsche Bank AG"): its name and the start."""
    doc = ctx.doc
    first = i
    while first > 0 and doc[first - 1].tag_ == "ADJA" and is_cap(doc[first - 1].text):
        first -= 1
    if first < start and first > 0 and doc[first - 1].lower_ in ARTICLES:
        start = first - 1
    start = min(start, first)
    if first == i:
        return doc[i:end].text, start
    return nominative(doc, doc[first].idx, doc[end - 1].idx + len(doc[end - 1].text)) or doc[first:end].text, start


def _article_of_name(doc, j: int) -> bool:
    """A capitalised article inside the sentence opening a place's name: "der Stadt [Den] Haag"."""
    return (doc[j].lower_ in ARTICLES and doc[j].tag_ == "NE" and j + 1 < len(doc) and doc[j + 1].tag_ == "NE"
            and is_cap(doc[j + 1].text) and doc[j].whitespace_ != "")


def _institution_name(ctx: Context, i: int, kind: str, end: int) -> tuple[Optional[str], int]:
    """"die Nachrichtenagentur Interfax", "der Fernsehsender „Silverbird“": the name after the head."""
    doc, lex = ctx.doc, ctx.lex
    key = None
    j = i + 1
    if j < len(doc) and doc[j].text in ("„", "»", '"') and (doc[j].text != '"' or doc[i].whitespace_):
        # a '"' written right after the head closes a quote opened before it ('eine "große Koalition" aus …')
        k = j + 1
        while k < len(doc) and doc[k].text not in ("“", "«", '"') and k - j < 6:
            k += 1
        if k < len(doc) and k > j + 1:
            key = doc[j + 1 : k].text
            end = max(end, k + 1)
    elif j < len(doc) and is_cap(doc[j].text) and lex.head_type(doc[j].text) is None and (
            doc[j].text not in lex.name_stopwords and doc[j].lower_ not in ARTICLES or _article_of_name(doc, j)):
        k = name_after(ctx, j + 1 if _article_of_name(doc, j) else j, party_ends=False)
        if k > j:
            # "Nachrichtenagentur Reuters" is Reuters; "Staatsanwaltschaft Schwerin", "Forschungsinstitut
            # Niedersachsen" are not the place
            place = doc[j:k].text in lex.state_by_alias or doc[j:k].text in lex.region_by_alias
            head_in_name = _head_in_name(ctx, i, j, k, kind)
            if head_in_name:
                k = _defined_list_end(doc, k)
            key = doc[j:k].text if kind != "authority" and not place and not head_in_name else (
                nominative(doc, doc[i].idx, doc[k - 1].idx + len(doc[k - 1].text)) or doc[i:k].text)  # "des Amtsgerichts X"
            end = max(end, k)
    return key, end


def _state_in_name(ctx: Context, start: int, i: int, end: int, key: Optional[str]) -> tuple[Optional[str], int, int]:
    """A state's genitive right after the head of a name with capitalised adjectives is part of it,
    not a mention of the state ("die Liberale Partei Kanadas", "seine Konservative Partei Kanadas"):
    the phrase takes the adjectives and the genitive, its key is the name in the nominative."""
    doc, lex = ctx.doc, ctx.lex
    first = i
    while first > 0 and doc[first - 1].tag_ == "ADJA" and is_cap(doc[first - 1].text) and not ctx.starts[first - 1]:
        first -= 1
    genitive = doc[i + 1] if i + 1 < len(doc) else None
    if (key is not None or first == i or end > i + 1 or genitive is None
            or not (genitive.text.endswith("s") and genitive.text in lex.state_by_alias)
            or any(first <= m.start < i for m in ctx.mentions)):
        return key, start, end
    for m in [m for m in ctx.mentions if m.start == i + 1 and m.end == i + 2 and m.type == "state"]:
        ctx.mentions.remove(m)
    if first - 1 >= 0 and doc[first - 1].tag_ in ("ART", "PPOSAT") and not any(m.start <= first - 1 < m.end for m in ctx.mentions):
        first -= 1
    name = nominative(doc, doc[first].idx, genitive.idx + len(genitive.text))  # the article goes there
    return name or doc[first : i + 2].text, min(start, first), i + 2


def _defined_list_end(doc, k: int) -> int:
    """End of a list of common nouns that goes on a name ending at ``k`` up to the short form defined
    after it ("Branchenverband Informationswirtschaft, Telekommunikation und neue Medien (Bitkom)");
    ``k`` where no "(…)" closes such a list."""
    j = k
    while j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].tag_ == "NN":
        j += 2
    if j < len(doc) and doc[j].lower_ == "und":
        j += 1
        while j < len(doc) and doc[j].tag_ == "ADJA":
            j += 1
        j = j + 1 if j < len(doc) and doc[j].tag_ == "NN" else k
    defined = j + 2 < len(doc) and doc[j].text == "(" and is_cap(doc[j + 1].text) and doc[j + 2].text == ")"
    return j if j > k and defined else k


def _head_in_name(ctx: Context, i: int, j: int, k: int, kind: str) -> bool:
    """The head noun at ``i`` is part of the body's name before the words ``[j, k)``: they are
    common nouns in the singular that name no body alone ("Arbeitskreis Vorratsdatenspeicherung"), or the head
    is a compound named after a person ("Friedrich-Schiller-Universität Jena").
    A medium's title may be a common noun on its own ("das Magazin Stern"), and so may a name after
    a head that only classifies it (``classifying_heads``: "der Firma Neutrino")."""
    doc = ctx.doc
    if doc[j].text in ctx.lex.given_names:
        return False  # "CSU-Bundestagsfraktion Friedbert Pflüger": a person's name follows
    first, _, _ = doc[i].text.rpartition("-")
    parts = first.split("-") if first else []
    if len(parts) >= 2 and all(is_cap(p) and not p.isupper() for p in parts):
        return True  # named after a person ("Friedrich-Schiller-Universität"), not "Internet-Unternehmen Tencent"
    lemma = doc[i].lemma_.lower()
    if lemma and doc[i].lower_ not in (lemma, lemma + "s", lemma + "es"):
        return False  # a plural head ("die Rüstungskonzerne Aufträge") names no one body: what follows is its object
    if kind == "media" or doc[i].lower_.endswith(CLASSIFYING_HEADS):
        return False
    tokens = ctx.tokens  # "Carl Benz": "Firma Benz"
    surnames = {t.text for before, t in zip(tokens, tokens[1:]) if before.text in ctx.lex.given_names}
    return all(
        t.tag_ == "NN" and t.text[1:].islower() and t.text not in surnames  # a capital inside ("KarstadtQuelle") marks a name
        and t.lower_ == t.lemma_.lower()  # a plural ("das Geldinstitut Verluste") is the verb's object, not a name
        and (german_word(ctx.known_words, t.text) or is_known_word(t.text) or t.lower_.endswith(ABSTRACT_ENDINGS))
        for t in doc[j:k])  # "Möbelhersteller Nordholz": a word HanTa only splits as a compound may be a name


def tagged_mention(ctx: Context, start: int, end: int, first: int) -> Mention:
    """Typed by shape: "eBay", "BYD" and names behind an article are organisations, others persons."""
    doc = ctx.doc
    text = doc[start:end].text
    single = end - start == 1
    org = first < start or (single and (ACRONYM.match(text) or any(c.isupper() for c in text[1:])))
    if org or (not single and doc[start].text not in ctx.lex.given_names and end - start > 2):
        return Mention(first, end, "organization", key=text, kind="name", acting=True)
    mention = person(ctx, start, end, kind="name" if not single else "surname")
    mention.acting = True
    return mention


def subject_phrase(ctx: Context, j: int, strong: bool) -> Optional[Mention]:
    doc = ctx.doc
    taken = ctx.taken
    lex = ctx.lex
    start = j
    k = j + 1 if doc[j].tag_ == "ART" else j
    while k < len(doc) and doc[k].tag_ in ("ADJA", "CARD") and k - j <= 3:
        k += 1
    if k >= len(doc) or any(t in taken for t in range(start, k + 1)):
        return None
    head = doc[k]
    if head.tag_ == "NE" and name_token(ctx, head):
        end = k + 1
        while end < len(doc) and end - k < 3 and doc[end].tag_ in ("NE", "FM") and end not in taken and name_token(ctx, doc[end]):
            end += 1
        if end < len(doc) and _compound_tail(doc[end]):
            return None  # "eine Air France-Maschine": the name opens a compound noun, a thing
        if k > start and doc[k - 1].tag_ == "ADJA" and not doc[k - 1].text[:1].isupper():
            # "der 33-jährige Gianluigi Buffon": a person described, then named
            mention = person(ctx, k, end, kind="name" if end - k > 1 else "surname", span_start=start)
        else:
            mention = tagged_mention(ctx, k, end, start if start < k and doc[start].tag_ == "ART" else k)
        mention.acting = True
        return mention
    if head.tag_ != "NN":
        # "der 81-jährige" (a nominalised adjective, written small): a person
        last = doc[k - 1]
        if k > j and last.tag_ == "ADJA" and doc[start].tag_ == "ART" and last.lower_.endswith(("jährige", "jähriger")):
            return Mention(start, k, "person", kind="title", titles=(last.text,), head=last.text, acting=True,
                           gender="m" if doc[start].lower_ == "der" else None)
        return None
    text, low = head.text, head.text.lower()
    if not text[:1].isupper() or not text.replace("-", "").isalpha() or text in lex.name_stopwords:
        return None
    if low in SOURCE_NOUNS or low.endswith(lex.not_actor_endings) or text in lex.not_heads:
        return None
    kind = lex.head_type(text)
    # "eine Verwandte", "die Überlebenden": a nominalised adjective or participle names people ("das Neue" no one)
    personal = agent_noun(low) or (kind is None and doc[start].lower_ != "das" and names_people(text)
                                   and not any(t.tag_ == "CARD" for t in doc[start:k]))  # "die vier Besten": counted
    body = body_noun(low) or low.endswith(STATE_GROUP_ENDINGS)
    abstract = low.endswith(ABSTRACT_ENDINGS) and not body
    if kind is None and not (personal or body or (strong and not abstract)):
        return None
    end = k + 1
    plural = doc[start].lower_ == "die" and low.endswith(("en", "er", "e", "n"))
    if kind is None and low.endswith(STATE_GROUP_ENDINGS):
        return Mention(start, end, "state", kind="phrase", head=text, acting=True, plural=True)
    if kind == "person" or (kind is None and (personal or low.endswith(AGENT_TOR_ENDINGS))):
        return Mention(start, end, "person", kind="title", titles=(text,), head=text, acting=True, plural=plural,
                       gender=None if plural else title_gender(ctx.lex, text))
    return Mention(start, end, kind or "organization", kind="phrase", head=text, acting=True, plural=plural)


def _compound_tail(tok) -> bool:
    """A hyphenated word ending in a capitalised noun, right after a name: "France-Maschine"."""
    first, _, last = tok.text.rpartition("-")
    return bool(first) and is_cap(last) and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)


def quoted_object(ctx: Context, j: int) -> Optional[Mention]:
    """A person at ``j``: a name (tag NE) or an article + a person's noun ("den Prediger")."""
    doc = ctx.doc
    taken = ctx.taken
    if doc[j].tag_ == "NE" and name_token(ctx, doc[j]):
        end = j + 1
        while end < len(doc) and end - j < 3 and doc[end].tag_ == "NE" and end not in taken:
            end += 1
        mention = person(ctx, j, end, kind="name" if end - j > 1 else "surname")
        mention.acting = True
        return mention
    if doc[j].lower_ not in ACCUSATIVE_ARTICLES:
        return None
    k = j + 1
    while k < len(doc) and doc[k].tag_ == "ADJA":
        k += 1
    if k >= len(doc) or doc[k].tag_ != "NN" or any(t in taken for t in range(j, k + 1)):
        return None
    head, low = doc[k].text, doc[k].text.lower()
    if not (ctx.lex.head_type(head) == "person" or agent_noun(low)) and not (
            doc[j].lower_ in ("den", "einen") and not names_thing(ctx, low)):
        return None  # "zitiert die Studie": a document, not a person; "den Prediger" is one
    return Mention(j, k + 1, "person", kind="title", titles=(head,), head=head, acting=True,
                   gender=title_gender(ctx.lex, head))
