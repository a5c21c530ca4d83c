"""Reading articles: formats, bad input, streaming, language detection, stated metadata.

Every text here is invented for the test; the seed articles in `seeds/` are the project's own.
"""

from __future__ import annotations

import codecs
import hashlib
import inspect
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.meta import find_meta, parse_date
from kg.model import LANGS, Article, Meta
from kg.read import MAX_BYTES, detect_lang, read_paths, read_text
from kg.text import LANG_DIR, lang_lines

DATA = Path(__file__).parent / "data" / "read"
ROOT = Path(__file__).parent.parent

EN = (
    "Harbor town opens a new library\n"
    "The town council said on Monday that the library would open in May. "
    "It will have a reading room for children and a small cafe.\n"
)
ES = (
    "La ciudad abre una nueva biblioteca\n"
    "El ayuntamiento anunció el lunes que la biblioteca abrirá en mayo. "
    "Tendrá una sala de lectura para niños y un pequeño café.\n"
)
FR = (
    "La ville ouvre une nouvelle bibliothèque\n"
    "Le conseil municipal a annoncé lundi que la bibliothèque ouvrira en mai. "
    "Elle aura une salle de lecture pour les enfants et un petit café.\n"
)
DE = (
    "Die Stadt eröffnet eine neue Bibliothek\n"
    "Der Gemeinderat hat am Montag angekündigt, dass die Bibliothek im Mai öffnen wird. "
    "Sie wird einen Lesesaal für Kinder und ein kleines Café haben.\n"
)
PT = (
    "A cidade abre uma nova biblioteca\n"
    "A câmara municipal anunciou na segunda-feira que a biblioteca vai abrir em maio. "
    "Terá uma sala de leitura para crianças e um pequeno café.\n"
)
IT = (
    "La città apre una nuova biblioteca\n"
    "Il consiglio comunale ha annunciato lunedì che la biblioteca aprirà a maggio. "
    "Avrà una sala di lettura per i bambini e un piccolo caffè.\n"
)


def write(folder: Path, name: str, content: str | bytes) -> str:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return str(path)


def read_one(path: str, **options: object) -> Article | InputError:
    (item,) = list(read_paths([path], **options))  # type: ignore[arg-type]
    return item


def read_error(path: str) -> InputError:
    item = read_one(path)
    assert isinstance(item, InputError), item
    return item


# --- formats -------------------------------------------------------------------------------


def test_plain_text_article(tmp_path: Path) -> None:
    path = write(tmp_path, "note.txt", EN)
    article = read_one(path)
    assert isinstance(article, Article)
    assert (article.path, article.file, article.lang) == (path, "note.txt", "en")
    assert article.text == EN and article.body_start == 0 and article.body == EN
    assert article.id == hashlib.sha256(EN.encode()).hexdigest()
    assert article.meta == Meta()


def test_front_matter_fills_meta_and_body_starts_after_it() -> None:
    path = str(DATA / "front_matter.md")
    article = read_one(path)
    assert isinstance(article, Article)
    assert article.text == Path(path).read_text(encoding="utf-8")  # the whole file
    assert article.meta == Meta(
        url="https://example.org/harbor-library",
        title="Harbor town opens a new library",
        date="2024-04-15",  # a YAML date, given back as ISO text
        author="Jane Doe",
        publisher="The Harbor Ledger",
    )
    assert article.body.startswith("# Harbor town opens a new library\n")
    assert article.text[: article.body_start].endswith("tags: [libraries, towns]\n---\n")


def test_front_matter_with_windows_line_ends(tmp_path: Path) -> None:
    text = "---\r\ntitle: A\r\ndate: 2024-04-15 10:30:00\r\n---\r\n" + EN.replace("\n", "\r\n")
    article = read_one(write(tmp_path, "a.md", text))
    assert isinstance(article, Article)
    assert article.body == EN.replace("\n", "\r\n")
    assert (article.meta.title, article.meta.date) == ("A", "2024-04-15")


def test_html_article_with_its_metadata() -> None:
    article = read_one(str(DATA / "page.html"))
    assert isinstance(article, Article)
    assert article.lang == "es" and article.file == "page.html"
    assert "la nueva biblioteca abrirá sus puertas en mayo" in article.text
    assert "Deportes" not in article.text and "derechos reservados" not in article.text
    assert article.meta == Meta(
        url="https://example.org/biblioteca",
        title="La ciudad abre una biblioteca",
        date="2024-03-05",
        author="Ana López",
        publisher="El Diario del Puerto",
    )


