"""Read articles from files, folders, JSON Lines and stdin, one `Article` at a time.

Bad input never stops a run: `read_paths` yields an `InputError` for each file (or JSON
line) it cannot read and goes on with the next, so one broken file in a folder of hundreds
costs only itself. Files are streamed: at most one file's articles are held in memory.

Language detection uses stop-word profiles (`kg/lang/<code>/stopwords.txt`) rather than a
library such as langdetect or fastText because kg only needs to tell three languages apart
and to say "none of these" otherwise: a word count is deterministic (the same file always
gets the same language, so the graph is reproducible), needs no model download, costs
microseconds and no import time, and can be read and fixed by anyone. Neighbouring
languages that share many function words (Portuguese and Italian look like Spanish;
German shares a few with English) are pushed down by `foreign.txt`, frequent words of other
languages that never occur in the language itself, and `letters.txt`, letters it never uses
(Portuguese ã, Italian ò). Unlike stop words, these also make "none of the three" reliable.

Metadata the text states about itself is read by `kg.meta`. What a caller passes wins over
front matter, which wins over the text.
"""

from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import errno
import hashlib
import json
import os
import re
import stat
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, TextIO

from kg.errors import InputError
from kg.meta import find_meta, merge, parse_date
from kg.model import LANGS, Article, Meta
from kg.text import lang_lines, normalize_space

MIB = 1024 * 1024
MAX_BYTES = 10 * MIB  # larger files are refused: no news article is that long
TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
EXPECTED = "expected .txt, .md, .html, .jsonl"

_SNIFF = 8192  # bytes looked at to tell text from binary
_MAX_CONTROL_SHARE = 0.1
_DETECT_CHARS = 20_000  # detection reads the start of long texts only
_MIN_HITS = 3  # stop words the winner must have, so a bare title is not guessed
_MIN_SHARE = 0.2  # winner's net share of stop words among all words
_MIN_MARGIN = 0.08  # winner's lead over the runner-up

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_FM_OPEN = re.compile(r"---[ \t]*\r?\n")
_FM_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.MULTILINE)
_WORD = re.compile(r"[^\W\d_]+")
_JSONL_LINE = re.compile(r"^(.*\.jsonl):\d+$", re.IGNORECASE)
_ISO_SHAPE = re.compile(r"[+-]?\d{1,6}-\d{1,2}-\d{1,2}(?!\d)")
_PARTIAL_DATE = re.compile(r"[12]\d{3}(?:-(?:0[1-9]|1[0-2]))?\Z")


def _is_partial(date: object) -> bool:
    """A year (2022, "2022") or a year and month ("2022-02") given for a date."""
    if isinstance(date, int) and not isinstance(date, bool):
        return 1000 <= date <= 2999
    return isinstance(date, str) and bool(_PARTIAL_DATE.match(date.strip()))
_KINDS = {bool: "true or false", int: "a number", float: "a number", list: "a list",
          dict: "a mapping"}  # fmt: skip
_SCALARS = (str, int, float, dt.date)
STDIN = "<stdin>"


@dataclass(frozen=True)
class Collection:
    """A JSON Lines file read to its end: its source path and the numbers of its non-blank
    lines (good or bad). The store drops the articles of lines no longer in the file."""

    path: str
    lines: frozenset[int]


def read_paths(
    paths: Iterable[str],
    *,
    lang: str | None = None,
    stdin: TextIO | None = None,
    name: str | None = None,
) -> Iterator[Article | InputError]:
    """Stream articles from files and folders (recursively, sorted by path); '-' reads stdin.

    Yields an InputError for each bad file instead of raising, so good files beside it still
    flow. Inside folders, hidden entries and files of other types are skipped silently; a file
    named explicitly with an unknown extension is an error, and so are special files (pipes,
    devices, sockets: never opened) and broken or looping links, wherever they are.

    An article's `path` is its source identity: the file's absolute path with symbolic links
    resolved (so `x.txt`, `./x.txt` and a link to it are one source), `FILE:LINE` for a JSON
    Lines record, and for stdin `name` when given, else `<stdin:HASH>` from its content.
    Errors name the path as the caller gave it.
    """
    for item in read_sources(paths, lang=lang, stdin=stdin, name=name):
        if not isinstance(item, Collection):
            yield item


