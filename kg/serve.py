"""`kg serve`: the store, read-only, over the SPARQL 1.1 protocol (GET or POST /sparql).

Any SPARQL client works against it (rdflib's SPARQLStore, SPARQLWrapper, curl). Results come back as
SPARQL JSON, XML, CSV or TSV by the Accept header; CONSTRUCT results as Turtle or N-Triples.
"""
from __future__ import annotations

from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pyoxigraph as ox

from .store import Store

RESULT_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES}


def make_server(store: Store, host: str, port: int) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            url = urlparse(self.path)
            self.answer(url.path, parse_qs(url.query).get("query", [None])[0])

        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode("utf-8")
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip()
            query = body if kind == "application/sparql-query" else parse_qs(body).get("query", [None])[0]
            self.answer(urlparse(self.path).path, query)

        def answer(self, path: str, query: str | None):
            if path != "/sparql":
                return self.fail(404, "the SPARQL endpoint is /sparql")
            if not query:
                return self.fail(400, "give a query parameter (GET ?query=... or POST)")
            try:
                result = store.ox.query(query, use_default_graph_as_union=True)
            except SyntaxError as exc:
                return self.fail(400, f"query syntax error: {exc}")
            except OSError as exc:
                return self.fail(500, f"store error: {exc}")
            accept = [a.split(";")[0].strip() for a in (self.headers.get("Accept") or "").split(",")]
            if isinstance(result, ox.QueryTriples):
                mime = next((a for a in accept if a in GRAPH_FORMATS), "text/turtle")
                data = result.serialize(format=GRAPH_FORMATS[mime])
            else:
                mime = next((a for a in accept if a in RESULT_FORMATS), "application/sparql-results+json")
                data = result.serialize(format=RESULT_FORMATS[mime])
            self.send_response(200)
            self.send_header("Content-Type", f"{mime}; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def fail(self, status: int, message: str):
            data = message.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):  # keep the terminal for the URL line
            pass

    return ThreadingHTTPServer((host, port), Handler)


def serve_forever(store_path, host: str, port: int) -> None:
    with Store(store_path, read_only=True) as store:
        server = make_server(store, host, port)
        print(f"SPARQL endpoint: http://{host}:{server.server_address[1]}/sparql  (Ctrl-C to stop)", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
