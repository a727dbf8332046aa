"""exports/seed.gexf and exports/seed-events.jsonl are what kg makes of examples/ today.

They are committed so that a reader can open the graph in Gephi without installing kg. When extraction
or export changes, these tests fail until the files are regenerated (scripts/refresh_exports.sh).
Graphs and records are compared after parsing, not byte for byte: GEXF carries the date it was written.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

REFRESH = ("kg ingest examples --store /tmp/x && kg export --store /tmp/x --format gexf -o exports/seed.gexf"
           " && kg export --store /tmp/x --format events -o exports/seed-events.jsonl"
           "   (or scripts/refresh_exports.sh)")


@pytest.fixture(scope="module")
def fresh(tmp_path_factory, repo_root) -> Path:
    """A folder with seed.gexf and seed-events.jsonl made from a fresh ingest of examples/."""
    out = tmp_path_factory.mktemp("exports")
    store = out / "store"
    env = {k: v for k, v in os.environ.items() if k != "KG_STORE"}
    for args in (["ingest", "examples", "--store", store, "--quiet"],
                 ["export", "--store", store, "--format", "gexf", "-o", out / "seed.gexf"],
                 ["export", "--store", store, "--format", "events", "-o", out / "seed-events.jsonl"]):
        result = subprocess.run([sys.executable, "-m", "kg.cli", *map(str, args)], cwd=repo_root, env=env,
                                capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, f"kg {' '.join(map(str, args))}\n{result.stdout}\n{result.stderr}"
    return out


def _names(value: str) -> list[str]:
    return sorted(value.split(" | ")) if value else []


def gexf_content(path: Path) -> tuple[dict, list]:
    """Nodes {id: attributes} and edges [(source, target, attributes)], in a canonical order."""
    graph = nx.read_gexf(path)
    nodes = {}
    for node, data in graph.nodes(data=True):
        data = dict(data)
        data["names"] = _names(data.get("names", ""))  # the order of alternative names is not meaningful
        nodes[node] = data
    edges = sorted(((u, v, {k: x for k, x in d.items() if k != "id"}) for u, v, d in graph.edges(data=True)),
                   key=lambda e: json.dumps(e, sort_keys=True, ensure_ascii=False))
    return nodes, edges


def events_content(path: Path) -> list[dict]:
    records = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        for role in ("agent", "patient", "place", "source"):
            if record.get(role):
                record[role] = dict(record[role], labels=sorted(record[role]["labels"]))
        records.append(record)
    return sorted(records, key=lambda r: json.dumps(r, sort_keys=True, ensure_ascii=False))


def _stale(name: str, detail: str) -> str:
    return f"exports/{name} is stale ({detail}); regenerate it and commit:\n    {REFRESH}"


def test_gexf_is_current(fresh, repo_root):
    committed = repo_root / "exports" / "seed.gexf"
    assert committed.exists(), _stale("seed.gexf", "missing")
    old_nodes, old_edges = gexf_content(committed)
    new_nodes, new_edges = gexf_content(fresh / "seed.gexf")
    if old_nodes != new_nodes:
        gone, added = sorted(set(old_nodes) - set(new_nodes)), sorted(set(new_nodes) - set(old_nodes))
        changed = sorted(n for n in set(old_nodes) & set(new_nodes) if old_nodes[n] != new_nodes[n])
        pytest.fail(_stale("seed.gexf", f"nodes: {len(gone)} gone {gone[:5]}, {len(added)} new {added[:5]}, "
                                        f"{len(changed)} with other attributes {changed[:5]}"))
    if old_edges != new_edges:
        gone = [e for e in old_edges if e not in new_edges]
        added = [e for e in new_edges if e not in old_edges]
        pytest.fail(_stale("seed.gexf", f"edges: {len(gone)} gone {gone[:3]}, {len(added)} new {added[:3]}"))


def test_events_are_current(fresh, repo_root):
    committed = repo_root / "exports" / "seed-events.jsonl"
    assert committed.exists(), _stale("seed-events.jsonl", "missing")
    old, new = events_content(committed), events_content(fresh / "seed-events.jsonl")
    if old != new:
        gone = [(r["type"], r["evidence"]) for r in old if r not in new]
        added = [(r["type"], r["evidence"]) for r in new if r not in old]
        pytest.fail(_stale("seed-events.jsonl", f"{len(old)} -> {len(new)} events; "
                                                f"gone {gone[:5]}, new {added[:5]}"))


def test_committed_gexf_has_the_seed_entities(repo_root):
    labels = {d.get("label") for _, d in nx.read_gexf(repo_root / "exports" / "seed.gexf").nodes(data=True)}
    assert "Vladimir Putin" in labels and any("Kursk" in (label or "") for label in labels)
