"""Rules that find who is named as the source of what is said rather than as a subject: "aus Paris
hieß es", the one quoted after "zitiert", a common noun after "laut", "nach Polizeiangaben",
"UN-Angaben", a quoted title ("laut „Welt“"), "nach eigenen Angaben"."""

from __future__ import annotations

from .clause import inverted, says, clause_says, participle_follows, says_from
from .context import Context
from .edges import quoted_name_start
from .grammar import DEFINITE, POSSESSIVE_F, POSSESSIVE_M, SOURCE_NOUNS, is_cap
from .lexicon import CAPITAL, SEAT, SOURCE_COMPOUND
from .mention_record import Mention
from .nouns import agent_noun, names_thing, title_gender
from .phrases import quoted_object
from .words import word_set

QUOTING_LEMMAS = word_set("quoting_lemmas")
SOURCE_PREPOSITIONS = word_set("source_prepositions")
ARTICLES_AFTER_LAUT = word_set("articles_after_laut")
CLAUSE_STOP = frozenset({",", ".", "!", "?", ":", ";", "(", ")", "–"})


def sources_after_aus(ctx: Context) -> None:
    """Where a statement comes from after "aus" ("Aus Paris hieß es").

    "Aus Paris hieß es", "Aus der Regierung ist zu hören", "aus Bonn wird berichtet": where a
    statement comes from. A capital stands for its state; a listed head keeps its type."""
    doc, lex = ctx.doc, ctx.lex
    capitals = {s.start: s for label in (CAPITAL, SEAT) for s in ctx.by_label.get(label, [])}
    for prep in ctx.tokens:
        i = prep.i
        if prep.lower_ != "aus" or ctx.quoted[i] or not (ctx.starts[i] or (i > 0 and doc[i - 1].text in (",", ";"))):
            continue
        start = j = i + 1
        if j < len(doc) and doc[j].tag_ == "ART":
            j += 1
        while j < len(doc) and doc[j].tag_ == "ADJA":
            j += 1
        end = j
        while end < len(doc) and end - j < 3 and doc[end].tag_ in ("NE", "NN") and is_cap(doc[end].text):
            end += 1
        if end == j or any(t in ctx.taken for t in range(start, end)) or not says_from(ctx, end):
            continue
        head = doc[end - 1].text
        if j in capitals and capitals[j].end == end:
            mention = Mention(start, end, "state", key=capitals[j].id_, kind="name", acting=True)
        elif doc[j].tag_ == "NE":
            mention = Mention(start, end, "organization", key=doc[j:end].text, kind="name", acting=True)
        elif lex.head_type(head) not in (None, "person"):
            mention = Mention(start, end, lex.head_type(head), kind="phrase", head=head, acting=True)
        else:
            continue
        ctx.mentions.append(mention)
        ctx.taken.update(range(start, end))


def quoted_persons(ctx: Context) -> None:
    """The object of "zitieren" as who spoke ("zitiert den Prediger").

    The object of "zitieren" is who spoke: "Der Spiegel zitiert den Prediger", "zitiert die
    „Computerwoche“ Lynch" (the subject may stand between the verb and its object)."""
    doc = ctx.doc
    for verb in ctx.tokens:
        if verb.lemma_ not in QUOTING_LEMMAS or not verb.tag_.endswith("FIN") or ctx.quoted[verb.i]:
            continue
        j, seen = verb.i + 1, 0
        while j < len(doc) and doc[j].text not in CLAUSE_STOP and j - verb.i <= 8 and seen < 2:
            found = next((m for m in ctx.mentions if m.start <= j < m.end), None)
            if found is not None:  # the subject ("die „Computerwoche“") or the object itself
                if doc[found.start].lower_ in ("den", "einen") or found.type == "person":
                    found.acting = True
                    break
                j, seen = found.end, seen + 1
                continue
            mention = quoted_object(ctx, j)
            if mention is not None:
                ctx.mentions.append(mention)
                ctx.taken.update(range(mention.start, mention.end))
                break
            j += 1


def source_nouns_after_laut(ctx: Context) -> None:
    """A common noun after "laut"/"gemäß" as the source ("laut Gefängnisdirektion").

    A common noun after "laut"/"gemäß" is a source when it names no document or statement:
    "laut Gefängnisdirektion", "laut US-Justizministerium"; not "laut Verfassung", "laut Bericht"."""
    doc, lex = ctx.doc, ctx.lex
    for prep in ctx.tokens:
        j = prep.i + 1
        if prep.lower_ not in SOURCE_PREPOSITIONS or j >= len(doc) or ctx.quoted[prep.i]:
            continue
        start = j
        if doc[j].lower_ in ARTICLES_AFTER_LAUT:
            j += 1
        while j < len(doc) and doc[j].tag_ == "ADJA":
            j += 1
        if j >= len(doc) or doc[j].tag_ != "NN" or not is_cap(doc[j].text) or any(t in ctx.taken for t in range(start, j + 1)):
            continue
        head, low = doc[j].text, doc[j].text.lower()
        if names_thing(ctx, low) or head in lex.not_heads or head in lex.name_stopwords:
            continue
        end = j + 1
        while end < len(doc) and end - j <= 2 and doc[end].tag_ == "NE" and end not in ctx.taken:
            end += 1  # "laut Polizeidirektion Hannover"
        kind = lex.head_type(head)
        if kind == "person" or (kind is None and agent_noun(low)):
            mention = Mention(start, end, "person", kind="title", titles=(head,), head=head, acting=True,
                              gender=title_gender(ctx.lex, head))
        else:
            mention = Mention(start, end, kind or "organization", kind="phrase", head=head, acting=True)
        ctx.mentions.append(mention)
        ctx.taken.update(range(start, end))


