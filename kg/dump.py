"""A store's dump as sorted N-Quads, at any size: an external merge sort.

The endpoint dumps to a temporary file (streamed by Oxigraph itself when it can), which is cut
into runs of SORT_RUN bytes, each sorted in memory and written beside it, then merged: memory
stays flat whatever the store's size, and the lines come out in byte order, exactly as sorting
them all in memory would give them. A dump that fits in one run is written straight from memory.
"""

from __future__ import annotations

import contextlib
import heapq
import os
import tempfile
from typing import BinaryIO

from kg.endpoint import Endpoint
from kg.errors import StoreError

SORT_RUN = 64 << 20  # bytes of N-Quads sorted in memory at once (~100 MiB resident)


def write_sorted(endpoint: Endpoint, out: BinaryIO, *, location: str) -> int:
    """Write the N-Quads of `endpoint` to `out`, lines sorted; returns the line count (see
    `Store.export_nquads`). `location` names the store in errors."""
    with tempfile.TemporaryDirectory(prefix="kg-export-") as folder:
        dump = os.path.join(folder, "dump.nq")
        try:
            if hasattr(endpoint, "dump_nquads_file"):
                endpoint.dump_nquads_file(dump)
            else:
                with open(dump, "wb") as stream:
                    stream.write(endpoint.dump_nquads())
            runs, lines = _sorted_runs(dump, folder)
        except OSError as error:
            raise StoreError(f"cannot read store {location}: {error}") from None
        if not runs:  # the whole dump fitted in one run
            return _write_lines(out, lines)
        return _merge_runs(runs, out)


def _sorted_runs(dump: str, folder: str) -> tuple[list[str], list[bytes]]:
    """Cut the N-Quads file `dump` into sorted run files in `folder`, then remove it; a dump
    that fits in one run comes back as its sorted lines instead (and no run file)."""
    runs: list[str] = []
    with open(dump, "rb") as source:
        while lines := source.readlines(SORT_RUN):
            if not lines[-1].endswith(b"\n"):
                lines[-1] += b"\n"
            lines.sort()
            if not runs and not source.peek(1):
                return [], lines
            runs.append(os.path.join(folder, f"run-{len(runs)}.nq"))
            with open(runs[-1], "wb") as run:
                run.writelines(lines)
            del lines
    os.unlink(dump)
    return runs, []


def _merge_runs(runs: list[str], out: BinaryIO) -> int:
    """Merge sorted runs into `out`, a batch of lines per write; returns the line count."""
    count = 0
    with contextlib.ExitStack() as stack:
        files = [stack.enter_context(open(run, "rb", buffering=1 << 20)) for run in runs]
        batch: list[bytes] = []
        for line in heapq.merge(*files):
            batch.append(line)
            if len(batch) == 4096:
                out.write(b"".join(batch))
                count += len(batch)
                batch.clear()
        out.write(b"".join(batch))
    return count + len(batch)


def _write_lines(out: BinaryIO, lines: list[bytes]) -> int:
    for start in range(0, len(lines), 4096):
        out.write(b"".join(lines[start : start + 4096]))
    return len(lines)