def test_html_in_another_declared_charset(tmp_path: Path) -> None:
    html = (
        '<html><head><meta charset="iso-8859-1"></head><body><article><p>'
        + FR.replace("\n", " ")
        + "</p></article></body></html>"
    )
    article = read_one(write(tmp_path, "page.htm", html.encode("latin-1")))
    assert isinstance(article, Article)
    assert article.lang == "fr" and "bibliothèque" in article.text


def test_html_without_text(tmp_path: Path) -> None:
    error = read_error(write(tmp_path, "blank.html", "<html><body><div></div></body></html>"))
    assert error.reason == "no article text found in the HTML"


def test_json_lines_each_bad_line_is_its_own_error() -> None:
    path = str(DATA / "articles.jsonl")
    items = list(read_paths([path]))
    shown = [(i.path, i.lang) if isinstance(i, Article) else str(i) for i in items]
    assert shown == [
        (f"{path}:1", "en"),
        (f"{path}:3", "fr"),
        f"{path}:4: not valid JSON (Expecting property name enclosed in double quotes at column 2)",
        f'{path}:5: expected a JSON object with a "text" field',
        f'{path}:6: missing "text" (a string)',
        (f"{path}:7", "es"),
    ]
    first, second, last = (i for i in items if isinstance(i, Article))
    assert first.file == "articles.jsonl"
    assert (first.meta.title, first.meta.date) == ("New bridge", "2024-02-01")
    assert second.meta.author == "Jean Dupont"
    assert (last.meta.publisher, last.meta.date) == ("El Diario del Puerto", "2025-01-14")
    assert last.text == json.loads(Path(path).read_text().splitlines()[-1])["text"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b'{"text": "   "}', "empty file"),
        (b'{"text": "x", "lang": "de"}', "unsupported language 'de' (kg reads en, es, fr)"),
        (b'{"text": "caf\xe9"}', "not valid UTF-8 (byte 0xe9 at offset {offset}); re-save"),
    ],
)
def test_json_lines_bad_records(tmp_path: Path, line: bytes, reason: str) -> None:
    good = json.dumps({"text": EN}).encode()
    path = write(tmp_path, "a.jsonl", good + b"\n" + line + b"\n" + good + b"\n")
    items = list(read_paths([path]))
    assert [type(item) for item in items] == [Article, InputError, Article]
    offset = len(good) + 1 + line.find(b"\xe9")  # counted in the file, not the line
    assert str(items[1]).startswith(f"{path}:2: {reason.format(offset=offset)}")


def test_stdin_is_read_as_text() -> None:
    article = read_one("-", stdin=io.StringIO("---\ntitle: T\n---\n" + FR))
    assert isinstance(article, Article)
    # Its source identity is its content: two different texts piped in are two sources.
    path = f"<stdin:{article.id[:16]}>"
    assert (article.path, article.file, article.lang) == (path, "<stdin>", "fr")
    assert article.meta.title == "T" and article.body == FR


def test_stdin_bytes_are_decoded_like_files() -> None:
    stream = io.TextIOWrapper(io.BytesIO(codecs.BOM_UTF8 + ES.encode()), encoding="utf-8")
    article = read_one("-", stdin=stream)
    assert isinstance(article, Article) and article.text == ES and article.lang == "es"
    empty = read_one("-", stdin=io.StringIO("  \n"))
    assert str(empty) == "<stdin>: empty file"


def test_read_text_and_caller_overrides() -> None:
    article = read_text(EN)
    assert (article.path, article.file, article.lang) == ("<text>", "<text>", "en")
    forced = read_text(
        "---\nlang: es\ntitle: Front\n---\n" + EN, lang="en", meta=Meta(title="Caller")
    )
    assert forced.lang == "en" and forced.meta.title == "Caller"
    with pytest.raises(InputError, match="language not recognized"):
        read_text(DE, path="de.txt")


def test_front_matter_wins_over_the_text() -> None:
    text = "---\ndate: 2023-03-03\n---\n date 2025-01-14 " + EN
    article = read_text(text)
    assert article.meta.date == "2023-03-03"


