"""Shared fixtures: the repository root and a store holding the seed article, ingested once per session."""
from __future__ import annotations

import gc
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory) -> Path:
    """The path of a store holding examples/seed.txt (with its seed.json sidecar).

    The writable store is closed before the path is handed out: Oxigraph allows one writer, so tests
    open it themselves, read-only (`Store(path, read_only=True)`), and must not write to it.
    """
    from kg.ingest import Ingester
    from kg.store import Store

    path = tmp_path_factory.mktemp("seed") / "store"
    store = Store(path)
    try:
        outcomes = Ingester(store).run([str(REPO_ROOT / "examples" / "seed.txt")])
    finally:
        store.close()
        gc.collect()  # drop any lingering handle on the RocksDB files before read-only opens
    assert [(o.doc, o.status) for o in outcomes] == [("seed", "stored")], outcomes
    yield path


@pytest.fixture
def seed_reader(seed_store):
    """The seed store opened read-only, closed after the test."""
    from kg.store import Store

    store = Store(seed_store, read_only=True)
    try:
        yield store
    finally:
        store.close()
        gc.collect()


@pytest.fixture(scope="session")
def ar_nlp():
    """kg's Arabic spaCy pipeline, built once per session (about 1.5 s)."""
    from kg.analyse import build_pipeline

    return build_pipeline("ar")
