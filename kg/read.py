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
import datetime as dt
import hashlib
import json
import os
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
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


def read_paths(
    paths: Iterable[str], *, lang: str | None = None, stdin: TextIO | None = None
) -> Iterator[Article | InputError]:
    """Stream articles from files and folders (recursively, sorted by path); '-' reads stdin.

    Yields an InputError for each bad file instead of raising, so good files beside it still
    flow. Inside folders, hidden entries and files of other types are skipped silently; a file
    named explicitly with an unknown extension is an error.
    """
    for given in paths:
        if given == "-":
            try:
                yield _read_stdin(stdin or sys.stdin, lang)
            except InputError as error:
                yield error
        elif os.path.isdir(given):
            for found in _walk(Path(given)):
                yield from _read_file(str(found), lang)
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
    return _article(text, path=path, file=os.path.basename(path), lang=lang, meta=meta)


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


def _walk(folder: Path) -> list[Path]:
    """Files of known types under `folder`, sorted by path; hidden files and folders skipped."""
    return sorted(
        path
        for path in folder.rglob("*")
        if path.suffix.lower() in SUFFIXES
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
        and path.is_file()
    )


def _read_file(path: str, lang: str | None) -> Iterator[Article | InputError]:
    suffix = Path(path).suffix.lower()
    try:
        if not os.path.lexists(path):
            raise InputError(path, "no such file or directory")
        if suffix not in SUFFIXES:
            kind = f" '{suffix}'" if suffix else ": no extension"
            raise InputError(path, f"unsupported file type{kind} ({EXPECTED})")
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(path, lang)
        elif suffix in HTML_SUFFIXES:
            yield _read_html(path, lang)
        else:
            text = _decode(_read_bytes(path), path)
            yield _article(text, path=path, file=os.path.basename(path), lang=lang)
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


def _read_stdin(stream: TextIO, lang: str | None) -> Article:
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        data = buffer.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise InputError("<stdin>", _too_large(len(data)))
        text = _decode(data, "<stdin>")
    else:
        text = stream.read()
        if len(text) > MAX_BYTES:
            raise InputError("<stdin>", _too_large(len(text.encode("utf-8"))))
    return _article(text, path="<stdin>", file="<stdin>", lang=lang)


def _read_html(path: str, lang: str | None) -> Article:
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
    file = os.path.basename(path)
    return _article(text, path=path, file=file, lang=lang, record=found, front_matter=False)


def _read_jsonl(path: str, lang: str | None) -> Iterator[Article | InputError]:
    """One article per line; a bad line is its own InputError ("path:LINE: reason").

    The size limit applies to each line, not the file: a JSON Lines file is a collection.
    """
    try:
        with open(path, "rb") as stream:
            _check_text(stream.read(_SNIFF).decode("latin-1"), path)
            stream.seek(0)
            offset, seen = 0, False
            for number, raw in enumerate(stream, 1):
                try:
                    if raw.strip():
                        seen = True
                        yield _json_line(raw, offset, path, number, lang)
                except InputError as error:
                    yield error
                offset += len(raw)
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from None
    if not seen:
        raise InputError(path, "empty file")


def _json_line(raw: bytes, offset: int, path: str, number: int, lang: str | None) -> Article:
    where = f"{path}:{number}"
    if len(raw) > MAX_BYTES:
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
    if not isinstance(record, dict):
        raise InputError(where, 'expected a JSON object with a "text" field')
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(where, 'missing "text" (a string)')
    return _article(text, path=where, file=os.path.basename(path), lang=lang, record=record)


# --- one article ---------------------------------------------------------------------------


def _article(
    text: str,
    *,
    path: str,
    file: str,
    lang: str | None,
    meta: Meta | None = None,
    record: Mapping[Any, Any] | None = None,
    front_matter: bool = True,
) -> Article:
    """The one place an Article is made: caller > `record` > front matter > the text itself.

    `record` is what the container said about the text: a JSON Lines object, HTML metadata.
    """
    _check_text(text, path)
    header, body_start = _front_matter(text, path) if front_matter else ({}, 0)
    body = text[body_start:]
    if not body.strip():
        raise InputError(path, "no text after the front matter")
    stated = {str(key).lower(): value for key, value in (record or {}).items()}
    header = {str(key).lower(): value for key, value in header.items()}
    code = _lang(lang, path) or _lang(stated.get("lang"), path) or _lang(header.get("lang"), path)
    meta = merge(meta or Meta(), _meta(stated), _meta(header))
    code = code or detect_lang(f"{meta.title or ''}\n{body}")
    if code is None:
        raise InputError(path, "language not recognized as English, Spanish or French")
    meta = merge(meta, find_meta(body, code))
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return Article(digest, path, file, text, code, meta, body_start)


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


def _meta(stated: Mapping[str, Any]) -> Meta:
    """Meta from front matter, a JSON record or HTML metadata; unknown keys are ignored."""
    found: dict[str, str | None] = {}
    for key in ("url", "title", "author", "publisher"):
        value = stated.get(key)
        if isinstance(value, (list, tuple)):
            value = ", ".join(str(item) for item in value if item is not None)
        if value is not None and not isinstance(value, dict):
            found[key] = normalize_space(str(value)) or None
    date = stated.get("date")
    if isinstance(date, dt.date):  # YAML turns 2024-04-15 into a date (or a datetime)
        found["date"] = date.isoformat()[:10]
    elif isinstance(date, str):
        found["date"] = parse_date(date)
    return Meta(**found)
