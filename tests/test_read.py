"""kg.read: files, folders and stdin to Articles; every bad input to an InputError naming file and line."""
from __future__ import annotations

import io
import json
import os
from datetime import date
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.model import Article
from kg.read import detect_language, read_paths

AR_TEXT = "زار وزير الصحة مدينة أسوان يوم الأحد. وافتتح الوزير مستشفى جديدا للأطفال."
EN_TEXT = "The health minister visited Aswan on Sunday. He opened a new children's hospital."


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def read_one(path) -> Article | InputError:
    items = list(read_paths([str(path)]))
    assert len(items) == 1, items
    return items[0]


def read_error(path) -> InputError:
    item = read_one(path)
    assert isinstance(item, InputError), f"expected an InputError, got {item!r}"
    return item


# ---- good inputs ---------------------------------------------------------------------------------

def test_txt_without_sidecar(tmp_path):
    path = write(tmp_path / "aswan-visit.txt", AR_TEXT)
    article = read_one(path)
    assert isinstance(article, Article)
    assert article.doc == "aswan-visit"
    assert article.text == AR_TEXT
    assert article.language == "ar"
    assert article.published is None
    assert article.title is None and article.url is None and article.outlet is None
    assert article.origin == str(path)
    assert dict(article.metadata) == {}


def test_txt_with_sidecar(tmp_path):
    path = write(tmp_path / "a.txt", AR_TEXT)
    write(tmp_path / "a.json", json.dumps({
        "language": "ar", "published": "2024-11-03", "title": "الوزير في أسوان",
        "url": "https://example.org/news/1", "outlet": "Example News", "doc": "health-aswan",
        "author": "سارة علي", "tags": ["health", "aswan"],
    }, ensure_ascii=False))
    article = read_one(path)
    assert isinstance(article, Article)
    assert article.doc == "health-aswan"  # the sidecar overrides the file stem
    assert article.language == "ar"
    assert article.published == date(2024, 11, 3)
    assert article.title == "الوزير في أسوان"
    assert article.url == "https://example.org/news/1"
    assert article.outlet == "Example News"
    assert dict(article.metadata) == {"author": "سارة علي", "tags": ["health", "aswan"]}


def test_sidecar_language_wins_over_detection(tmp_path):
    path = write(tmp_path / "a.txt", EN_TEXT)
    write(tmp_path / "a.json", '{"language": "AR"}')
    assert read_one(path).language == "ar"


def test_sidecar_is_not_read_as_an_article(tmp_path):
    write(tmp_path / "a.txt", AR_TEXT)
    write(tmp_path / "a.json", '{"title": "t"}')
    items = list(read_paths([str(tmp_path)]))
    assert [type(i) for i in items] == [Article]
    # given explicitly, a sidecar is silently skipped too
    assert list(read_paths([str(tmp_path / "a.json")])) == []


@pytest.mark.parametrize("text, expected", [
    (AR_TEXT, "ar"),
    (EN_TEXT, "en"),
    ("أعلنت وزارة الخارجية أن NATO عقد اجتماعا في بروكسل.", "ar"),
    ("The ministry said the word وزير means minister.", "en"),
])
def test_language_detected_when_not_given(tmp_path, text, expected):
    assert detect_language(text) == expected
    assert read_one(write(tmp_path / "x.txt", text)).language == expected


