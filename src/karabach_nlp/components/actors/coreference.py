"""Rules that find mentions which only refer back to an actor named before, in any role: a
definite description ("die Labour-Politikerin", "dem Forschungsinstitut", "der heute 53-Jährige")
and a pronoun subject ("in Sevilla holte sie Gold", "da dieser …").

Such a mention (``extra["refers_back"]``) joins an actor (``Clusters.refer_back``) and never makes
one: with no fitting antecedent it is dropped. What marks a noun as a person is read from the
analysis (HanTa's nominalised adjective ``NNA``: "Angeklagte", "53-Jährige") and from
``models/lexicons/person_descriptions.json`` (derivational endings such as "-erin")."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ...resources import load_json
from ..analysis.tagger import is_nominalised_adjective
from .clause import subject_like
from .context import Context
from .grammar import DEFINITE, SUBORDINATORS
from .mention_record import Mention
from .words import word_set
from .nouns import title_gender

# words that may stand between a definite article and its noun ("der heute 53-Jährige",
# "die 37 Jahre alte Neubrandenburgerin"): adjectives, adverbs, numbers, and what ages are counted in
BETWEEN_TAGS = ("ADJA", "ADJD", "ADV", "CARD")
MAX_BETWEEN = 4
PARTITIVES = ("einer", "eine", "eines", "keiner", "keine")


@lru_cache(maxsize=1)
def _descriptions() -> dict:
    return load_json("lexicons", "person_descriptions.json")


def describes_person(word: str, article: str) -> bool:
    """A noun that describes a person by what they are rather than an office they hold: a listed
    description ("Frau", "Radler"), a derivation that always names a person ("Parlamentarierin"), a
    woman's noun ("Politikerin"), or a nominalised adjective ("Angeklagte", "53-Jährige")."""
    data = _descriptions()
    last = word.split("-")[-1]
    # a head other rules already read as a person's: a woman's noun ends in "-in" ("Politikerin")
    singular = last.endswith("e") if article in ("der", "die") else article in ("dem", "des")  # "der Fraktionsvorsitzenden": plural
    return (last in data["words"] or word.lower().endswith(tuple(data["person_endings"])) or last.endswith("in")
            or person_adjective(last, article) and singular)


def person_adjective(word: str, article: str) -> bool:
    """A nominalised adjective naming a person: HanTa knows the form only as one (no common noun
    "Tatsache", "Weise"), it is not neuter ("das Neue" is a thing), and its ending agrees with the
    article as a nominalised adjective's must ("der Angeklagte", "dem Angeklagten"; not "dem Spielende")."""
    if len(word) <= 3 or article == "das" or word in _descriptions()["not_persons"] or not is_nominalised_adjective(word):
        return False
    weak = "e" if article in ("der", "die") else "en"
    return word.endswith(weak) or (article in ("der", "die") and word.endswith("en"))


def description_type(ctx: Context, tok, article: str) -> Optional[str]:
    """The actor type a capitalised noun after ``article`` describes: a listed head noun's, or a
    person's by its form ("Neubrandenburgerin", "Angeklagte", "53-Jährige", "Entführten")."""
    kind = ctx.lex.head_type(tok.text)
    if kind is not None and not (kind == "person" and article == "das"):
        return kind
    data = _descriptions()
    last = tok.text.split("-")[-1]
    found = (last in data["words"] or tok.text.lower().endswith(tuple(data["person_endings"]))
             or person_adjective(last, article))
    return "person" if found else None


APPOSITION_REACH = 10  # tokens from a description's noun to the comma that closes its apposition


def _apposed_name(doc, names: dict, i: int) -> Optional[tuple[int, Mention]]:
    """Where the description whose noun is token ``i`` starts and the name it stands in apposition
    to: right after "Name," (with an article or none, "Marta Jandová, Sängerin der Band …"), closed
    by a comma or the sentence's end with no finite verb ("Mair, der die Frau tötete" is a clause)."""
    start = _article_before(doc, i)
    start = i if start is None else start
    if start < 2 or doc[start - 1].text != "," or start - 1 not in names or doc[i].tag_ != "NN":
        return None
    for j in range(i + 1, min(i + APPOSITION_REACH, len(doc))):
        if doc[j].tag_.endswith("FIN"):
            return None
        if doc[j].text in (",", ".", ";", ")"):
            return start, names[start - 1]
    return None


