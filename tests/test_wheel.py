"""The installed package: the wheel built from the checkout, installed into a fresh virtual
environment, run from a folder outside the checkout, answers as the checkout does.

What a user of a package index gets is a wheel, not an editable install: the gazetteer, the
vocabulary and shapes, the named queries, the language data and the explorer's static files must
be inside it and found through `importlib.resources` (kg.resources), not next to the checkout.

The wheel is built from a copy of the sources pyproject.toml declares (itself, README.md, kg/), so
the build leaves no build/ or kg.egg-info in the checkout. The fresh environment gets kg's
dependencies from the package index, pinned to the versions this environment runs (`pip freeze`
as constraints), so the wheel's `kg` and the checkout's CLI (in this process) run the same
libraries and their answers can be compared byte for byte. Built and installed once for the
module: about a minute, most of it pip fetching the dependencies.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()
SOURCES = ("pyproject.toml", "README.md", "kg")
# The contract queries, by bare name (the bundled kg/queries/NAME.rq), with their columns.
CONTRACT = {
    "roles": ["person", "personLabel", "role", "org", "orgLabel", "source", "file", "evidence"],
    "investments": [
        "investor",
        "investorLabel",
        "place",
        "placeLabel",
        "amount",
        "currency",
        "period",
        "source",
        "file",
        "evidence",
    ],
    "partnerships": ["a", "aLabel", "b", "bLabel", "program", "source", "file", "evidence"],
    "claims": ["subject", "subjectLabel", "kind", "value", "unit", "source", "file", "evidence"],
}
COMMANDS = {
    **{name: ("query", name, "--format", "json") for name in CONTRACT},
    "lookup": ("lookup", "Paula Bellizia", "--format", "json"),
    "conflicts": ("conflicts", "--format", "json"),
}
# What `import kg` and kg.resources give inside the fresh environment.
PROBE = """
import json, sysconfig
import kg
from kg.resources import package_path
print(json.dumps({
    "kg": kg.__file__,
    "purelib": sysconfig.get_paths()["purelib"],
    "data": [str(package_path(*name.split("/"))) for name in %r],
}))
"""
DATA = (
    "ontology/gazetteer.tsv", "ontology/kg.ttl", "ontology/shapes.ttl", "queries/roles.rq",
    "lang/en/titles.txt", "lang/xx/given_names.txt", "static/explorer.html",
    "static/cytoscape.min.js",
)  # fmt: skip


def clean_env() -> dict[str, str]:
    """This process's environment without what would point Python or kg elsewhere."""
    drop = ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV", "KG_STORE")
    return {key: value for key, value in os.environ.items() if key not in drop}