def test_html_via_trafilatura(tmp_path):
    html = """<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>وزير الزراعة يزور مدينة طنطا</title>
<meta property="article:published_time" content="2024-03-12T09:30:00+02:00">
</head>
<body>
<nav><a href="/">الرئيسية</a> | <a href="/news">أخبار</a></nav>
<article>
<h1>وزير الزراعة يزور مدينة طنطا</h1>
<p>زار وزير الزراعة مدينة طنطا صباح الثلاثاء في جولة تفقدية شملت عددا من المزارع والمصانع الغذائية في المحافظة.</p>
<p>والتقى الوزير بمحافظ الغربية وعدد من المزارعين لبحث أسعار القمح وتوفير الأسمدة قبل موسم الحصاد المقبل.</p>
<p>وقال الوزير إن الحكومة ستفتح مراكز جديدة لاستلام المحصول في القرى القريبة من المدينة خلال الشهر المقبل.</p>
</article>
<footer>جميع الحقوق محفوظة</footer>
</body>
</html>
"""
    path = write(tmp_path / "tanta.html", html)
    article = read_one(path)
    assert isinstance(article, Article), article
    assert article.doc == "tanta"
    assert article.language == "ar"
    assert article.title == "وزير الزراعة يزور مدينة طنطا"
    assert article.published == date(2024, 3, 12)
    assert "زار وزير الزراعة مدينة طنطا صباح الثلاثاء" in article.text
    assert "لبحث أسعار القمح" in article.text
    assert "ستفتح مراكز جديدة" in article.text
    assert "جميع الحقوق محفوظة" not in article.text  # boilerplate left out
    assert "<p>" not in article.text


def test_jsonl_several_lines(tmp_path):
    lines = [
        {"text": AR_TEXT, "doc": "first", "published": "2024-01-02", "outlet": "Nile Daily", "section": "health"},
        {"text": EN_TEXT},
        {"text": "زار رئيس الوزراء مدينة الأقصر.", "title": "الأقصر"},
    ]
    path = write(tmp_path / "batch.jsonl",
                 "\n".join(json.dumps(r, ensure_ascii=False) for r in lines[:2]) + "\n\n"
                 + json.dumps(lines[2], ensure_ascii=False) + "\n")
    items = list(read_paths([str(path)]))
    assert all(isinstance(i, Article) for i in items), items
    first, second, third = items
    assert (first.doc, first.language, first.published, first.outlet) == ("first", "ar", date(2024, 1, 2), "Nile Daily")
    assert dict(first.metadata) == {"section": "health"}
    assert first.origin == f"{path}:1"
    assert (second.doc, second.language, second.text) == ("batch-2", "en", EN_TEXT)
    assert (third.doc, third.title, third.origin) == ("batch-4", "الأقصر", f"{path}:4")  # line 3 was blank


def test_jsonl_text_with_unicode_line_separators(tmp_path):
    # U+2028, U+2029 and NEL are legal inside a JSON string; they must not split the record.
    text = "زار الوزير مدينة أسوان.\u2028وافتتح مستشفى.\u2029ثم غادر\x85المدينة."
    path = write(tmp_path / "seps.jsonl",
                 json.dumps({"text": text}, ensure_ascii=False) + "\r\n" + json.dumps({"text": EN_TEXT}) + "\r\n")
    items = list(read_paths([str(path)]))
    assert all(isinstance(i, Article) for i in items), items
    assert [i.text for i in items] == [text, EN_TEXT]
    assert [i.doc for i in items] == ["seps-1", "seps-2"]


def test_stdin_text():
    items = list(read_paths(["-"], stdin=io.StringIO(AR_TEXT)))
    assert len(items) == 1 and isinstance(items[0], Article)
    assert (items[0].doc, items[0].text, items[0].language, items[0].origin) == ("stdin", AR_TEXT, "ar", "<stdin>")


def test_stdin_bytes_stream_with_buffer():
    stream = io.TextIOWrapper(io.BytesIO(EN_TEXT.encode("utf-8")), encoding="utf-8")
    items = list(read_paths(["-"], stdin=stream))
    assert [(i.doc, i.text, i.language) for i in items] == [("stdin", EN_TEXT, "en")]


def test_stdin_jsonl():
    data = json.dumps({"text": AR_TEXT, "doc": "one"}, ensure_ascii=False) + "\n" + json.dumps({"text": EN_TEXT}) + "\n"
    items = list(read_paths(["-"], stdin=io.StringIO(data)))
    assert [(i.doc, i.language) for i in items] == [("one", "ar"), ("stdin-2", "en")]


