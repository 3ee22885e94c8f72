import io
import itertools
from types import MappingProxyType
from collections.abc import Iterator
from typing import Any

import pytest

from ndjson_stream_reader import LineError, NdjsonError, read_ndjson, write_ndjson


@pytest.mark.task(taskno=1)
def test_writer_emits_one_compact_object_per_line() -> None:
    out = io.StringIO()
    count = write_ndjson([{"id": 1, "ok": True}, {"id": 2, "tags": ["a", "b"]}], out)
    assert count == 2, f"two records written, got {count}"
    want = '{"id":1,"ok":true}\n{"id":2,"tags":["a","b"]}\n'
    assert out.getvalue() == want, f"got {out.getvalue()!r}"


@pytest.mark.task(taskno=1)
def test_writer_keeps_unicode_and_escapes_newlines_inside_values() -> None:
    out = io.StringIO()
    write_ndjson([{"city": "Zürich", "note": "two\nlines"}], out)
    assert out.getvalue() == '{"city":"Zürich","note":"two\\nlines"}\n', out.getvalue()
    assert out.getvalue().count("\n") == 1, "a record must never span two lines"


@pytest.mark.task(taskno=1)
def test_writer_keeps_key_order_and_accepts_any_mapping() -> None:
    out = io.StringIO()
    write_ndjson([MappingProxyType({"z": 1, "a": 2})], out)
    assert out.getvalue() == '{"z":1,"a":2}\n', f"got {out.getvalue()!r}"


@pytest.mark.task(taskno=1)
def test_writer_with_no_records_writes_nothing() -> None:
    out = io.StringIO()
    assert write_ndjson(iter([]), out) == 0
    assert out.getvalue() == ""


@pytest.mark.task(taskno=1)
def test_writer_rejects_non_mapping_records_and_names_their_position() -> None:
    out = io.StringIO()
    bad: list[Any] = [{"id": 1}, {"id": 2}, ["not", "a", "dict"]]
    with pytest.raises(TypeError, match="record 3"):
        write_ndjson(bad, out)


@pytest.mark.task(taskno=2)
def test_reader_yields_objects_and_skips_blank_lines() -> None:
    lines = ['{"id": 1}\n', "\n", "   \n", '{"id": 2}\r\n', '{"id": 3}']
    got = list(read_ndjson(lines))
    assert got == [{"id": 1}, {"id": 2}, {"id": 3}], f"got {got}"


@pytest.mark.task(taskno=2)
def test_reader_round_trips_the_writer_through_a_file_like_object() -> None:
    records = [{"n": i, "s": "é" * i} for i in range(4)]
    buffer = io.StringIO()
    write_ndjson(records, buffer)
    buffer.seek(0)
    assert list(read_ndjson(buffer)) == records


@pytest.mark.task(taskno=2)
def test_reader_is_lazy() -> None:
    def endless() -> Iterator[str]:
        for i in itertools.count():
            yield f'{{"i": {i}}}\n'

    got = list(itertools.islice(read_ndjson(endless()), 3))
    assert got == [{"i": 0}, {"i": 1}, {"i": 2}], "the reader must not read everything first"


@pytest.mark.task(taskno=3)
def test_bad_json_raises_with_the_line_number() -> None:
    lines = ['{"id": 1}\n', "\n", '{"id": \n', '{"id": 4}\n']
    reader = read_ndjson(lines)
    assert next(reader) == {"id": 1}, "good lines before the bad one are still yielded"
    with pytest.raises(NdjsonError, match=r"^line 3: invalid JSON") as info:
        next(reader)
    assert info.value.error.line_number == 3, "blank lines still count in the numbering"
    assert info.value.error.raw == '{"id": '


@pytest.mark.task(taskno=3)
@pytest.mark.parametrize(("line", "kind"), [("[1, 2]", "list"), ("42", "int"), ('"x"', "str")])
def test_valid_json_that_is_not_an_object_is_an_error(line: str, kind: str) -> None:
    with pytest.raises(NdjsonError, match=f"line 1: expected a JSON object, got {kind}"):
        list(read_ndjson([line]))


@pytest.mark.task(taskno=3)
def test_ndjson_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="line 2"):
        list(read_ndjson(["{}", "{"]))


@pytest.mark.task(taskno=3)
def test_collecting_mode_reports_every_bad_line_and_keeps_going() -> None:
    errors: list[LineError] = []
    lines = ['{"a": 1}\n', "nope\n", "[]\n", '{"a": 2}\n', '{"a": }\n']
    got = list(read_ndjson(lines, errors))
    assert got == [{"a": 1}, {"a": 2}], f"good records survive, got {got}"
    numbers = [e.line_number for e in errors]
    assert numbers == [2, 3, 5], f"bad lines are 2, 3 and 5, got {numbers}"
    assert errors[0].raw == "nope", "raw is the line without its newline"
    assert errors[0].message.startswith("invalid JSON: Expecting value"), errors[0].message
    assert errors[1].message == "expected a JSON object, got list", errors[1].message


@pytest.mark.task(taskno=3)
def test_errors_keep_the_line_as_it_was_and_count_columns_in_it() -> None:
    errors: list[LineError] = []
    list(read_ndjson(["  nope \r\n"], errors))
    assert errors == [LineError(1, "invalid JSON: Expecting value (column 3)", "  nope ")], errors


@pytest.mark.task(taskno=3)
def test_collecting_mode_with_only_good_lines_adds_no_errors() -> None:
    errors: list[LineError] = []
    assert list(read_ndjson(['{"a": 1}'], errors)) == [{"a": 1}]
    assert errors == []
