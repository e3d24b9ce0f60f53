"""Batch processing of news folders: parallel, resumable, observable; local or on Dask.

``run(input_dir, "claims.jsonl", workers=2, resume=True)`` is what ``karabach-nlp batch`` calls.
"""

from .engines import SchedulerError
from .output import ArticleLine, ErrorLine, OutputConflict
from .progress import BarReporter, LogReporter, Reporter
from .runner import Summary, WorkerCrashed, run

__all__ = [
    "ArticleLine", "BarReporter", "ErrorLine", "LogReporter", "OutputConflict", "Reporter",
    "SchedulerError", "Summary", "WorkerCrashed", "run",
]