def test_stdin_empty_is_an_error():
    item = list(read_paths(["-"], stdin=io.StringIO("  \n")))
    assert len(item) == 1 and isinstance(item[0], InputError)
    assert item[0].path == "<stdin>"


def test_folder_read_recursively_and_sorted(tmp_path):
    write(tmp_path / "b.txt", "مقال ب عن زيارة الوزير.")
    write(tmp_path / "a.txt", "مقال أ عن زيارة الوزير.")
    write(tmp_path / "sub" / "deeper" / "d.txt", "مقال د عن زيارة الوزير.")
    write(tmp_path / "sub" / "c.jsonl", json.dumps({"text": "مقال ج", "doc": "c"}, ensure_ascii=False))
    write(tmp_path / "sub" / "notes.md", "# not an article")
    write(tmp_path / "A0.html", "<html><head><title>x</title></head><body><article><p>"
          + "زار الوزير مدينة أسوان وافتتح مستشفى جديدا للأطفال في المدينة. " * 3 + "</p></article></body></html>")
    items = list(read_paths([str(tmp_path)]))
    assert all(isinstance(i, Article) for i in items), items
    assert [i.doc for i in items] == ["A0", "a", "b", "c", "d"]
    # the same order every time, whatever order the files were made in
    assert [i.doc for i in read_paths([str(tmp_path)])] == ["A0", "a", "b", "c", "d"]


def test_empty_folder_is_an_error(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "readme.md").write_text("nothing here")
    error = read_error(tmp_path / "empty")
    assert error.path == str(tmp_path / "empty")


def test_bad_file_does_not_stop_the_batch(tmp_path):
    write(tmp_path / "a.txt", AR_TEXT)
    write(tmp_path / "b.txt", b"\xff\xfe broken")
    write(tmp_path / "c.txt", EN_TEXT)
    items = list(read_paths([str(tmp_path)]))
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "Article"]
    assert items[1].path == str(tmp_path / "b.txt")


# ---- bad inputs: each names the file, and the line where there is one -------------------------------

def test_empty_file(tmp_path):
    path = write(tmp_path / "empty.txt", "")
    error = read_error(path)
    assert error.path == str(path) and str(path) in str(error)
    assert "empty" in error.problem


def test_whitespace_only_file(tmp_path):
    path = write(tmp_path / "blank.txt", "  \n\t\n \u00a0 \n")
    error = read_error(path)
    assert error.path == str(path) and str(path) in str(error)
    assert "empty" in error.problem


def test_binary_file(tmp_path):
    path = write(tmp_path / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    error = read_error(path)
    assert error.path == str(path) and str(path) in str(error)
    assert "binary" in error.problem


def test_invalid_utf8_names_the_line(tmp_path):
    data = "السطر الأول\nالسطر الثاني\n".encode("utf-8") + b"caf\xe9 au lait\n" + "السطر الرابع".encode("utf-8")
    path = write(tmp_path / "latin1.txt", data)
    error = read_error(path)
    assert error.path == str(path)
    assert error.line == 3
    assert str(error).startswith(f"{path}:3: ")
    assert "UTF-8" in error.problem


def test_invalid_utf8_line_counts_after_a_bom(tmp_path):
    data = b"\xef\xbb\xbf" + "السطر الأول\nالسطر الثاني\n".encode("utf-8") + b"\xff\n"
    error = read_error(write(tmp_path / "bom.txt", data))
    assert error.line == 3


def test_utf8_bom_is_dropped(tmp_path):
    article = read_one(write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + AR_TEXT.encode("utf-8")))
    assert article.text == AR_TEXT


def test_invalid_utf8_in_jsonl_names_the_line(tmp_path):
    data = (json.dumps({"text": "good"}) + "\n").encode() + b'{"text": "bad \xc3\x28"}\n'
    error = read_error(write(tmp_path / "feed.jsonl", data))
    assert error.path == str(tmp_path / "feed.jsonl") and error.line == 2


