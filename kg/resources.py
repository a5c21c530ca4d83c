"""The data files that ship inside the package, found with `importlib.resources`.

The gazetteer, vocabulary and shapes (`kg/ontology/`), the named queries (`kg/queries/`), the
language data (`kg/lang/`) and the explorer's static files (`kg/static/`) are package data, so an
installed wheel finds them wherever it is installed. The repository's top-level `ontology` and
`queries` are links to these folders.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def package_path(*parts: str) -> Path:
    """The path of a file or folder inside the installed `kg` package.

    >>> package_path("queries", "roles.rq").name
    'roles.rq'
    """
    return Path(str(resources.files("kg").joinpath(*parts)))
