from pathlib import Path

import pytest
from report_file_writing import append_line, load_scores, save_scores, write_lines


def content(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


@pytest.mark.task(taskno=1)
def test_write_lines_ends_every_line(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    write_lines(path, ["ok: 12 jobs", "failed: 0 jobs"])
    got = content(path)
    assert got == "ok: 12 jobs\nfailed: 0 jobs\n", f"one line each, the last ended too: {got!r}"


@pytest.mark.task(taskno=1)
def test_write_lines_replaces_the_old_content(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("yesterday\n", encoding="utf-8")
    write_lines(str(path), ["today ✓"])
    assert content(path) == "today ✓\n", f"'w' replaces the file, got {content(path)!r}"
    write_lines(path, [])
    assert content(path) == "", "no lines: an empty file"


@pytest.mark.task(taskno=2)
def test_append_line_adds_at_the_end(tmp_path: Path) -> None:
    path = tmp_path / "nightly.log"
    append_line(path, "run 1 ok")
    append_line(path, "run 2 ok")
    got = content(path)
    assert got == "run 1 ok\nrun 2 ok\n", f"the second line goes after the first: {got!r}"


@pytest.mark.task(taskno=2)
def test_append_line_keeps_what_was_there(tmp_path: Path) -> None:
    path = tmp_path / "nightly.log"
    path.write_text("old entry\n", encoding="utf-8")
    append_line(str(path), "new entry")
    assert content(path) == "old entry\nnew entry\n", f"got {content(path)!r}"


@pytest.mark.task(taskno=3)
def test_save_scores_highest_first_then_by_name(tmp_path: Path) -> None:
    path = tmp_path / "scores.csv"
    count = save_scores(path, {"bo": 17, "zoe": 42, "ana": 17})
    assert count == 3, f"three players written, got {count!r}"
    got = content(path)
    assert got == "name,score\nzoe,42\nana,17\nbo,17\n", f"got {got!r}"


@pytest.mark.task(taskno=3)
def test_save_scores_compares_numbers_and_replaces(tmp_path: Path) -> None:
    path = tmp_path / "scores.csv"
    path.write_text("stale\n", encoding="utf-8")
    save_scores(path, {"ana": 9, "bo": 100, "cy": -3})
    got = content(path)
    assert got == "name,score\nbo,100\nana,9\ncy,-3\n", f"100 beats 9 as a number: {got!r}"
    assert save_scores(path, {}) == 0, "no players"
    assert content(path) == "name,score\n", "just the header"


@pytest.mark.task(taskno=4)
def test_load_scores_reads_the_table_back(tmp_path: Path) -> None:
    path = tmp_path / "scores.csv"
    path.write_text("name,score\nzoe,42\nana,17\n", encoding="utf-8")
    got = load_scores(path)
    assert got == {"zoe": 42, "ana": 17}, f"names to int scores, no header: {got!r}"
    assert list(got) == ["zoe", "ana"], "in the order of the file"


@pytest.mark.task(taskno=4)
def test_scores_survive_a_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "scores.csv"
    scores = {"élise": 5, "bo": 50, "ana": 5}
    save_scores(path, scores)
    assert load_scores(str(path)) == scores, "what save_scores writes, load_scores reads"
