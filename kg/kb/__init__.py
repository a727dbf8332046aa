"""The knowledge base: known people, organisations and places, with their names in Arabic and English.

Entries come from the TSV files in `kg/kb/data/` (see its README for the columns) and from users'
own files (`--kb FILE`, TSV with the same columns or Turtle). Look-ups are by folded name, so
`أوكرانيا`, `اوكرانيا` and `أوكرانيا` find the same entry.

>>> kb = KnowledgeBase.from_rows([{"id": "person/x", "type": "Person", "name_en": "Ann Example",
...     "name_ar": "آن إكزامبل", "aliases_ar": "إكزامبل"}], origin="doctest")
>>> [e.id for e in kb.lookup("اكزامبل", "ar")]
['person/x']
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping

from ..errors import DataError
from ..iri import entity_iri
from ..lang import read_tsv
from ..lang.fold import fold_phrase
from ..model import ENTITY_TYPES

DATA_DIR = Path(__file__).resolve().parent / "data"
BUNDLED = ("places", "cities", "countries", "regions", "organizations", "people")  # later files override ids
COLUMNS = ("id", "type", "name_en", "name_ar", "aliases_en", "aliases_ar", "country", "wikidata",
           "geonames", "population", "metonym_of", "id_source", "note")
# When one name fits several entries, curated actors beat countries, which beat regions and cities.
_TYPE_RANK = {"Person": 0, "Government": 1, "Military": 1, "ArmedGroup": 1, "Media": 1, "Organization": 1,
              "Country": 2, "Region": 3, "Facility": 3, "City": 4, "Place": 4, "Group": 5, "Topic": 5}


@dataclass(frozen=True)
class KBEntry:
    id: str
    type: str
    name_en: str
    name_ar: str
    aliases_en: tuple[str, ...] = ()
    aliases_ar: tuple[str, ...] = ()
    country: str = ""
    wikidata: str = ""
    geonames: str = ""
    population: int = 0
    metonym_of: str = ""
    id_source: str = ""
    origin: str = ""
    iri: str = field(default="", compare=False)

    @property
    def label(self) -> str:
        return self.name_en or self.name_ar

    def names(self, language: str) -> tuple[str, ...]:
        if language == "ar":
            return tuple(n for n in (self.name_ar, *self.aliases_ar) if n)
        return tuple(n for n in (self.name_en, *self.aliases_en) if n)

    @property
    def entity_iri(self) -> str:
        return self.iri or str(entity_iri(self.id))


class KnowledgeBase:
    def __init__(self, entries: Iterable[KBEntry], demonyms: Mapping[tuple, str] | None = None):
        self.entries: dict[str, KBEntry] = {}
        self._names: dict[tuple[str, tuple[str, ...]], list[str]] = defaultdict(list)
        self.demonyms: dict[tuple[str, tuple[str, ...]], str] = dict(demonyms or {})
        for entry in entries:
            self.add(entry)

    def add(self, entry: KBEntry) -> None:
        """Add an entry; a later entry with the same id replaces the earlier one (user files win)."""
        if entry.id in self.entries:
            self._unindex(self.entries[entry.id])
        self.entries[entry.id] = entry
        for language in ("ar", "en"):
            for name in entry.names(language):
                key = (language, fold_phrase(name, language))
                if entry.id not in self._names[key]:
                    self._names[key].append(entry.id)
                    self._names[key].sort(key=self._rank)

    def _unindex(self, entry: KBEntry) -> None:
        for language in ("ar", "en"):
            for name in entry.names(language):
                ids = self._names.get((language, fold_phrase(name, language)), [])
                if entry.id in ids:
                    ids.remove(entry.id)

    def _rank(self, entry_id: str) -> tuple:
        entry = self.entries[entry_id]
        return (_TYPE_RANK.get(entry.type, 9), -entry.population, entry.id)

    def lookup(self, name: str | tuple[str, ...], language: str) -> list[KBEntry]:
        """Entries that go by `name`, best first (curated actors, then larger places)."""
        key = name if isinstance(name, tuple) else fold_phrase(name, language)
        return [self.entries[i] for i in self._names.get((language, key), ())]

    def names(self, language: str) -> Iterable[tuple[str, ...]]:
        """Every folded name in `language`, for building matchers."""
        return (key for (lang, key), ids in self._names.items() if lang == language and ids)

    def get(self, entry_id: str) -> KBEntry | None:
        return self.entries.get(entry_id)

    def country(self, iso2: str) -> KBEntry | None:
        return self.entries.get(f"country/{iso2}")

    def __len__(self) -> int:
        return len(self.entries)

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, str]], origin: str) -> "KnowledgeBase":
        return cls(entry_from_row(r, f"{origin}:{n}") for n, r in enumerate(rows, 2))


def entry_from_row(row: Mapping[str, str], where: str) -> KBEntry:
    def cell(key: str) -> str:
        return (row.get(key) or "").strip()

    def alternatives(key: str) -> tuple[str, ...]:
        return tuple(a.strip() for a in cell(key).split("|") if a.strip())

    if not cell("id") or "/" not in cell("id"):
        raise DataError(f"{where}: id '{cell('id')}' must look like kind/key, e.g. person/vladimir-putin")
    if cell("type") not in ENTITY_TYPES:
        raise DataError(f"{where}: type '{cell('type')}' is not one of {', '.join(ENTITY_TYPES)}")
    if not (cell("name_en") or cell("name_ar")):
        raise DataError(f"{where}: give name_en or name_ar")
    try:
        population = int(float(cell("population") or 0))
    except ValueError:
        raise DataError(f"{where}: population '{cell('population')}' is not a number") from None
    return KBEntry(
        id=cell("id"), type=cell("type"), name_en=cell("name_en"), name_ar=cell("name_ar"),
        aliases_en=alternatives("aliases_en"), aliases_ar=alternatives("aliases_ar"),
        country=cell("country").upper(), wikidata=cell("wikidata"), geonames=cell("geonames"),
        population=population, metonym_of=cell("metonym_of"), id_source=cell("id_source"), origin=where,
        iri=cell("iri"),
    )


def _entries_from_tsv(path: Path, label: str) -> list[KBEntry]:
    return [entry_from_row(row.cells, row.where) for row in read_tsv(path, label)]


def _demonyms(path: Path) -> dict[tuple[str, tuple[str, ...]], str]:
    """Adjective -> country. Feminine, definite and sound-plural Arabic forms are generated."""
    from ..lang import settings

    affixes = settings("ar", "morphology").get("noun", {})
    nisba_endings = [e for e in affixes.get("nisba", []) if e] or ["ي", "ية", "يون", "يين"]
    out: dict[tuple[str, tuple[str, ...]], str] = {}
    if not path.exists():
        return out
    for row in read_tsv(path, "kb/demonyms.tsv"):
        iso = row["country"].upper()
        for adjective in row.alternatives("ar"):
            for form in _nisba_forms(adjective, nisba_endings):
                out.setdefault(("ar", fold_phrase(form, "ar")), iso)
        for plural in row.alternatives("ar_plural"):
            for form in (plural, *(" ".join("ال" + w for w in plural.split()),)):
                out.setdefault(("ar", fold_phrase(form, "ar")), iso)
        for adjective in row.alternatives("en"):
            out.setdefault(("en", fold_phrase(adjective, "en")), iso)
            if adjective.endswith(("an", "i")):  # Russians, Israelis: the people, as a plural noun
                out.setdefault(("en", fold_phrase(adjective + "s", "en")), iso)
    return out


def _nisba_forms(adjective: str, endings: list[str]) -> set[str]:
    """كوري شمالي -> كورية شمالية, الكوريين الشماليين, ... (every word inflects alike)."""
    words = adjective.split()
    stems = [w[:-1] if w.endswith("ي") else w for w in words]
    forms = set()
    for ending in endings:
        for article in ("", "ال"):
            forms.add(" ".join(article + stem + ending for stem in stems))
    return forms


def load_user_kb(path: Path) -> list[KBEntry]:
    """A user's KB file: TSV with the bundled columns, or Turtle with kg: types and labels."""
    if path.suffix.lower() in (".ttl", ".turtle"):
        from .turtle import entries_from_turtle

        return entries_from_turtle(path)
    if path.suffix.lower() != ".tsv":
        raise DataError(f"{path}: a KB file must be .tsv (columns as in kg/kb/data/README.md) or .ttl")
    return _entries_from_tsv(path, str(path))


