import pytest
from csv_header_iterator import pairs_to_dict, split_header, take


@pytest.mark.task(taskno=1)
def test_split_header_of_a_list() -> None:
    got = split_header([["sku", "qty"], ["A-1", "3"]])
    assert got == (["sku", "qty"], [["A-1", "3"]]), f"got {got}"


@pytest.mark.task(taskno=1)
def test_split_header_of_a_stream() -> None:
    rows = iter([["sku", "qty"], ["A-1", "3"], ["B-7", "1"]])
    got = split_header(rows)
    assert got == (["sku", "qty"], [["A-1", "3"], ["B-7", "1"]]), (
        f"an iterator cannot be indexed with [0]: use next(). Got {got}"
    )


@pytest.mark.task(taskno=1)
def test_split_header_of_nothing() -> None:
    assert split_header(iter([])) == (None, []), "no rows: no header and no data"
    assert split_header([["only", "header"]]) == (["only", "header"], []), "a header alone"


@pytest.mark.task(taskno=2)
def test_take_continues_where_the_last_take_stopped() -> None:
    rows = iter(["r1", "r2", "r3", "r4", "r5"])
    got = [take(rows, 2), take(rows, 2), take(rows, 2)]
    assert got == [["r1", "r2"], ["r3", "r4"], ["r5"]], (
        f"each take reads exactly what it returns, got {got}"
    )


@pytest.mark.task(taskno=2)
def test_take_reads_no_item_too_many() -> None:
    rows = iter(["r1", "r2", "r3"])
    assert take(rows, 1) == ["r1"], "the first item"
    assert next(rows) == "r2", "take(rows, 1) must read only r1, so r2 is next"


@pytest.mark.task(taskno=2)
def test_take_nothing_and_take_from_a_list() -> None:
    rows = iter(["r1"])
    assert take(rows, 0) == [], "taking 0 items gives []"
    assert next(rows) == "r1", "and reads nothing"
    assert take("abc", 5) == ["a", "b", "c"], "fewer items than asked for: all of them"


@pytest.mark.task(taskno=3)
def test_pairs_to_dict() -> None:
    got = pairs_to_dict(iter(["host", "db1", "port", "5432"]))
    assert got == {"host": "db1", "port": "5432"}, f"got {got}"


@pytest.mark.task(taskno=3)
def test_pairs_to_dict_drops_a_last_key_without_value() -> None:
    got = pairs_to_dict(["host", "db1", "debug"])
    assert got == {"host": "db1"}, f"'debug' has no value: left out. Got {got}"
    assert pairs_to_dict([]) == {}, "no tokens, no settings"
    got = pairs_to_dict(["mode", "a", "mode", "b"])
    assert got == {"mode": "b"}, f"the newer value wins, got {got}"
