"""Source paths: how a stored source's path may be spelled, and which sources a target names.

A source is an article graph and the path it was read from (see `kg.store`). `Store.remove`
takes the sources `named_by` finds: the path as ingested or any spelling of it (relative,
absolute, through a link), `FILE.jsonl:LINE` for one record, or a bare file name that names one
file only. `Store.put` replaces a source stored under a relative spelling of its path
(`_relative_spellings`), as stores written before sources were resolved hold them.
"""

from __future__ import annotations

import os
import re

from pyoxigraph import NamedNode

from kg.errors import KgError
from kg.read import STDIN, file_name

_JSONL_LINE = re.compile(r"^(.*\.jsonl):\d+$", re.IGNORECASE)


def named_by(target: str, sources: list[tuple[NamedNode, str]]) -> list[tuple[NamedNode, str]]:
    """The `sources` (stored graph and path pairs) `target` names: as a path first, else as a
    bare file name. A bare name of several files is refused (KgError): give the path."""
    if not target.startswith("<"):
        spellings = {target, os.path.abspath(target), os.path.realpath(target)}
        for whole in (False, True):
            found = [s for s in sources if not spellings.isdisjoint(_spellings(s[1], whole))]
            if found:
                return found
    if "/" in target or os.sep in target:
        return []
    named = [s for s in sources if target in (s[1], file_name(s[1]))]
    files = sorted({STDIN if p.startswith("<") else _whole(p) for _, p in named})
    if len(files) > 1:
        shown = ", ".join(files[:3]) + (", ..." if len(files) > 3 else "")
        raise KgError(
            f"{target} names articles read from {len(files)} files ({shown}); "
            "give the path of the one to remove"
        )
    return named


def _whole(path: str) -> str:
    """The file of a source path: 'x.jsonl:3' -> 'x.jsonl'; other paths are their own file."""
    match = _JSONL_LINE.match(path)
    return match.group(1) if match else path


def _spellings(path: str, whole: bool) -> set[str]:
    """A stored source path (or, with `whole`, its file) as given and made absolute: stores
    written by library callers may hold relative paths."""
    path = _whole(path) if whole else path
    if path.startswith("<"):
        return {path}
    return {path, os.path.abspath(path)}


def _relative_spellings(path: str) -> set[str]:
    """The relative spellings of an absolute source path from the current folder: stores
    written before sources were resolved hold paths as given (`seeds/a.txt`), and re-reading
    such a file must replace that source, not add a second one beside it."""
    if path.startswith("<") or not os.path.isabs(path):
        return set()
    try:
        relative = os.path.relpath(path)
    except (OSError, ValueError):  # no current folder (deleted), or another drive
        return set()
    return {relative, os.path.join(".", relative)}
