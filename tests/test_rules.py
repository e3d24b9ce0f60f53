"""The rule registry: order, switching rules off by name, clear errors for unknown names."""

import pytest

from karabach_nlp.errors import PipelineError
from karabach_nlp.pipeline import build
from karabach_nlp.rules import RuleSet


def _rules() -> RuleSet:
    rules = RuleSet("demo", stages=("find", "filter"))

    @rules.rule("demo.first")
    def first():
        """Finds the first thing."""

    @rules.rule("demo.second")
    def second():
        """Finds the second thing."""

    @rules.rule("demo.drop", stage="filter")
    def drop():
        """Drops what is not wanted."""

    return rules


def test_rules_run_in_registration_order_per_stage():
    active = _rules().select()
    assert [r.name for r in active.stage("find")] == ["demo.first", "demo.second"]
    assert [r.name for r in active.stage("filter")] == ["demo.drop"]
    assert _rules().select().stage("find")[0].summary == "Finds the first thing."


def test_disabled_rule_is_left_out_and_only_keeps_other_stages():
    assert "demo.first" not in _rules().select(disabled=["demo.first"])
    alone = _rules().select(only=["demo.second"])
    assert [r.name for r in alone.stage("find")] == ["demo.second"]
    assert [r.name for r in alone.stage("filter")] == ["demo.drop"]


def test_unknown_rule_name_is_a_clear_error():
    with pytest.raises(PipelineError, match="no rule named demo.thrid"):
        _rules().select(disabled=["demo.thrid"])


def test_registering_a_name_twice_is_refused():
    rules = _rules()
    with pytest.raises(ValueError, match="registered twice"):
        rules.rule("demo.first")(lambda: None)


def test_config_for_an_unknown_component_is_a_clear_error():
    with pytest.raises(PipelineError, match="no component named karabach_quotes"):
        build("blank", config={"karabach_quotes": {}})


def test_docs_list_every_rule_in_the_order_it_runs():
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "scripts" / "rules_doc.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
