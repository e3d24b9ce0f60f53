"""Rules that read the STTS tags of the analysis component (HanTa): proper nouns the name lists
miss, unlisted common nouns as subjects, agents of a passive, genitives after nouns of saying.
Without a tagger these rules find nothing."""

from __future__ import annotations

from .clause import clause_says, passive_follows, says, source_before, speaker_context, tagged_subject, werden_before, wie_von
from .context import Context
from .edges import complement_end, left_edge
from .grammar import ARTICLES, COPULAS, GENITIVE_ARTICLES, INITIAL, OBJECT_ARTICLES, SOURCE_NOUNS, STATEMENT_NOUNS, is_cap
from .mention_record import Mention
from .nouns import (ABSTRACT_ENDINGS, AGENT_ENDINGS, BODY_ENDINGS, GROUP_ENDINGS, PERSON_ENDINGS, agent_noun, body_noun,
                    name_token, title_gender)
from .phrases import tagged_mention
from .words import word_set

NAMING_VERBS = word_set("naming_verbs")


def tagged_names(ctx: Context) -> None:
    """Proper nouns (tag NE) no list knows, where they speak or act ("laut Airbus").

    Proper nouns (tag NE) the name lists miss, where they speak or act: "führte Elshorst aus",
    "laut Airbus", "Ryanair hat ausgerechnet", "die Enac hat angeordnet". Only with a tagger."""
    doc, mentions, taken, sent_start, quoted = ctx.doc, ctx.mentions, ctx.taken, ctx.starts, ctx.quoted
    i = 0
    while i < len(doc):
        if doc[i].tag_ != "NE" or i in taken or quoted[i] or not name_token(ctx, doc[i]):
            i += 1
            continue
        end = i + 1
        while end < len(doc) and end - i < 4 and end not in taken and (
            doc[end].tag_ == "NE" or INITIAL.match(doc[end].text)) and name_token(ctx, doc[end]):
            end += 1
        start, i = i, end
        if end < len(doc) and is_cap(doc[end].text) and not doc[end].is_punct and not (
                doc[end].tag_ == "NN" and source_before(doc, start)):
            continue  # "Bangkok Post": part of a longer name; but "laut Airbus Bestellungen" ends at the name
        prev = doc[start - 1] if start > 0 else None
        article = prev is not None and prev.lower_ in ("der", "die", "das") and (start - 1) not in taken
        if prev is not None and not article and (prev.lower_ in ARTICLES or prev.tag_ in ("APPR", "APPRART", "ADJA", "KON")) and (
                not source_before(doc, start)):
            continue  # "in Lisle", "und Mombasa", "im indischen Dharamshala": places; "laut Airbus" stays
        if prev is not None and not article and is_cap(prev.text) and prev.is_alpha and not sent_start[start]:
            continue  # "der Insel Hispaniola", "IG Metall Trier": the tail of a longer name
        first = start - 1 if article else start
        if not (speaker_context(ctx, first, end) or tagged_subject(ctx, first, end)):
            continue
        mentions.append(tagged_mention(ctx, start, end, first))
        taken.update(range(first, end))


