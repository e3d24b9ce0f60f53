"""Rules that find actors by their names: the gazetteers' names, capitals, given names, sports
clubs, companies by their legal form, unknown names where they speak, web sites."""

from __future__ import annotations

import re
from typing import Optional

from .clause import speaker_context, verb_like, verb_next_to
from .context import Context
from .edges import article_before_role, name_after, role_apposition
from .grammar import ACRONYM, ARTICLES, NAME_PARTICLES, BARE_SUBJECT_VERBS, COPULAS, DOMAIN, PREPOSITIONS, is_adjective, is_cap
from .lexicon import CAPITAL, CONTINENTS, GIVEN, SEAT
from .mention_record import Mention
from .nouns import agent_noun, common_words, german_word, hyphenated_given
from .phrases import person
from .words import word_set
from ..analysis.tagger import hanta_available, is_known_compound

NAMED_TYPES = ("state", "organization", "authority", "media", "armed_group", "region")
CLUB_OWNER_PREPOSITIONS = word_set("club_owner_prepositions")
ORGANIZATION_NAME_WORDS = word_set("organization_name_words")
FOREIGN_NAME_CONNECTORS = word_set("foreign_name_connectors")


def sports_clubs(ctx: Context) -> None:
    """Sports clubs by the word their name opens with ("der FC Bayern München", "Werder Bremen").

    Also "Hannover 96", and an acronym after an ordinal ("der 1. PC Viernheim"). First of all rules, so that the town or state in the name stays part of it."""
    doc, mentions, taken, lex = ctx.doc, ctx.mentions, ctx.taken, ctx.lex
    openers = {t.i: t for t in (*ctx.tokens_where("text", lex.club_prefixes), *ctx.tokens_matching(ACRONYM))}
    for i, tok in sorted(openers.items()):
        ordinal = i > 0 and doc[i - 1].text in ("1.", "2.", "3.") and bool(ACRONYM.match(tok.text))
        if (tok.text not in lex.club_prefixes and not ordinal) or i in taken:
            continue  # a listed prefix, or an acronym after an ordinal: "der 1. PC Viernheim"
        j = i + 1
        while (j < len(doc) and j - i <= 3 and not doc[j].is_punct
               and (is_cap(doc[j].text) or doc[j].text.isdigit() and len(doc[j].text) > 1)):  # not a score's "1"
            word = doc[j]
            if j > i + 1 and (word.text in lex.club_prefixes or word.text in lex.given_names or word.tag_ == "NN"):
                break  # the next club of a list, a player's name, a common noun ("Verhandlungen")
            j += 1
            if word.text.isdigit():
                break  # "Schalke 04", "Mainz 05": the number closes the name
        if j == i + 1:
            continue  # a prefix alone ("Real" opening a sentence, "Inter") names no club
        first = i - 1 if i > 0 and doc[i - 1].text == "1." else i  # "1. FC Köln"
        if first > 1 and doc[first - 1].lower_ in CLUB_OWNER_PREPOSITIONS and doc[first - 2].tag_ == "NN":
            continue  # "die Vereinsleitung von Eintracht Waldau": the head's phrase, found later
        start = first - 1 if first > 0 and doc[first - 1].lower_ in ARTICLES else first
        mentions.append(Mention(start, j, "organization", key=doc[first:j].text, kind="name"))
        taken.update(range(start, j))
    _fixture_opponents(ctx)
    _club_short_names(ctx)


RESULT_DASHES = frozenset({"-", "–", "—"})
SCORE = re.compile(r"^\d{1,2}:\d{1,2}$")


