"""How a mention that names no one itself finds the actor it refers to, and the merges made once
all mentions are in: the rules of coreference the merge in clusters.py applies.

- a lone first word of a company's name names the company;
- a pronoun agrees in gender and number ("sie" is no "das ZDF") and prefers a subject of its
  sentence or the one before; a demonstrative means the latest;
- a definite description joins the actor with its noun, a title's holder, or the person named
  most often in the sentences before (never the one acting in its own sentence);
- a title beside a copula is said of the subject; a description in apposition to a name, and a
  person introduced with an indefinite article, are the person named or described next to them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING, Optional

from .coreference import describes_person
from .grammar import ARTICLES, COPULAS, DEFINITE, PREPOSITIONS, RELATIVE
from .mention_record import Mention
from .words import synonym_groups

if TYPE_CHECKING:
    from .clusters import Cluster

TITLE_JOINERS = frozenset({"und", "sowie"})
INDEFINITE = frozenset({"ein", "eine", "einen", "einem", "einer", "eines"})
DEFINITE_LOWER = frozenset({"der", "die"})  # a nominative definite article inside the sentence
IDENTITY_VERBS = frozenset({"ist", "war", "bleibt", "blieb"})  # "A war der B": one person (not "wird": a change)
SINGULAR_GENITIVE_DATIVE = frozenset({"dem", "des"})  # "dem Niederländer": one person, no group
AGE = re.compile(r"\b\d+-[jJ]ährige|\b\d+ Jahre alte")  # "des 67-jährigen Politikers": someone known, described
ONE_OF = frozenset({"einer", "eine", "eines"})
NOT_FEMININE_ARTICLES = frozenset({"das", "dem", "des", "ein", "einem", "eines"})  # a singular body so named is no "sie"
PARENTHESES = re.compile(r"\([^()]*\)")
APPOSED_NAME = re.compile(r"^\s*[A-ZÄÖÜ][\w-]+ [A-ZÄÖÜ][\w-]+[,.]?(?:\s|$)")  # ", Wolfgang Jüttner," after a phrase


def _folded(word: str) -> str:
    low = word.lower()
    for ending in ("en", "n", "es", "s", "e"):
        if low.endswith(ending) and len(low) - len(ending) >= 4:
            return low[: -len(ending)]
    return low


# "Kidnapper" and "Entführer", "Radler" and "Fahrradfahrer": one stem (models/gazetteers/actor_word_lists.json)
SYNONYM_STEMS = {_folded(w): _folded(group[0]) for group in synonym_groups("synonym_heads") for w in group}


def head_stem(word: str) -> str:
    """'Behörden', 'Behörde' -> 'behörde': crude case/number folding for matching heads; a listed
    synonym folds to its group's stem ('Kidnapper' -> 'entführer')."""
    stem = _folded(word)
    return SYNONYM_STEMS.get(stem, stem)


def compound_of(head: str, stem: str) -> bool:
    """'BWL-Student', 'Unglücksfahrer' end in the noun of the stem 'student', 'fahrer' (not
    'Kopilot' in 'pilot': too short a first part to be a word of its own)."""
    last = head_stem(head.split("-")[-1])
    if len(stem) < 5 or head_stem(head) == stem:
        return False
    return last == stem or len(last) - len(stem) >= 3 and last.endswith(stem)


def singular(m: Mention, phrase: str) -> Mention:
    """The mention as its article reads it: after "dem" or "des" one man or thing ("dem Angeklagten",
    which a rule may have read as a plural)."""
    if phrase.split()[0].lower() in ("dem", "des") and (m.plural or m.gender is None):
        return replace(m, plural=False, gender=m.gender or "m")
    return m


