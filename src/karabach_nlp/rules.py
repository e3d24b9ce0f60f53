"""Named rules: the one mechanism every rule-based component uses to list its rules in order.

A component keeps a :class:`RuleSet`: an ordered list of small named functions, each doing one
thing ("according_to.laut", "casualties.share_outcome"). The component's config names rules to
switch off (``disabled_rules``), so a user or a test can run a pipeline without one rule, or with
one rule alone (``only_rules``), without touching code::

    nlp.add_pipe("karabach_attributions", config={"disabled_rules": ["frames.so_clause"]})

Stages (``find`` for rules that produce findings, ``filter`` for passes that drop or change
them, …) are plain strings a component chooses; order inside a stage is the registration order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Optional

from .errors import PipelineError


@dataclass(frozen=True)
class Rule:
    name: str
    stage: str
    func: Callable
    summary: str  # the first line of the function's docstring: what the rule does

    def __call__(self, *args, **kwargs):
        return self.func(*args, **kwargs)


class RuleSet:
    """The rules of one component, in the order they run; registered with :meth:`rule`."""

    def __init__(self, component: str, stages: Iterable[str]):
        self.component = component
        self.stages = tuple(stages)
        self._rules: list[Rule] = []

    def rule(self, name: str, stage: Optional[str] = None) -> Callable[[Callable], Callable]:
        """Decorator: register ``func`` under ``name`` in ``stage`` (default: the first stage)."""
        stage = stage or self.stages[0]
        if stage not in self.stages:
            raise ValueError(f"{self.component}: unknown stage {stage!r} (stages: {', '.join(self.stages)})")

        def register(func: Callable) -> Callable:
            if any(r.name == name for r in self._rules):
                raise ValueError(f"{self.component}: rule {name!r} registered twice")
            summary = (func.__doc__ or "").strip().splitlines()[0] if func.__doc__ else ""
            self._rules.append(Rule(name, stage, func, summary))
            return func

        return register

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._rules)

    def names(self) -> list[str]:
        return [r.name for r in self._rules]

    def select(self, disabled: Iterable[str] = (), only: Optional[Iterable[str]] = None) -> "ActiveRules":
        """The rules a configured component runs; unknown names are an error, not a silent no-op.

        ``only`` keeps just those rules of the stages they belong to; other stages run in full
        (a finder tested alone still has its findings filtered as in the full pipeline)."""
        disabled = set(disabled)
        only = set(only) if only is not None else None
        known = set(self.names())
        unknown = (disabled | (only or set())) - known
        if unknown:
            raise PipelineError(
                f"{self.component}: no rule named {', '.join(sorted(unknown))}; its rules are: {', '.join(self.names())}"
            )
        only_stages = {r.stage for r in self._rules if only and r.name in only}
        keep = [
            r for r in self._rules
            if r.name not in disabled and (only is None or r.stage not in only_stages or r.name in only)
        ]
        return ActiveRules(keep)


class ActiveRules:
    def __init__(self, rules: list[Rule]):
        self._rules = rules
        self._names = frozenset(r.name for r in rules)

    def __contains__(self, name: str) -> bool:
        return name in self._names

    def stage(self, stage: str) -> list[Rule]:
        return [r for r in self._rules if r.stage == stage]
