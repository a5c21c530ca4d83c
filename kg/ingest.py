"""Files in, graphs stored: read, extract in worker processes, write in batches.

Articles stream through (`kg.read.read_sources` yields them lazily, `kg.parallel` keeps a
bounded number in flight), so memory stays flat however many files there are. They are
extracted by `workers` processes and stored in the order they were read by one writer, many
articles per transaction (`kg.write.Batch`), each article whole or absent after a crash: the
store ends the same, byte for byte, whatever the number of workers. A file that cannot be
read, or whose extraction fails, is rejected with a reason and the run goes on; the report
lists every rejection. A JSON Lines file read to its end replaces its whole set of lines: the
articles of lines it no longer has are removed (a line that is now bad keeps its stored
article until it is fixed).

    >>> import tempfile, pathlib
    >>> from kg.store import Store
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("The council said that it would open the library.")
    >>> _ = (folder / "b.bin").write_bytes(b"")
    >>> report = ingest([str(folder / "a.txt"), str(folder / "b.bin")], Store.memory())
    >>> report.added, [error.reason for error in report.rejected]
    (1, ["unsupported file type '.bin' (expected .txt, .md, .html, .jsonl)"])
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from kg.errors import InputError
from kg.model import Article
from kg.parallel import extract_all, safe_prepare
from kg.read import Collection, read_sources
from kg.store import Store
from kg.write import Batch

Progress = Callable[[Article | InputError], None]


@dataclass
class Report:
    """What an ingest did: articles by outcome, facts stored, files rejected."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    removed: int = 0
    facts: int = 0
    rejected: list[InputError] = field(default_factory=list)

    @property
    def articles(self) -> int:
        return self.added + self.replaced + self.unchanged

    def summary(self) -> str:
        """One line for people: 'ingested 5 articles (5 added, ...), 23 facts, 1 rejected'."""
        noun = "article" if self.articles == 1 else "articles"
        gone = f", {self.removed} removed (lines no longer in their file)" if self.removed else ""
        return (
            f"ingested {self.articles} {noun} ({self.added} added, {self.replaced} replaced, "
            f"{self.unchanged} unchanged), {self.facts} facts, {len(self.rejected)} rejected" + gone
        )


def ingest(
    paths: Iterable[str],
    store: Store,
    *,
    lang: str | None = None,
    name: str | None = None,
    quiet: bool = False,
    progress: Progress | None = None,
    workers: int = 1,
) -> Report:
    """Read, extract and store every article under `paths` ('-' is stdin).

    `lang` forces the language of every article; `name` names the article read from stdin (its
    source identity; without it, its content is). `progress` is called once per article or
    rejected file (not when `quiet`): the caller decides how to show it; this never prints.
    `workers` processes extract the articles (1: this process alone). A StoreError (the
    store cannot be written) stops the run: it is not about one file.
    """
    report = Report()
    items = read_sources(paths, lang=lang, name=name)
    with Batch(store) as batch:
        for item, result in extract_all(items, workers=workers, task=safe_prepare):
            if isinstance(item, Collection):
                batch.flush()  # the lines just put must be in the store to be kept
                report.removed += store.remove_lines(item.path, item.lines)
                continue
            if isinstance(item, InputError):
                report.rejected.append(item)
            elif isinstance(result, Exception):  # one bad article must not stop a run
                reason = f"extraction failed ({type(result).__name__}: {result}); please report"
                report.rejected.append(InputError(item.path, reason))
            else:
                extraction, quads = result
                outcome = batch.put(extraction, quads)
                setattr(report, outcome, getattr(report, outcome) + 1)
                report.facts += len(extraction.facts)
            if progress is not None and not quiet:
                progress(item)
    return report
