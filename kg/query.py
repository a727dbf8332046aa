"""Stage 8, query: SPARQL over the store, from a string, a .rq file or a shipped query's name.

Queries see the union of all article graphs as their default graph; `GRAPH ?g` reaches single
articles. Values go in through bindings (`bind`), never by editing the query text.
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.term import Node

from .errors import QueryError
from .store import Store

QUERY_DIR = Path(__file__).resolve().parent / "ontology" / "queries"


def shipped_queries() -> dict[str, str]:
    """Name -> first comment line, for every query in ontology/queries/."""
    out = {}
    for path in sorted(QUERY_DIR.glob("*.rq")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        out[path.stem] = first.lstrip("# ").strip()
    return out


def resolve(spec: str) -> str:
    """A query's text from a shipped name, a .rq path, or the SPARQL itself."""
    named = QUERY_DIR / f"{spec}.rq"
    if "\n" not in spec and named.exists():
        return named.read_text(encoding="utf-8")
    if spec.endswith(".rq"):
        try:
            return Path(spec).read_text(encoding="utf-8")
        except OSError as exc:
            raise QueryError(f"{spec}: cannot read the query file ({exc.strerror})") from None
    if any(word in spec.upper() for word in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")):
        return spec
    known = ", ".join(shipped_queries())
    raise QueryError(f"'{spec}' is neither SPARQL, a .rq file nor a shipped query (shipped: {known})")


def run(store: Store, text: str, bindings: dict[str, Node] | None = None):
    """(variables, rows) for SELECT, (['ask'], [[bool]]) for ASK, or an rdflib Graph for CONSTRUCT."""
    try:
        result = store.query(text, bindings)
        if result.type == "ASK":
            return ["ask"], [[result.askAnswer]]
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            return result.graph
        variables = [str(v) for v in result.vars]
        return variables, [list(row) for row in result]  # solutions are computed lazily: errors surface here
    except Exception as exc:  # rdflib and Oxigraph raise several parser/evaluation errors
        raise QueryError(f"the query failed: {exc}") from None


def parse_bindings(pairs: list[str]) -> dict[str, Node]:
    """`name=value` pairs; a value in <...> is an IRI, anything else a plain literal."""
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise QueryError(f"binding '{pair}' must look like name=value or name=<iri>")
        out[name.lstrip("?")] = URIRef(value[1:-1]) if value.startswith("<") and value.endswith(">") else Literal(value)
    return out


def _cell(term) -> str:
    if isinstance(term, bool):  # an ASK answer
        return "true" if term else "false"
    return "" if term is None else str(term)


def format_rows(variables: list[str], rows: list[list], fmt: str) -> str:
    if fmt == "json":
        return json.dumps([{v: _json(t) for v, t in zip(variables, row) if t is not None} for row in rows],
                          ensure_ascii=False, indent=1)
    if fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(variables)
        writer.writerows([[_cell(t) for t in row] for row in rows])
        return buffer.getvalue()
    cells = [[_cell(t) for t in row] for row in rows]
    widths = [min(60, max([len(v), *(len(r[i]) for r in cells)])) for i, v in enumerate(variables)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(variables, widths)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c[:60].ljust(w) for c, w in zip(row, widths)) for row in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def _json(term):
    if isinstance(term, bool):  # an ASK answer
        return term
    if isinstance(term, Literal):
        value = term.toPython()
        return value if isinstance(value, (int, float, bool)) else str(term)
    return str(term)
