"""Small text helpers shared by every stage: folding names, slugs, loading language data."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from kg.resources import package_path

LANG_DIR = package_path("lang")

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Fold a name for comparison: no accents, no case, punctuation as spaces, single spaces.

    >>> fold("  Querétaro ") == fold("QUERETARO")
    True
    """
    text = strip_accents(text.translate(_APOSTROPHES)).casefold()
    text = re.sub(r"[^\w\s]|_", " ", text)
    return " ".join(text.split())


def slug(text: str) -> str:
    """An IRI-safe slug of a name: folded words joined by '-'."""
    return fold(text).replace(" ", "-") or "x"


def normalize_space(text: str) -> str:
    return " ".join(text.split())


@cache
def lang_lines(lang: str, name: str) -> tuple[str, ...]:
    """Lines of the data file `kg/lang/<lang>/<name>.txt`, without comments and blanks.

    Files start with a `#` header comment saying what they hold; a line may carry a
    trailing `# comment` after two spaces. Loaded once per process.
    """
    path = LANG_DIR / lang / f"{name}.txt"
    if not path.exists():
        return ()
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("  #", 1)[0].strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


@cache
def lang_table(lang: str, name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated data file `kg/lang/<lang>/<name>.txt` (see `lang_lines`)."""
    return tuple(
        tuple(cell.strip() for cell in line.split("\t")) for line in lang_lines(lang, name)
    )
