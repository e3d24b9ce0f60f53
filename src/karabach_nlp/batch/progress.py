"""Showing a run as it goes: a rich progress bar on a terminal, plain log lines otherwise.

Progress is counted in input bytes (known before the run from the file sizes, so the ETA holds
for dumps whose article count is unknown), and shown with the article count and rate.
"""

from __future__ import annotations

import sys
import time
from typing import Callable, Optional, TextIO

from rich.console import Console
from rich.progress import BarColumn, Progress, ProgressColumn, Task, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.text import Text


class Reporter:
    """No output; the base of the others. ``update`` gets running totals."""

    def start(self, total_bytes: int) -> None:
        pass

    def update(self, done_bytes: int, articles: int, errors: int, skipped: int) -> None:
        pass

    def message(self, text: str) -> None:
        pass

    def stop(self) -> None:
        pass


class _Articles(ProgressColumn):
    def render(self, task: Task) -> Text:
        n = task.fields.get("articles", 0)
        elapsed = task.elapsed or 0.0
        rate = n / elapsed if elapsed > 0 else 0.0
        errors = task.fields.get("errors", 0)
        skipped = task.fields.get("skipped", 0)
        extra = "".join(
            f", {v} {k}" for k, v in (("errors", errors), ("skipped", skipped)) if v
        )
        return Text(f"{n} articles, {rate:.1f}/s{extra}")


class BarReporter(Reporter):
    def __init__(self, console: Optional[Console] = None):
        self.console = console or Console(stderr=True)
        self.progress = Progress(
            TextColumn("[bold]batch"),
            BarColumn(),
            TextColumn("{task.percentage:>3.0f}%"),
            _Articles(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            TextColumn("elapsed"),
            TimeElapsedColumn(),
            console=self.console,
            transient=False,
        )
        self.task = None

    def start(self, total_bytes: int) -> None:
        self.progress.start()
        self.task = self.progress.add_task("batch", total=max(total_bytes, 1), articles=0, errors=0, skipped=0)

    def update(self, done_bytes: int, articles: int, errors: int, skipped: int) -> None:
        self.progress.update(self.task, completed=done_bytes, articles=articles, errors=errors, skipped=skipped)

    def message(self, text: str) -> None:
        self.progress.console.print(text, markup=False, highlight=False)

    def stop(self) -> None:
        self.progress.stop()


class LogReporter(Reporter):
    """One line every ``every`` seconds: for logs, CI and nohup, where a bar would be noise."""

    def __init__(
        self, stream: Optional[TextIO] = None, every: float = 10.0, clock: Callable[[], float] = time.monotonic
    ):
        self.stream = stream or sys.stderr
        self.every = every
        self.clock = clock
        self.total = 0
        self.t0 = self.last = 0.0
        self.state = (0, 0, 0, 0)

    def start(self, total_bytes: int) -> None:
        self.total = total_bytes
        self.t0 = self.last = self.clock()
        self.message(f"batch: started, {total_bytes} bytes of input")

    def update(self, done_bytes: int, articles: int, errors: int, skipped: int) -> None:
        self.state = (done_bytes, articles, errors, skipped)
        now = self.clock()
        if now - self.last >= self.every:
            self.last = now
            self._line(now)

    def _line(self, now: float) -> None:
        done_bytes, articles, errors, skipped = self.state
        elapsed = max(now - self.t0, 1e-9)
        share = done_bytes / self.total if self.total else 1.0
        eta = elapsed * (1 - share) / share if share > 0 else float("nan")
        self.message(
            f"batch: {articles} articles ({articles / elapsed:.1f}/s), {errors} errors, {skipped} skipped, "
            f"{share:.0%} of input, elapsed {_hms(elapsed)}, ETA {_hms(eta)}"
        )

    def message(self, text: str) -> None:
        print(text, file=self.stream, flush=True)


def _hms(seconds: float) -> str:
    if seconds != seconds:  # NaN: nothing done yet
        return "?"
    seconds = int(round(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def make_reporter(mode: str = "auto") -> Reporter:
    """``mode``: 'auto' (a bar on a terminal, log lines otherwise), 'bar', 'log' or 'none'."""
    if mode == "auto":
        mode = "bar" if sys.stderr.isatty() else "log"
    return {"bar": BarReporter, "log": LogReporter, "none": Reporter}[mode]()
