"""The real `kg` command, run as a subprocess the way a user runs it."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
import rdflib

PUTIN = "https://w3id.org/kg/id/person/vladimir-putin"
EVENT_KEYS = {"doc", "type", "agent", "patient", "place", "date", "quantity", "source", "negated", "evidence"}


def kg(*args, cwd: Path, check: int | None = 0, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run `kg ARGS` (as `python -m kg.cli`); assert the exit code unless `check` is None."""
    env = {k: v for k, v in os.environ.items() if k != "KG_STORE"}
    env["PYTHONIOENCODING"] = "utf-8"
    result = subprocess.run([sys.executable, "-m", "kg.cli", *map(str, args)], cwd=cwd, env=env,
                            capture_output=True, text=True, encoding="utf-8", timeout=timeout)
    if check is not None:
        assert result.returncode == check, (
            f"kg {' '.join(map(str, args))} exited {result.returncode}, expected {check}\n"
            f"--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}")
    return result


def stat_counts(output: str) -> dict[str, int]:
    return {m.group(1): int(m.group(2)) for m in re.finditer(r"^(\w[\w ]*?)\s{2,}(\d+)$", output, re.M)}


@pytest.fixture(scope="module")
def first_ingest(tmp_path_factory, repo_root) -> tuple[Path, subprocess.CompletedProcess]:
    """`kg ingest examples/seed.txt` into a fresh store: (store, the run's result)."""
    store = tmp_path_factory.mktemp("cli") / "store"
    return store, kg("ingest", "examples/seed.txt", "--store", store, cwd=repo_root, check=None)


@pytest.fixture(scope="module")
def cli_store(first_ingest) -> Path:
    store, result = first_ingest
    assert result.returncode == 0, result.stderr
    return store


# ---------------------------------------------------------------- help

@pytest.mark.parametrize("command", [
    [], ["ingest"], ["query"], ["export"], ["stats"], ["remove"], ["explain"], ["serve"], ["demo"],
    ["kb"], ["kb", "lookup"], ["kb", "stats"],
], ids=lambda c: " ".join(c) or "kg")
def test_help(command, repo_root):
    result = kg(*command, "--help", cwd=repo_root)
    assert "Usage:" in result.stdout


def test_help_lists_every_subcommand(repo_root):
    out = kg("--help", cwd=repo_root).stdout
    for name in ("ingest", "query", "export", "stats", "remove", "explain", "serve", "kb", "demo"):
        assert re.search(rf"^\s+{name}\b", out, re.M), name


# ---------------------------------------------------------------- ingest

def test_ingest(first_ingest):
    _, result = first_ingest
    assert result.returncode == 0, result.stderr
    assert "stored" in result.stdout and "seed" in result.stdout
    assert "1 stored, 0 unchanged, 0 failed" in result.stderr


def test_reingest_is_unchanged(cli_store, repo_root):
    result = kg("ingest", "examples/seed.txt", "--store", cli_store, cwd=repo_root)
    assert "unchanged" in result.stdout
    assert "0 stored, 1 unchanged, 0 failed" in result.stderr


def test_ingest_folder_with_a_bad_file(tmp_path, repo_root):
    articles = tmp_path / "articles"
    articles.mkdir()
    bad = articles / "bad.txt"
    bad.write_bytes("زار الرئيس كورسك ".encode("utf-8") + b"\xff\xfe\n")
    (articles / "good.txt").write_text("زار الرئيس الروسي فلاديمير بوتين كورسك يوم الثلاثاء.\n", encoding="utf-8")
    store = tmp_path / "store"
    result = kg("ingest", articles, "--store", store, cwd=repo_root, check=1)
    assert str(bad) in result.stdout + result.stderr
    assert "1 stored, 0 unchanged, 1 failed" in result.stderr
    counts = stat_counts(kg("stats", "--store", store, cwd=repo_root).stdout)
    assert counts["articles"] == 1
    docs = kg("query", "PREFIX kg: <https://w3id.org/kg/ont#> SELECT ?doc WHERE { ?a kg:docId ?doc }",
              "--store", store, "--format", "json", cwd=repo_root).stdout
    assert [row["doc"] for row in json.loads(docs)] == ["good"]


