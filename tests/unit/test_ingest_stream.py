"""Streaming of row formats and reading standard input."""

import io
import json

from watchfloor.ingest import InputError, read_inputs
from watchfloor.records import RawDocument

ROW = {"text": "Police in Quetta said two suspects were arrested after the raid on Friday."}


def test_jsonl_is_streamed(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text("\n".join(json.dumps({**ROW, "id": str(i)}) for i in range(2000)) + "\n")
    results = read_inputs([str(path)])
    first = next(results)
    assert isinstance(first, RawDocument) and first.external_id == "0"
    # The malformed last line is written only now: a reader that had loaded the file whole
    # would never see it.
    with path.open("a") as fh:
        fh.write('{"text": broken\n')
    rest = list(results)
    assert len(rest) == 2000
    assert isinstance(rest[-1], InputError) and rest[-1].origin == f"{path}:2001"


def test_csv_is_streamed(tmp_path):
    path = tmp_path / "big.csv"
    path.write_text("id,text\n" + "".join(f'{i},"{ROW["text"]}"\n' for i in range(500)))
    results = read_inputs([str(path)])
    assert next(results).external_id == "0"
    with path.open("a") as fh:
        fh.write("500,\n")
    rest = list(results)
    assert len(rest) == 500
    assert rest[-1] == InputError(f"{path}:502", "row 501 has no text")


def test_huge_single_line_is_never_held_whole(tmp_path):
    path = tmp_path / "huge.jsonl"
    with path.open("w") as fh:
        fh.write('{"text": "' + "x" * 3_000_000 + '"}\n')
        fh.write(json.dumps(ROW) + "\n")
    results = list(read_inputs([str(path)], max_bytes=100_000))
    assert isinstance(results[0], InputError) and results[0].origin == f"{path}:1"
    assert isinstance(results[1], RawDocument) and results[1].origin == f"{path}:2"


def test_stdin_jsonl():
    stdin = io.StringIO(json.dumps(ROW) + "\n\n" + json.dumps({**ROW, "id": "q2"}) + "\n{bad\n")
    first, second, err = read_inputs(["-"], stdin=stdin)
    assert first.external_id == "stdin:1" and first.origin == "<stdin>:1"
    assert second.external_id == "q2"
    assert isinstance(err, InputError) and err.origin == "<stdin>:4"


def test_stdin_plain_text_with_headline():
    stdin = io.StringIO(f"Arrests in Quetta\n\n{ROW['text']}\n{{not json}}\n")
    [doc] = read_inputs(["-"], stdin=stdin, source="clipboard")
    assert doc.title == "Arrests in Quetta"
    assert doc.text == ROW["text"] + "\n{not json}"
    assert doc.source == "clipboard"
    assert doc.external_id.startswith("stdin:")


def test_stdin_bytes_with_invalid_utf8():
    stdin = io.BytesIO(b"fine line\ncaf\xe9\n")
    [err] = read_inputs(["-"], stdin=stdin)
    assert err == InputError("<stdin>:2", "not valid UTF-8 at byte 13")


def test_empty_stdin():
    [err] = read_inputs(["-"], stdin=io.StringIO("\n  \n"))
    assert isinstance(err, InputError) and "empty" in err.message


def test_text_mode_stdin_that_fails_to_decode():
    stdin = io.TextIOWrapper(io.BytesIO(b"first line\n\xff\xfe broken\n"), encoding="utf-8")
    results = list(read_inputs(["-"], stdin=stdin))
    assert len(results) == 1 and isinstance(results[0], InputError)
    assert results[0].origin.startswith("<stdin>") and "UTF-8" in results[0].message
