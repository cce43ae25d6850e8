"""Every kind of bad input yields one InputError naming file and line, and reading goes on."""

import json
import os

import pytest

from watchfloor.ingest import InputError, read_inputs
from watchfloor.ingest import _sources as sources
from watchfloor.records import RawDocument

GOOD = "The curfew in the old city was lifted on Monday, police said."


def read(*inputs, **kwargs):
    return list(read_inputs([str(i) for i in inputs], **kwargs))


def errors_then_good(tmp_path, bad_path, **kwargs):
    """Reads the bad input followed by a good file; returns the errors, checks the good doc."""
    good = tmp_path / "zz_good.txt"
    good.write_text(GOOD, encoding="utf-8")
    results = read(bad_path, good, **kwargs)
    assert isinstance(results[-1], RawDocument) and results[-1].text == GOOD
    errs = results[:-1]
    assert errs and all(isinstance(e, InputError) for e in errs), errs
    for err in errs:
        assert "\n" not in str(err)
    return errs


def test_str_is_one_line():
    err = InputError("corpus/bad.jsonl:2", "malformed JSON (Expecting ',' delimiter at column 14)")
    assert str(err) == "corpus/bad.jsonl:2: malformed JSON (Expecting ',' delimiter at column 14)"


def test_missing_file(tmp_path):
    [err] = errors_then_good(tmp_path, tmp_path / "nope.txt")
    assert err.message == "no such file or directory"


def test_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text(GOOD)

    def deny(p):
        raise PermissionError(13, "Permission denied", p)

    monkeypatch.setattr(sources, "_open", deny)
    results = read(path)
    assert results == [InputError(str(path), "cannot read (permission denied)")]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read anything")
def test_unreadable_file_for_real(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(GOOD)
    path.chmod(0)
    [err] = errors_then_good(tmp_path, path)
    assert "permission denied" in err.message


def test_folder_permission_error(tmp_path, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(GOOD)
    real_scandir = os.scandir

    def scandir(path):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", path)
        return real_scandir(path)

    monkeypatch.setattr(sources.os, "scandir", scandir)
    [err] = errors_then_good(tmp_path, locked)
    assert err == InputError(str(locked), "cannot read (permission denied)")


def test_invalid_utf8_names_the_byte(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Peshawar caf\u00e9 owners".encode("latin-1"))
    [err] = errors_then_good(tmp_path, path)
    assert err == InputError(str(path), "not valid UTF-8 at byte 12")


def test_binary_file(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    [err] = errors_then_good(tmp_path, path)
    assert "binary" in err.message and err.origin == str(path)


@pytest.mark.parametrize("content", ["", "   \n\n\t\n", "---\ntitle: Only a title\n---\n"])
def test_empty_documents(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_text(content)
    [err] = errors_then_good(tmp_path, path)
    assert err.origin == str(path) and "empty document" in err.message


def test_oversized_file(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000)
    [err] = errors_then_good(tmp_path, path, max_bytes=1000)
    assert err.message == "file too large (5000 bytes; the limit is 1000)"


def test_jsonl_limit_is_per_row(tmp_path):
    path = tmp_path / "rows.jsonl"
    small = json.dumps({"text": GOOD})
    huge = json.dumps({"text": "word " * 2000})
    path.write_text(f"{small}\n{huge}\n{small}\n")
    results = read(path, max_bytes=1000)
    assert [type(r).__name__ for r in results] == ["RawDocument", "InputError", "RawDocument"]
    assert results[1].origin == f"{path}:2" and "larger than the limit" in results[1].message
    assert results[2].origin == f"{path}:3"


def test_csv_limit_is_per_row(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text(f'text\n"{GOOD}"\n"{"word " * 300}"\n"{GOOD}"\n')
    results = read(path, max_bytes=1000)
    assert [type(r).__name__ for r in results] == ["RawDocument", "InputError", "RawDocument"]
    assert results[1].origin == f"{path}:3"


def test_malformed_json_lines(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(
        json.dumps({"text": GOOD})
        + '\n{"text": "a" "b"}\n[1, 2]\n{"title": "no text"}\n{"text": 5}\n'
        + json.dumps({"text": GOOD})
        + "\n"
    )
    results = read(path)
    errs = [r for r in results if isinstance(r, InputError)]
    assert [str(e) for e in errs] == [
        f"{path}:2: malformed JSON (Expecting ',' delimiter at column 14)",
        f"{path}:3: line is not a JSON object",
        f"{path}:4: line 4 has no text",
        f"{path}:5: line 5: 'text' must be a string",
    ]
    assert len(results) == 6 and isinstance(results[-1], RawDocument)


def test_invalid_utf8_in_one_jsonl_line(tmp_path):
    path = tmp_path / "rows.jsonl"
    good = json.dumps({"text": GOOD}).encode()
    path.write_bytes(good + b'\n{"text": "caf\xe9"}\n' + good + b"\n")
    results = read(path)
    assert isinstance(results[1], InputError)
    assert str(results[1]) == f"{path}:2: not valid UTF-8 at byte {len(good) + 1 + 13}"
    assert isinstance(results[2], RawDocument)


def test_csv_row_without_text_names_the_row(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text(f'id,text\n1,"{GOOD}"\n2,\n3,"{GOOD}"\n')
    results = read(path)
    assert results[1] == InputError(f"{path}:3", "row 2 has no text")
    assert isinstance(results[2], RawDocument) and results[2].external_id == "3"


def test_broken_feed(tmp_path):
    path = tmp_path / "broken.rss"
    path.write_text("<rss><channel><title>x</title><item><title>unclosed")
    errs = errors_then_good(tmp_path, path)
    assert errs[0] == InputError(str(path), "feed is not well-formed XML (no element found)")


def test_xml_that_is_not_a_feed(tmp_path):
    path = tmp_path / "config.xml"
    path.write_text('<?xml version="1.0"?><config><option name="a">1</option></config>')
    [err] = errors_then_good(tmp_path, path)
    assert err.origin == str(path)


def test_reader_bug_becomes_an_error_not_a_crash(tmp_path, monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("unexpected")

    monkeypatch.setattr(sources.readers, "read_plain", boom)
    path = tmp_path / "a.txt"
    path.write_text(GOOD)
    [err] = read(path)
    assert err.origin == str(path) and "RuntimeError" in err.message


@pytest.mark.parametrize("name", ["rows.jsonl", "rows.csv", "page.html", "feed.rss"])
def test_empty_files_of_every_kind(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"")
    [err] = errors_then_good(tmp_path, path)
    assert err == InputError(str(path), "empty document (empty file)")


def test_path_objects_are_accepted(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(GOOD)
    [doc] = read_inputs([path])
    assert doc.text == GOOD


def test_csv_unbalanced_quotes_do_not_swallow_rows(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text(
        'id,text\n1,"good one"\n2,"opens and never closes\n3,"swallowed"\n'
        '4,"fine again"\n5,"last one never closes\n'
    )
    results = read(path)
    assert [str(r) if isinstance(r, InputError) else r.external_id for r in results] == [
        "1",
        f"{path}:3: malformed CSV (',' expected after '\"')",
        "4",
        f"{path}:6: malformed CSV (unexpected end of data)",
    ]
