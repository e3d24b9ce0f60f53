"""German morphology when no statistical model is present: Konjunktiv from a verb-form lexicon.

With ``de_core_news_md`` loaded the model's own ``token.morph`` is kept and only completed.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..resources import load_wordlist


class Analysis:
    def __init__(self, nlp: Language, name: str, konjunktiv_file: str):
        self.name = name
        self.konjunktiv = frozenset(w.lower() for w in load_wordlist("lexicons", konjunktiv_file))

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if token.text.lower() in self.konjunktiv and not token.morph.get("Mood"):
                feats = token.morph.to_dict()
                feats.update({"Mood": "Sub", "VerbForm": "Fin"})
                token.set_morph(feats)
        return doc


@Language.factory(
    "karabach_analysis",
    default_config={"konjunktiv_file": "konjunktiv.txt"},
    assigns=["token.morph"],
)
def make_analysis(nlp: Language, name: str, konjunktiv_file: str) -> Analysis:
    return Analysis(nlp, name, konjunktiv_file)