# --- bad input ---------------------------------------------------------------------------

FRONT_MATTER_ERRORS = [
    ("---\ntitle: [unclosed\n---\n" + EN, "broken front matter: "),
    ("---\ntitle: a: b\n---\n" + EN, "broken front matter: mapping values are not allowed here"),
    ("---\ndate: 2024-13-45\n---\n" + EN, "broken front matter: month must be in 1..12"),
    ("---\ntitle: no end\n" + EN, "unterminated front matter: no closing '---' line"),
    ("---\n- a\n- b\n---\n" + EN, "front matter is not a mapping of keys to values (got list)"),
    ("---\nlang: de\n---\n" + EN, "unsupported language 'de' (kg reads en, es, fr)"),
    ("---\ntitle: only\n---\n\n", "no text after the front matter"),
]


@pytest.mark.parametrize(("text", "reason"), FRONT_MATTER_ERRORS)
def test_front_matter_errors(tmp_path: Path, text: str, reason: str) -> None:
    path = write(tmp_path, "bad.md", text)
    error = read_error(path)
    assert str(error).startswith(f"{path}: {reason}")
    assert "\n" not in str(error)


BAD_FILES = [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b" \n\t\n", "empty file"),
    ("bom-only.txt", codecs.BOM_UTF8, "empty file"),
    ("nul.txt", b"abc\x00def" + EN.encode(), "binary file, not text"),
    ("controls.txt", bytes(range(1, 9)) * 20, "binary file, not text"),
    (
        "latin1.txt",
        "Le café est ouvert.".encode("latin-1"),
        "not valid UTF-8 (byte 0xe9 at offset 6); re-save the file as UTF-8",
    ),
    ("german.txt", DE.encode(), "language not recognized as English, Spanish or French"),
    ("report.pdf", b"%PDF-1.4", "unsupported file type '.pdf' (expected .txt, .md, .html, .jsonl)"),
    ("README", EN.encode(), "unsupported file type: no extension (expected .txt, .md"),
    ("empty.jsonl", b"\n\n", "empty file"),
    ("empty.html", b"", "empty file"),
]


@pytest.mark.parametrize(("name", "content", "reason"), BAD_FILES)
def test_bad_files(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = write(tmp_path, name, content)
    error = read_error(path)
    assert error.path == path
    assert str(error).startswith(f"{path}: {reason}")


def test_missing_path(tmp_path: Path) -> None:
    path = str(tmp_path / "nowhere.txt")
    assert str(read_error(path)) == f"{path}: no such file or directory"


def test_too_large(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as stream:
        stream.truncate(MAX_BYTES + 1)  # sparse: costs no disk
    assert read_error(str(path)).reason == "file too large (10.0 MiB, limit 10 MiB)"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads all")
def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path, "locked.txt", EN)
    os.chmod(path, 0)
    assert read_error(path).reason == "cannot read: Permission denied"


def test_unreadable_file_as_root_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "locked.txt", EN)

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("kg.read.open", refuse, raising=False)
    assert read_error(path).reason == "cannot read: Permission denied"


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
    ],
)
def test_byte_order_marks(tmp_path: Path, encoding: str, bom: bytes) -> None:
    text = "---\ntitle: Café\n---\n" + FR
    article = read_one(write(tmp_path, "bom.md", bom + text.encode(encoding)))
    assert isinstance(article, Article)
    assert article.text == text  # no BOM: offsets count from the first real character
    assert article.body == FR and article.meta.title == "Café"


# --- streaming ------------------------------------------------------------------------------


def test_folders_are_walked_in_path_order_and_bad_files_do_not_stop_the_run(
    tmp_path: Path,
) -> None:
    write(tmp_path, "b/2.txt", ES)
    write(tmp_path, "b/1.md", EN)
    write(tmp_path, "a.txt", FR)
    write(tmp_path, "b/0.txt", b"")
    write(tmp_path, "b/skip.pdf", b"%PDF")
    write(tmp_path, ".hidden/x.txt", EN)
    write(tmp_path, "c/.draft.txt", EN)
    extra = write(tmp_path / "elsewhere", "z.txt", EN)
    items = list(read_paths([str(tmp_path / "b"), extra, str(tmp_path / "a.txt")]))
    shown = [Path(i.path).relative_to(tmp_path).as_posix() for i in items]
    assert shown == ["b/0.txt", "b/1.md", "b/2.txt", "elsewhere/z.txt", "a.txt"]
    assert [type(i).__name__ for i in items] == ["InputError"] + ["Article"] * 4

    walked = [Path(i.path).relative_to(tmp_path).as_posix() for i in read_paths([str(tmp_path)])]
    assert walked == ["a.txt", "b/0.txt", "b/1.md", "b/2.txt", "elsewhere/z.txt"]


