import os
from pathlib import Path

import pytest

from log_cleanup_planner import DAY, CleanupPlan, is_log_file, next_rotation, plan_cleanup

NOW = 1_700_000_000.0


def make(root: Path, relative: str, age_days: float, size: int = 10) -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x" * size)
    mtime = NOW - age_days * DAY
    os.utime(path, (mtime, mtime))
    return path


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("app.log", True),
        ("app.log.3", True),
        ("app.log.3.gz", True),
        ("v1.2.log", True),
        ("catalog.txt", False),
        ("app.logs", False),
        ("log", False),
        ("app.json", False),
    ],
)
def test_is_log_file_looks_at_the_suffixes(name: str, expected: bool) -> None:
    got = is_log_file(Path("var") / name)
    assert got is expected, f"{name!r}: expected {expected}, got {got}"


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize(
    ("name", "rotated"),
    [
        ("app.log", "app.log.1"),
        ("app.log.1", "app.log.2"),
        ("app.log.9", "app.log.10"),
        ("app.log.4.gz", "app.log.5.gz"),
        ("v1.2.log", "v1.2.log.1"),
        ("my app.log.0", "my app.log.1"),
    ],
)
def test_next_rotation_bumps_the_number_and_keeps_the_directory(name: str, rotated: str) -> None:
    got = next_rotation(Path("/var/log/api") / name)
    assert got == Path("/var/log/api") / rotated, f"{name} rotates to {rotated}, got {got}"


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("name", ["app.txt", "app.log.gz", "app.log.old", "app.1", "app.log.x.gz"])
def test_next_rotation_rejects_names_it_cannot_rotate(name: str) -> None:
    with pytest.raises(ValueError, match="rotat"):
        next_rotation(Path(name))


@pytest.mark.task(taskno=2)
def test_plan_sorts_files_by_age(tmp_path: Path) -> None:
    make(tmp_path, "api/app.log.1", age_days=0.5)
    make(tmp_path, "api/app.log.2", age_days=3)
    make(tmp_path, "api/app.log.3.gz", age_days=10)
    make(tmp_path, "api/app.log.4.gz", age_days=45, size=700)
    got = plan_cleanup(tmp_path, NOW)
    want = CleanupPlan(
        delete=["api/app.log.4.gz"],
        compress=["api/app.log.2"],
        keep=["api/app.log.1", "api/app.log.3.gz"],
        reclaimed_bytes=700,
    )
    assert got == want, f"fresh files stay, old plain files compress, ancient ones go: {got}"


@pytest.mark.task(taskno=2)
def test_active_log_is_never_touched_however_old(tmp_path: Path) -> None:
    make(tmp_path, "worker/worker.log", age_days=400)
    got = plan_cleanup(tmp_path, NOW)
    assert got == CleanupPlan(keep=["worker/worker.log"]), f"the live .log file stays: {got}"


@pytest.mark.task(taskno=2)
def test_thresholds_are_inclusive_at_exactly_n_days(tmp_path: Path) -> None:
    make(tmp_path, "a.log.1", age_days=2)
    make(tmp_path, "b.log.1", age_days=2 - 1 / DAY)
    make(tmp_path, "c.log.1", age_days=7)
    make(tmp_path, "d.log.1", age_days=7 - 1 / DAY)
    got = plan_cleanup(tmp_path, NOW, compress_after_days=2, delete_after_days=7)
    assert got.delete == ["c.log.1"], f"exactly 7 days old is deleted, got {got.delete}"
    assert got.compress == ["a.log.1", "d.log.1"], f"2..7 days compress, got {got.compress}"
    assert got.keep == ["b.log.1"], f"a second under 2 days is kept, got {got.keep}"


@pytest.mark.task(taskno=2)
def test_reclaimed_bytes_sum_every_deleted_file(tmp_path: Path) -> None:
    make(tmp_path, "a/x.log.7.gz", age_days=31, size=100)
    make(tmp_path, "b/c/y.log.2", age_days=90, size=23)
    make(tmp_path, "b/c/y.log.1", age_days=29, size=1000)
    got = plan_cleanup(tmp_path, NOW)
    assert got.delete == ["a/x.log.7.gz", "b/c/y.log.2"]
    assert got.reclaimed_bytes == 123, f"100 + 23 bytes freed, got {got.reclaimed_bytes}"


@pytest.mark.task(taskno=2)
def test_ignores_other_files_directories_and_hidden_paths(tmp_path: Path) -> None:
    make(tmp_path, "notes.txt", age_days=100)
    make(tmp_path, ".cache/old.log.1", age_days=100)
    make(tmp_path, "svc/.trash/old.log.1", age_days=100)
    (tmp_path / "archive.log.1").mkdir()
    make(tmp_path, "svc/.keep.log.1", age_days=100)
    got = plan_cleanup(tmp_path, NOW)
    assert got == CleanupPlan(), f"nothing here is a visible log file: {got}"


@pytest.mark.task(taskno=2)
def test_paths_are_posix_relative_and_sorted(tmp_path: Path) -> None:
    for rel in ["z/app.log", "a-b/app.log", "a/b/app.log", "a/app.log"]:
        make(tmp_path, rel, age_days=0)
    got = plan_cleanup(tmp_path, NOW).keep
    assert got == ["a-b/app.log", "a/app.log", "a/b/app.log", "z/app.log"], got


@pytest.mark.task(taskno=2)
def test_empty_directory_gives_an_empty_plan(tmp_path: Path) -> None:
    assert plan_cleanup(tmp_path, NOW) == CleanupPlan()


@pytest.mark.task(taskno=2)
def test_missing_root_or_a_file_root_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(NotADirectoryError):
        plan_cleanup(tmp_path / "missing", NOW)
    file_root = make(tmp_path, "app.log", age_days=0)
    with pytest.raises(NotADirectoryError):
        plan_cleanup(file_root, NOW)


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize(("compress", "delete"), [(-1, 5), (5, 5), (6, 5)])
def test_inconsistent_thresholds_are_rejected(tmp_path: Path, compress: int, delete: int) -> None:
    with pytest.raises(ValueError, match="compress_after_days"):
        plan_cleanup(tmp_path, NOW, compress_after_days=compress, delete_after_days=delete)


@pytest.mark.task(taskno=2)
def test_zero_compress_threshold_compresses_every_rotated_file(tmp_path: Path) -> None:
    make(tmp_path, "a.log.1", age_days=0)
    got = plan_cleanup(tmp_path, NOW, compress_after_days=0, delete_after_days=1)
    assert got.compress == ["a.log.1"], f"age 0 >= 0 days, got {got}"


@pytest.mark.task(taskno=2)
def test_default_thresholds_are_one_day_and_thirty_days(tmp_path: Path) -> None:
    assert DAY == 86_400, "a day has 86 400 seconds"
    make(tmp_path, "a.log.1", age_days=1)
    make(tmp_path, "b.log.1", age_days=1 - 1 / DAY)
    make(tmp_path, "c.log.1", age_days=30)
    make(tmp_path, "d.log.1", age_days=30 - 1 / DAY)
    got = plan_cleanup(tmp_path, NOW)
    assert got == CleanupPlan(["c.log.1"], ["a.log.1", "d.log.1"], ["b.log.1"], 10), got


@pytest.mark.task(taskno=2)
def test_plan_is_immutable(tmp_path: Path) -> None:
    plan = plan_cleanup(tmp_path, NOW)
    with pytest.raises(AttributeError):
        plan.reclaimed_bytes = 5  # type: ignore[misc]
