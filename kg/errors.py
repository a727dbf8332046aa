"""The few ways kg can fail, each with a message that names the fix.

Every error a user can cause derives from KgError, so the CLI can turn them into one clear line
and a meaningful exit code instead of a traceback.
"""
from __future__ import annotations


class KgError(Exception):
    """Base class. `exit_code` is what the CLI exits with."""

    exit_code = 1


class InputError(KgError):
    """An input file or line cannot be read as an article. Names the file and the line."""

    exit_code = 2

    def __init__(self, path: str, problem: str, line: int | None = None, fix: str = ""):
        self.path, self.problem, self.line, self.fix = str(path), problem, line, fix
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {problem}" + (f" ({fix})" if fix else ""))


class DataError(KgError):
    """A bundled or user-supplied data file (KB, lexicon) is malformed."""

    exit_code = 3


class StoreError(KgError):
    """The RDF store cannot be opened or written."""

    exit_code = 4


class QueryError(KgError):
    """A SPARQL query cannot be found, parsed or run."""

    exit_code = 5
