"""Stage 1, read: files, folders and stdin become Articles, or InputErrors that name the file and line.

`read_paths` never raises for a bad article: it yields the error in its place, so a batch goes on.

Accepted inputs:
- `X.txt`, with an optional sidecar `X.json` (language, published, title, url, outlet, doc, and any
  other keys, which are kept as metadata);
- `X.html` / `X.htm`, text, title and date pulled out by trafilatura;
- `X.jsonl`, one article per line: `text` plus the same keys as a sidecar;
- `-`, standard input, read as one `.txt` article (or JSON lines if it starts with `{`).
"""
from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

from .errors import InputError
from .model import Article, frozen_mapping

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
KNOWN_KEYS = ("doc", "language", "published", "title", "url", "outlet")

_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


def detect_language(text: str) -> str:
    """'ar' when Arabic letters outnumber Latin ones, else 'en'.

    >>> detect_language("زار بوتين كورسك"), detect_language("Putin visited Kursk")
    ('ar', 'en')
    """
    return "ar" if len(_ARABIC_LETTER.findall(text)) >= len(_LATIN_LETTER.findall(text)) else "en"


def read_paths(paths: Iterable[str], stdin=None) -> Iterator[Article | InputError]:
    """Every article under `paths`, in a stable order; folders are walked recursively."""
    for raw in paths:
        if raw == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED)
            if not files:
                yield InputError(path, "folder holds no .txt, .html or .jsonl files")
            for file in files:
                yield from read_file(file)
        else:
            yield from read_file(path)


def read_file(path: Path) -> Iterator[Article | InputError]:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        if suffix == ".json" and path.with_suffix(".txt").exists():
            return  # a sidecar, read with its .txt
        yield InputError(path, f"unknown file type '{suffix or '(none)'}'", fix="give .txt, .html or .jsonl")
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(path, f"cannot read: {exc.strerror or exc}", fix="check the path and its permissions")
        return
    try:
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(_decode(path, data), str(path), path.stem)
        elif suffix in HTML_SUFFIXES:
            yield _article_from_html(path, _decode(path, data))
        else:
            yield _article_from_text(path, _decode(path, data), _sidecar(path))
    except InputError as exc:
        yield exc


def _decode(path: Path | str, data: bytes) -> str:
    if b"\x00" in data[:8192]:
        raise InputError(path, "binary file, not text", fix="give UTF-8 text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # drop the BOM here, so error offsets (and so line numbers) count from byte 0
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(path, f"not valid UTF-8 (byte {exc.start})", line=line, fix="re-save the file as UTF-8") from None
    if not text.strip():
        raise InputError(path, "empty file", fix="remove it or add the article text")
    return text


def _sidecar(path: Path) -> dict:
    side = path.with_suffix(".json")
    if not side.exists():
        return {}
    try:
        meta = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(side, f"cannot read sidecar: {exc}") from None
    except json.JSONDecodeError as exc:
        raise InputError(side, f"sidecar is not JSON: {exc.msg}", line=exc.lineno) from None
    if not isinstance(meta, dict):
        raise InputError(side, "sidecar must hold a JSON object")
    return meta


def _article_from_text(path: Path, text: str, meta: dict) -> Article:
    return make_article(text, meta, default_doc=path.stem, origin=str(path))


def _article_from_html(path: Path, html: str) -> Article:
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if extracted is None or not (extracted.text or "").strip():
        raise InputError(path, "no article text found in the HTML page")
    meta = {k: v for k, v in {
        "title": extracted.title, "published": extracted.date, "url": extracted.url,
        "outlet": extracted.sitename, "author": extracted.author,
    }.items() if v}
    meta.update(_sidecar(path))
    return make_article(extracted.text, meta, default_doc=path.stem, origin=str(path))


def _read_jsonl(text: str, origin: str, stem: str) -> Iterator[Article | InputError]:
    # split on "\n" only: str.splitlines also breaks on U+2028, U+0085 etc., which JSON strings may hold raw
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(origin, f"malformed JSON: {exc.msg}", line=number)
            continue
        if not isinstance(record, dict) or not str(record.get("text") or "").strip():
            yield InputError(origin, "line needs a JSON object with a non-empty \"text\"", line=number)
            continue
        meta = {k: v for k, v in record.items() if k != "text"}
        try:
            yield make_article(record["text"], meta, default_doc=f"{stem}-{number}", origin=f"{origin}:{number}")
        except InputError as exc:
            yield InputError(origin, exc.problem, line=number, fix=exc.fix)


def _read_stdin(stream) -> Iterator[Article | InputError]:
    data = stream.buffer.read() if hasattr(stream, "buffer") else stream.read()
    if isinstance(data, str):
        data = data.encode("utf-8")
    try:
        text = _decode("<stdin>", data)
    except InputError as exc:
        yield exc
        return
    if text.lstrip().startswith("{"):
        yield from _read_jsonl(text, "<stdin>", "stdin")
    else:
        yield make_article(text, {}, default_doc="stdin", origin="<stdin>")


def make_article(text: str, meta: dict, default_doc: str, origin: str) -> Article:
    """An Article from text and metadata; unknown metadata keys are kept."""
    language = str(meta.get("language") or detect_language(text)).lower()[:2]
    if language not in ("ar", "en"):
        raise InputError(origin, f"language '{language}' is not supported", fix="use ar or en")
    published = _parse_date(meta.get("published"), origin)
    extra = {k: v for k, v in meta.items() if k not in KNOWN_KEYS}
    return Article(
        doc=str(meta.get("doc") or default_doc), text=text, language=language, published=published,
        title=_opt(meta.get("title")), url=_opt(meta.get("url")), outlet=_opt(meta.get("outlet")),
        origin=origin, metadata=frozen_mapping(extra),
    )


def _parse_date(value, origin: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InputError(origin, f"published date '{value}' is not an ISO date", fix="write YYYY-MM-DD") from None


def _opt(value) -> str | None:
    return str(value) if value not in (None, "") else None
