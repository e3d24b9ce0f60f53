"""Rules that grow phrases around the head nouns the gazetteers list ("die Behörden in Baku",
"Russlands Präsident", "die aserbaidschanische Seite") and keep those that act."""

from __future__ import annotations

from .clause import clause_subject, only_as_speaker, passive_follows, speaker_context, subject_like, werden_before
from .context import Context
from .grammar import ARTICLES, NON_AGENT_PREPOSITIONS, QUANTIFIERS, SOURCE_NOUNS
from .lexicon import HEAD_PREFIX
from .mention_record import Mention
from .canonical import is_spokesperson
from .phrases import coordinated_holder, phrase
from .spokespeople import unlisted_body
from .words import word_set

KIND_DETERMINERS = word_set("kind_determiners")
CONDITIONAL_FORMS = word_set("conditional_forms")
INDEFINITE_ARTICLES = word_set("indefinite_articles")
PREDICATE_COPULAS = word_set("predicate_copulas")
BOTH = frozenset({"beide", "beiden", "beider"})
COALITION_HEADS = tuple(word_set("coalition_heads"))
QUOTE_MARKS = frozenset('"„“»«')
VEHICLE_PART_HEADS = word_set("vehicle_part_heads")
VEHICLE_ENDINGS = tuple(word_set("vehicle_endings"))
LEADERSHIP_NOUNS = word_set("leadership_nouns")
ORGAN_ENDINGS = ("führung", "leitung", "vorstand", "direktion")  # a body's governing organ: "die Geschäftsleitung des …"


def head_phrases(ctx: Context) -> None:
    """Phrases around a listed head noun: authorities, organisations, media, armed groups, roles.

    Kept where they act or speak; not counted people ("874 Soldaten": casualties) nor "kein Investor"."""
    doc, mentions, taken, by_label, lex = ctx.doc, ctx.mentions, ctx.taken, ctx.by_label, ctx.lex
    heads = {}
    for label in by_label:
        if label.startswith(HEAD_PREFIX):
            for span in by_label[label]:
                heads.setdefault(span.start, lex.head_type(doc[span.start].text))
    for i in sorted(heads):
        if i in taken or heads[i] is None:
            continue
        mention = phrase(ctx, i, heads[i])
        if mention is None:
            continue
        if doc[mention.start].lower_.startswith("kein") or no_one_meant(ctx, mention, i):
            continue  # "kein Investor": nobody
        counted = [doc[mention.start]] + ([doc[mention.start - 1]] if mention.start > 0 else [])
        if doc[mention.start].lower_ not in ARTICLES and any(t.like_num or t.lower_ in QUANTIFIERS for t in counted):
            continue  # "874 Soldaten", "187.000 Einwohnern", "mehrere Polizisten": counted people are casualties, not actors
        if mention.start > 0 and doc[mention.start].lower_ == "der" and doc[mention.start - 1].lower_ in QUANTIFIERS:
            continue  # "einige der Nutzer": counted too
        speaks = speaker_context(ctx, mention.start, mention.end)
        if not speaks and not clause_subject(ctx, mention) and only_as_speaker(ctx, mention):
            continue
        if mention.kind == "phrase" and mention.key is None and mention.start > 0 and (
            doc[mention.start - 1].lower_ in NON_AGENT_PREPOSITIONS
        ):
            continue
        mention.acting = mention.acting or speaks or subject_like(ctx, mention.start)
        mentions.append(mention)
        second = coordinated_holder(ctx, mention)  # "die Nationalspielerinnen Birgit Prinz und Fatmire Bajramaj"
        if second is not None:
            mentions.append(second)
            taken.update(range(second.start, second.end))
        followed = mention.extra.get("followed")
        if followed is not None:  # "den Anhängern Bembas": Bemba is named there too
            name = doc[followed].text
            mentions.append(Mention(followed, followed + 1, "person", kind="surname", surname=name[:-1]))
        body = spoken_for(ctx, mention, i)
        if body is not None:
            mentions.append(body)
        taken.update(range(mention.start, mention.end))