def _article_before(doc, i: int) -> Optional[int]:
    """The definite article opening the phrase whose noun is token ``i``, or None."""
    j = i - 1
    while j >= 0 and i - j <= MAX_BETWEEN + 1:
        tok = doc[j]
        if tok.lower_ in DEFINITE:
            return j
        if not (tok.tag_ in BETWEEN_TAGS or tok.text in _descriptions()["between_words"]
                or tok.is_lower and tok.is_alpha and not tok.tag_.startswith("V")):  # "arbeitslosen", even tagged NN
            return None
        j -= 1
    return None


def _gender_number(ctx: Context, article: str, head: str, kind: str) -> tuple[Optional[str], bool]:
    """Gender and number a description says: "die Parlamentarierin" f, "der Angeklagte" m, "die
    Geiseln" plural; a body is an "it" or "she" the merge reads from its type."""
    if kind != "person":  # "die Behörden", "den Energiekonzernen" (a man's noun takes no "-n" after "den")
        return None, article in ("die", "den") and head.endswith(("en", "n")) and not head.endswith("ion")
    low = head.lower()
    if low.endswith("innen") or (article == "die" and low.endswith("n") and not low.endswith(("in", "on"))):
        return None, True  # "die Geiseln", "die Angeklagten"; not "die Politikerin", "die Person"
    if low.endswith("in"):
        return "f", False
    if article in ("den", "der") and low.endswith("en"):
        return None, True  # "den Entführten", "der Verletzten": as likely plural; only the same noun joins
    if low.endswith("e") or low.endswith("en"):  # a nominalised adjective says it by its article
        return ("f" if article == "die" else "m"), False
    return title_gender(ctx.lex, head), False


COUNTRY_NOUNS = word_set("country_nouns")


def _the_country(doc, start: int, i: int) -> bool:
    """'das Land', 'des Landes', 'der Stadtstaat': the article right before the noun, nothing after
    it that says which ("das Land Niedersachsen", "des Landes Brandenburg"), not the countryside
    ("auf dem Land", "aufs Land")."""
    if doc[i].text not in COUNTRY_NOUNS or start != i - 1 or doc[start].lower_ not in ("das", "des", "dem", "der"):
        return False
    if start > 0 and doc[start - 1].lower_ in ("auf", "vom", "aufs"):
        return False
    return not (i + 1 < len(doc) and doc[i + 1].text[:1].isupper())


def back_references(ctx: Context) -> None:
    """Definite descriptions of a person or body in any role, joined to an actor named before."""
    doc, quoted, taken = ctx.doc, ctx.quoted, ctx.taken
    covered = {i for m in ctx.mentions for i in range(m.start, m.end)}  # mentions a rule left untaken
    names = {m.end: m for m in ctx.mentions if m.type == "person" and m.kind in ("name", "surname")}
    for tok in ctx.tokens_where("tag_", ("NN", "NE", "ADJA")):  # nouns and adjectives only, from the doc's index
        i = tok.i
        if i in taken or i in covered or quoted[i] or not tok.text.split("-")[-1][:1].isupper() or tok.tag_ not in ("NN", "NE", "ADJA"):
            continue
        apposed = _apposed_name(doc, names, i)
        if apposed is not None:  # "Mair, der arbeitslose Gärtner und Rechtsextremist, …": whatever the noun
            start, name = apposed
            if not any(j in taken or j in covered for j in range(start, i)):
                end_char = doc[name.end - 1].idx + len(doc[name.end - 1].text)
                ctx.mentions.append(Mention(start, i + 1, "person", kind="description", head=tok.text,
                                            extra={"refers_back": True, "apposed_to": end_char}))
                taken.update(range(start, i + 1))
            continue
        start = _article_before(doc, i)
        if start is not None and _the_country(doc, start, i):
            ctx.mentions.append(Mention(start, i + 1, "state", kind="description", head=tok.text, extra={"refers_back": True}))
            taken.update(range(start, i + 1))  # "des Landes", "der Stadtstaat": the state the article is about
            continue
        kind = description_type(ctx, tok, doc[start].lower_) if start is not None else None
        if kind is None or any(j in taken or j in covered for j in range(start, i)):
            continue
        if any(t.tag_ == "CARD" and not t.text.endswith(".") for t in doc[max(start - 1, 0):i]) and "Jahr" not in doc[start:i].text:
            continue  # "die fünf Männer", "Drei der Männer": counted people, no one named before
        if any(t.lower_ in ("beide", "beiden", "beider") for t in doc[start:i]):
            continue  # "die beiden Politiker": two actors at once, a mention of neither
        if start > 0 and (doc[start - 1].lower_ in PARTITIVES
                          or doc[start - 1].tag_ in ("PIS", "NN") and doc[start].lower_ in ("der", "des")):
            continue  # "einer der reichsten Männer", "ein Drittel der Hilfsbedürftigen": some of a group
        if kind != "person" and "-" in tok.text:
            continue  # "der Margarethe-Krupp-Stiftung": a name of its own, no reference back
        if i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i + 1].tag_ in ("NE", "NN"):
            continue  # "der Student Max Müller", "das Auswärtige Amt": the noun or name follows
        gender, plural = _gender_number(ctx, doc[start].lower_, tok.text, kind)
        ctx.mentions.append(Mention(start, i + 1, kind, kind="description", head=tok.text, gender=gender,
                                    plural=plural, acting=subject_like(ctx, start), extra={"refers_back": True}))
        taken.update(range(start, i + 1))


