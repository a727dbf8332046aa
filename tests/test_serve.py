"""`kg serve` answers real SPARQL 1.1 protocol clients."""
from __future__ import annotations

import csv
import io
import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest
from rdflib import Literal, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore

from kg.serve import make_server

PUTIN = URIRef("https://w3id.org/kg/id/person/vladimir-putin")
VISITS = """PREFIX kg: <https://w3id.org/kg/ont#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?who ?label ?where WHERE {
  ?who kg:visited ?where ; rdfs:label ?label . FILTER(langMatches(lang(?label), "en"))
}"""


@pytest.fixture
def endpoint(seed_reader):
    """The URL of a server over the seed store (read-only), on a free port, stopped after the test."""
    server = make_server(seed_reader, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def get(url: str, accept: str | None = None):
    request = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    return urllib.request.urlopen(request, timeout=30)


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_rdflib_sparqlstore(endpoint, method):
    store = SPARQLStore(endpoint + "/sparql", method=method)
    try:
        rows = list(store.query(VISITS))
        assert (PUTIN, Literal("Vladimir Putin", lang="en")) in {(r.who, r.label) for r in rows}, rows
        assert store.query("ASK { ?s ?p ?o }").askAnswer is True
        graph = store.query("PREFIX kg: <https://w3id.org/kg/ont#> CONSTRUCT { ?a kg:visited ?b } "
                            "WHERE { ?a kg:visited ?b }").graph
        assert any(s == PUTIN for s, _, _ in graph)
    finally:
        store.close()


def test_csv_with_urllib(endpoint):
    url = endpoint + "/sparql?" + urllib.parse.urlencode({"query": VISITS})
    with get(url, "text/csv") as response:
        assert response.status == 200
        assert response.headers["Content-Type"].startswith("text/csv")
        rows = list(csv.DictReader(io.StringIO(response.read().decode("utf-8"))))
    assert {"who": str(PUTIN), "label": "Vladimir Putin"}.items() <= next(
        r for r in rows if r["who"] == str(PUTIN)).items()
    assert any("kursk" in r["where"] for r in rows), rows


def test_other_paths_are_404(endpoint):
    for path in ("/", "/query", "/sparql/x"):
        with pytest.raises(urllib.error.HTTPError) as info:
            get(endpoint + path + "?" + urllib.parse.urlencode({"query": VISITS}))
        assert info.value.code == 404


def test_bad_query_is_400(endpoint):
    for query in ("SELECT ?x WHERE { ?x", None):
        url = endpoint + "/sparql" + ("?" + urllib.parse.urlencode({"query": query}) if query else "")
        with pytest.raises(urllib.error.HTTPError) as info:
            get(url)
        assert info.value.code == 400
        assert info.value.read()  # a message says what is wrong