def spoken_for(ctx: Context, mention: Mention, i: int):
    """The body in a spokesperson's or a governing organ's phrase, an actor of its own inside it
    ("Sprecher [der Volksallianz für Demokratie]", "die Geschäftsleitung [des … Nähmaschinenherstellers
    Pfaff]"): the body's phrase from its article, or None where a listed name stands there already."""
    doc, lex = ctx.doc, ctx.lex
    organ = mention.type != "person" and doc[i].lower_.endswith(ORGAN_ENDINGS)
    if not organ and (mention.type != "person" or not is_spokesperson(doc[i].text)):
        return None
    for k in range(i + 1, mention.end):
        kind = lex.head_type(doc[k].text)
        if any(m.start <= k < m.end for m in ctx.mentions if m is not mention):
            return None  # "Sprecher der UN": the name rules found the body
        if kind not in (None, "person") and doc[k].text[:1].isupper():
            body = phrase(ctx, k, kind)
            if body is None or body.type == "person":
                return None
            body.start = max(body.start, i + 1)
            while body.start - 1 > i and doc[body.start - 1].tag_ in ("ADJA", "ART"):
                body.start -= 1  # "der Sudanesischen Befreiungsarmee": a capitalised adjective too
            if organ:
                mention.end = max(mention.end, body.end)  # the organ's phrase takes the body's name ("… Pfaff")
            name_start = mention.extra.get("name_start")  # "der CDU/CSU-Bundestagsfraktion Friedbert Pflüger"
            if name_start is not None and body.end > name_start >= body.start + 1:
                body.end, body.key = name_start, None  # the holder's name is not the body's
            body.end = min(body.end, mention.end)
            return body
    return None if organ else unlisted_body(ctx, mention, i)  # "eine Sprecherin der Rechtsmedizin"


def no_one_meant(ctx: Context, mention: Mention, i: int) -> bool:
    """A phrase that names a kind, people in general, a label or a case supposed, not someone who acts."""
    doc = ctx.doc
    before = doc[mention.start - 1] if mention.start > 0 else None
    if doc[mention.start].lower_ in KIND_DETERMINERS or (before is not None and before.lower_ in KIND_DETERMINERS):
        return True  # "der Übergang solcher Netzwerke wie MTV": a kind
    after_head = i + 2 if i + 1 < len(doc) and doc[i + 1].text in QUOTE_MARKS else i + 1  # 'gegenüber Terrorgruppen“ wie'
    if mention.start == i and after_head < len(doc) and doc[after_head].lower_ == "wie" and mention.key is None:
        return True  # "Umweltorganisationen wie der WWF und Greenpeace": a kind; its named members are the actors
    if mention.type == "person" and mention.kind == "title" and any(t.lower_ in BOTH for t in doc[mention.start : i]):
        return True  # "die beiden Künstler": two persons the article has named, no actor of their own
    if (mention.kind == "title" and mention.start == i and mention.end == i + 1 and before is not None and before.lower_ == "von"
            and not (doc[i - 2].tag_ in ("NN", "NE") and not werden_before(doc, i - 1))  # "Kundgebung von Gegnern": no agent
            and doc[i].lower_.endswith(("en", "ern")) and passive_follows(doc, i + 1)):
        return True  # "von Experten favorisiert": a bare plural agent is people in general (as passive_agents);
        # "von Gegnern des Präsidenten" is someone
    if doc[i].text in VEHICLE_PART_HEADS and _vehicle_genitive(doc, i + 1):
        return True  # "der Anhänger eines polnischen Lastwagens": a trailer
    if mention.type == "media" and mention.key is None and _line_label(doc, mention):
        return True  # "Wikinews-Portal: Themenverwandte Artikel": a label opening a line, no one
    after = doc[mention.end : mention.end + 2]
    if len(after) == 2 and after[0].like_num and after[1].lower_ in ("prozent", "%"):
        return True  # "Große Koalition 59 Prozent": the label of a figure
    opener = _opener(doc, mention.start)
    if opener.lower_ not in INDEFINITE_ARTICLES:
        return False
    if _predicate_after_subject(ctx, opener.i):
        return True  # "Die Bundeswehr sei eine Armee des Friedens": what kind the subject is, no one else
    if mention.end < len(doc) and doc[mention.end].lower_ == "unter" and any(
            t.text in LEADERSHIP_NOUNS for t in doc[mention.end + 1 : mention.end + 4]):
        return True  # "eine Regierung unter seiner Führung": a body supposed under someone's lead
    if doc[i].text.endswith(COALITION_HEADS):
        return True  # "eine große Koalition", "außer einer Großen Koalition": an option, not the coalition governing
    return mention.end < len(doc) and doc[mention.end].lower_ in CONDITIONAL_FORMS  # "ein Bündnis würde …": supposed