def test_files_are_read_one_at_a_time(tmp_path: Path) -> None:
    write(tmp_path, "1.txt", EN)
    second = write(tmp_path, "2.txt", FR)
    stream = read_paths([str(tmp_path)])
    assert inspect.isgenerator(stream)
    first = next(stream)
    assert isinstance(first, Article)
    os.remove(second)  # not read yet: it was only listed
    assert str(next(stream)) == f"{second}: no such file or directory"


def test_reading_text_files_does_not_import_html_extraction() -> None:
    code = (
        "import sys; from kg.read import read_paths; "
        "items = list(read_paths(['seeds'])); "
        "assert len(items) == 5 and 'trafilatura' not in sys.modules, sys.modules.keys()"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


# --- language ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (EN, "en"),
        (ES, "es"),
        (FR, "fr"),
        (DE, None),
        (PT, None),
        (IT, None),
        ("Acme Widgets Inc.", None),  # a bare name says nothing
        ("2024 - 15% - 300", None),
        ("", None),
        # the harder cases: few distinctive words, or a neighbour's sentence
        (
            "Rain delays harvest. Farmers in the valley say the wet spring has pushed "
            "planting back by three weeks.",
            "en",
        ),
        (
            "La pluie retarde la récolte. Les agriculteurs de la vallée disent que le printemps "
            "humide a repoussé les semis de trois semaines.",
            "fr",
        ),
        (
            "Lluvias retrasan la cosecha. Los agricultores del valle dicen que la primavera "
            "húmeda ha retrasado la siembra tres semanas.",
            "es",
        ),
        (
            "O governo anunciou um novo investimento de cinco mil milhões de euros para a "
            "região, que deverá criar milhares de empregos nos próximos anos.",
            None,
        ),
        (
            "Acme costruirà uno stabilimento a Torino. L'azienda investirà 40 milioni di euro "
            "in una fabbrica vicino a Torino, entro la fine del prossimo anno.",
            None,
        ),
        (
            "Acme baut ein Werk in Bayern. Das Unternehmen will 40 Millionen Euro in eine "
            "Fabrik bei München investieren.",
            None,
        ),
    ],
)
def test_detect_lang(text: str, lang: str | None) -> None:
    assert detect_lang(text) == lang


