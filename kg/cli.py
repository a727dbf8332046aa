"""The `kg` command: one group, one subcommand per job. `kg COMMAND --help` explains each.

Exit codes: 0 all went well; 1 some articles failed (the rest were stored); 2 bad input or usage;
3 a data file (KB, lexicon) is malformed; 4 the store cannot be opened or written; 5 a query failed.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .errors import KgError
from .store import Store, default_store_path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

store_option = click.option(
    "--store", "store_path", type=click.Path(file_okay=False), default=None,
    help=f"Store folder (default: $KG_STORE or {default_store_path()}).")
kb_option = click.option(
    "--kb", "kb_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
    help="Your own KB file (.tsv with the columns of kg/kb/data/README.md, or .ttl); repeatable.")
spacy_model_option = click.option(
    "--spacy-model", "spacy_model", default=None, metavar="NAME_OR_PATH", envvar="KG_SPACY_MODEL_EN", show_envvar=True,
    help="A trained spaCy English pipeline you installed (a package such as en_core_web_sm, or a folder): "
         "English articles then also use its named entities and dependency parse. Off by default; nothing is downloaded.")


def spacy_models(spacy_model: str | None) -> dict[str, str]:
    """--spacy-model / $KG_SPACY_MODEL_EN applies to English articles."""
    return {"en": spacy_model} if spacy_model else {}


class KgGroup(click.Group):
    """Turns kg's own errors into one clear line and the exit code they stand for."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KgError as exc:
            click.echo(f"kg: {exc}", err=True)
            sys.exit(exc.exit_code)


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main():
    """kg turns news articles (Arabic, English) into an RDF knowledge graph of events:
    who did what to whom, where, when, how many, and on whose word, with the evidence for each.

    \b
    Typical session:
      kg ingest articles/ --store my-store      # read, extract, store (idempotent)
      kg query who-visited-what --store my-store
      kg export --format gexf -o graph.gexf --store my-store   # open in Gephi
      kg explain article.txt                    # why each event was (not) found
    """


@main.command()
@click.argument("paths", nargs=-1, required=True)
@store_option
@kb_option
@click.option("--batch-size", default=50, show_default=True, help="Articles written per store transaction.")
@click.option("--quiet", "-q", is_flag=True, help="Only print failures and the summary.")
@spacy_model_option
def ingest(paths, store_path, kb_files, batch_size, quiet, spacy_model):
    """Read articles and add their events to the store.

    PATHS are files, folders (read recursively) or - for standard input:
    .txt with an optional sidecar .json (language, published, title, url, outlet, doc),
    .html (text, title and date are extracted), or .jsonl (one article a line: text plus the same keys).
    Unchanged articles are skipped; a changed article replaces its earlier version.
    A bad article is reported with its file and line and the others go on; the exit code is then 1.
    """
    from tqdm import tqdm

    from .ingest import Ingester, summarise

    models = spacy_models(spacy_model)
    if models:
        from .analyse import trained

        trained.check_available(models["en"])  # before the store is opened
    with Store(store_path) as store:
        bar = tqdm(desc="ingest", unit="article", disable=None, file=sys.stderr, leave=False)

        def show(outcome):
            bar.update(1)
            if outcome.status == "failed":
                tqdm.write(f"error: {outcome.message}", file=sys.stderr)
            elif not quiet:
                for warning in outcome.warnings:
                    tqdm.write(f"note: {warning}", file=sys.stderr)
                detail = f"{outcome.events} events, {outcome.triples} triples" if outcome.status == "stored" else ""
                tqdm.write(f"{outcome.status:9s} {outcome.doc}  {detail}".rstrip())

        outcomes = Ingester(store, tuple(kb_files), batch_size, models).run(paths, show)
        bar.close()
        counts = summarise(outcomes)
        click.echo(f"{counts['stored']} stored, {counts['unchanged']} unchanged, {counts['failed']} failed "
                   f"-> {store.path}", err=True)
    sys.exit(1 if counts["failed"] else 0)


@main.command()
@click.argument("query")
@store_option
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table", show_default=True)
@click.option("--bind", "bindings", multiple=True, metavar="NAME=VALUE",
              help="Bind a variable before the query runs: name=text, or name=<iri>. Repeatable.")