def _line_label(doc, mention: Mention) -> bool:
    """The phrase opens a line or the text and a colon follows it."""
    opens = mention.start == 0 or "\n" in doc[mention.start - 1].text or "\n" in doc[mention.start - 1].whitespace_
    return opens and mention.end < len(doc) and doc[mention.end].text == ":"


def _vehicle_genitive(doc, k: int) -> bool:
    """A genitive of a vehicle opens at ``k``: its article, adjectives, then the vehicle's noun."""
    if k >= len(doc) or doc[k].lower_ not in ("des", "eines"):
        return False
    k += 1
    while k < len(doc) and doc[k].tag_ == "ADJA":
        k += 1
    return k < len(doc) and doc[k].lower_.endswith(VEHICLE_ENDINGS)


def _predicate_after_subject(ctx: Context, article: int) -> bool:
    """The indefinite article at ``article`` opens a copula's predicate: "ist"/"sei" right before it,
    and right before that an actor found or a personal pronoun, the subject ("Vor Ort war eine
    Einheit der Armee" has none: there the phrase is someone)."""
    doc = ctx.doc
    copula = article - 1
    if copula < 1 or doc[copula].lower_ not in PREDICATE_COPULAS:
        return False
    return doc[copula - 1].tag_ == "PPER" or any(m.end == copula for m in ctx.mentions)


def _opener(doc, start: int):
    """The article that opens the phrase at ``start``, over adjectives the phrase left out ("einer Großen")."""
    k = start
    while k > 0 and (doc[k - 1].tag_ == "ADJA" or doc[k - 1].text in QUOTE_MARKS) and start - k < 4:
        k -= 1  # 'ein "rot-rotes" Bündnis': quotation marks too
    return doc[k - 1] if k > 0 and doc[k - 1].tag_ == "ART" and k < start else doc[start]


def demonym_phrases(ctx: Context) -> None:
    """Demonym + state head ("Die aserbaidschanische Seite", "russische Truppen")."""
    doc, mentions, taken, lex = ctx.doc, ctx.mentions, ctx.taken, ctx.lex
    for i, state in ctx.demonyms.items():
        j = i + 1
        if j < len(doc) and doc[j].text in lex.state_heads and j not in taken:
            start = i - 1 if i > 0 and doc[i - 1].lower_ in ARTICLES else i
            force = lex.forces_by_state.get(state) if doc[j].text in lex.force_heads else None
            if force:  # "der deutschen Streitkräfte": the Bundeswehr, not Germany
                mentions.append(Mention(start, j + 1, "authority", key=force, kind="phrase", head=force))
            else:
                mentions.append(Mention(start, j + 1, "state", key=state, kind="name"))
            taken.update(range(start, j + 1))
        elif j < len(doc) and doc[j].lower_ in SOURCE_NOUNS and j not in taken and i not in taken:
            # "nach israelischen Angaben": the state is the source
            mentions.append(Mention(i, j + 1, "state", key=state, kind="name", acting=True))
            taken.update(range(i, j + 1))