def _fixture_opponents(ctx: Context) -> None:
    """The other side of a fixture with a club found ("Schalke 04 - MSV Duisburg", "Bayern München -
    Werder Bremen 3:1"): a club too, one to three capitalised words (a number may close them), not
    the town or state its name holds."""
    doc, mentions, taken = ctx.doc, ctx.mentions, ctx.taken
    clubs = {(m.start, m.end) for m in mentions if m.type == "organization"}
    for tok in ctx.tokens:
        k = tok.i
        if tok.text not in RESULT_DASHES or not (0 < k < len(doc) - 1):
            continue
        left = next(((s, e) for s, e in clubs if e == k), None)
        right = next(((s, e) for s, e in clubs if s == k + 1), None)
        s = k
        while s - 1 >= 0 and k - s < 3 and s - 1 not in taken and _club_word(doc[s - 1]):
            s -= 1
        e = k + 1
        while e < len(doc) and e - k <= 3 and e not in taken and _club_word(doc[e]):
            e += 1
        scored = (e < len(doc) and SCORE.match(doc[e].text) is not None  # "Schalke 04 - MSV Duisburg 3:0", not "16:01 Uhr"
                  and not (e + 1 < len(doc) and doc[e + 1].lower_ == "uhr"))
        if left is not None and right is not None or not (left or right or scored):
            continue
        for span in ((s, k) if left is None else None, (k + 1, e) if right is None else None):
            if span and span[1] > span[0] and is_cap(doc[span[0]].text):
                mentions.append(Mention(span[0], span[1], "organization", key=doc[span[0] : span[1]].text, kind="name"))
                taken.update(range(*span))
                clubs.add(span)


def _club_short_names(ctx: Context) -> None:
    """A club named again by the first word of its name ("Schalke ist auf Platz vier" after "Schalke
    04"); where that word is also a state or region, only after an article ("die Bayern" after
    "Bayern München", not "in Bayern")."""
    doc, lex, mentions, taken = ctx.doc, ctx.lex, ctx.mentions, ctx.taken
    firsts = {}
    for m in mentions:
        words = doc[m.start : m.end]
        if m.type == "organization" and m.key and len(m.key.split()) > 1 and words[0].lower_ not in ARTICLES:
            firsts.setdefault(m.key.split()[0], m.start)
    for word, first_at in firsts.items():
        if not is_cap(word) or word.isupper() or word in lex.club_prefixes:
            continue  # "FC", "Borussia": shared by many clubs
        place = word in lex.state_by_alias or word in lex.region_by_alias
        for tok in ctx.tokens_where("text", (word,)):
            i = tok.i
            if i <= first_at or i in taken or (i + 1 < len(doc) and is_cap(doc[i + 1].text)):
                continue
            article = i > 0 and doc[i - 1].lower_ in ("die", "der", "den")
            if place and not article:
                continue
            start = i - 1 if article and i - 1 not in taken else i
            key = next(m.key for m in mentions if m.type == "organization" and m.key and m.key.split()[0] == word)
            mentions.append(Mention(start, i + 1, "organization", key=key, kind="name"))
            taken.update(range(start, i + 1))


def _club_word(tok) -> bool:
    return not tok.is_space and ((is_cap(tok.text) and tok.tag_ in ("NE", "NN", "FM", "XY", ""))
                                 or (tok.text.isdigit() and len(tok.text) == 2))


def gazetteer_names(ctx: Context) -> None:
    """Names listed in the gazetteers (states, organisations, media, armed groups, regions).

    Longest first where two overlap."""
    mentions, taken, by_label = ctx.mentions, ctx.taken, ctx.by_label
    named = sorted(
        (s for label in NAMED_TYPES for s in by_label.get(label, [])), key=lambda s: (-(s.end - s.start), s.start)
    )
    words = None
    for span in named:
        if any(i in taken for i in range(span.start, span.end)):
            continue
        context = ctx.lex.context_aliases.get((span.id_, span.text))
        if context is not None:
            words = _words_and_parts(ctx.tokens) if words is None else words
            if words.isdisjoint(context):
                continue  # "in der Union" of an article without a German party: not CDU/CSU
        taken.update(range(span.start, span.end))
        mentions.append(Mention(span.start, span.end, span.label_, key=span.id_, kind="name"))
    _short_forms_of_longer(ctx)