def test_malformed_json_line(tmp_path):
    path = write(tmp_path / "feed.jsonl", "\n".join([
        json.dumps({"text": AR_TEXT}, ensure_ascii=False),
        '{"text": "زار الوزير", "doc": }',
        json.dumps({"text": EN_TEXT}),
    ]))
    items = list(read_paths([str(path)]))
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "Article"]
    error = items[1]
    assert error.path == str(path) and error.line == 2
    assert str(error).startswith(f"{path}:2: ")
    assert "JSON" in error.problem


@pytest.mark.parametrize("line", [
    '{"title": "no text here"}',
    '{"text": "   "}',
    '{"text": null}',
    '["text", "a list, not an object"]',
    '"just a string"',
])
def test_jsonl_line_without_text(tmp_path, line):
    path = write(tmp_path / "feed.jsonl", json.dumps({"text": EN_TEXT}) + "\n" + line + "\n")
    items = list(read_paths([str(path)]))
    assert isinstance(items[0], Article)
    error = items[1]
    assert isinstance(error, InputError)
    assert error.path == str(path) and error.line == 2
    assert '"text"' in error.problem


def test_jsonl_bad_date_names_the_line(tmp_path):
    path = write(tmp_path / "feed.jsonl", json.dumps({"text": EN_TEXT}) + "\n"
                 + json.dumps({"text": EN_TEXT, "published": "last Tuesday"}) + "\n")
    error = list(read_paths([str(path)]))[1]
    assert isinstance(error, InputError)
    assert (error.path, error.line) == (str(path), 2)
    assert "last Tuesday" in error.problem


def test_sidecar_not_json(tmp_path):
    write(tmp_path / "a.txt", AR_TEXT)
    side = write(tmp_path / "a.json", '{\n  "language": "ar",\n  "title": oops\n}')
    error = read_error(tmp_path / "a.txt")
    assert error.path == str(side)
    assert error.line == 3
    assert "sidecar" in error.problem


def test_sidecar_not_an_object(tmp_path):
    write(tmp_path / "a.txt", AR_TEXT)
    side = write(tmp_path / "a.json", '["ar", "2024-01-01"]')
    error = read_error(tmp_path / "a.txt")
    assert error.path == str(side)
    assert "object" in error.problem


@pytest.mark.parametrize("name", ["article.docx", "article.pdf", "README", "data.json"])
def test_unknown_extension(tmp_path, name):
    path = write(tmp_path / name, "some text")
    error = read_error(path)
    assert error.path == str(path)
    assert "unknown file type" in error.problem


def test_missing_file(tmp_path):
    path = tmp_path / "nowhere" / "gone.txt"
    error = read_error(path)
    assert error.path == str(path) and str(path) in str(error)
    assert "cannot read" in error.problem


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read a chmod 000 file")
def test_unreadable_file(tmp_path):
    path = write(tmp_path / "secret.txt", AR_TEXT)
    path.chmod(0)
    try:
        error = read_error(path)
    finally:
        path.chmod(0o644)
    assert error.path == str(path)
    assert "cannot read" in error.problem


@pytest.mark.parametrize("value", ["21/05/2025", "yesterday", "2025-13-40", "2025-5-21"])
def test_bad_published_date(tmp_path, value):
    path = write(tmp_path / "a.txt", AR_TEXT)
    write(tmp_path / "a.json", json.dumps({"published": value}))
    error = read_error(path)
    assert error.path == str(path)
    assert str(value) in error.problem
    assert "YYYY-MM-DD" in error.fix


def test_good_published_datetime_keeps_the_date(tmp_path):
    path = write(tmp_path / "a.txt", AR_TEXT)
    write(tmp_path / "a.json", json.dumps({"published": "2025-05-21T14:03:00Z"}))
    assert read_one(path).published == date(2025, 5, 21)


def test_unsupported_language(tmp_path):
    path = write(tmp_path / "a.txt", "Le ministre a visité Lyon.")
    write(tmp_path / "a.json", json.dumps({"language": "fr"}))
    error = read_error(path)
    assert error.path == str(path)
    assert "'fr'" in error.problem