def run(command: list, cwd: Path, timeout: float = 900):
    """Run a process to the end; fail the test with its output unless it exits 0."""
    result = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=clean_env(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
    )
    assert result.returncode == 0, (
        f"{command} exited {result.returncode}\n{result.stdout[-3000:]}\n{result.stderr[-6000:]}"
    )
    return result


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    """The wheel, and the copy of the sources it was built from."""
    base = tmp_path_factory.mktemp("build")
    source = base / "source"
    source.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
            shutil.copytree(ROOT / name, source / name, ignore=ignore)
        else:
            shutil.copy2(ROOT / name, source / name)
    dist = base / "dist"
    pip = [sys.executable, "-m", "pip"]
    run([*pip, "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", dist, source], base)
    wheels = sorted(dist.glob("kg-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0], source


@pytest.fixture(scope="module")
def venv(built, tmp_path_factory) -> Path:
    """A fresh virtual environment with the wheel installed (`pip install kg-*.whl`)."""
    wheel, _ = built
    base = tmp_path_factory.mktemp("venv")
    venv = base / "venv"
    # Without pip of its own: this environment's pip installs into it (`pip --python`), which
    # spares ensurepip's ~20 s; what lands in site-packages is the same.
    run([sys.executable, "-m", "venv", "--without-pip", venv], base)
    frozen = run([sys.executable, "-m", "pip", "freeze", "--exclude-editable"], base).stdout
    pins = [
        line
        for line in frozen.splitlines()
        if re.match(r"[A-Za-z0-9_.-]+==", line) and not re.match(r"kg==", line, re.I)
    ]
    constraints = base / "constraints.txt"
    constraints.write_text("\n".join(pins) + "\n", encoding="utf-8")
    install = ["install", "-q", "--no-compile", "-c", constraints, wheel]
    run([sys.executable, "-m", "pip", "--python", venv / "bin" / "python", *install], base)
    return venv


@pytest.fixture(scope="module")
def answers(venv, tmp_path_factory) -> dict[str, dict[str, str]]:
    """What each command prints, run by the wheel's `kg` and by the checkout's, each in its own
    folder outside the checkout on the same copy of the seeds (default store ./kg-data)."""
    base = tmp_path_factory.mktemp("run")
    assert not base.resolve().is_relative_to(ROOT)
    shutil.copytree(SEEDS, base / "seeds")
    printed = {}
    for side in ("wheel", "checkout"):
        folder = base / side
        folder.mkdir()
        kg = installed_kg(venv, folder) if side == "wheel" else checkout_kg(folder)
        out = {"ingest": kg("ingest", "../seeds")[1]}
        for name, args in COMMANDS.items():
            out[name] = kg(*args)[0]
        kg("export", "--format", "html", "--output", "x.html")
        out["html"] = (folder / "x.html").read_text(encoding="utf-8")
        printed[side] = out
    return printed


def installed_kg(venv: Path, folder: Path):
    """The wheel's `kg` script as a process in `folder`: (stdout, stderr) of a run."""

    def kg(*args: str) -> tuple[str, str]:
        result = run([venv / "bin" / "kg", *args], folder)
        return result.stdout, result.stderr

    return kg


def checkout_kg(folder: Path):
    """The checkout's CLI, in this process through typer's runner, in `folder`."""
    assert Path(sys.modules["kg"].__file__).resolve().is_relative_to(ROOT)

    def kg(*args: str) -> tuple[str, str]:
        with contextlib.chdir(folder):
            result = runner.invoke(app, list(args), env={"KG_STORE": None})
        assert result.exit_code == 0, (args, result.stdout, result.stderr, result.exception)
        return result.stdout, result.stderr

    return kg


def test_wheel_holds_every_file_of_the_package(built):
    wheel, source = built
    names = set(zipfile.ZipFile(wheel).namelist())
    package = {
        path.relative_to(source).as_posix()
        for path in (source / "kg").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert {f"kg/{name}" for name in DATA} <= package
    assert {name for name in names if name.startswith("kg/")} == package
    # Only the package and its metadata: no top-level ontology/, queries/, tests or seeds.
    tops = {name.split("/")[0] for name in names}
    assert "kg" in tops
    assert all(top == "kg" or re.fullmatch(r"kg-[^/]+\.dist-info", top) for top in tops), tops


def test_installed_package_is_the_wheel_not_the_checkout(venv):
    probe = run([venv / "bin" / "python", "-c", PROBE % (DATA,)], venv.parent).stdout
    found = json.loads(probe)
    purelib = Path(found["purelib"]).resolve()
    assert purelib.is_relative_to(venv.resolve())
    assert Path(found["kg"]).resolve() == purelib / "kg" / "__init__.py"
    for name, path in zip(DATA, found["data"], strict=True):
        assert Path(path).resolve() == purelib / "kg" / name
        assert Path(path).is_file(), path
    # No editable leftovers: no finder, link or .pth pointing at the checkout.
    assert not list(purelib.glob("__editable__*"))
    assert not list(purelib.glob("*.egg-link"))
    for pth in purelib.glob("*.pth"):
        assert str(ROOT) not in pth.read_text(encoding="utf-8"), pth
    (dist_info,) = purelib.glob("kg-*.dist-info")
    # Where pip installed it from (PEP 610): the wheel file, not a folder (editable or not).
    origin = json.loads((dist_info / "direct_url.json").read_text(encoding="utf-8"))
    assert "dir_info" not in origin and "archive_info" in origin, origin
    assert origin["url"].endswith(".whl"), origin


def test_installed_kg_answers_outside_the_checkout(answers):
    wheel = answers["wheel"]
    assert wheel["ingest"].startswith("ingested 5 articles (5 added, 0 replaced, 0 unchanged), ")
    assert wheel["ingest"].rstrip().endswith(" 0 rejected -> kg-data")
    seeds = {path.name for path in SEEDS.iterdir()}
    for name, columns in CONTRACT.items():
        result = json.loads(wheel[name])
        assert result["head"]["vars"] == columns, name
        rows = result["results"]["bindings"]
        assert rows, f"{name}: no rows"
        assert {row["file"]["value"] for row in rows} <= seeds, name
        assert all(row["evidence"]["value"] for row in rows), name
    lookup = json.loads(wheel["lookup"])
    assert lookup["entity"]["label"] == "Paula Bellizia"
    assert lookup["facts"]
    conflicts = json.loads(wheel["conflicts"])
    assert conflicts and all(len(conflict["values"]) >= 2 for conflict in conflicts)
    page = wheel["html"]
    assert page.startswith("<!DOCTYPE html>")
    assert "cytoscape" in page and "Paula Bellizia" in page
    assert "/*KG:" not in page  # every part of the template was inlined


@pytest.mark.parametrize("command", ["ingest", *COMMANDS, "html"])
def test_installed_kg_answers_as_the_checkout(answers, command):
    assert answers["wheel"][command] == answers["checkout"][command]