def read_sources(
    paths: Iterable[str],
    *,
    lang: str | None = None,
    stdin: TextIO | None = None,
    name: str | None = None,
) -> Iterator[Article | InputError | Collection]:
    """`read_paths`, plus a Collection after each JSON Lines file read to its end."""
    for given in paths:
        if given == "-":
            try:
                yield _read_stdin(stdin or sys.stdin, lang, name)
            except InputError as error:
                yield error
        elif os.path.isdir(given):
            for found in _walk(given):
                if isinstance(found, InputError):
                    yield found
                else:
                    yield from _read_file(found, lang)
        else:
            yield from _read_file(given, lang)


def read_text(
    text: str, *, path: str = "<text>", lang: str | None = None, meta: Meta | None = None
) -> Article:
    """Build an Article from already-decoded text (front matter parsed, language detected,
    metadata found). Raises InputError.

    `lang` and `meta` given here win over the front matter, which wins over what the text
    itself states (bylines, datelines, source lines).
    """
    return _article(text, where=path, path=path, lang=lang, meta=meta)


def detect_lang(text: str) -> str | None:
    """'en' | 'es' | 'fr', or None when the text is not clearly one of them.

    Each language scores the share of the text's words found in its stop-word list, less the
    share found in its list of look-alike foreign words; the best wins only if it has a few
    hits, a fair share and a clear lead.

    >>> detect_lang("The council said that it would open the new library in the spring.")
    'en'
    """
    sample = unicodedata.normalize("NFC", text[:_DETECT_CHARS])
    words = [word.casefold() for word in _WORD.findall(sample)]
    if not words:
        return None
    scores = []
    for code in LANGS:
        own, foreign, letters = _profile(code)
        hits = sum(word in own for word in words)
        misses = sum(word in foreign or not letters.isdisjoint(word) for word in words)
        scores.append(((hits - misses) / len(words), hits, code))
    scores.sort(key=lambda score: (-score[0], score[2]))
    (best, hits, code), (second, _, _) = scores[0], scores[1]
    if hits < _MIN_HITS or best < _MIN_SHARE or best - second < _MIN_MARGIN:
        return None
    return code


@cache
def _profile(code: str) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(lang_lines(code, name)) for name in ("stopwords", "foreign", "letters"))


# --- files -------------------------------------------------------------------------------


def _walk(folder: str) -> list[str | InputError]:
    """Files of known types under `folder`, sorted by path, and an InputError for each link
    that leads nowhere (broken, a loop) or folder that cannot be listed; hidden entries skipped.

    Links to folders are followed, each real folder walked once, so the walk always ends; it
    keeps its own stack, so no depth of folders can exhaust Python's.
    """
    found: list[tuple[tuple[str, ...], str | InputError]] = []
    seen: set[str] = set()
    stack = [(folder, (), os.path.realpath(folder), "")]
    while stack:
        path, parts, real, parent = stack.pop()
        if real in seen:
            if parent == real or parent.startswith(real + os.sep):  # a link to its own folder
                found.append((parts, InputError(path, f"symbolic link loop (back to {real})")))
            continue  # else reached by another link: its files are already listed
        seen.add(real)
        try:
            with os.scandir(path) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as error:
            found.append((parts, InputError(path, f"cannot read folder: {_strerror(error)}")))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            where, at = os.path.join(path, entry.name), (*parts, entry.name)
            linked = entry.is_symlink()
            if linked and (problem := _link_problem(where)):
                found.append((at, InputError(where, problem)))
                continue
            if entry.is_dir():
                # Resolved only through links: realpath at every level costs depth squared.
                inner = os.path.realpath(where) if linked else os.path.join(real, entry.name)
                stack.append((where, at, inner, real))
            elif Path(entry.name).suffix.lower() in SUFFIXES:
                found.append((at, where))
    return [item for _, item in sorted(found, key=lambda pair: pair[0])]


