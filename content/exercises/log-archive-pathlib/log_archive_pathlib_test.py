from pathlib import Path

import pytest
from log_archive_pathlib import archive, backup_path, csv_files, folder_size


@pytest.mark.task(taskno=1)
def test_backup_path_keeps_the_folder_and_the_suffix() -> None:
    got = backup_path("exports/sales.csv")
    assert got == Path("exports/sales.bak.csv"), f"got {got!r}"
    assert isinstance(got, Path), "return a Path, not a string"
    got = backup_path(Path("v1.2/logs/app.tar.gz"))
    assert got == Path("v1.2/logs/app.tar.bak.gz"), f"only the last suffix moves: {got!r}"


@pytest.mark.task(taskno=1)
def test_backup_path_without_a_suffix() -> None:
    assert backup_path("README") == Path("README.bak"), "no suffix: .bak at the end"
    assert backup_path("conf/.env") == Path("conf/.env.bak"), "a dot file has no suffix"


@pytest.mark.task(taskno=2)
def test_csv_files_only_files_with_the_suffix(tmp_path: Path) -> None:
    for name in ["b.csv", "a.csv", "notes.txt", "datacsv", "c.CSV"]:
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "old.csv").mkdir()
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "deep.csv").write_text("x", encoding="utf-8")
    got = csv_files(tmp_path)
    assert got == ["a.csv", "b.csv"], (
        f"files directly inside, suffix exactly .csv, sorted; not the folder old.csv: {got}"
    )
    assert csv_files(str(tmp_path / "sub")) == ["deep.csv"], "a folder given as a string"


@pytest.mark.task(taskno=3)
def test_archive_creates_the_folders(tmp_path: Path) -> None:
    got = archive(tmp_path / "server", "2024-05-01.log", "started\nstopped\n")
    assert got == tmp_path / "server" / "archive" / "2024-05-01.log", f"got {got!r}"
    assert got.read_text(encoding="utf-8") == "started\nstopped\n", "the text is written"


@pytest.mark.task(taskno=3)
def test_archive_twice_into_the_same_folder(tmp_path: Path) -> None:
    archive(str(tmp_path), "a.log", "first")
    path = archive(tmp_path, "a.log", "café")
    archive(tmp_path, "b.log", "other")
    assert path.read_text(encoding="utf-8") == "café", "the second archive replaces the file"
    names = sorted(p.name for p in (tmp_path / "archive").iterdir())
    assert names == ["a.log", "b.log"], f"an existing archive folder is fine: {names}"


@pytest.mark.task(taskno=4)
def test_folder_size_counts_every_file_below(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"12345")
    (tmp_path / "logs" / "old").mkdir(parents=True)
    (tmp_path / "logs" / "b.log").write_bytes(b"123")
    (tmp_path / "logs" / "old" / "c.log").write_text("é", encoding="utf-8")
    got = folder_size(tmp_path)
    assert got == 10, f"5 + 3 + 2 bytes (é is two bytes in UTF-8), got {got}"
    (tmp_path / "empty").mkdir()
    assert folder_size(tmp_path / "empty") == 0, "an empty folder holds 0 bytes"