def _short_forms_of_longer(ctx: Context) -> None:
    """A listed name that ends a longer listed name of the same type the article writes is that
    name shortened: "Kongo" after "der Demokratischen Republik Kongo" is the DR Congo, not the
    Republic of the Congo, whose alias "Kongo" also is."""
    doc = ctx.doc
    names = [m for m in ctx.mentions if m.kind == "name" and m.key]
    longer = {}
    for m in names:
        if m.end - m.start > 1:
            longer.setdefault((m.type, doc[m.end - 1].text), set()).add(m.key)
    for m in names:
        keys = longer.get((m.type, doc[m.start].text)) if m.end - m.start == 1 else None
        if keys and m.key not in keys and len(keys) == 1 and (m.key, doc[m.start].text) not in ctx.lex.context_aliases:
            # (a context alias was read against the article already: "die Union" beside "die Europäische Union")
            m.key = next(iter(keys))


def _words_and_parts(tokens) -> set[str]:
    """The words of the doc and the parts of its hyphened compounds ("CDU-Politiker": "CDU")."""
    out = set()
    for tok in tokens:
        out.add(tok.text)
        if "-" in tok.text:
            out.update(tok.text.split("-"))
    return out


def capitals_and_seats(ctx: Context) -> None:
    """Capitals and seats of government ("Moskau", "der Kreml") as their state, where they act.

    Never as a place: "in Moskau" is no actor."""
    doc, mentions, taken, by_label, lex = ctx.doc, ctx.mentions, ctx.taken, ctx.by_label, ctx.lex
    for span in by_label.get(CAPITAL, []) + by_label.get(SEAT, []):
        if any(i in taken for i in range(span.start, span.end)):
            continue
        start = span.start
        if start > 0 and doc[start - 1].lower_ in ARTICLES:
            start -= 1
        if start > 0 and doc[start - 1].lower_ in PREPOSITIONS:
            continue
        if start > 0 and lex.head_type(doc[start - 1].text) in ("authority", "organization"):
            continue  # "Die Stadt Den Haag teilte mit": the city's name after a body's head, not the state
        if verb_next_to(doc, start, span.end, lex.verbs):
            mentions.append(Mention(start, span.end, "state", key=span.id_, kind="name", acting=True))
            taken.update(range(start, span.end))


def given_names(ctx: Context) -> None:
    """Persons from given names ("Angela Merkel") where no title phrase took them."""
    doc, mentions, taken, by_label = ctx.doc, ctx.mentions, ctx.taken, ctx.by_label
    starts = {span.start for span in by_label.get(GIVEN, [])}
    starts |= {t.i for t in ctx.tokens if "-" in t.text and hyphenated_given(ctx.lex, t.text)}  # "Hans-Joachim"
    for i in sorted(starts):
        if i in taken:
            continue
        end = name_after(ctx, i + 1)
        if (end == i + 1 and i + 2 < len(doc) and doc[i + 1].lower_ in NAME_PARTICLES | {"zu"}
                and doc[i + 2].tag_ == "NE" and i + 2 not in taken):
            end = max(name_after(ctx, i + 2), i + 3)  # "Karl-Theodor zu Guttenberg": a particle right after the given name
        if end <= i + 1:
            continue  # a given name alone is too weak a sign
        title, start = _title_before(ctx, i)
        found = person(ctx, i, end, kind="name", titles=title, span_start=start)
        found.acting = speaker_context(ctx, start, end)  # "sagte Franz Josef Jung": the speaker a pronoun then means
        mentions.append(found)
        taken.update(range(start, end))


