"""spaCy components of karabach-nlp, one module each; importing this registers the factories."""

from . import actors, analysis, attributions, casualties, quantities, sentences, spans  # noqa: F401  (registers factories)

# sentences first: every later component reads the sentence boundaries; spans last: it only
# copies the finished records into doc.spans
PIPELINE_ORDER = (
    "karabach_sentences", "karabach_analysis", "karabach_actors", "karabach_attributions",
    "karabach_quantities", "karabach_casualties", "karabach_spans",
)


def rule_sets() -> dict:
    """The :class:`~karabach_nlp.rules.RuleSet` of each rule-based component, by component name."""
    found = {}
    for module in (actors, attributions, casualties):
        rules = getattr(module, "RULES", None)
        if rules is not None:
            found[rules.component] = rules
    return found