def _link_problem(path: str) -> str | None:
    """Why the symbolic link `path` leads to no file (None when it does)."""
    try:
        os.stat(path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop"
        try:
            target = os.readlink(path)
        except OSError:
            return f"unusable symbolic link: {_strerror(error)}"
        if error.errno == errno.ENOENT:
            return f"broken symbolic link (its target {target} does not exist)"
        return f"unusable symbolic link to {target}: {_strerror(error)}"
    return None


def _strerror(error: OSError) -> str:
    return error.strerror or str(error)


_SPECIAL = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _source(path: str) -> str:
    """The regular file `path` names, as an absolute path with links resolved: its identity.

    Checked without opening it: opening a pipe or a device can block or never end.
    """
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        shown = os.fsencode(path).decode("utf-8", "backslashreplace")
        raise InputError(shown, "file name is not valid UTF-8; rename the file") from None
    if not os.path.lexists(path):
        raise InputError(path, "no such file or directory")
    if os.path.islink(path):
        problem = _link_problem(path)
        if problem:
            raise InputError(path, problem)
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        raise InputError(path, f"cannot read: {_strerror(error)}") from None
    for test, kind in _SPECIAL:
        if test(mode):
            hint = "; pipe it to `kg ingest -` instead" if kind.startswith("a named") else ""
            raise InputError(path, f"{kind}, not a regular file: not read{hint}")
    return os.path.realpath(path)


def _read_file(path: str, lang: str | None) -> Iterator[Article | InputError | Collection]:
    suffix = Path(path).suffix.lower()
    try:
        source = _source(path)
        if suffix not in SUFFIXES:
            kind = f" '{suffix}'" if suffix else ": no extension"
            raise InputError(path, f"unsupported file type{kind} ({EXPECTED})")
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(path, source, lang)
        elif suffix in HTML_SUFFIXES:
            yield _read_html(path, source, lang)
        else:
            text = _decode(_read_bytes(path), path)
            yield _article(text, where=path, path=source, lang=lang)
    except InputError as error:
        yield error


def _read_bytes(path: str) -> bytes:
    try:
        size = os.stat(path).st_size
        if size > MAX_BYTES:
            raise InputError(path, _too_large(size))
        with open(path, "rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise InputError(path, "no such file or directory") from None
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from None
    if len(data) > MAX_BYTES:
        raise InputError(path, _too_large(len(data)))
    return data


def _too_large(size: int) -> str:
    return f"file too large ({size / MIB:.1f} MiB, limit {MAX_BYTES // MIB} MiB)"


def _decode(data: bytes, path: str) -> str:
    """UTF-8 (a BOM is dropped) or UTF-16 with a BOM; anything else is an InputError."""
    if data.startswith(_UTF16_BOMS):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise InputError(path, f"not valid UTF-16 ({error.reason})") from None
        _check_text(text, path)
        return text
    _check_text(data[:_SNIFF].decode("latin-1"), path)
    skip = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        return data[skip:].decode("utf-8")
    except UnicodeDecodeError as error:
        where = error.start + skip
        reason = f"not valid UTF-8 (byte 0x{data[where]:02x} at offset {where})"
        raise InputError(path, f"{reason}; re-save the file as UTF-8") from None


def _check_text(sample: str, path: str) -> None:
    """Refuse empty text and binary data: NUL characters or many control characters."""
    if not sample.strip():
        raise InputError(path, "empty file")
    sample = sample[:_SNIFF]
    controls = sum(ord(c) < 32 and c not in "\t\n\r\f\v" or c == "\x7f" for c in sample)
    if "\0" in sample or controls > _MAX_CONTROL_SHARE * len(sample):
        raise InputError(path, "binary file, not text")


def _read_stdin(stream: TextIO, lang: str | None, name: str | None) -> Article:
    """The article piped in: named `name`, else `<stdin:HASH>` (the first 16 hex digits of
    its SHA-256), so two different texts read from stdin are two sources, not one replaced."""
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        data = buffer.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise InputError(STDIN, _too_large(len(data)))
        text = _decode(data, STDIN)
    else:
        text = stream.read(MAX_BYTES + 1)
        if len(text) > MAX_BYTES:
            raise InputError(STDIN, _too_large(len(text.encode("utf-8"))))
    if name is not None:
        return _article(text, where=STDIN, path=name, lang=lang)
    article = _article(text, where=STDIN, path=STDIN, lang=lang)
    return dataclasses.replace(article, path=f"<stdin:{article.id[:16]}>")


def _read_html(path: str, source: str, lang: str | None) -> Article:
    """Extract the article text and metadata with trafilatura (imported here: it is slow)."""
    data = _read_bytes(path)
    try:
        html: str | bytes = _decode(data, path)
    except InputError as error:
        if not error.reason.startswith("not valid UTF-8"):
            raise
        html = data  # another charset, declared in the page: trafilatura reads it
    import trafilatura

    document = trafilatura.bare_extraction(html, with_metadata=True)
    text = (document.text or "") if document is not None else ""
    if not text.strip():
        raise InputError(path, "no article text found in the HTML")
    found = {
        "url": document.url,
        "title": document.title,
        "date": document.date,
        "author": document.author,
        "publisher": document.sitename,
    }
    return _article(text, where=path, path=source, lang=lang, record=found, front_matter=False)


def _read_jsonl(
    path: str, source: str, lang: str | None
) -> Iterator[Article | InputError | Collection]:
    """One article per line ("SOURCE:LINE"); a bad line is its own InputError ("path:LINE:
    reason"). Ends with the Collection of the file's non-blank lines.

    The size limit applies to each line, not the file: a JSON Lines file is a collection. A line
    over the limit is skipped in bounded chunks, never held whole in memory.
    """
    lines: set[int] = set()
    try:
        with open(path, "rb") as stream:
            _check_text(stream.read(_SNIFF).decode("latin-1"), path)
            stream.seek(0)
            offset, number = 0, 0
            while raw := stream.readline(MAX_BYTES + 1):
                number += 1
                size = len(raw)
                while len(raw) > MAX_BYTES and not raw.endswith(b"\n"):
                    rest = stream.readline(MIB)  # the rest of an oversized line, dropped
                    if not rest:
                        break
                    size += len(rest)
                    raw = raw[:MAX_BYTES] + rest[-1:]
                try:
                    if raw.strip():
                        lines.add(number)
                        yield _json_line(raw, size, offset, path, source, number, lang)
                except InputError as error:
                    yield error
                offset += size
    except OSError as error:
        raise InputError(path, f"cannot read: {_strerror(error)}") from None
    if not lines:
        raise InputError(path, "empty file")
    yield Collection(source, frozenset(lines))


def _json_line(
    raw: bytes, size: int, offset: int, path: str, source: str, number: int, lang: str | None
) -> Article:
    where = f"{path}:{number}"
    if size > MAX_BYTES:
        raise InputError(where, f"line too large (limit {MAX_BYTES // MIB} MiB)")
    skip = len(codecs.BOM_UTF8) if number == 1 and raw.startswith(codecs.BOM_UTF8) else 0
    try:
        line = raw[skip:].decode("utf-8")
    except UnicodeDecodeError as error:
        at = offset + skip + error.start
        reason = f"not valid UTF-8 (byte 0x{raw[skip + error.start]:02x} at offset {at})"
        raise InputError(where, f"{reason}; re-save the file as UTF-8") from None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(where, f"not valid JSON ({error.msg} at column {error.colno})") from None
    except RecursionError:
        raise InputError(where, "JSON nested too deeply to read") from None
    if not isinstance(record, dict):
        raise InputError(where, 'expected a JSON object with a "text" field')
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(where, 'missing "text" (a string)')
    return _article(text, where=where, path=f"{source}:{number}", lang=lang, record=record)


# --- one article ---------------------------------------------------------------------------


def _article(
    text: str,
    *,
    where: str,
    path: str,
    lang: str | None,
    meta: Meta | None = None,
    record: Mapping[Any, Any] | None = None,
    front_matter: bool = True,
) -> Article:
    """The one place an Article is made: caller > `record` > front matter > the text itself.

    `record` is what the container said about the text: a JSON Lines object (whose date must
    be a real date, as in front matter) or HTML metadata (taken as found). `where` names the
    input in errors, `path` is the article's source identity.
    """
    _check_text(text, where)
    header, body_start = _front_matter(text, where) if front_matter else ({}, 0)
    body = text[body_start:]
    if not body.strip():
        raise InputError(where, "no text after the front matter")
    stated = {str(key).lower(): value for key, value in (record or {}).items()}
    header = {str(key).lower(): value for key, value in header.items()}
    code = (
        _lang(lang, where) or _lang(stated.get("lang"), where) or _lang(header.get("lang"), where)
    )
    stated_meta = _meta(stated, where, '"date"' if front_matter else None)
    meta = merge(meta or Meta(), stated_meta, _meta(header, where, "front matter date"))
    code = code or detect_lang(f"{meta.title or ''}\n{body}")
    if code is None:
        raise InputError(where, "language not recognized as English, Spanish or French")
    meta = merge(meta, find_meta(body, code))
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return Article(digest, path, file_name(path), text, code, meta, body_start)


def file_name(path: str) -> str:
    """The file an article came from: 'a/b.txt' -> 'b.txt', 'a/f.jsonl:3' -> 'f.jsonl',
    '<stdin:HASH>' -> '<stdin>'."""
    if path.startswith("<stdin"):
        return STDIN
    jsonl = _JSONL_LINE.match(path)
    return os.path.basename(jsonl.group(1) if jsonl else path)


def _front_matter(text: str, path: str) -> tuple[dict[Any, Any], int]:
    """YAML between a `---` first line and the next `---` line, and where the body starts."""
    opening = _FM_OPEN.match(text)
    if opening is None:
        return {}, 0
    closing = _FM_CLOSE.search(text, opening.end())
    if closing is None:
        raise InputError(path, "unterminated front matter: no closing '---' line")
    import yaml  # only files with front matter pay for it

    try:
        header = yaml.safe_load(text[opening.end() : closing.start()])
    except RecursionError:
        raise InputError(path, "broken front matter: nested too deeply to read") from None
    except (yaml.YAMLError, ValueError) as error:  # ValueError: a date like 2024-13-45
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or normalize_space(str(error))
        where = f" (line {mark.line + 2}, column {mark.column + 1})" if mark else ""
        raise InputError(path, f"broken front matter: {problem}{where}") from None
    if header is None:
        return {}, closing.end()
    if not isinstance(header, dict):
        kind = type(header).__name__
        raise InputError(path, f"front matter is not a mapping of keys to values (got {kind})")
    return header, closing.end()


def _lang(value: Any, path: str) -> str | None:
    """A language code as given ('fr', 'FR', 'fr-CA'), checked; None when not given."""
    if value is None or str(value).strip() == "":
        return None
    code = re.split(r"[-_]", str(value).strip().lower())[0]
    if code not in LANGS:
        raise InputError(path, f"unsupported language '{value}' (kg reads en, es, fr)")
    return code


def _meta(stated: Mapping[str, Any], where: str, strict: str | None) -> Meta:
    """Meta from front matter, a JSON record or HTML metadata; unknown keys are ignored.

    With `strict` (how to name the field in a message), a date that is given but is not a
    real date (a string such as "2025-02-30" or "soon", a number, a list) rejects the article:
    storing it without its date would silently drop what `--as-of` answers need.
    """
    found: dict[str, str | None] = {}
    for key in ("url", "title", "author", "publisher"):
        value = stated.get(key)
        if isinstance(value, (list, tuple)):  # scalars only: YAML aliases can nest a list
            value = ", ".join(str(item) for item in value if isinstance(item, _SCALARS))
        if value is not None and not isinstance(value, dict):
            found[key] = normalize_space(str(value)) or None
    date = stated.get("date")
    if isinstance(date, dt.date):  # YAML turns 2024-04-15 into a date (or a datetime)
        found["date"] = date.isoformat()[:10]
    elif _is_partial(date):
        pass  # a year or a month ("2022-02"): a true date, too coarse for YYYY-MM-DD answers
    elif isinstance(date, str):
        found["date"] = parse_date(date)
        if strict and found["date"] is None and date.strip():
            what = "not a real date" if _ISO_SHAPE.match(date.strip()) else "not a date"
            raise InputError(where, f"{strict} '{date.strip()}' is {what} (write YYYY-MM-DD)")
    elif strict and date is not None:
        kind = _KINDS.get(type(date), type(date).__name__)
        shown = json.dumps(date, default=str, ensure_ascii=False)
        shown = shown if len(shown) <= 40 else shown[:37] + "..."
        raise InputError(where, f"{strict} is {kind} ({shown}), not a date (write YYYY-MM-DD)")
    return Meta(**found)