SUBJECT_PRONOUNS = {"er": ("m", False), "dieser": ("m", False), "letzterer": ("m", False), "letztere": (None, False)}


def subject_pronouns(ctx: Context) -> None:
    """Pronoun subjects in any role ("holte sie Gold", "da dieser …") join an actor named before.

    The last compatible actor, a subject first (Clusters.pronoun_target); "sie" only where a finite
    verb beside it makes it the subject."""
    doc, quoted = ctx.doc, ctx.quoted
    taken = ctx.taken | {i for m in ctx.mentions for i in range(m.start, m.end)}  # "pronouns" leaves its own untaken
    for tok in ctx.tokens:
        i, low = tok.i, tok.lower_
        if i in taken or quoted[i] or low not in ("er", "sie", "dieser", "letzterer", "letztere"):
            continue
        after = doc[i + 1] if i + 1 < len(doc) else None
        before = doc[i - 1] if i > 0 else None
        if low in ("dieser", "letzterer", "letztere") and after is not None and after.tag_ in ("NN", "NE", "ADJA"):
            continue  # "dieser Vorschlag": a determiner
        if low == "sie":
            finite_before = before is not None and before.tag_.endswith("FIN")
            finite_after = after is not None and after.tag_.endswith("FIN")
            opens = before is None or ctx.starts[i] or before.lower_ in SUBORDINATORS or before.text == ","
            if not ((finite_before and _adverbial_prefield(ctx, i - 1))
                    or (opens and (finite_after or before is not None and before.lower_ in SUBORDINATORS))):
                continue  # "für sie", "man habe sie gefunden": an object
            verb = before if finite_before else after
            plural = verb is not None and verb.text.endswith("en") or verb is not None and verb.lower_ == "sind"
            gender = None if plural else "f"
        else:
            gender, plural = SUBJECT_PRONOUNS[low]
        pronoun = "er" if gender == "m" else "sie"
        ctx.mentions.append(Mention(i, i + 1, "person", kind="pronoun", gender=gender, plural=plural,
                                    extra={"refers_back": True, "pronoun": pronoun, "demonstrative": low != pronoun}))
        ctx.taken.add(i)


def _adverbial_prefield(ctx: Context, verb: int) -> bool:
    """What stands before the finite verb of a main clause is no subject ("In Sevilla holte sie",
    "Danach wurde sie"), so a "sie" after the verb is: the clause opens with a preposition or adverb."""
    j = verb - 1
    while j > 0 and not ctx.starts[j] and ctx.doc[j - 1].text != ",":
        j -= 1
    return j < verb and ctx.doc[j].tag_ in ("APPR", "APPRART", "ADV", "PAV", "PROAV", "KOUS")
