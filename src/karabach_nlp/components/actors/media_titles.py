"""A medium named by its title after a word for a medium: "der Telegramkanal Rybar", "der russische
Kanal «Militärinformant»", "Laut dem Sender «Radio Eins»". The title is the medium's name; the head
and what stands before it ("der russische") stay in the mention, as written."""

from __future__ import annotations

from ...resources import load_json
from .clause import speaker_context, subject_like
from .context import Context
from .mention_record import Mention

OPENING_QUOTES = frozenset('„»«"‚')
CLOSING_QUOTES = {"„": "“", "»": "«", "«": "»", '"': '"', "‚": "‘"}
_DATA = load_json("gazetteers", "media_titles.json")
CHANNEL_WORDS = frozenset(_DATA["channel_words"])
TITLE_TAGS = frozenset(_DATA["title_tags"])
PLURAL_WORDS = frozenset(_DATA["plural_words"])
MAX_TITLE = 5


def media_titles(ctx: Context) -> None:
    """A medium's title after a word for a medium ("der Telegramkanal Rybar", "dem Portal „Nordlicht“")."""
    doc = ctx.doc
    for tok in ctx.tokens:
        i = tok.i
        if i in ctx.taken or i + 1 >= len(doc) or not tok.text[:1].isupper() or not _medium_word(ctx, tok.text):
            continue
        title = _quoted_title(doc, i + 1) or _bare_title(ctx, i + 1)
        if title is None or any(k in ctx.taken for k in range(i, title[1])):
            continue
        name_start, name_end, end = title
        start = _phrase_start(ctx, i)
        key = doc[name_start:name_end].text
        acting = speaker_context(ctx, start, end) or subject_like(ctx, start)
        # the head stays known: "der Zeitung The Jakarta Post" … "Der englischsprachigen Zeitung"
        ctx.mentions.append(Mention(start, end, "media", key=key, kind="name", acting=acting, head=tok.text))
        ctx.taken.update(range(start, end))


def _medium_word(ctx: Context, word: str) -> bool:
    if word in PLURAL_WORDS or word.lower().endswith("medien"):
        return False  # "in den Medien „The Cuban Five“ genannt": a name given, no medium's title
    return word in CHANNEL_WORDS or ctx.lex.head_type(word) == "media"


def _quoted_title(doc, j: int):
    """(name start, name end, mention end) of a quoted title opening at token j, or None."""
    opening = doc[j].text
    if opening not in OPENING_QUOTES:
        return None
    closing = CLOSING_QUOTES[opening]
    for k in range(j + 1, min(len(doc), j + 2 + MAX_TITLE)):
        if doc[k].text in (closing, "“", "«", '"'):
            if k == j + 1 or not doc[j + 1].text[:1].isupper():
                return None
            if any(t.tag_.endswith("FIN") or t.text in ".!?" for t in doc[j + 1 : k]):
                return None  # a quotation, not a title
            return j + 1, k, k + 1
    return None


def _bare_title(ctx: Context, j: int):
    """An unquoted title: a proper noun ("Rybar"), then capitalised words up to MAX_TITLE ("France Info")."""
    doc = ctx.doc
    if not _title_word(ctx, doc[j]) or doc[j].tag_ not in TITLE_TAGS:
        return None
    k = j + 1
    while k < len(doc) and k - j < MAX_TITLE and _title_word(ctx, doc[k]) and not doc[k].tag_.endswith("FIN"):
        k += 1
    return j, k, k


def _title_word(ctx: Context, tok) -> bool:
    return tok.text[:1].isupper() and not tok.is_punct and not ctx.lex.head_type(tok.text)


def _phrase_start(ctx: Context, i: int) -> int:
    """The article and adjectives before the head ("der russische Kanal") belong to the mention;
    adjectives after a noun do not ("der Opposition nahestehenden Tageszeitung")."""
    doc, start = ctx.doc, i
    while start > 0 and start - 1 not in ctx.taken and doc[start - 1].tag_ == "ADJA":
        start -= 1
    if start > 0 and start - 1 not in ctx.taken and doc[start - 1].tag_ in ("ART", "PPOSAT"):
        return start - 1
    opener = doc[start - 1] if start > 0 else None
    return start if opener is None or opener.is_punct or opener.tag_ in ("APPR", "APPRART", "KON") else i
