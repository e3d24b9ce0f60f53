"""Errors a user can cause, each with its own exit code for the CLI."""


class KarabachError(Exception):
    """Base class: a problem with the input or the set-up, reported as one line."""

    exit_code = 1


class InputNotFound(KarabachError):
    exit_code = 3


class InputIsDirectory(KarabachError):
    exit_code = 4


class EmptyInput(KarabachError):
    exit_code = 5


class BinaryInput(KarabachError):
    exit_code = 6


class DecodingError(KarabachError):
    exit_code = 7


class GoldFormatError(KarabachError):
    exit_code = 8


class PipelineError(KarabachError):
    exit_code = 9


class GazetteerError(PipelineError):
    """A user gazetteer file that cannot be read (``--gazetteer``, ``karabach_actors.gazetteer``)."""
