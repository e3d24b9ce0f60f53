"""Unknown acronyms as organisations, and acronyms defined in "(…)" after their long form."""

from __future__ import annotations

from .clause import passive_follows, speaker_context
from .context import Context
from .edges import long_form
from .grammar import ACRONYM, DEFINITE
from .mention_record import Mention
from .words import word_set
from .written_names import definition_at

CLOSING_QUOTES = frozenset('“”"«')
ORGANIZATION_NAME_WORDS = word_set("organization_name_words")


def _quoted_body(doc, lex, p: int) -> bool:
    """The quoted long form before the definition at ``p`` ("(" or ", kurz") names a body: a word of a body's name or a
    body's head noun in it ("„People's Power Party“ (PPP)", "„Such- und Rettungsdienstes“ (SAR)"); else it is a product, a thing or an event ("„Advanced Camera for Surveys“ (ACS)")."""
    k = p - 2
    while k > 0 and doc[k].text not in ("„", "»", '"') and p - k < 9:
        k -= 1
    words = [w for t in doc[k + 1 : p - 1] for w in {t.text, t.text.split("-")[-1]}]  # "Fußball-Bund": "Bund"
    return any(w in ORGANIZATION_NAME_WORDS or lex.head_type(w) not in (None, "person") for w in words)


def _quoted_long_form(ctx: Context, p: int, acronym: str) -> Mention | None:
    """The quoted long form before the definition at ``p`` as a mention of the body the acronym names,
    from its article to the closing quote ('Der „Chaos Computer Club“ (CCC)', 'die „Confédération
    Européenne de Pétanque“ (CEP)', '„Deutscher Fußball-Bund“, kurz „DFB“'); a mention an earlier rule
    found inside it ("Club") is part of it."""
    doc = ctx.doc
    k = p - 2
    while k > 0 and doc[k].text not in ("„", "»", '"') and p - k < 9:
        k -= 1
    if k <= 0 or doc[k].text not in ("„", "»", '"') or doc[k + 1].text[:1].lower() != acronym[:1].lower():
        return None
    start = k - 1 if doc[k - 1].lower_ in DEFINITE or doc[k - 1].tag_ == "ART" else k
    inside = [m for m in ctx.mentions if start <= m.start and m.end <= p]
    if any(m.type == "person" for m in inside) or any(t in ctx.taken for t in range(start, p)
                                                      if not any(m.start <= t < m.end for m in inside)):
        return None
    # typed by the last head noun in it ("Zeitung", "Rettungsdienstes"), not by a name inside it ("Science")
    heads = [ctx.lex.head_type(t.text) for t in doc[k + 1 : p - 1]]
    kind = next((h for h in reversed(heads) if h not in (None, "person")), None) or next(
        (m.type for m in inside if m.start <= k + 1 and m.end >= p - 1), "organization")
    for m in inside:
        ctx.mentions.remove(m)
    mention = Mention(start, p, kind, kind="name", acting=any(m.acting for m in inside))
    ctx.mentions.append(mention)
    ctx.taken.update(range(start, p))
    return mention


def acronyms(ctx: Context) -> None:
    """Unknown acronyms as organisations, and acronyms defined in "(…)" after their long form.

    Unknown acronyms: an organisation where an article, "laut" or a "(…)" definition says so;
    a defined acronym keeps the type of its long form everywhere ("des BMI" after "Das deutsche
    Innenministerium (BMI)")."""
    doc, mentions, taken, lex = ctx.doc, ctx.mentions, ctx.taken, ctx.lex
    defined_types: dict[str, str] = {}
    defined_keys: dict[str, str] = {}
    for tok in ctx.tokens_matching(ACRONYM):  # "Deutsche Schutzvereinigung für Wertpapierbesitz (DSW)"
        i = tok.i
        p = definition_at(doc, i) if ACRONYM.match(tok.text) else None
        if p is None:
            continue
        if tok.text in lex.name_stopwords:
            continue  # "19:20 Uhr (GMT)", "(EUR)": a time zone or a currency, no organisation
        inner = long_form(doc, mentions, p)
        if inner is None and doc[p - 1].text in CLOSING_QUOTES:
            if not _quoted_body(doc, lex, p):
                continue  # 'Der „All-Electric Scalable Powertrain“ (AESP) ist …': a quoted title, a product or a work
            inner = _quoted_long_form(ctx, p, tok.text)
        if inner is not None and inner.key is None:
            inner.key = tok.text
        kind = inner.type if inner is not None else "organization"
        defined_types.setdefault(tok.text, kind)
        if inner is not None and inner.key not in lex.alias_index:
            defined_keys.setdefault(tok.text, inner.key)  # "Shelby SuperCars (SSC)": SSC is Shelby SuperCars
        if i not in taken:
            mentions.append(Mention(i, i + 1, kind, key=defined_keys.get(tok.text, tok.text), kind="name"))
            taken.add(i)
    for m in mentions:  # an acronym an earlier rule found alone ("die CCE kündigte") joins its long form
        if m.kind == "name" and m.key in defined_types and m.type == "organization":
            m.type = defined_types[m.key]  # typed as its long form ("der Sudanesischen Befreiungsarmee (SPLA)")
        if m.key in defined_keys:
            m.key = defined_keys[m.key]
    for tok in ctx.tokens_matching(ACRONYM):
        i = tok.i
        if i in taken or not ACRONYM.match(tok.text) or tok.text in lex.name_stopwords:
            continue
        prev = doc[i - 1] if i > 0 else None
        agent = prev is not None and prev.lower_ == "vom" and passive_follows(doc, i + 1)  # "vom IPCC vorgelegt"
        if prev is not None and (prev.lower_ in DEFINITE or agent or speaker_context(ctx, i, i + 1)):
            start = i - 1 if prev.lower_ in DEFINITE else i
            end = i + 1
            if tok.text not in defined_types:
                while end < len(doc) and end - i <= 2 and doc[end].tag_ == "NE" and end not in taken and doc[i].whitespace_:
                    end += 1  # "der TU Kaiserslautern": the place after an acronym is part of the name
            kind = defined_types.get(tok.text, "organization")
            key = defined_keys.get(tok.text, doc[i:end].text)
            mentions.append(Mention(start, end, kind, key=key, kind="name", acting=True))
            taken.update(range(start, end))