def _title_before(ctx: Context, i: int) -> tuple[tuple[str, ...], int]:
    """A person's title right before the name at ``i`` that no head list holds ("die Demokratin Kirsten
    Gillibrand"), with its article and adjectives: the titles and where the mention starts."""
    doc, lex = ctx.doc, ctx.lex
    k = i - 1
    if k < 0 or k in ctx.taken or doc[k].tag_ != "NN" or not is_cap(doc[k].text):
        return (), i
    low = doc[k].lower_
    if not (lex.head_type(doc[k].text) == "person" or agent_noun(low) or (low.endswith("in") and agent_noun(low[:-2]))):
        return (), i
    start = k
    while start > 0 and start - 1 not in ctx.taken and not doc[start - 1].text[:1].isdigit() and (
            doc[start - 1].tag_ == "ADJA" or doc[start - 1].lower_ in ARTICLES):  # not "als 19. Trainer"
        start -= 1
    return (doc[k].text,), start


def ner_entities(ctx: Context) -> None:
    """Persons and organisations a statistical NER found (doc.ents), where the rules found nothing."""
    doc, mentions, taken = ctx.doc, ctx.mentions, ctx.taken
    for ent in doc.ents:
        if any(k in taken for k in range(ent.start, ent.end)):
            continue
        if ent.label_ in ("PER", "PERSON"):
            mentions.append(person(ctx, ent.start, ent.end, kind="name"))
        elif ent.label_ == "ORG":
            mentions.append(Mention(ent.start, ent.end, "organization", key=ent.text, kind="name"))
        else:
            continue
        taken.update(range(ent.start, ent.end))


def unknown_names(ctx: Context) -> None:
    """Unknown names as subjects of speech verbs ("Paschinjan erklärte", "sagte Alijew")."""
    doc, mentions, taken, sent_start, quoted, lex = ctx.doc, ctx.mentions, ctx.taken, ctx.starts, ctx.quoted, ctx.lex
    for tok in ctx.tokens:
        i = tok.i
        if i in taken or quoted[i] or not is_cap(tok.text) or tok.text in lex.name_stopwords:
            continue
        if not tok.text.replace("-", "").isalpha() or tok.text.isupper() or tok.text in CONTINENTS:
            continue  # "Europa müsse geschlossen auftreten": a continent is nobody's name
        prev = doc[i - 1] if i > 0 else None
        if prev is not None and (prev.lower_ in ARTICLES or is_adjective(prev.text, lex.verbs)
                                 or prev.lower_ in PREPOSITIONS or prev.tag_ == "CARD"):
            continue  # (after a number it is a counted noun: "Zwölf Todesopfer")
        end = name_after(ctx, i)
        if end == i or any(k in taken for k in range(i, end)):
            continue
        at_start = sent_start[i] or (prev is not None and (prev.text in ",“”\"»«:" or (
            prev.text in lex.name_stopwords and sent_start[prev.i])))
        # "Als Beispiel nannte": a preposition before a common noun; "Auch Feinstein argumentierte" stays
        after_stopword = (not sent_start[i] and prev is not None and prev.text in lex.name_stopwords
                          and prev.tag_ in ("APPR", "APPRART", "KOKOM"))
        if end < len(doc) and doc[end].text in lex.speech_verbs and at_start and not (
                after_stopword and common_words(ctx, i, end)):
            pass  # "Paschinjan erklärte"; not "Als Beispiel nannte"
        elif (end < len(doc) and doc[end].text in lex.act_verbs and at_start and not common_words(ctx, i, end)
              and (end - i >= 2 or doc[end].text not in COPULAS)):
            pass  # "Saddam Hussein hatte", "Elshorst wies darauf hin"; not "Lauffenburg liegt"
        elif (at_start and end < len(doc) and (verb_like(doc[end].text) or (end - i >= 2 and doc[end].text == ","))
              and not common_words(ctx, i, end) and (end - i >= 2 or doc[end].text not in COPULAS)):
            pass  # "Hilda Morales Trujillo macht …", "Gonggrijp drückt …": unknown words that read as a name
        elif at_start and end - i == 2 and (pair := coordinated_name(ctx, i, end)) is not None:
            second = person(ctx, *pair, kind="name")  # "Zhai Zhigang und Nie Haisheng wurden …"
            second.acting = True
            mentions.append(second)
            taken.update(range(*pair))
        elif at_start and end - i >= 2 and role_apposition(ctx, end) and not any(
                german_word(ctx.known_words, t.text) or t.tag_.startswith(("ADJ", "ART", "PPOS")) for t in doc[i:end]):
            pass  # "Henk Jaap Meijer, Laborleiter …": a role in apposition says the words before are a name
        elif (end - i >= 2 and prev is not None and is_cap(prev.text) and article_before_role(ctx, i - 1) is not None
              and not common_words(ctx, i, end) and (is_known_compound(prev.text) or not hanta_available())):
            # "der Friedensnobelpreisträger Adolfo Pérez Esquivel", "Dem chinesischen Bürgerrechtler Hu Jia":
            # a role we do not list (but a German word or compound: not "des Camden Canal Market"), then a name
            article = article_before_role(ctx, i - 1)
            if any(k in taken for k in range(article, i)):
                continue
            if any(t.text in ORGANIZATION_NAME_WORDS for t in doc[i - 1 : end]):  # "Die British Broadcasting Corporation"
                mention = Mention(article, end, "organization", key=doc[i - 1 : end].text, kind="name")
            else:
                mention = person(ctx, i, end, kind="name", titles=(prev.text,), span_start=article)
            mention.acting = True
            mentions.append(mention)
            taken.update(range(article, end))
            continue
        elif prev is not None and prev.lower_ in ("laut", "so") and end - i <= 3 and not common_words(ctx, i, end):
            pass  # "laut el-Baradei", not "laut Verfassung"
        elif prev is not None and prev.text in lex.speech_verbs and (end >= len(doc) or not is_cap(doc[end].text)) and (
                prev.lower_ in BARE_SUBJECT_VERBS or not common_words(ctx, i, end)):
            pass  # "sagte Köhler", "sagte Alijew", but not "äußerte Zweifel"
        else:
            continue
        mention = person(ctx, i, end, kind="name" if end - i > 1 else "surname")
        mention.acting = True
        mentions.append(mention)
        taken.update(range(i, end))


