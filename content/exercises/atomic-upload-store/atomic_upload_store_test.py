import asyncio
import os
import stat
import threading
from pathlib import Path
from typing import Any

import pytest
from atomic_upload_store import atomic_write, list_files, safe_join, store_upload


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


@pytest.mark.task(taskno=1)
def test_atomic_write_creates_and_replaces_with_no_leftovers(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    atomic_write(target, b"id,total\n1,10\n")
    assert target.read_bytes() == b"id,total\n1,10\n"
    assert mode(target) == 0o644, f"a new file gets 0o644, got {oct(mode(target))}"
    target.chmod(0o640)
    atomic_write(target, b"")
    assert target.read_bytes() == b""
    assert mode(target) == 0o640, "the replaced file's permission bits are kept"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.csv"]


@pytest.mark.task(taskno=1)
def test_atomic_write_syncs_a_hidden_sibling_before_renaming(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[Any] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(descriptor: int) -> None:
        events.append("fsync")
        real_fsync(descriptor)

    def replace(source: Any, destination: Any) -> None:
        events.append(("replace", Path(source), Path(destination)))
        real_replace(source, destination)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    target = tmp_path / "report.json"
    atomic_write(target, b"{}")
    assert events, "neither os.fsync nor os.replace was called"
    assert events[0] == "fsync", f"fsync must come before the rename: {events}"
    _, source, destination = events[-1]
    assert destination == target
    assert source.parent == tmp_path, "the temporary file must be in the same directory"
    assert source.name.startswith(".report.json."), f"temporary name {source.name}"
    assert source.name.endswith(".tmp"), f"temporary name {source.name}"


@pytest.mark.task(taskno=1)
def test_atomic_write_failures_leave_the_directory_as_it_was(tmp_path: Path) -> None:
    (tmp_path / "reports").mkdir()
    with pytest.raises(IsADirectoryError):
        atomic_write(tmp_path / "reports", b"data")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reports"]
    with pytest.raises(FileNotFoundError):
        atomic_write(tmp_path / "missing" / "x.csv", b"data")


@pytest.mark.task(taskno=1)
def test_atomic_write_replaces_a_link_not_its_target(tmp_path: Path) -> None:
    (tmp_path / "shared.csv").write_bytes(b"other team")
    (tmp_path / "latest.csv").symlink_to("shared.csv")
    atomic_write(tmp_path / "latest.csv", b"ours")
    assert not (tmp_path / "latest.csv").is_symlink()
    assert (tmp_path / "latest.csv").read_bytes() == b"ours"
    assert (tmp_path / "shared.csv").read_bytes() == b"other team"


@pytest.mark.task(taskno=2)
def test_list_files_filters_by_suffix_and_skips_hidden_entries(tmp_path: Path) -> None:
    for name in ["a.csv", "B.CSV", "c.json", "d.txt", ".e.csv", "2024/05/sales.csv",
                 ".cache/f.csv", "2024/.g.json.x1.tmp", "2024/h.json"]:  # fmt: skip
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    got = list_files(tmp_path, {".csv", ".json"})
    assert got == ["2024/05/sales.csv", "2024/h.json", "B.CSV", "a.csv", "c.json"]


@pytest.mark.task(taskno=2)
def test_list_files_keeps_links_inside_the_store_only(tmp_path: Path) -> None:
    store, elsewhere = tmp_path / "store", tmp_path / "elsewhere"
    (store / "data").mkdir(parents=True)
    elsewhere.mkdir()
    (store / "data" / "real.csv").write_text("x")
    (elsewhere / "secret.csv").write_text("x")
    (store / "latest.csv").symlink_to("data/real.csv")
    (store / "leak.csv").symlink_to(elsewhere / "secret.csv")
    (store / "gone.csv").symlink_to("data/missing.csv")
    (store / "mirror").symlink_to(elsewhere, target_is_directory=True)
    assert list_files(store, [".csv"]) == ["data/real.csv", "latest.csv"]
    with pytest.raises(NotADirectoryError):
        list_files(store / "data" / "real.csv", [".csv"])


@pytest.mark.task(taskno=3)
def test_safe_join_resolves_names_inside_the_root(tmp_path: Path) -> None:
    root = tmp_path / "store"
    root.mkdir()
    assert safe_join(root, "2024/sales.csv") == root.resolve() / "2024" / "sales.csv"
    assert safe_join(root, "a/../b.csv") == root.resolve() / "b.csv"


@pytest.mark.task(taskno=3)
@pytest.mark.parametrize("name", ["../x.csv", "a/../../x.csv", "/etc/passwd", "", ".",
                                  "../store-old/x.csv", "out/x.csv"])  # fmt: skip
def test_safe_join_rejects_names_that_leave_the_root(tmp_path: Path, name: str) -> None:
    root = tmp_path / "store"
    root.mkdir()
    (tmp_path / "store-old").mkdir()
    (root / "out").symlink_to(tmp_path, target_is_directory=True)
    with pytest.raises(PermissionError):
        safe_join(root, name)


@pytest.mark.task(taskno=4)
def test_store_upload_writes_in_a_worker_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[bool] = []
    real_fsync = os.fsync

    def fsync(descriptor: int) -> None:
        threads.append(threading.current_thread() is threading.main_thread())
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", fsync)
    stored = asyncio.run(store_upload(tmp_path, "2024/05/up.csv", b"1,2\n"))
    assert stored == "2024/05/up.csv"
    assert (tmp_path / "2024" / "05" / "up.csv").read_bytes() == b"1,2\n"
    assert threads, "os.fsync was never called"
    assert not any(threads), "os.fsync ran on the event loop's thread"


@pytest.mark.task(taskno=4)
def test_store_upload_refuses_traversal_before_creating_anything(tmp_path: Path) -> None:
    root = tmp_path / "store"
    root.mkdir()
    with pytest.raises(PermissionError):
        asyncio.run(store_upload(root, "new/../../evil/x.csv", b"x"))
    assert list(tmp_path.iterdir()) == [root]
    assert list(root.iterdir()) == []