def query(query, store_path, fmt, bindings):
    """Run SPARQL: QUERY is SPARQL text, a .rq file, or a shipped query's name.

    \b
    Shipped queries (ontology/queries/):
      who-visited-what, events-with-sources, events-by-type, top-actors,
      event-articles, contested, entity-labels
    The default graph is the union of all articles; GRAPH ?g reaches one article.
    Example: kg query 'SELECT ?who WHERE { ?who kg:visited ?where }' needs its PREFIX lines;
    shipped queries carry theirs.
    """
    from .query import format_rows, parse_bindings, resolve, run

    with Store(store_path, read_only=True) as store:
        result = run(store, resolve(query), parse_bindings(list(bindings)))
        if isinstance(result, tuple):
            click.echo(format_rows(*result, fmt))
        else:
            click.echo(result.serialize(format="turtle"))


@main.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(["events", "gexf", "graphml", "ttl", "trig", "nq", "jsonld"]),
              required=True, help="events: JSON lines for ../shared/eval/score.py; gexf/graphml: Gephi; the rest: RDF.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None, help="File to write (default: stdout).")
def export(store_path, fmt, output):
    """Write the store's content as events, a network for Gephi, or RDF."""
    from .export import export as run_export

    with Store(store_path, read_only=True) as store:
        summary = run_export(store, fmt, output, sys.stdout)
    click.echo(f"exported {summary}" + (f" -> {output}" if output else ""), err=True)


@main.command()
@store_option
def stats(store_path):
    """Count articles, entities, events and triples per type."""
    from .stats import stats_lines

    with Store(store_path, read_only=True) as store:
        for line in stats_lines(store):
            click.echo(line)


@main.command()
@click.argument("doc")
@store_option
def remove(doc, store_path):
    """Delete an article (by doc id) and everything extracted from it."""
    from .merge import Merger

    with Store(store_path) as store:
        if not Merger(store).remove(doc):
            click.echo(f"kg: no article '{doc}' in {store.path} (see `kg stats` or the docIds in `kg query`)", err=True)
            sys.exit(2)
    click.echo(f"removed {doc}", err=True)


@main.command()
@click.argument("merge_id", required=False)
@store_option
@click.option("--kind", type=click.Choice(["entity", "event", "all"]), default="all", show_default=True)
@click.option("--rebuild", is_flag=True, help="Recompute the whole canonical layer (stores made before merging).")
def merges(merge_id, store_path, kind, rebuild):
    """List the recorded merges, or explain the one with MERGE_ID.

    Every merge of an entity into another (same real entity) or of an event mention into a canonical
    event is recorded in the graph <https://w3id.org/kg/graph/merges> with its method and score.
    Undo one with `kg unmerge MERGE_ID`.
    """
    from .export import Labels
    from .merge import Merger

    with Store(store_path, read_only=not rebuild) as store:
        merger = Merger(store)
        if rebuild:
            click.echo(f"rebuilt: {merger.rebuild()}", err=True)
        labels = Labels(store)
        if merge_id:
            record = merger.merge(merge_id)
            if record is None:
                click.echo(f"kg: no merge '{merge_id}' in {store.path} (see `kg merges`)", err=True)
                sys.exit(2)
            for key in ("id", "method", "score", "from", "into", "detail"):
                value = record[key]
                if key in ("from", "into"):
                    value = f"{value}  ({labels.label(value)})"
                click.echo(f"{key:7s} {value}")
            return
        shown = 0
        for record in merger.merges():
            if kind != "all" and not record["method"].startswith(kind + ":"):
                continue
            shown += 1
            click.echo(f"{record['id']}  {record['method']:24s} {record['score']:.3f}  "
                       f"{labels.label(record['from'])} -> {labels.label(record['into'])}")
        click.echo(f"{shown} merges", err=True)