def source_compounds(ctx: Context) -> None:
    """Source compounds: "nach Polizeiangaben" names the police as source."""
    mentions, taken, by_label, lex = ctx.mentions, ctx.taken, ctx.by_label, ctx.lex
    for span in by_label.get(SOURCE_COMPOUND, []):
        if span.start in taken:
            continue
        text = span.text
        for prefix, info in lex.source_prefixes.items():
            if text.startswith(prefix):
                if info["type"] == "person":  # "Augenzeugenberichten": the witnesses, unnamed
                    mention = Mention(span.start, span.end, "person", kind="title", titles=(info["actor"],),
                                      head=info["actor"], plural=True, acting=True)
                else:
                    mention = Mention(span.start, span.end, info["type"], kind="phrase", head=info["actor"], acting=True)
                mentions.append(mention)
                taken.add(span.start)
                break


def report_compounds(ctx: Context) -> None:
    """The report of a named actor stands for it: "ai-Bericht", "UN-Angaben"."""
    doc, mentions, taken, lex = ctx.doc, ctx.mentions, ctx.taken, ctx.lex
    for tok in ctx.tokens:
        if tok.i in taken or "-" not in tok.text:
            continue
        prefix, _, rest = tok.text.partition("-")
        prefix = _medium_in_capitals(lex, prefix)
        if rest.lower().endswith(lex.report_endings) and prefix in lex.alias_index:
            type_, key = lex.alias_index[prefix]
            mentions.append(Mention(tok.i, tok.i + 1, type_, key=key, kind="name", acting=True))
            taken.add(tok.i)


def _medium_in_capitals(lex, prefix: str) -> str:
    """ "BILD-Informationen", "SPIEGEL-Recherchen": a medium's listed name set in capitals, as some
    outlets write their own; the listed form then, any other prefix as it is."""
    titled = prefix.capitalize()
    if len(prefix) > 3 and prefix.isupper() and prefix not in lex.alias_index and lex.alias_index.get(titled, ("",))[0] == "media":
        return titled
    return prefix


def quoted_titles(ctx: Context) -> None:
    """A quoted title as source or subject: "laut „Welt“", "schreibt die „Computerwoche“"."""
    doc, mentions, taken, lex = ctx.doc, ctx.mentions, ctx.taken, ctx.lex
    for open_tok in ctx.tokens_where("text", ("„", "»")):
        j = open_tok.i
        if open_tok.text not in ("„", "»") or j in taken or (j + 1 < len(doc) and not is_cap(doc[j + 1].text)):
            continue
        k = j + 1
        while k < len(doc) and doc[k].text not in ("“", "«", '"') and k - j <= 5:
            k += 1
        if k >= len(doc) or k - j > 5 or k == j + 1 or any(t in taken for t in range(j, k + 1)):
            continue
        start = j - 1 if j > 0 and doc[j - 1].lower_ in DEFINITE else j
        end = k + 1
        if end < len(doc) and doc[end].text.startswith("-"):
            continue  # „Bild“-Zeitung: the media head finds it
        before = doc[start - 1].text if start > 0 else ""
        after = doc[end].text if end < len(doc) else ""
        if before.lower() in ("laut", "so") or before in lex.speech_verbs or after in lex.speech_verbs:
            mentions.append(Mention(start, end, "media", key=doc[j + 1 : k].text, kind="name", acting=True))
            taken.update(range(start, end))


def quoted_subjects(ctx: Context) -> None:
    """A quoted name as the subject of saying or acting ("„France Football“ hatte … bekannt gegeben").

    A quoted name as the subject of a verb of saying or acting: "„France Football“ hatte … bekannt
    gegeben", "schrieb die liberale „El Mundo“", "So berichtete die in Linz erscheinende
    „Rundschau am Sonntag“". Never a quotation ("„Wir warten“ sagte er"): no verb, no pronoun inside."""
    doc = ctx.doc
    for tok in ctx.tokens_where("text", ("„", "»")):
        j = tok.i
        if tok.text not in ("„", "»") or j in ctx.taken:
            continue
        k = j + 1
        while k < len(doc) and doc[k].text not in ("“", "«", '"') and k - j <= 6:
            k += 1
        inner = doc[j + 1 : k]
        if k >= len(doc) or not 1 <= len(inner) <= 5 or any(t in ctx.taken for t in range(j, k + 1)):
            continue
        if not (inner[0].text[:1].isupper() or inner[0].text[:1].isdigit()) or any(
                t.is_punct or t.tag_.endswith("FIN") or t.tag_ in ("PPER", "PRF", "VVINF") for t in inner):
            continue
        start = quoted_name_start(doc, j)
        end = k + 1
        if not (quoted_name_speaks_after(ctx, start, end) or quoted_name_speaks_before(ctx, start)):
            continue
        kind = next((ctx.lex.head_type(t.text) for t in inner if ctx.lex.head_type(t.text)), None)
        kind = "media" if kind in (None, "person") else kind
        ctx.mentions.append(Mention(start, end, kind, key=inner.text, kind="name", acting=True))
        ctx.taken.update(range(start, end))