def coordinated_name(ctx: Context, i: int, end: int):
    """The second of two unknown two-word names joined by "und" as the subject of a finite verb
    ("Zhai Zhigang und Nie Haisheng wurden benannt"): (start, end) of it, or None. Each name has a
    word no German word list knows (a proper noun to the tagger, or unknown), the second too
    although it may open with a German word ("Nie")."""
    doc = ctx.doc
    if end + 3 >= len(doc) or doc[end].lower_ != "und" or not is_cap(doc[end + 1].text):
        return None
    j, k = end + 1, end + 3  # "Nie" (a word capitalised after "und" only as a name) opens the second
    if name_after(ctx, j + 1) != k or doc[k].tag_ not in ("VAFIN", "VVFIN", "VMFIN") or any(t in ctx.taken for t in range(i, k)):
        return None

    def foreign(a: int, b: int) -> bool:
        return any(t.tag_ == "NE" and not german_word(ctx.known_words, t.text) for t in doc[a:b]) and not any(
            t.tag_.startswith(("ADJ", "ART", "PPOS")) for t in doc[a:b])

    return (j, k) if foreign(i, end) and foreign(j, k) else None


def companies(ctx: Context) -> None:
    """Companies by their legal form: "der Daimler AG", "Premium Aerotec GmbH"."""
    doc, mentions, taken, lex = ctx.doc, ctx.mentions, ctx.taken, ctx.lex
    for tok in ctx.tokens_where("text", lex.legal_forms):
        if tok.text not in lex.legal_forms or tok.i in taken or tok.i == 0:
            continue
        i = tok.i
        while i > 0 and is_cap(doc[i - 1].text) and (i - 1) not in taken and tok.i - i < 4 and doc[i - 1].lower_ not in ARTICLES:
            if i < tok.i and doc[i - 1].tag_ == "NN" and doc[i].tag_ != "NN" and (
                    lex.head_type(doc[i - 1].text) not in (None, "person") or ACRONYM.match(doc[i].text)):
                break  # "der Konzern Daimler AG", "Die Abteilung SSC Green Inc.": the head noun before the name
            i -= 1
        if i < tok.i:
            start = i - 1 if i > 0 and doc[i - 1].lower_ in ARTICLES and (i - 1) not in taken else i
            mentions.append(Mention(start, tok.i + 1, "organization", key=doc[i : tok.i + 1].text, kind="name"))
            taken.update(range(start, tok.i + 1))