def tagged_heads(ctx: Context) -> None:
    """Unlisted common nouns (tag NN) as subjects of saying or acting ("Das Kartellamt hofft").

    Common nouns (tag NN) the head lists miss, as subjects of a verb of saying: "Das Kartellamt
    hofft", "Der Übergangsrat kündigte an", "Die Passagiere berichteten". Never a document
    ("Der Bericht schildert"): those are sources, not actors. Only with a tagger."""
    doc, mentions, taken, sent_start, quoted, lex = ctx.doc, ctx.mentions, ctx.taken, ctx.starts, ctx.quoted, ctx.lex
    for tok in ctx.tokens_where("tag_", ("NN",)):
        i, text = tok.i, tok.text
        if tok.tag_ != "NN" or i in taken or quoted[i] or not text[:1].isupper() or not text.isalpha():
            continue
        low = text.lower()
        if (lex.head_type(text) is not None or text in lex.not_heads or low in SOURCE_NOUNS
                or low.endswith(lex.not_actor_endings) or text in lex.name_stopwords):
            continue
        start = left_edge(ctx, i)
        if any(k in taken for k in range(start, i)) or doc[start].lower_ in OBJECT_ARTICLES:
            continue
        if doc[start].lower_ not in ARTICLES and not (low.endswith("en") and all(t.tag_ == "ADJA" for t in doc[start:i])):
            continue  # a bare singular noun is rarely a subject ("Kritik übte …"); "Radikale Gruppen" are
        before = doc[start - 1] if start > 0 else None
        at_start = sent_start[start] or (before is not None and before.text in ",“”\"»«:")
        v = complement_end(ctx, i + 1)  # "Die Vereinsleitung von Borussia Dortmund hat …"
        after = doc[v] if v < len(doc) else None
        if not (at_start and after is not None and after.tag_.endswith("FIN")):
            continue
        acts = after.tag_.startswith("VV") and after.text not in COPULAS and (
            agent_noun(low) or body_noun(low) or low.endswith(GROUP_ENDINGS))
        abstract = low.endswith(ABSTRACT_ENDINGS) and not body_noun(low)
        if not (says(ctx, after) or (clause_says(ctx, v) and not abstract) or acts):
            continue  # "Die Rothemden begrüßten": people act; "Das Kartellamt hofft": it says
        if after.lower_ in NAMING_VERBS or (v + 1 < len(doc) and doc[v + 1].tag_ == "PPER"):
            continue  # "Der Name lautet", "Die Tat bezeichnete er", "Eine Antwort gab es": no subject
        if any(t.like_num for t in doc[start:i]):
            continue
        plural = low.endswith(("en", "er", "e")) and doc[start].lower_ in ("die", ) and after.text.endswith("en")
        if low.endswith(PERSON_ENDINGS) and not low.endswith(BODY_ENDINGS):
            mention = Mention(start, v, "person", kind="title", titles=(text,), head=text, plural=plural or start == i,
                              gender=None if plural or start == i else title_gender(ctx.lex, text), acting=True)
        else:
            mention = Mention(start, v, "organization", kind="phrase", head=text, acting=True)
        mentions.append(mention)
        taken.update(range(start, v))


def passive_agents(ctx: Context) -> None:
    """The agent of a passive ("Von der Opposition wurde der Plan kritisiert").

    The agent of a passive, "von"/"vom" + noun before the participle: "Von der Opposition wurde
    das kritisiert", "von den Musikkennern als Meilenstein gefeiert"; a bare plural ("von Experten
    favorisiert") is people in general, no actor. Only with a tagger."""
    doc, mentions, taken, quoted, lex = ctx.doc, ctx.mentions, ctx.taken, ctx.quoted, ctx.lex
    for tok in ctx.tokens_where("lower_", ("von", "vom")):
        if tok.lower_ not in ("von", "vom") or quoted[tok.i]:
            continue
        j = tok.i + 1
        if tok.lower_ == "von" and j < len(doc) and doc[j].tag_ == "ART":
            j += 1
        while j < len(doc) and doc[j].tag_ == "ADJA":
            j += 1
        if j >= len(doc) or doc[j].tag_ != "NN" or not doc[j].text[:1].isupper():
            continue
        if tok.i > 0 and doc[tok.i - 1].tag_ in ("NN", "NE", "ADJD", "APPR", "PIS") and not (
                doc[tok.i - 1].tag_ == "NN" and werden_before(doc, tok.i)):
            continue  # "Speicherung von …", "abhängig von …", "aufgrund von …": no agent; but
            # "wurde die Aktion von den Veranstaltern gewertet": the noun is the passive's subject
        if any(k in taken for k in range(tok.i + 1, j + 1)):
            # a role another rule found but did not take for a speaker ("von Gegnern"): it acts here
            found = next((m for m in mentions if m.start <= j < m.end and m.kind == "title"), None)
            if found is not None and not found.acting and (passive_follows(doc, j + 1) or wie_von(doc, tok.i)):
                found.acting = True
            continue
        head, low = doc[j].text, doc[j].text.lower()
        kind = lex.head_type(head)
        if kind is None and (low.endswith(lex.not_actor_endings) or not low.endswith(AGENT_ENDINGS)
                             or head in lex.not_heads or low in SOURCE_NOUNS):
            continue
        if any(t.like_num for t in doc[tok.i + 1 : j + 1]):
            continue
        if j + 1 < len(doc) and is_cap(doc[j + 1].text) and doc[j + 1].tag_ in ("NE", "NN", "FM"):
            continue  # "vom Torhüter Schwarzer": a title before a name, for the name rules
        if not (passive_follows(doc, j + 1) or wie_von(doc, tok.i)):
            continue
        start = tok.i + 1
        plural = low.endswith(("en", "ern"))
        if kind in (None, "person") and plural and j == start:
            continue  # "von Experten favorisiert", "von Prominenten unterstützt": people in general, no actor
        if kind in (None, "person"):
            mention = Mention(start, j + 1, "person", kind="title", titles=(head,), head=head, plural=plural,
                              gender=None if plural else title_gender(ctx.lex, head), acting=True)
        else:
            state = next((ctx.demonyms[k] for k in range(start, j) if k in ctx.demonyms), None)  # "vom mexikanischen Parlament"
            mention = Mention(start, j + 1, kind, kind="phrase", head=head, plural=plural, acting=True, state=state)
        mentions.append(mention)
        taken.update(range(start, j + 1))


