"""Reading the KB's TSV files the way the data tests check them: exact header, 13 cells a row."""
from __future__ import annotations

import re
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "kg" / "kb" / "data"
COLUMNS = [
    "id", "type", "name_en", "name_ar", "aliases_en", "aliases_ar", "country",
    "wikidata", "geonames", "population", "metonym_of", "id_source", "note",
]
# Diacritics U+064B-U+065F, superscript alef U+0670, tatweel U+0640, Persian/Urdu letters ک ی پ چ ژ گ.
FORBIDDEN_AR = re.compile("[\u064b-\u065f\u0670\u0640\u06a9\u06cc\u067e\u0686\u0698\u06af]")


def read_table(name: str) -> list[dict]:
    lines = (DATA / name).read_text(encoding="utf-8").split("\n")
    assert lines[-1] == "", f"{name} must end with a newline"
    header, *body = lines[:-1]
    assert header.split("\t") == COLUMNS
    rows = []
    for n, line in enumerate(body, start=2):
        cells = line.split("\t")
        assert len(cells) == len(COLUMNS), f"{name}:{n}: {len(cells)} columns"
        rows.append(dict(zip(COLUMNS, cells)))
    return rows