# ---------------------------------------------------------------- query

def test_who_visited_what(cli_store, repo_root):
    rows = json.loads(kg("query", "who-visited-what", "--store", cli_store, "--format", "json", cwd=repo_root).stdout)
    assert any(r.get("agentLabel") == "Vladimir Putin" and "Kursk" in r.get("placeLabel", "") for r in rows), rows


def test_query_rq_file(cli_store, repo_root):
    out = kg("query", "ontology/queries/top-actors.rq", "--store", cli_store, "--format", "csv", cwd=repo_root).stdout
    header, *rows = out.strip().splitlines()
    assert header == "actor,label,events,asAgentCount,asPatientCount"
    assert rows and any(r.startswith(PUTIN + ",Vladimir Putin,") for r in rows), out


def test_query_raw_sparql(cli_store, repo_root):
    text = """PREFIX schema: <https://schema.org/>
PREFIX kg: <https://w3id.org/kg/ont#>
SELECT ?doc ?lang WHERE { ?a a schema:NewsArticle ; kg:docId ?doc ; schema:inLanguage ?lang }"""
    rows = json.loads(kg("query", text, "--store", cli_store, "--format", "json", cwd=repo_root).stdout)
    assert rows == [{"doc": "seed", "lang": "ar"}]
    ask = kg("query", "ASK { ?s ?p ?o }", "--store", cli_store, "--format", "json", cwd=repo_root).stdout
    assert json.loads(ask) == [{"ask": True}]
    ask = kg("query", "ASK { ?s ?p ?o }", "--store", cli_store, "--format", "csv", cwd=repo_root).stdout
    assert ask.split() == ["ask", "true"]


def test_query_bind_iri(cli_store, repo_root):
    args = ("query", "who-visited-what", "--store", cli_store, "--format", "json")
    rows = json.loads(kg(*args, "--bind", f"agent=<{PUTIN}>", cwd=repo_root).stdout)
    assert rows and {r["agent"] for r in rows} == {PUTIN}
    nobody = json.loads(kg(*args, "--bind", "agent=<https://w3id.org/kg/id/person/nobody>", cwd=repo_root).stdout)
    assert nobody == []


def test_query_bind_literal_outside_the_projection(cli_store, repo_root):
    text = """PREFIX kg: <https://w3id.org/kg/ont#>
SELECT ?event WHERE { ?event a kg:Event ; kg:article ?article . ?article kg:docId ?doc }"""
    args = ("query", text, "--store", cli_store, "--format", "json")
    assert json.loads(kg(*args, "--bind", "doc=seed", cwd=repo_root).stdout)
    assert json.loads(kg(*args, "--bind", "?doc=no-such-doc", cwd=repo_root).stdout) == []


def test_bad_query_exits_5(cli_store, repo_root):
    result = kg("query", "SELECT ?x WHERE { ?x ", "--store", cli_store, cwd=repo_root, check=5)
    assert result.stderr.startswith("kg: ") and "query" in result.stderr
    assert "Traceback" not in result.stderr
    result = kg("query", "no-such-shipped-query", "--store", cli_store, cwd=repo_root, check=5)
    assert "who-visited-what" in result.stderr  # names the shipped queries
    result = kg("query", "who-visited-what", "--bind", "novalue", "--store", cli_store, cwd=repo_root, check=5)
    assert "name=value" in result.stderr


def test_missing_store_exits_4(tmp_path, repo_root):
    missing = tmp_path / "no-store-here"
    result = kg("query", "who-visited-what", "--store", missing, cwd=repo_root, check=4)
    assert str(missing) in result.stderr
    assert not missing.exists(), "a read-only command must not create the store"


# ---------------------------------------------------------------- export

def test_export_events(cli_store, repo_root, tmp_path):
    out = kg("export", "--store", cli_store, "--format", "events", cwd=repo_root).stdout
    records = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert records
    for record in records:
        assert EVENT_KEYS | {"mention"} <= set(record), record
        assert record["doc"] == "seed"
        assert isinstance(record["negated"], bool) and isinstance(record["evidence"], str)
        for role in ("agent", "patient", "place", "source"):
            if record[role] is not None:
                assert {"id", "label", "labels"} <= set(record[role]), record[role]
    target = tmp_path / "events.jsonl"
    kg("export", "--store", cli_store, "--format", "events", "-o", target, cwd=repo_root)
    assert target.read_text(encoding="utf-8") == out


