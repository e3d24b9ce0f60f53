"""Casualty mentions (spec §1): a quantity of people said to be dead, injured, missing or captured.

Per sentence: the figures come from ``doc.spans["quantities"]`` (the ``karabach_quantities``
component); the words after each one give its noun phrase (victim noun, or an outcome noun such
as "Tote", :mod:`.reader`); the named rules of :mod:`.outcome_rules` then give each figure
without one its outcome: the nearest outcome word in the same clause (after the phrase first,
then before it), shared by coordinated phrases ("neun Polizisten und acht Zivilisten getötet"),
or from the context (a part of the figure before, the sentence before). Sources come from
``doc._.attributions`` (:mod:`.sources`). All word lists live in
``models/lexicons/casualties.json`` (:mod:`.lexicon`); outcome words and count phrases are
matched over the doc's tokens (:mod:`.matchers`).
"""

from .component import Casualties, make_casualties
from .lexicon import Lexicon, default_lexicon, holds_figure
from .outcome_rules import RULES
from .sources import add_sources, source_of

__all__ = ["RULES", "Casualties", "Lexicon", "add_sources", "default_lexicon", "holds_figure", "make_casualties", "source_of"]