def anaphoric_description(phrase: str, m: Mention, after: str) -> bool:
    """A singular definite description by a woman's noun or a nominalised adjective ("die
    Parlamentarierin", "der Angeklagte"), with nothing after it that says who is meant: news calls
    a person named before so; a plain office ("der Richter") more often introduces someone new, as
    does a description a noun, name or phrase follows ("Der Vorsitzende Richter Klaus Tolksdorf",
    "Der Fraktionsvorsitzende im Landtag, …", "der Anwältin des Opfers")."""
    words = phrase.split()
    following = after.lstrip(" ,").split(maxsplit=1)
    nxt = following[0] if following else ""
    if not (words and m.head and words[-1] == m.head) or nxt[:1].isupper() or nxt.lower() in ARTICLES | TITLE_JOINERS:
        return False  # "die Schauspielerin und Moderatorin Nova Meierhenrich": more titles, then the name
    clause = after.split(".", 1)[0]
    if nxt.lower() in PREPOSITIONS and APPOSED_NAME.match(clause.split(",", 1)[1] if "," in clause else ""):
        return False  # "Der Fraktionsvorsitzende im Landtag, Wolfgang Jüttner": a name in apposition
    return (len(words) >= 2 and words[0].lower() in DEFINITE and not singular(m, phrase).plural
            and (describes_person(m.head, words[0].lower()) or bool(AGE.search(phrase))))