@main.command()
@click.argument("merge_id")
@store_option
def unmerge(merge_id, store_path):
    """Undo the merge MERGE_ID (from `kg merges`) without re-ingesting; later merges respect it."""
    from .merge import Merger

    with Store(store_path) as store:
        record = Merger(store).unmerge(merge_id)
    if record is None:
        click.echo(f"kg: no merge '{merge_id}' (see `kg merges`)", err=True)
        sys.exit(2)
    click.echo(f"unmerged {record['from']} from {record['into']}", err=True)


@main.command("merge-store")
@click.argument("sources", nargs=-1, required=True, type=click.Path(file_okay=False, exists=True))
@click.option("--into", "target", type=click.Path(file_okay=False), default=None,
              help="The store to merge into (default: the first SOURCE).")
def merge_store(sources, target):
    """Merge stores: their articles (and unmerge decisions) go into one store, whose canonical layer is
    updated as if everything had been ingested there."""
    from .merge.stores import merge_stores

    if target is None:
        target, sources = sources[0], sources[1:]
    summary = merge_stores(list(sources), target)
    click.echo(summary, err=True)


@main.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@kb_option
@spacy_model_option
def explain(path, kb_files, spacy_model):
    """Show, sentence by sentence, what extraction found in an article and why.

    For each sentence: the mentions (with KB ids), time expressions, quantities, and every event
    with the rule and lexicon row that produced it. Nothing is stored.
    """
    from .explain import explain_file

    for line in explain_file(Path(path), tuple(kb_files), spacy_models(spacy_model)):
        click.echo(line)


@main.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=7878, show_default=True)
def serve(store_path, host, port):
    """Serve the store read-only over the SPARQL 1.1 protocol at http://HOST:PORT/sparql."""
    from .serve import serve_forever

    serve_forever(store_path, host, port)


@main.group()
def kb():
    """Look into the knowledge base."""


@kb.command("lookup")
@click.argument("name")
@click.option("--language", type=click.Choice(["ar", "en"]), default=None, help="Default: guessed from the script.")
@kb_option
def kb_lookup(name, language, kb_files):
    """List the KB entries a name can refer to, best first."""
    from .kb import load_kb
    from .read import detect_language

    language = language or detect_language(name)
    entries = load_kb(tuple(kb_files)).lookup(name, language)
    if not entries:
        click.echo(f"no KB entry is called '{name}' ({language})", err=True)
        sys.exit(1)
    for entry in entries:
        ids = " ".join(x for x in (entry.wikidata and f"wd:{entry.wikidata}", entry.geonames and f"geonames:{entry.geonames}") if x)
        click.echo(f"{entry.id}\t{entry.type}\t{entry.name_en}\t{entry.name_ar}\t{ids}\t{entry.origin}")


@kb.command("stats")
@kb_option
def kb_stats(kb_files):
    """Count KB entries per type."""
    from collections import Counter

    from .kb import load_kb

    knowledge = load_kb(tuple(kb_files))
    for entity_type, count in sorted(Counter(e.type for e in knowledge.entries.values()).items()):
        click.echo(f"{entity_type:14s} {count}")
    click.echo(f"{'total':14s} {len(knowledge)}")


@main.command()
@store_option
@click.option("--exports", "export_dir", type=click.Path(file_okay=False), default="exports", show_default=True)
def demo(store_path, export_dir):
    """Ingest the bundled example article, answer example questions, write a Gephi file."""
    from .export import export as run_export
    from .ingest import Ingester
    from .query import format_rows, resolve, run

    examples = EXAMPLES if EXAMPLES.exists() else None
    if examples is None:
        raise click.ClickException("the bundled examples/ folder is missing; run from a clone of the repository")
    with Store(store_path) as store:
        for outcome in Ingester(store).run([str(examples)]):
            click.echo(f"{outcome.status:9s} {outcome.doc} {outcome.message}".rstrip())
        for name in ("who-visited-what", "events-with-sources"):
            click.echo(f"\n== {name}: " + resolve(name).splitlines()[0].lstrip("# "))
            click.echo(format_rows(*run(store, resolve(name)), "table"))
        Path(export_dir).mkdir(parents=True, exist_ok=True)
        target = str(Path(export_dir) / "demo.gexf")
        click.echo("\n" + run_export(store, "gexf", target, sys.stdout) + f" -> {target} (open it in Gephi)")


if __name__ == "__main__":
    main()