@pytest.mark.parametrize("code", LANGS)
@pytest.mark.parametrize("name", ["stopwords", "foreign", "letters", "months", "metadata"])
def test_language_data_files(code: str, name: str) -> None:
    lines = (LANG_DIR / code / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# ")
    entries = lang_lines(code, name)
    assert len(entries) == len(lines) - 1 and len(set(entries)) == len(entries)
    if name != "months":
        assert list(entries) == sorted(entries)
    if name == "stopwords":
        assert 150 <= len(entries) <= 300
        assert not set(entries) & set(lang_lines(code, "foreign"))
    if name == "months":
        assert [int(row.split("\t")[0]) for row in entries] == list(range(1, 13))


# --- stated metadata -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-01-14", "2025-01-14"),
        ("2025-01-14T09:30:00Z", "2025-01-14"),
        ("14/01/2025", "2025-01-14"),
        ("14-01-2025", "2025-01-14"),
        ("14.01.2025", "2025-01-14"),
        ("01/14/2025", "2025-01-14"),  # the month cannot be 14: month first
        ("January 14, 2025", "2025-01-14"),
        ("Jan. 5, 2024", "2024-01-05"),
        ("14 January 2025", "2025-01-14"),
        ("14 de enero de 2025", "2025-01-14"),
        ("3 de septiembre del 2024", "2024-09-03"),
        ("14 janvier 2025", "2025-01-14"),
        ("1er janvier 2025", "2025-01-01"),
        ("15 août 2023", "2023-08-15"),
        ("15 aout 2023", "2023-08-15"),
        ("mardi 14 JANVIER 2025", "2025-01-14"),
        ("31/02/2025", None),
        ("2025-13-01", None),
        ("14 Smarch 2025", None),
        ("soon", None),
        ("", None),
    ],
)
def test_parse_date(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


META_CASES = [
    ("en", " date 2025-01-14 President Ada Lane said the plan was ready.", Meta(date="2025-01-14")),
    (
        "fr",
        "Le conseil a voté.\nSource : Marie Curie, Le Journal du Port, 14/01/2025",
        Meta(date="2025-01-14", author="Marie Curie", publisher="Le Journal du Port"),
    ),
    (
        "es",
        "El consejo votó.\nFuente: Ana López, El Diario del Puerto, 3/02/2024",
        Meta(date="2024-02-03", author="Ana López", publisher="El Diario del Puerto"),
    ),
    ("en", "The council voted.\nSource: Harbor Wire", Meta(publisher="Harbor Wire")),
    (
        "en",
        "Source: https://example.org/x, January 2, 2024",
        Meta(url="https://example.org/x", date="2024-01-02"),
    ),
    ("en", "Published: January 14, 2025\nThe council voted.", Meta(date="2025-01-14")),
    ("en", "Published on Tuesday, January 14, 2025\nText.", Meta(date="2025-01-14")),
    ("es", "Fecha de publicación: 14 de enero de 2025\nTexto.", Meta(date="2025-01-14")),
    ("fr", "Date de publication : 14 janvier 2025\nTexte.", Meta(date="2025-01-14")),
    ("fr", "Publié le 1er janvier 2025\nTexte.", Meta(date="2025-01-01")),
    ("fr", "Date de publication :\nLe conseil a voté.", Meta()),
    ("en", "Published reports said that on 14 January 2025 it rained.", Meta()),
    ("en", "Title\nBy Jane Doe\n\nThe council voted.", Meta(author="Jane Doe")),
    (
        "en",
        "By Jane Doe and John Roe | March 3, 2024\nText.",
        Meta(author="Jane Doe and John Roe", date="2024-03-03"),
    ),
    ("es", "Título\nPor Juan Pérez de la Cruz\nTexto.", Meta(author="Juan Pérez de la Cruz")),
    ("fr", "Titre\nPar Jean Dupont\nTexte.", Meta(author="Jean Dupont")),
    ("fr", "Par ailleurs, le conseil a voté.", Meta()),
    ("en", "By the end of the year, the bridge will open.", Meta()),
    ("es", "Por su parte, Ana López votó en contra.", Meta()),
    (
        "en",
        "The council voted.\n\nAda Lane\n\nAda is a senior reporter at Harbor Wire covering towns.",
        Meta(author="Ada Lane", publisher="Harbor Wire"),
    ),
    ("en", "# The Title\n\nBody.", Meta(title="The Title")),
]


@pytest.mark.parametrize(("lang", "body", "expected"), META_CASES)
def test_find_meta(lang: str, body: str, expected: Meta) -> None:
    assert find_meta(body, lang) == expected


def test_stated_metadata_in_a_file(tmp_path: Path) -> None:
    text = "Date de publication :\n" + FR + "Source : Marie Curie, Le Journal du Port, 14/01/2025"
    article = read_one(write(tmp_path, "a.txt", text))
    assert isinstance(article, Article)
    assert article.meta == Meta(
        date="2025-01-14", author="Marie Curie", publisher="Le Journal du Port"
    )


# --- the project's seed articles -------------------------------------------------------------


def test_seed_articles() -> None:
    articles = list(read_paths([str(ROOT / "seeds")]))
    assert all(isinstance(a, Article) for a in articles)
    assert [a.lang for a in articles] == ["fr", "en", "en", "es", "en"]  # type: ignore[union-attr]
    first, _, third, _, _ = articles
    assert isinstance(first, Article) and isinstance(third, Article)
    assert (first.meta.author, first.meta.publisher, first.meta.date) == (
        "Silvia Rodríguez",
        "Forbes Mexico",
        "2025-01-14",
    )
    assert third.meta.date == "2025-01-14"
    assert [a.file for a in articles] == sorted(p.name for p in (ROOT / "seeds").iterdir())