def quoted_name_speaks_after(ctx: Context, start: int, end: int) -> bool:
    doc = ctx.doc
    if end >= len(doc) or not doc[end].tag_.endswith("FIN"):
        return False
    at_start = ctx.starts[start] or (start > 0 and doc[start - 1].text in (",", ":"))
    verb = doc[end]
    return at_start and (says(ctx, verb) or clause_says(ctx, end))  # not "„A Bigger Bang“ sahen …"


def quoted_name_speaks_before(ctx: Context, start: int) -> bool:
    doc = ctx.doc
    v = start - 1
    while v > 0 and start - v <= 3 and (doc[v].tag_ in ("ADV", "PRF") or doc[v].lower_ in ("zum", "beispiel")):
        v -= 1  # "schrieb zum Beispiel die …"
    if v < 0 or not doc[v].tag_.endswith("FIN") or not inverted(doc, v, ctx.starts):
        return False
    return says(ctx, doc[v]) or clause_says(ctx, v) or participle_follows(doc, v)


def possessive_sources(ctx: Context) -> None:
    """Possessives before a source noun: "Seiner Meinung nach", "nach eigenen Angaben"."""
    doc, mentions, taken, sent_start, quoted = ctx.doc, ctx.mentions, ctx.taken, ctx.starts, ctx.quoted
    for noun in ctx.tokens_where("lower_", SOURCE_NOUNS):  # the word before a source noun, not every token
        i = noun.i - 1
        if i < 0 or i in taken or quoted[i]:
            continue
        tok = doc[i]
        low = tok.lower_
        if low in POSSESSIVE_M:
            mentions.append(Mention(i, i + 2, "person", kind="possessive", gender="m", acting=True,
                                    extra={"pronoun": "er"}))
        elif low in POSSESSIVE_F:
            after = doc[i + 2].text if i + 2 < len(doc) else ""
            mentions.append(Mention(i, i + 2, "person", kind="possessive", acting=True,
                                    plural=after.endswith("en") and after[:1].islower(), extra={"pronoun": "sie"}))
        elif low.startswith("eigen"):
            first = i
            while first > 0 and not sent_start[first]:
                first -= 1
            last = i + 2
            while last < len(doc) and not sent_start[last]:
                last += 1
            mentions.append(Mention(i, i + 2, "person", kind="reflexive", acting=True,
                                    extra={"sentence_start": doc[first].idx, "sentence_end": doc[last - 1].idx}))
        else:
            continue
        taken.update((i, i + 1))


def possessive_parties(ctx: Context) -> None:
    """"seine Partei", "ihrer Partei": the party of the person the possessive refers to, where the
    article names it beside that person ("Angela Merkel (CDU)", "der SPD-Politiker Kurt Beck");
    the clusters tie it to the party, else it is no actor."""
    doc, mentions, taken, quoted = ctx.doc, ctx.mentions, ctx.taken, ctx.quoted
    nouns = [t for t in ctx.tokens_where("text", ("Partei",)) if t.text == "Partei"]
    if not nouns or not _party_given(ctx):
        return  # no member's party given: "seine Partei" is left to the head rules
    for noun in nouns:
        i = noun.i - 1
        if i < 0 or i in taken or noun.i in taken or quoted[i]:
            continue
        if noun.i + 1 < len(doc) and is_cap(doc[noun.i + 1].text) and doc[noun.i + 1].tag_ in ("NE", "FM", ""):
            continue  # "seine Partei Lega Nord": named here, for the head rules
        low = doc[i].lower_
        pronoun = "er" if low in POSSESSIVE_M else "sie" if low in POSSESSIVE_F else None
        if pronoun is None:
            continue
        mentions.append(Mention(i, i + 2, "organization", kind="party_of", extra={"pronoun": pronoun}))
        taken.update((i, i + 1))


def _party_given(ctx: Context) -> bool:
    """The article gives someone's party: "(CDU)" or a compound "SPD-Politiker"."""
    parties = ctx.lex.party_by_alias
    doc = ctx.doc
    for tok in ctx.tokens:
        if tok.text in parties and 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text == "(" and doc[tok.i + 1].text == ")":
            return True
        if "-" in tok.text and tok.text.split("-")[0] in parties:
            return True
    return False
