from pathlib import Path

import pytest
from todo_file_reading import count_lines, read_tasks, split_done

MONDAY = "# Monday\n[x] deploy the API\n[ ] write release notes\n\n[ ] call the bank\n"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "todo.txt"
    path.write_bytes(text.encode("utf-8"))
    return path


@pytest.mark.task(taskno=1)
def test_count_lines(tmp_path: Path) -> None:
    got = count_lines(write(tmp_path, MONDAY))
    assert got == 5, f"five lines, the blank one included, got {got}"


@pytest.mark.task(taskno=1)
def test_count_lines_at_the_edges(tmp_path: Path) -> None:
    assert count_lines(write(tmp_path, "")) == 0, "an empty file has no lines"
    assert count_lines(write(tmp_path, "\n")) == 1, "one empty line"
    assert count_lines(write(tmp_path, "a\nb")) == 2, "a last line without a line ending counts"
    assert count_lines(str(write(tmp_path, "a\r\nb\r\n"))) == 2, "Windows line endings, str path"


@pytest.mark.task(taskno=2)
def test_read_tasks(tmp_path: Path) -> None:
    got = read_tasks(write(tmp_path, MONDAY))
    assert got == ["# Monday", "[x] deploy the API", "[ ] write release notes",
                   "[ ] call the bank"], f"non-blank lines, stripped, got {got}"  # fmt: skip


@pytest.mark.task(taskno=2)
def test_read_tasks_skips_lines_of_whitespace(tmp_path: Path) -> None:
    got = read_tasks(write(tmp_path, "  buy milk  \n   \n\t\nfix café door"))
    assert got == ["buy milk", "fix café door"], f"got {got}"


@pytest.mark.task(taskno=3)
def test_split_done(tmp_path: Path) -> None:
    got = split_done(write(tmp_path, MONDAY))
    assert got == (["write release notes", "call the bank"], ["deploy the API"]), f"got {got}"


@pytest.mark.task(taskno=3)
def test_split_done_ignores_other_lines(tmp_path: Path) -> None:
    got = split_done(write(tmp_path, "notes: [x] is done\n  [x]   indented  \n[ ]\n"))
    assert got == ([""], ["indented"]), f"markers count only at the start of a line, got {got}"
