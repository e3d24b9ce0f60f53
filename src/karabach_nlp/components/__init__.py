"""spaCy components of karabach-nlp, one module each; importing this registers the factories."""

from . import actors, analysis, attributions, casualties  # noqa: F401  (registers factories)

PIPELINE_ORDER = ("karabach_analysis", "karabach_actors", "karabach_attributions", "karabach_casualties")