class ReferenceRules:
    """The coreference part of ``Clusters`` (which provides ``items``, ``text``, ``lex``,
    ``sentences``, ``acting``, ``ends``, ``latent`` and the lookups)."""

    def refer_back(self, m: Mention, start: int, phrase: str) -> Optional[Cluster]:
        """A mention that only refers back (coreference.py) joins an actor named before, or none.
        A pronoun: the latest compatible actor (a demonstrative, "dieser", the latest mentioned
        at all, the pronoun the latest salient one). A description: an actor with the same head
        ("dem Forschungsinstitut", "der Student" after "ein BWL-Student"), a listed title's holder,
        else for a person the most often named compatible person of the sentences before, never
        one acting in its own sentence ("Dingfelder betonte, der Angeklagte …" is not Dingfelder)."""
        if m.kind == "pronoun":
            pronoun = m.extra["pronoun"]
            if m.extra.get("demonstrative"):
                return next((c for c in self.before(start) if self._fits(c, m, pronoun)), None)
            return self.pronoun_target(pronoun, start, m.plural) or self.ungendered_target(pronoun, start, m.plural)
        if "apposed_to" in m.extra:
            return self.ends.get(m.extra["apposed_to"])  # "Mair, der arbeitslose Gärtner, …"
        if m.type == "state":
            return self.most_named_state(start)  # "des Landes": the state the article has named most so far
        stem = head_stem(m.head or "")
        same = next((c for c in self.before(start) if c.type == m.type and c.head and head_stem(c.head).endswith(stem)), None)
        if same is not None or m.type != "person":  # several bodies ("den Energiekonzernen") are no named one
            return same or (None if m.plural else self.description_target(m, start, phrase))
        if m.plural:
            return None  # a group ("die 12 Geschworenen") is told apart by its noun only
        if m.head in self.lex.title_links or self.lex.head_type(m.head or "") == "person":
            holder = self.title_target(m.head, start, None)
            if holder is not None:
                return holder
        # "erfasste einen Fahrradfahrer. Der Radler erlag …": a person introduced with "ein" is the one meant
        return self.described_person(m, start) or self.latent_target("sie" if m.gender == "f" else "er", start, False)

    REACH_SENTENCES = 2  # a description refers back to a person of the two sentences before its own

    def described_person(self, m: Mention, start: int) -> Optional[Cluster]:
        """The person a singular description refers back to ("die 37 Jahre alte Neubrandenburgerin"):
        of the compatible people named in its sentence or the two before, the one named most often so
        far (acting counts as once more); not one acting in its own sentence."""
        k = bisect_right(self.sentences, start) - 1
        here, reach = self.sentences[max(k, 0)], self.sentences[max(k - self.REACH_SENTENCES, 0)]
        scored = []
        for c in self.before(start):
            starts = [s for s, _ in c.spans if s < start]
            if any(s >= here and s in self.acting for s in starts) or max(starts) < reach or not self._fits(c, m, "sie" if m.gender == "f" else "er"):
                continue  # the subject of its own sentence is someone else ("Dingfelder betonte, der Angeklagte …")
            subject = any(s in self.acting for s in starts)  # one who acted counts as a mention more
            scored.append(((len(starts) + subject, max(starts)), c))
        return max(scored, key=lambda t: t[0])[1] if scored else None

    @staticmethod
    def _fits(c: Cluster, m: Mention, pronoun: str) -> bool:
        """Gender and number agree: a person of the mention's gender (or of none known), a body for "sie"."""
        if m.plural:
            return c.plural or c.type in ("authority", "armed_group")
        if c.plural:
            return False
        if c.type == "person":
            return c.gender is None or m.gender is None or c.gender == m.gender
        return pronoun == "sie" and m.type != "person" or (m.kind == "pronoun" and pronoun == "sie")

    def _predicative(self, start: int, end: int) -> bool:
        """A title with no article next to a copula is said of the subject, not someone new: "Todt
        ist Teamchef des Teams", "Pfeiffer, der zuvor Justizminister des Landes war"."""
        phrase = self.text[start:end].split()
        before = self.text[max(start - 40, 0):start].split()
        after = self.text[end:end + 30].replace(",", " ").replace(".", " ").split()
        if phrase and phrase[0] in DEFINITE_LOWER and before and before[-1] in IDENTITY_VERBS and len(before) >= 2:
            return True  # "Eyadéma war der dienstälteste Staatsführer Afrikas": the subject is the one
        if not phrase or phrase[0].lower() in ARTICLES or not phrase[0][:1].isupper():
            return False
        return bool(before) and before[-1] in COPULAS or bool(after) and after[0] in COPULAS and len(before) >= 2 and (
            before[-1].lower() in RELATIVE or before[-2].lower() in RELATIVE)

    def sentence_person(self, pos: int, gender: Optional[str]) -> Optional[Cluster]:
        """The subject a predicate title is said of: of the named people of ``gender`` (if known) in the
        sentence before ``pos``, one acting there, else the first named ("Buffon lebt mit Alena
        Šeredová zusammen und ist Vater …" is Buffon)."""
        here = self.sentences[max(bisect_right(self.sentences, pos) - 1, 0)]
        people = [c for c in reversed(self.before(pos)) if c.type == "person" and c.key and not c.plural
                  and (gender is None or c.gender in (None, gender)) and any(here <= s < pos for s, _ in c.spans)]
        acting = [c for c in people if any(here <= s < pos and s in self.acting for s, _ in c.spans)]
        return (acting or people or [None])[0]

    def settle_appositions(self) -> None:
        """An unnamed person whose phrase holds a person's name in apposition is that person: "Einer
        der größten Kritiker des Ministerpräsidenten, Sondhi Limthongkul, Sprecher der …" is Sondhi
        Limthongkul. A name inside the phrase in other roles ("der Sprecher von Angela Merkel") is not."""
        for unnamed in [c for c in self.items if c.type == "person" and c.key is None]:
            for s, e in unnamed.spans:
                opening = self.text[max(s - 8, 0):s].split()[-1:] + self.text[s:e].split()[:1]
                if unnamed.plural and not any(w.lower() in ONE_OF for w in opening):
                    continue  # "Die hochrangigen Chefs, Albert G. …" are several; "Einer der Kritiker, …" one
                named = next((c for c in self.items if c.type == "person" and c.key and c is not unnamed and not c.plural
                              and any(self._apposed(s, e, ns) or self._apposed_after(ne, s) for ns, ne in c.spans)), None)
                if named is not None:
                    # the whole unnamed person when the apposition introduced it, else that phrase only
                    moved = list(unnamed.spans) if (s, e) == unnamed.spans[0] and not unnamed.plural else [(s, e)]
                    for span in moved:
                        named.add(*span)
                    named.titles |= unnamed.titles
                    named.role = named.role or unnamed.described
                    unnamed.spans = [span for span in unnamed.spans if span not in moved]
                    break

    def settle_nested(self) -> None:
        """A body named inside a person's phrase ("Michael Mertin, dem Vorstandsvorsitzenden der
        Jenoptik AG") is a mention of that body too, as the article writes it elsewhere; of two
        names found at one place the longer."""
        forms = {}  # a body's name as written in one of its mentions, article dropped -> the body
        for c in self.items:
            if c.type != "person" and c.key:
                for a, b in c.spans:
                    words = self.text[a:b].split()
                    form = " ".join(words[1:] if words and words[0].lower() in ARTICLES else words)
                    if len(form) > 2 and form[:1].isupper():
                        forms.setdefault(form, c)
        for person in [c for c in self.items if c.type == "person"]:
            for s, e in list(person.spans):
                self._nest(s, self.text[s:e], forms)
                self._nest_title(person, s, self.text[s:e])

    def _nest_title(self, owner: "Cluster", start: int, phrase: str) -> None:
        """A title in the genitive inside a person's phrase ("Einer der Kritiker des
        Ministerpräsidenten") names the person holding it, if another."""
        words = phrase.split()
        pos = 0
        for n, word in enumerate(words):
            at = phrase.index(word, pos)
            pos = at + len(word)
            if n < 2 or words[n - 1] not in ("des", "der") or self.lex.head_type(word.strip(",.")) != "person":
                continue
            holder = self.title_target(word.strip(",."), start + at, None)
            if holder is not None and holder is not owner:
                holder.add(start + phrase.rindex(words[n - 1], 0, at), start + at + len(word.strip(",.")))

    def _nest(self, start: int, phrase: str, forms: dict) -> None:
        found = []
        for form, body in forms.items():
            at = phrase.find(form, 1)
            if at > 0 and phrase[at - 1] == " " and not phrase[at + len(form):at + len(form) + 1].isalnum():
                found.append((at, at + len(form), body))
        taken: list[tuple[int, int]] = []
        for a, b, body in sorted(found, key=lambda f: f[0] - f[1]):  # longest first
            if all(b <= x or y <= a for x, y in taken):
                body.add(start + a, start + b)
                taken.append((a, b))

    def settle_given_names(self) -> None:
        """A given name the article uses alone again and again ("Thaksin" after "Thaksin Shinawatra")
        is the one person named so in full; once alone it may be someone else ("Peter") and stays."""
        for lone in [c for c in self.items if c.type == "person" and c.key and " " not in c.key and len(c.spans) >= 2]:
            full = [c for c in self.items if c.type == "person" and c.given == lone.key and c is not lone]
            if len(full) == 1:
                for span in lone.spans:
                    full[0].add(*span)
                lone.spans = []

    def settle_introductions(self) -> None:
        """A person introduced with an indefinite article where they did not act yet ("erfasste einen
        Fahrradfahrer") is the unnamed person a later definite phrase with that noun made an actor
        ("Der Fahrradfahrer fuhr …"): that first mention joins it."""
        for start, end, m in sorted(self.latent, key=lambda item: -item[0]):  # the earliest names the actor last
            words = self.text[start:end].split()
            if words and m.head and m.head.endswith("en") and words[0].lower() not in INDEFINITE | SINGULAR_GENITIVE_DATIVE:
                self._introduce_group(start, end, m)
                continue
            if not (words and words[0].lower() in INDEFINITE and m.head) or m.plural:
                continue
            stem = head_stem(m.head.split("-")[-1])
            later = [c for c in self.items if c.type == "person" and c.key is None and not c.plural and c.head
                     and c.spans and c.spans[0][0] > end
                     and (head_stem(c.head.split("-")[-1]) == stem or compound_of(m.head, head_stem(c.head)))
                     and self.text[slice(*c.spans[0])].split()[0].lower() in DEFINITE]  # "Der Fahrradfahrer" refers back
            if later:
                person = min(later, key=lambda c: c.spans[0][0])
                person.add(start, end)
                person.described = (start, end)  # named after the phrase that introduced them ("Lastwagenfahrer")

    def _introduce_group(self, start: int, end: int, m: Mention) -> None:
        """A group named where it did not act ("eine Liste von Tatverdächtigen", "die Konten der
        Terrorverdächtigen") is the group a later plural phrase with that noun made an actor ("der
        Verdächtigen"): it joins it and names it."""
        stem = head_stem(m.head.split("-")[-1])
        later = [c for c in self.items if c.type == "person" and c.key is None and c.plural and c.head
                 and c.spans and c.spans[0][0] > end and " " not in c.name  # "die Gefangenen", no "zusätzliche Helfer"
                 and (head_stem(c.head.split("-")[-1]) == stem or compound_of(m.head, head_stem(c.head)))]
        if later:
            group = min(later, key=lambda c: c.spans[0][0])
            group.add(start, end)
            group.described, group.head = (start, end), m.head

    def _apposed_after(self, name_end: int, start: int) -> bool:
        """A description with an indefinite article right after a name and a comma ("Rashid Rehman,
        ein pakistanischer Rechtsanwalt"); with "der" it might open a relative clause."""
        if not 0 <= start - name_end <= 40:
            return False
        words = self.text[name_end:start].split() + self.text[start:start + 8].split()[:1]
        return (len(words) >= 2 and words[0] == "," and words[1].lower() in INDEFINITE
                and all(w.islower() for w in words[2:-1]))  # "…, ein pakistanischer Rechtsanwalt"

    def _apposed(self, start: int, end: int, name_start: int) -> bool:
        """A name right after a description, set off by a comma ("…, Sondhi Limthongkul") or joined
        by further titles ("die Schauspielerin und Moderatorin Nova Meierhenrich"), inside or after it."""
        if start < name_start < end:
            return self.text[start:name_start].rstrip().endswith(",")
        # an acronym in brackets may stand between: "der Direktor der IAEO (IAEO), Mohammed el-Baradei"
        between = PARENTHESES.sub(" ", self.text[end:name_start]).split() if 0 <= name_start - end <= 40 else None
        if between is None:
            return False
        if between and between[-1].endswith(",") and len(between) <= 3 and all(
                w[:1].isupper() for w in " ".join(between).rstrip(",").split()):
            return True  # "…, Sondhi", "Der Innenminister Frankreichs, Nicolas Sarkozy": the phrase ends in a name
        # "… und Moderatorin Nova Meierhenrich"; not "… und der Innenminister Batscho Achalaja": another person
        titles = between[1:] + self.text[name_start:name_start + 40].split()[:1]
        determined = self.text[start:end].split()[0].lower() in ARTICLES  # not "Vater, Mutter und Sohn Wallert"
        return (determined and bool(between) and between[0] in TITLE_JOINERS and titles[0].lower() not in ARTICLES
                and all(self.lex.head_type(w) == "person" for w in titles))

    def first_word_owner(self, word: str) -> Optional[Cluster]:
        """A lone name word that opens exactly one organisation's or outlet's name of the article:
        the company without its second word ("Shelby" after "Shelby SuperCars", "Jobbik" after
        "Jobbik Magyarországért Mozgalom"). With two such owners it stays undecided; a person's given
        name alone may be someone else's and stays apart."""
        owners = [c for c in self.items if c.key and " " in c.key and c.key.split()[0] == word
                  and c.type in ("organization", "media")]
        return owners[0] if len(owners) == 1 else None

    def agrees(self, c: Cluster, pronoun: str, plural: bool) -> bool:
        """Gender and number: "er" a man, "sie" a woman, a group, or a body whose article is no
        neuter's or man's ("das ZDF", "dem Institut" are no "sie")."""
        if pronoun == "er":
            return c.type == "person" and c.gender != "f" and not c.plural
        if pronoun != "sie":
            return False
        if plural:
            return c.plural or c.type in ("authority", "armed_group", "state")
        if c.type == "person":
            return c.gender == "f"
        return c.type in ("authority", "organization", "media", "state") and not c.plural and not self._not_feminine(c)

    def _not_feminine(self, c: Cluster) -> bool:
        """An article of a neuter or man's noun opens a mention or stands right before it ("das ZDF")."""
        for s, e in c.spans:
            first = self.text[s:e].split()[:1]
            before = self.text[max(s - 8, 0):s].split()[-1:]  # the word before a name the mention left out
            if any(w.lower() in NOT_FEMININE_ARTICLES for w in first + before):
                return True
        return False
