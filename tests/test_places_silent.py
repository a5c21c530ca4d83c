"""Generated places whose bare name is a common word: only their typed forms name them.

tools/build_places.py writes such a name after "!" ("!Miranda") in kg/ontology/places.tsv;
the gazetteer keeps it as the label but never matches it alone, not even beside a place cue.
"""

from __future__ import annotations

from pathlib import Path

from kg.gazetteer import PLACES_PATH, Gazetteer, default
from kg.pipeline import extract
from kg.read import read_text

ROW = "ve-m\tState\t!Miranda\tEstado de Miranda | State of Miranda\tvenezuela\t0\t\n"


def test_a_marked_name_is_the_label_and_never_a_name(tmp_path: Path) -> None:
    places = tmp_path / "places.tsv"
    places.write_text("# test\n" + ROW, encoding="utf-8")
    gazetteer = Gazetteer.load(places=places)
    entry = gazetteer.get("ve-m")
    assert entry is not None and entry.label == "Miranda"
    assert "Miranda" not in entry.names and "Estado de Miranda" in entry.names
    assert all(name != "Miranda" for name, found in gazetteer.cued_names() if found is entry)
    assert gazetteer.match("Estado de Miranda") is entry


def test_the_generated_file_keeps_typed_forms_of_common_word_states() -> None:
    text = PLACES_PATH.read_text(encoding="utf-8")
    assert "\tState\t!Miranda\t" in text
    assert default().match("Estado de Miranda") is not None


def test_only_the_typed_form_finds_the_place() -> None:
    typed = extract(read_text("El gobernador del estado de Miranda, Ana Ruiz, habló.", lang="es"))
    bare = extract(read_text("Acme invertirá 10 millones de dólares en Miranda.", lang="es"))
    assert [f.org.label for f in typed.facts if f.kind == "role"] == ["Miranda"]
    assert [f.place for f in bare.facts if f.kind == "investment"] == [None]