def test_export_gexf(cli_store, repo_root, tmp_path):
    target = tmp_path / "f.gexf"
    result = kg("export", "--store", cli_store, "--format", "gexf", "-o", target, cwd=repo_root)
    assert "nodes" in result.stderr
    graph = nx.read_gexf(target)
    labels = {data.get("label") for _, data in graph.nodes(data=True)}
    assert "Vladimir Putin" in labels
    assert any("Kursk" in (label or "") for label in labels), labels
    assert "European Union" in labels
    assert "Donald Trump" in labels
    assert not labels & {"asserted", "future", "planned", "hypothetical", "attempted"}, "modalities are not entities"
    assert graph.number_of_edges() > 0
    # GEXF's own edge `type` is directed/undirected/mutual: the event type must not take its place
    import xml.etree.ElementTree as ET

    edges = ET.parse(target).getroot().iter("{http://www.gexf.net/1.2draft}edge")
    assert {e.get("type", "directed") for e in edges} <= {"directed", "undirected", "mutual"}
    assert all(data.get("event_type") == data.get("label") for *_, data in graph.edges(data=True))


@pytest.mark.parametrize("fmt, rdflib_format", [("ttl", "turtle"), ("trig", "trig"), ("nq", "nquads"),
                                                ("jsonld", "json-ld")])
def test_export_rdf(fmt, rdflib_format, cli_store, repo_root, tmp_path):
    target = tmp_path / f"seed.{fmt}"
    kg("export", "--store", cli_store, "--format", fmt, "-o", target, cwd=repo_root)
    dataset = rdflib.Dataset()
    dataset.parse(target, format=rdflib_format)
    putin = rdflib.URIRef(PUTIN)
    assert len(dataset) > 100
    assert any(dataset.quads((putin, rdflib.RDFS.label, rdflib.Literal("Vladimir Putin", lang="en"), None)))
    if fmt in ("trig", "nq"):  # these keep the article's named graph
        assert any(str(g.identifier).startswith("https://w3id.org/kg/graph/article/seed/") for g in dataset.graphs())


def test_export_to_stdout_matches_file(cli_store, repo_root, tmp_path):
    target = tmp_path / "seed.nq"
    kg("export", "--store", cli_store, "--format", "nq", "-o", target, cwd=repo_root)
    assert kg("export", "--store", cli_store, "--format", "nq", cwd=repo_root).stdout == target.read_text("utf-8")


# ---------------------------------------------------------------- stats, remove

def test_stats(cli_store, repo_root):
    counts = stat_counts(kg("stats", "--store", cli_store, cwd=repo_root).stdout)
    assert counts["articles"] == 1
    assert counts["event mentions"] >= 1 and counts["triples"] > 100


def test_remove(cli_store, repo_root, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(cli_store, store)
    result = kg("remove", "seed", "--store", store, cwd=repo_root)
    assert "removed seed" in result.stderr
    out = kg("stats", "--store", store, cwd=repo_root).stdout
    counts = stat_counts(out)
    assert counts["articles"] == 0, out
    assert counts["triples"] == 0, out
    again = kg("remove", "seed", "--store", store, cwd=repo_root, check=2)
    assert "no article 'seed'" in again.stderr


# ---------------------------------------------------------------- kb, explain

def test_kb_lookup_arabic(repo_root):
    out = kg("kb", "lookup", "بوتين", cwd=repo_root).stdout
    assert re.search(r"^person/vladimir-putin\t", out, re.M), out


def test_explain(repo_root):
    out = kg("explain", "examples/seed.txt", cwd=repo_root).stdout
    assert out.startswith("# seed (ar, published 2025-05-21)")
    assert re.search(r"^\[0\] .*زار الرئيس الروسي فلاديمير بوتين كورسك", out, re.M)
    assert re.search(r"^\s+EVENT\s+\w+", out, re.M)