def source_genitives(ctx: Context) -> None:
    """The genitive after a noun of saying as its source ("nach Angaben der Polizeidirektion").

    The genitive after a noun of saying is its source: "nach Angaben der Polizeidirektion
    Hannover", "Aussagen des Statistischen Bundesamtes", "Angaben seines Vermögensverwalters",
    "eine Forderung der EU-Außenminister", "Berechnungen eines US-Forschers".
    Only with a tagger; documents ("Angaben des Berichts") are no actors."""
    doc, mentions, taken, quoted, lex = ctx.doc, ctx.mentions, ctx.taken, ctx.quoted, ctx.lex
    for tok in ctx.tokens_where("lower_", SOURCE_NOUNS | STATEMENT_NOUNS):
        i = tok.i
        if not (tok.lower_ in SOURCE_NOUNS or tok.lower_ in STATEMENT_NOUNS) or i + 2 >= len(doc) or quoted[i]:
            continue
        det = doc[i + 1]
        if not (det.lower_ in GENITIVE_ARTICLES or det.lower_ in ("eines", "einer") or det.tag_ == "PPOSAT" and det.lower_.endswith(("es", "er"))):
            continue
        j = i + 2
        while j < len(doc) and doc[j].tag_ == "ADJA":
            j += 1
        if j >= len(doc) or doc[j].tag_ != "NN" or not doc[j].text[:1].isupper():
            continue
        if any(k in taken for k in range(i + 1, j + 1)):
            # a role another rule found but did not take for a speaker: "einer Warnung der Wärter"
            found = next((m for m in mentions if m.start <= j < m.end and m.kind in ("title", "phrase")), None)
            if found is not None:
                found.acting = True
            continue
        head, low = doc[j].text, doc[j].text.lower()
        kind = lex.head_type(head)
        if kind is None and (low.endswith(lex.not_actor_endings) or head in lex.not_heads or low in SOURCE_NOUNS
                             or low.rstrip("s").endswith(lex.not_actor_endings)):
            continue
        end = j + 1
        while end < len(doc) and end - j <= 3 and doc[end].tag_ == "NE" and end not in taken:
            end += 1  # "der Polizeidirektion Hannover"
        start = i + 1
        if kind in (None, "person") and low.rstrip("s").endswith(AGENT_ENDINGS):
            mention = Mention(start, end, "person", kind="title", titles=(head,), head=head, acting=True,
                              plural=det.lower_ == "der" and low.endswith(("en", "er")), gender=None)
        else:
            mention = Mention(start, end, kind if kind not in (None, "person") else "organization", kind="phrase",
                              head=head, acting=True)
        mentions.append(mention)
        taken.update(range(start, end))
