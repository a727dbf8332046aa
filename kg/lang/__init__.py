"""Language knowledge as data: one folder per language, TSV tables and a TOML of affixes.

Python code never holds word lists; it asks this module for a table and gets rows that remember
their file and line, so every extraction can say which lexicon entry fired ("ar/triggers.tsv:12").
"""
from __future__ import annotations

import csv
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from ..errors import DataError

LANG_DIR = Path(__file__).resolve().parent
SUPPORTED_LANGUAGES = ("ar", "en")


@dataclass(frozen=True)
class Row:
    cells: Mapping[str, str]
    where: str  # "ar/triggers.tsv:12"

    def __getitem__(self, key: str) -> str:
        return self.cells.get(key, "") or ""

    def alternatives(self, key: str) -> list[str]:
        """The `|`-separated alternatives of a cell, stripped, empty ones dropped."""
        return [part.strip() for part in self[key].split("|") if part.strip()]


def read_tsv(path: Path, label: str | None = None) -> tuple[Row, ...]:
    """Rows of a TSV with a header; `#` lines and blank lines are skipped."""
    label = label or path.name
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise DataError(f"{path}: missing data file (reinstall kg, or restore it from git)") from None
    except UnicodeDecodeError as exc:
        raise DataError(f"{path}: not UTF-8 ({exc.reason}); re-save it as UTF-8") from None
    rows, header = [], None
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        if header is None:
            header = [c.strip() for c in cells]
            continue
        if len(cells) > len(header):
            raise DataError(f"{path}:{number}: {len(cells)} cells but the header has {len(header)}; remove the extra tabs")
        cells += [""] * (len(header) - len(cells))
        rows.append(Row(MappingProxyType({h: c.strip() for h, c in zip(header, cells)}), f"{label}:{number}"))
    return tuple(rows)


@lru_cache(maxsize=None)
def table(language: str, name: str) -> tuple[Row, ...]:
    """The rows of `<language>/<name>.tsv`."""
    return read_tsv(LANG_DIR / language / f"{name}.tsv", f"{language}/{name}.tsv")


@lru_cache(maxsize=None)
def settings(language: str, name: str = "morphology") -> Mapping:
    path = LANG_DIR / language / f"{name}.toml"
    try:
        return MappingProxyType(tomllib.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        raise DataError(f"{path}: missing data file (reinstall kg, or restore it from git)") from None
    except tomllib.TOMLDecodeError as exc:
        raise DataError(f"{path}: not valid TOML: {exc}") from None
