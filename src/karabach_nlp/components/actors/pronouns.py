"""Rules that find pronouns standing for an actor: "sagte er", "Dieser behauptete", "Bürger, die …
sprachen"."""

from __future__ import annotations

from .clause import infinitive_clause, verb_final, verb_like
from .context import Context
from .grammar import PREPOSITIONS, PRONOUNS, RELATIVE, SUBORDINATORS
from .mention_record import Mention


def demonstratives(ctx: Context) -> None:
    """Demonstratives as subjects: "Dieser behauptete", "beschuldigte dieser Israel"."""
    doc, mentions, taken, sent_start, quoted, lex = ctx.doc, ctx.mentions, ctx.taken, ctx.starts, ctx.quoted, ctx.lex
    for tok in ctx.tokens_where("lower_", ("dieser", "diese")):
        low = tok.lower_
        if low not in ("dieser", "diese") or tok.i in taken or quoted[tok.i]:
            continue
        after = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
        before = doc[tok.i - 1].text if tok.i > 0 else ""
        if not (after[:1].islower() or after in (",", ".")) or not (sent_start[tok.i] or before in lex.speech_verbs):
            continue  # "dieser Vorschlag": a determiner, not a pronoun
        pronoun = "er" if low == "dieser" else "sie"
        mentions.append(Mention(tok.i, tok.i + 1, "person", kind="possessive", gender="m" if pronoun == "er" else None,
                                plural=pronoun == "sie" and after.endswith("en"), acting=True, extra={"pronoun": pronoun}))
        taken.add(tok.i)


def pronouns(ctx: Context) -> None:
    """Pronoun subjects of speech verbs ("sagte er", "Sie betonte")."""
    doc, mentions, taken, sent_start, quoted, lex = ctx.doc, ctx.mentions, ctx.taken, ctx.starts, ctx.quoted, ctx.lex
    for tok in ctx.tokens_where("lower_", PRONOUNS):
        if tok.lower_ not in PRONOUNS or tok.i in taken or quoted[tok.i]:
            continue
        if tok.text == "Sie" and not sent_start[tok.i] and not (tok.i > 0 and doc[tok.i - 1].text in lex.speech_verbs):
            continue  # formal "Sie" inside a sentence
        before = doc[tok.i - 1].text if tok.i > 0 else ""
        after = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
        if before.lower() in PREPOSITIONS:
            continue  # "für sie": an object
        second = tok.i >= 1 and (sent_start[tok.i - 1] or doc[tok.i - 1].lower_ in SUBORDINATORS)  # "Aber sie", "indem sie"
        third = tok.i >= 2 and (sent_start[tok.i - 2] or doc[tok.i - 2].text == ",") and (
            verb_like(doc[tok.i - 1].text) or doc[tok.i - 1].tag_.endswith("FIN"))  # "Dabei griff sie"
        if tok.lower_ == "sie" and not (
            before in lex.speech_verbs or after in lex.speech_verbs or sent_start[tok.i] or before in ",;:"
            or second or third
        ):
            continue  # "sie" may be an accusative object; "er" is always a subject
        verb = before if before in lex.speech_verbs or not after[:1].islower() else after
        plural = tok.lower_ == "sie" and verb.endswith("en") and verb not in ("sprechen",)
        gender = "m" if tok.lower_ == "er" else ("f" if not plural else None)
        mentions.append(Mention(tok.i, tok.i + 1, "person", kind="pronoun", gender=gender, plural=plural, acting=True))


def relative_pronouns(ctx: Context) -> None:
    """A relative pronoun right after an actor's phrase and a comma ("Bürger, die ... sprachen")."""
    doc, mentions, taken = ctx.doc, ctx.mentions, ctx.taken
    ends = {m.end: m for m in mentions if m.kind != "pronoun"}
    for tok in ctx.tokens_where("lower_", RELATIVE):
        i = tok.i
        if tok.lower_ in RELATIVE and i >= 2 and doc[i - 1].text == "," and i - 1 in ends and i not in taken:
            if not verb_final(doc, i + 1) or infinitive_clause(doc, i + 1):
                continue  # "sagte der Bürgermeister, die Stadt sei sicher", "forderte die SPD, die Bank zu boykottieren": an article
            antecedent = ends[i - 1]
            if antecedent.type == "person" and antecedent.gender == "m" and not antecedent.plural and tok.lower_ in ("die", "das"):
                continue  # "Henning von Storch, die Genehmigung … begrüßte": a man's relative is "der"
            mentions.append(Mention(i, i + 1, antecedent.type, kind="relative", extra={"antecedent_end": doc[i - 2].idx + len(doc[i - 2].text)}))
