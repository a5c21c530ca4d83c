"""The one way kg fails: a small exception hierarchy, caught once by the CLI.

Every message says what was wrong and, where it helps, what to do; the CLI prints it as
`Error: <message>` on stderr and exits 1.
"""

from __future__ import annotations


class KgError(Exception):
    """Base of every error kg raises on purpose."""


class InputError(KgError):
    """An article that cannot be read: names the file and the reason."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class StoreError(KgError):
    """The store is missing, locked, or cannot be written."""


class QueryError(KgError):
    """A query file that is missing or malformed, or a bad parameter."""


class UsageError(KgError):
    """An option or argument that makes no sense (unknown format, bad date...)."""
