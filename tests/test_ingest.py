"""kg.ingest: a batch through the whole pipeline into a store: idempotence, replacement, failures."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rdflib import URIRef

from kg.ingest import Ingester, iter_failures, summarise
from kg.store import Store

ARTICLES = {
    "aswan": ("زار وزير الصحة مدينة أسوان يوم الأحد. وافتتح الوزير مستشفى جديدا للأطفال في المدينة. "
              "وقال إن الحكومة ستبني مستشفيين آخرين العام المقبل.", "2024-11-03"),
    "tanta": ("زار وزير الزراعة مدينة طنطا صباح الثلاثاء. والتقى الوزير بمحافظ الغربية لبحث أسعار القمح.",
              "2024-03-12"),
    "homs": ("وصل وزير الخارجية إلى مدينة حمص أمس. واجتمع الوزير مع ممثلي المنظمات الإنسانية. "
             "وأعلن عن إرسال قافلة مساعدات إلى المدينة.", "2025-01-20"),
}


def write_article(folder: Path, stem: str, text: str, published: str | None = None, **meta) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{stem}.txt"
    path.write_text(text, encoding="utf-8")
    side = {"language": "ar", **meta}
    if published:
        side["published"] = published
    (folder / f"{stem}.json").write_text(json.dumps(side, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def news(tmp_path) -> Path:
    folder = tmp_path / "news"
    for doc, (text, published) in ARTICLES.items():
        write_article(folder, doc, text, published)
    return folder


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "store") as s:
        yield s


def statuses(outcomes) -> dict[str, str]:
    return {o.doc: o.status for o in outcomes}


def test_first_ingest_stores_every_article(store, news):
    before = store.count()
    seen = []
    outcomes = Ingester(store).run([str(news)], on_outcome=seen.append)
    assert seen == outcomes
    assert statuses(outcomes) == {"aswan": "stored", "homs": "stored", "tanta": "stored"}
    assert store.docs() == ["aswan", "homs", "tanta"]
    assert all(o.triples > 0 for o in outcomes)
    assert store.count() > before
    for doc in ARTICLES:
        assert len(store.article_graphs(doc)) == 1


def test_ingesting_twice_changes_nothing(store, news):
    first = Ingester(store).run([str(news)])
    assert summarise(first) == {"stored": 3, "unchanged": 0, "failed": 0}
    count = store.count()
    versions = {doc: store.article_graphs(doc) for doc in ARTICLES}
    second = Ingester(store).run([str(news)])
    assert summarise(second) == {"stored": 0, "unchanged": 3, "failed": 0}
    assert all(o.status == "unchanged" for o in second)
    assert store.count() == count
    assert {doc: store.article_graphs(doc) for doc in ARTICLES} == versions  # same graphs, same stamps


def test_ingesting_twice_across_reopen(tmp_path, news):
    with Store(tmp_path / "store") as s:
        Ingester(s).run([str(news)])
        count = s.count()
    with Store(tmp_path / "store") as s:
        outcomes = Ingester(s).run([str(news)])
        assert summarise(outcomes)["unchanged"] == 3
        assert s.count() == count


def test_changed_article_is_replaced(store, news):
    Ingester(store).run([str(news)])
    [(old_graph, old_hash, _)] = store.article_graphs("tanta")
    others = {doc: store.article_graphs(doc) for doc in ("aswan", "homs")}
    write_article(news, "tanta", "زار وزير الزراعة مدينة المنصورة صباح الأربعاء. والتقى الوزير بالمزارعين في القرى.",
                  "2024-03-13")
    outcomes = Ingester(store).run([str(news)])
    assert statuses(outcomes) == {"aswan": "unchanged", "homs": "unchanged", "tanta": "stored"}
    versions = store.article_graphs("tanta")
    assert len(versions) == 1
    new_graph, new_hash, _ = versions[0]
    assert new_hash != old_hash and new_graph != old_graph
    assert not any(q.graph_name.value == old_graph for q in store.ox)  # the old version's triples are gone
    texts = [str(r["label"]) for r in store.select(
        "SELECT ?label WHERE { GRAPH ?g { ?x <http://www.w3.org/2000/01/rdf-schema#label> ?label } }",
        {"g": URIRef(new_graph)})]
    assert texts  # the new version has content
    assert {doc: store.article_graphs(doc) for doc in ("aswan", "homs")} == others


def test_changed_metadata_alone_replaces_the_article(store, news):
    Ingester(store).run([str(news)])
    [(_, old_hash, _)] = store.article_graphs("homs")
    write_article(news, "homs", ARTICLES["homs"][0], ARTICLES["homs"][1], title="الوزير في حمص")
    outcomes = Ingester(store).run([str(news)])
    assert statuses(outcomes)["homs"] == "stored"
    [(_, new_hash, _)] = store.article_graphs("homs")
    assert new_hash != old_hash


def test_one_bad_file_does_not_sink_the_batch(tmp_path, store):
    earlier = tmp_path / "earlier"
    write_article(earlier, "aswan", *ARTICLES["aswan"])
    Ingester(store).run([str(earlier)])
    assert store.docs() == ["aswan"]

    batch = tmp_path / "batch"
    write_article(batch, "homs", *ARTICLES["homs"])
    bad = batch / "broken.txt"
    bad.write_bytes("زار الوزير مدينة\n".encode("utf-8") + b"\xd8\x28 \xff\xfe\n")
    write_article(batch, "tanta", *ARTICLES["tanta"])
    outcomes = Ingester(store).run([str(batch)])
    assert summarise(outcomes) == {"stored": 2, "unchanged": 0, "failed": 1}
    [failure] = list(iter_failures(outcomes))
    assert failure.origin == str(bad)
    assert str(bad) in failure.message and f"{bad}:2" in failure.message
    assert "UTF-8" in failure.message
    assert store.docs() == ["aswan", "homs", "tanta"]  # the one stored before is still there
    assert len(store.docs()) == 3


def test_bad_file_in_a_small_batch_size(tmp_path, store):
    """Batches flushed mid-run still leave the good articles around a failure stored."""
    folder = tmp_path / "batch"
    write_article(folder, "a1", *ARTICLES["aswan"])
    (folder / "a2.txt").write_text("   \n")
    write_article(folder, "a3", *ARTICLES["homs"])
    write_article(folder, "a4", *ARTICLES["tanta"])
    outcomes = Ingester(store, batch_size=1).run([str(folder)])
    assert [(o.doc, o.status) for o in outcomes] == [("a1", "stored"), ("", "failed"), ("a3", "stored"), ("a4", "stored")]
    assert store.docs() == ["a1", "a3", "a4"]


def test_duplicate_doc_ids_in_one_batch(tmp_path, store):
    first = write_article(tmp_path / "one", "report", *ARTICLES["aswan"])
    second = write_article(tmp_path / "two", "report", *ARTICLES["homs"])
    outcomes = Ingester(store).run([str(tmp_path / "one"), str(tmp_path / "two")])
    # a failure is reported at once, a stored article when its batch is written
    assert sorted((o.origin, o.status) for o in outcomes) == [(str(first), "stored"), (str(second), "failed")]
    [failure] = list(iter_failures(outcomes))
    assert failure.doc == "report"
    assert failure.origin == str(second)
    assert "report" in failure.message and "already used" in failure.message
    assert str(first) in failure.message and str(second) in failure.message
    # the first one is what got stored
    [(_, stored_hash, _)] = store.article_graphs("report")
    texts = [str(r["t"]) for r in store.select(
        "SELECT ?t WHERE { ?a <https://w3id.org/kg/ont#docId> 'report' ; <https://w3id.org/kg/ont#contentHash> ?t }")]
    assert texts == [stored_hash]


def test_duplicate_doc_ids_from_sidecar_override(tmp_path, store):
    folder = tmp_path / "news"
    write_article(folder, "x", *ARTICLES["aswan"], doc="same")
    write_article(folder, "y", *ARTICLES["tanta"], doc="same")
    outcomes = Ingester(store).run([str(folder)])
    assert summarise(outcomes) == {"stored": 1, "unchanged": 0, "failed": 1}
    [failure] = list(iter_failures(outcomes))
    assert failure.origin == str(folder / "y.txt")
    assert "'same'" in failure.message and str(folder / "x.txt") in failure.message
    assert store.docs() == ["same"]


def test_doc_ids_that_share_an_iri_in_one_batch(tmp_path, store):
    """'Report' and 'report' slug to one article IRI: the second is refused, the first stays stored."""
    folder = tmp_path / "news"
    write_article(folder, "Report", *ARTICLES["aswan"])
    write_article(folder, "report", *ARTICLES["tanta"])
    outcomes = Ingester(store).run([str(folder)])
    assert summarise(outcomes) == {"stored": 1, "unchanged": 0, "failed": 1}
    [failure] = list(iter_failures(outcomes))
    assert "'Report'" in failure.message and "'report'" in failure.message
    assert len(store.docs()) == 1
    [stored] = [o for o in outcomes if o.status == "stored"]
    assert store.docs() == [stored.doc]
    assert len(store.article_graphs(stored.doc)) == 1
    # and a second run finds it unchanged instead of storing (and dropping) both again
    again = Ingester(store).run([str(folder)])
    assert summarise(again) == {"stored": 0, "unchanged": 1, "failed": 1}


def test_missing_published_date_warns(tmp_path, store):
    folder = tmp_path / "news"
    undated = write_article(folder, "undated", ARTICLES["homs"][0], None)
    write_article(folder, "dated", *ARTICLES["aswan"])
    outcomes = {o.doc: o for o in Ingester(store).run([str(folder)])}
    assert outcomes["undated"].status == "stored"
    assert len(outcomes["undated"].warnings) == 1
    warning = outcomes["undated"].warnings[0]
    assert "publication date" in warning and str(undated) in warning
    assert outcomes["dated"].warnings == ()


def test_stdin_article(store):
    outcomes = Ingester(store).run(["-"], stdin=io.StringIO(ARTICLES["tanta"][0]))
    assert [(o.doc, o.status) for o in outcomes] == [("stdin", "stored")]
    assert store.docs() == ["stdin"]