def foreign_bodies(ctx: Context) -> None:
    """Names in a foreign language with a word of a body's name ("vom Bloc Québécois", "der „Guardia Civil“").

    Two to five proper nouns or foreign words in a row, none a German word, one of them a body's
    head in its language (``organization_name_words``: "Party", "Bloc", "Observatory"): an
    organisation's name wherever it stands."""
    doc, mentions, taken = ctx.doc, ctx.mentions, ctx.taken

    def name_word(k: int, after_connector: bool = False) -> bool:
        free = k not in taken or (after_connector and _one_word_name(mentions, k) is not None)  # "… For [Nature]"
        return k < len(doc) and free and doc[k].tag_ in ("NE", "FM") and is_cap(doc[k].text)

    i = 0
    while i < len(doc):
        j = i
        while j - i < 6 and (name_word(j, i < j and doc[j - 1].lower_ in FOREIGN_NAME_CONNECTORS) or (i < j < len(doc) and doc[j].lower_ in FOREIGN_NAME_CONNECTORS and name_word(j + 1, True))):
            j += 1  # "California Institute of Technology", "World Wide Fund For Nature"
        while j > i and doc[j - 1].lower_ in FOREIGN_NAME_CONNECTORS:
            j -= 1  # "der World Wide Fund For [Nature]": no name ends in "for"
        if j - i < 2:
            i += 1  # fewer than two words: no name (the span and its checks are not built)
            continue
        words = [t for t in doc[i:j] if t.lower_ not in FOREIGN_NAME_CONNECTORS]
        described = i > 0 and doc[i - 1].tag_ == "ADJA" and doc[i - 1].text.islower()  # "der europäischen High Society"
        if (len(words) >= 2 and not described and any(t.text in ORGANIZATION_NAME_WORDS for t in words)
                and not any(german_word(ctx.known_words, t.text) or t.text in ctx.lex.given_names for t in words)):
            first = i
            state = [m for m in mentions if m.end == i and m.start == i - 1 and m.type in ("state", "region")]
            if state:  # "Die Japan Meteorological Agency": the state's name opens the body's
                mentions.remove(state[0])
                first = i - 1
            start = first - 1 if first > 0 and doc[first - 1].lower_ in ARTICLES and (first - 1) not in taken else first
            for k in range(first, j):  # a listed name inside the body's name is part of it ("Nature", the journal)
                if k in taken and (inner := _one_word_name(mentions, k)) is not None:
                    mentions.remove(inner)
            mentions.append(Mention(start, j, "organization", key=doc[first:j].text, kind="name"))
            taken.update(range(start, j))
        i = max(j, i + 1)


def _one_word_name(mentions: list[Mention], k: int) -> Optional[Mention]:
    return next((m for m in mentions if m.start == k and m.end == k + 1 and m.kind == "name"), None)


def web_sites(ctx: Context) -> None:
    """Web sites as sources ("laut bildblog.de")."""
    doc, mentions, taken = ctx.doc, ctx.mentions, ctx.taken
    for tok in ctx.tokens_matching(DOMAIN):
        if tok.i not in taken and DOMAIN.match(tok.text):
            mentions.append(Mention(tok.i, tok.i + 1, "media", key=tok.text, kind="name"))
            taken.add(tok.i)
