"""Subjects found by their place in the clause, with the STTS tags of the analysis component:
after an inverted finite verb ("Dies gab die Vereinsführung bekannt", "sagte der 81-Jährige") and
right after a subordinator ("wie die Banca d'Italia bekannt gab", "während die EU-Staaten den
Vorstoß begrüßten"). Without a tagger these rules find nothing.
"""

from __future__ import annotations

from .clause import argues, clause_says, full_verb, inverted, participle_follows, particle_says, says
from .context import Context
from .phrases import subject_phrase
from .words import word_set

# Articles that can open a subject (nominative); "den", "dem", "des", "einem" ... open objects.
NOMINATIVE_ARTICLES = word_set("nominative_articles")
# Words between an inverted verb and its subject: "sagte gestern der Sprecher", "äußerte sich auch"
BETWEEN_VERB_AND_SUBJECT = ("ADV", "PRF", "PTKNEG")
SUBORDINATOR_TAGS = ("KOUS", "PWAV")  # "während", "nachdem", "wie"
CLAUSE_END = frozenset({",", ".", "!", "?", ":", ";", "(", ")", "–", "„", "“", "»", "«", '"'})


def subjects_after_verb(ctx: Context) -> None:
    """The subject after an inverted verb of saying or acting ("Dies gab die Vereinsführung bekannt").

    The subject after an inverted finite verb of saying or acting, where what stands before the
    verb is no subject: "Dies gab die Vereinsführung bekannt", "Am Montag sagte der 81-jährige",
    ", bestätigte der 33-jährige Gianluigi Buffon". Not "Die Polizei nannte die Zahl" (object)."""
    doc = ctx.doc
    for verb in ctx.tokens:
        if not verb.tag_.endswith("FIN") or ctx.quoted[verb.i] or not inverted(doc, verb.i, ctx.starts):
            continue
        j = verb.i + 1
        while j < len(doc) and j - verb.i <= 2 and (doc[j].tag_ in BETWEEN_VERB_AND_SUBJECT or doc[j].lower_ == "es"):
            j += 1  # "sah es Köhler an": "es" the object, Köhler the subject
        if argues(ctx, verb.i + 1):
            continue  # "Gegen die Reform spricht die Praxis": a reason, not a speaker
        if j < len(doc) and (doc[j].lower_ in NOMINATIVE_ARTICLES or doc[j].tag_ == "NE"):
            add_subject(ctx, j, strong=says(ctx, verb) or clause_says(ctx, verb.i), verb=verb)


def subjects_after_comma_verb(ctx: Context) -> None:
    """The subject of a verb of saying that closes reported speech ("…, berichtet der Independent").

    A verb of saying right after a comma closes reported speech; its subject follows: "…
    ausgestellt worden, berichtet der englische Independent", "…, sagte der 81-jährige"."""
    doc = ctx.doc
    for comma in ctx.tokens_where("text", (",",)):  # the word after each comma, not every token
        i = comma.i + 1
        if i >= len(doc):
            continue
        verb = doc[i]
        if i < 2 or doc[i - 1].text != "," or not verb.tag_.endswith("FIN") or ctx.quoted[i] or not says(ctx, verb):
            continue
        first = i - 2
        while first > 0 and not ctx.starts[first]:
            first -= 1
        if not any(t.tag_.endswith("FIN") for t in doc[first : i - 1]):
            continue  # "Die Regierungspartei, die Hamas, bezeichnete …": an apposition, not reported speech
        j = i + 1
        while j < len(doc) and j - i <= 2 and doc[j].tag_ in BETWEEN_VERB_AND_SUBJECT:
            j += 1
        if j < len(doc) and (doc[j].lower_ in NOMINATIVE_ARTICLES or doc[j].tag_ == "NE"):
            add_subject(ctx, j, strong=True, verb=verb)


def subordinate_subjects(ctx: Context) -> None:
    """The subject opening a subordinate clause that says or acts ("wie die Notenbank bekannt gab").

    The subject opening a subordinate clause whose final verb says or acts: "wie die Banca
    d'Italia in Rom bekannt gab", "schneller als die Hydrologen vorausgesagt hatten"."""
    doc = ctx.doc
    openers = {t.i: t for t in (*ctx.tokens_where("tag_", SUBORDINATOR_TAGS), *ctx.tokens_where("lower_", ("als",)))}
    for sub in (openers[i] for i in sorted(openers)):
        if not (sub.tag_ in SUBORDINATOR_TAGS or sub.lower_ == "als") or ctx.quoted[sub.i] or sub.i + 1 >= len(doc):
            continue
        j = sub.i + 1
        if not (doc[j].lower_ in NOMINATIVE_ARTICLES or doc[j].tag_ == "NE"):
            continue
        end = j
        while end < len(doc) and doc[end].text not in CLAUSE_END:
            end += 1
        verbs = [t for t in doc[j:end] if t.tag_.endswith("FIN")]
        if not verbs or verbs[-1].i != end - 1 and not any(t.tag_ in ("VVPP", "VVINF") for t in doc[verbs[-1].i:end]):
            continue  # not a verb-final clause: "als die Polizei kam" is fine, "wie die Zeitung …" unclear
        tail = doc[max(j + 1, end - 3):end]  # the verb complex closing the clause: "bekannt gab", "vorausgesagt hatten"
        saying = any(says(ctx, v) or particle_says(ctx, v) for v in tail if v.tag_.startswith("VV"))
        add_subject(ctx, j, strong=saying, verb=verbs[0])


def add_subject(ctx: Context, j: int, strong: bool, verb) -> None:
    """Add the noun phrase at ``j`` as an acting actor; ``strong``: its verb says or acts, so any
    noun naming no thing will do; else only a person's noun, a listed head or a name."""
    doc = ctx.doc
    if not strong and not (full_verb(verb) or participle_follows(doc, verb.i)):
        return  # "wurde ein Fahrer verletzt": the subject of a passive is acted upon
    found = next((m for m in ctx.mentions if m.start <= j < m.end), None)
    if found is not None:
        found.acting = True  # a role another rule found but did not take for a speaker
        return
    mention = subject_phrase(ctx, j, strong)
    if mention is not None:
        ctx.mentions.append(mention)
        ctx.taken.update(range(mention.start, mention.end))
