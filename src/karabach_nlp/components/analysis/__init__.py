"""German tags, lemmas, verb form and mood when no statistical model is loaded.

Three modes, chosen when the pipeline is built:
- ``hanta``: the blank pipeline gets STTS ``tag_``, UPOS ``pos_``, ``lemma_`` and ``VerbForm`` /
  ``Mood`` in ``token.morph`` from HanTa plus the rules in ``mood.py`` and ``conventions.py``;
- ``complete``: a statistical pipeline (de_core_news_md) keeps its own analysis; only a missing
  ``Mood`` of a finite verb is filled in by the same rules;
- ``lexicon``: no tagger at all; ``Mood=Sub`` from the list of unambiguous subjunctive forms.
Other components read the Konjunktiv as ``"Sub" in token.morph.get("Mood")`` and the lemma of a
separable verb with its particle as ``token._.full_lemma`` ("teilte … mit" -> "mitteilen").
"""

from __future__ import annotations

from typing import Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc, Token

from ...resources import load_wordlist
from . import conventions, mood, particles, tagger

particles.register()

MODES = ("auto", "hanta", "lexicon")
STATISTICAL_PIPES = ("tagger", "morphologizer")


def resolve_mode(requested: str) -> str:
    if requested not in MODES:
        raise ValueError(f"unknown analysis {requested!r}; expected one of {', '.join(MODES)}")
    if requested == "auto":
        return "hanta" if tagger.hanta_available() else "lexicon"
    if requested == "hanta" and not tagger.hanta_available():
        raise ValueError("analysis 'hanta' needs the HanTa package (pip install HanTa)")
    return requested


class Analysis:
    def __init__(self, nlp: Language, name: str, konjunktiv_file: str, mode: str):
        self.name = name
        self.subjunctive_forms = frozenset(w.lower() for w in load_wordlist("lexicons", konjunktiv_file))
        if any(p in nlp.pipe_names for p in STATISTICAL_PIPES):
            self.mode = "complete"
        else:
            self.mode = resolve_mode(mode)
        if self.mode == "hanta":
            tagger.load_model()

    @property
    def description(self) -> str:
        """What ran, for ``meta.analysis``."""
        if self.mode == "hanta":
            return f"hanta-{tagger.model_version()}+rules"
        if self.mode == "complete":
            return "model+konjunktiv-rules"
        return "konjunktiv-lexicon"

    def __call__(self, doc: Doc) -> Doc:
        for sent in _sentences(doc):
            if self.mode == "hanta":
                self._tag(sent)
            elif self.mode == "complete":
                self._complete_mood(sent)
            else:
                self._lexicon_mood(sent)
        return doc

    def _tag(self, sent: list[Token]) -> None:
        tokens = []
        for token in sent:
            if token.is_space:
                token.tag_, token.pos_, token.lemma_ = "_SP", "SPACE", token.text
            else:
                tokens.append(token)
        words = [t.text for t in tokens]
        analysed = tagger.tag_sentence(words)
        tags = [tag for tag, _ in analysed]
        lemmas = [conventions.lemma(w, tag, lem) for w, (tag, lem) in zip(words, analysed)]
        for i, token in enumerate(tokens):
            token.tag_ = tags[i]
            token.pos_ = conventions.upos(i, words, tags, lemmas)
            token.lemma_ = lemmas[i]
            self._set_verb_morph(token, mood.verb_form(tags[i]), mood.mood(i, words, tags, lemmas, self.subjunctive_forms))

    def _complete_mood(self, sent: list[Token]) -> None:
        tokens = [t for t in sent if not t.is_space]
        words, tags, lemmas = [t.text for t in tokens], [t.tag_ for t in tokens], [t.lemma_ for t in tokens]
        for i, token in enumerate(tokens):
            if not token.morph.get("Mood"):
                found = mood.mood(i, words, tags, lemmas, self.subjunctive_forms)
                if found:
                    self._set_verb_morph(token, "Fin", found)

    def _lexicon_mood(self, sent: list[Token]) -> None:
        for token in sent:
            if token.text.lower() in self.subjunctive_forms and not token.morph.get("Mood"):
                self._set_verb_morph(token, "Fin", "Sub")

    @staticmethod
    def _set_verb_morph(token, verb_form: Optional[str], found_mood: Optional[str]) -> None:
        if not verb_form:
            return
        feats = token.morph.to_dict()
        feats["VerbForm"] = verb_form
        if found_mood:
            feats["Mood"] = found_mood
        token.set_morph(feats)


def _sentences(doc: Doc) -> Iterator[list[Token]]:
    """The tokens of each sentence, in one pass (``doc.sents`` would walk the doc again)."""
    if not doc.has_annotation("SENT_START"):
        yield list(doc)
        return
    sentence: list[Token] = []
    for token in doc:
        if token.is_sent_start and sentence:
            yield sentence
            sentence = []
        sentence.append(token)
    if sentence:
        yield sentence


@Language.factory(
    "karabach_analysis",
    default_config={"konjunktiv_file": "konjunktiv.txt", "mode": "auto"},
    assigns=["token.tag", "token.pos", "token.lemma", "token.morph"],
)
def make_analysis(nlp: Language, name: str, konjunktiv_file: str, mode: str) -> Analysis:
    return Analysis(nlp, name, konjunktiv_file, mode)