@lru_cache(maxsize=8)
def load_kb(extra: tuple[str, ...] = ()) -> KnowledgeBase:
    """The bundled KB plus users' files, later files overriding earlier ids. Cached per process."""
    entries: list[KBEntry] = []
    for name in BUNDLED:
        path = DATA_DIR / f"{name}.tsv"
        if path.exists():
            entries += _entries_from_tsv(path, f"kb/{name}.tsv")
    entries = _with_aliases(entries, DATA_DIR / "country_aliases.tsv")
    for extra_path in extra:
        entries += load_user_kb(Path(extra_path))
    return KnowledgeBase(entries, _demonyms(DATA_DIR / "demonyms.tsv"))


def _with_aliases(entries: list[KBEntry], path: Path) -> list[KBEntry]:
    """Add curated everyday names (الإمارات, UK) to generated entries without editing those files."""
    if not path.exists():
        return entries
    extra = {row["id"]: row for row in read_tsv(path, "kb/country_aliases.tsv")}
    out = []
    for entry in entries:
        row = extra.get(entry.id)
        if row is not None:
            entry = replace(entry, aliases_ar=(*entry.aliases_ar, *row.alternatives("aliases_ar")),
                            aliases_en=(*entry.aliases_en, *row.alternatives("aliases_en")))
        out.append(entry)
    return out
