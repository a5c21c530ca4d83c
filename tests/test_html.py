"""The HTML explorer in a real headless Chromium (Debian's `chromium`, driven by Playwright).

The page is opened from a file:// URL with no server and no network: the browser is started
with a proxy that refuses everything, every request the page makes is recorded, and the test
asserts that the page file itself was the only one. Then it clicks an edge where it is drawn,
finds that fact's evidence sentence in the side panel, searches a name, filters a fact kind,
and saves a screenshot.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import SEEDS
from playwright.sync_api import sync_playwright

from kg.answers import canonical_facts
from kg.export import export
from kg.ingest import ingest
from kg.store import Store

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # Anything the page asked for would go to a port where nothing listens, and still be seen.
    "--proxy-server=127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
]
# A function, not an expression: Playwright polls an expression with eval(), which the page's
# Content Security Policy (rightly) forbids.
READY = "() => window.kgReady === true"

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium binary: `make test` installs Debian's chromium"
)


@pytest.fixture(scope="module")
def explorer(tmp_path_factory) -> tuple[Path, dict]:
    """The seeds' explorer page, and one role fact of it (Paula Bellizia at AWS)."""
    folder = tmp_path_factory.mktemp("html")
    with Store.open(folder / "kg-data") as store:
        ingest([str(SEEDS)], store)
        page = folder / "kg-explorer.html"
        with open(page, "wb") as out:
            export(store, out, format="html")
        fact = next(
            f
            for f in canonical_facts(store)
            if f.kind == "role" and any(p.label == "Paula Bellizia" for p in f.parties)
        )
    return page, {
        "edge": "e" + fact.id.rsplit("/", 1)[-1],
        "evidence": fact.statements[0].evidence,
        "file": fact.statements[0].file,
    }


@pytest.fixture
def browser_page(tmp_path):
    """A page in a fresh Chromium profile, with every request and page error recorded."""
    with sync_playwright() as driver:
        context = driver.chromium.launch_persistent_context(
            str(tmp_path / "profile"),
            executable_path=CHROMIUM,
            headless=True,
            args=FLAGS,
            viewport={"width": 1400, "height": 900},
        )
        requests: list[str] = []
        errors: list[str] = []
        context.on("request", lambda request: requests.append(request.url))
        page = context.pages[0] if context.pages else context.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        yield page, requests, errors
        context.close()


def squeeze(text: str) -> str:
    return " ".join(text.split())


def test_click_an_edge_and_read_its_evidence_offline(explorer, browser_page, tmp_path):
    path, fact = explorer
    page, requests, errors = browser_page
    page.goto(path.as_uri())
    page.wait_for_function(READY, timeout=30_000)

    # Zoom to the edge, then click where it is drawn, as a person would.
    x, y = page.evaluate(
        """(id) => {
            const edge = kg.cy.getElementById(id);
            kg.cy.fit(edge.connectedNodes(), 250);
            const mid = edge.renderedMidpoint();
            const box = kg.cy.container().getBoundingClientRect();
            return [box.left + mid.x, box.top + mid.y];
        }""",
        fact["edge"],
    )
    page.evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
    page.mouse.click(x, y)
    panel = page.locator("#panel")
    panel.locator(".statement").first.wait_for()
    assert squeeze(fact["evidence"]) in squeeze(panel.inner_text())
    assert fact["file"] in panel.inner_text()
    assert page.evaluate("(id) => kg.cy.getElementById(id).hasClass('picked')", fact["edge"])

    shot = tmp_path / "explorer.png"
    page.screenshot(path=str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000

    page.fill("#search", "bellizia")
    page.press("#search", "Enter")
    assert page.locator("#panel h3").inner_text() == "Paula Bellizia"
    assert "Amazon Web Services" in panel.inner_text()

    page.uncheck("input[data-filter=kind][value=role]")
    hidden = "() => kg.cy.edges('[kind = \"role\"]:visible').length === 0"
    page.wait_for_function(hidden, timeout=5000)
    assert page.evaluate("kg.cy.edges('[kind = \"claim\"]:visible').length") > 0
    assert "facts shown" in page.locator("#counts").inner_text()

    assert requests == [path.as_uri()], "the page made a network request"
    assert errors == []


def test_an_empty_store_gives_a_page_that_still_opens(browser_page, tmp_path):
    page, requests, errors = browser_page
    path = tmp_path / "empty.html"
    with open(path, "wb") as out:
        export(Store.memory(), out, format="html")
    page.goto(path.as_uri())
    page.wait_for_function(READY, timeout=30_000)
    assert page.locator("#counts").inner_text() == "0 of 0 nodes, 0 of 0 facts shown"
    assert requests == [path.as_uri()] and errors == []
