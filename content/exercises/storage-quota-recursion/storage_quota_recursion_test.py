import pytest
from storage_quota_recursion import file_paths, folder_sizes, large_files, total_size


def drive() -> dict:
    """A fresh copy of the example drive for each test."""
    return {
        "photo.jpg": 2048,
        "docs": {
            "cv.pdf": 120,
            "notes": {"todo.txt": 3, "ideas.txt": 12},
            "old": {},
        },
        "music": {"song.mp3": 4096},
    }


@pytest.mark.task(taskno=1)
def test_total_size_at_every_depth() -> None:
    got = total_size(drive())
    assert got == 6279, f"2048 + 120 + 3 + 12 + 4096 = 6279, got {got}"
    assert total_size({}) == 0, "an empty drive holds 0 bytes"


@pytest.mark.task(taskno=2)
def test_file_paths_depth_first_in_dict_order() -> None:
    got = file_paths(drive())
    want = ["photo.jpg", "docs/cv.pdf", "docs/notes/todo.txt", "docs/notes/ideas.txt",
            "music/song.mp3"]  # fmt: skip
    assert got == want, f"a folder's files come where the folder appears, got {got}"


@pytest.mark.task(taskno=2)
def test_file_paths_with_a_prefix() -> None:
    got = file_paths({"a.txt": 1, "sub": {"b.txt": 2}}, prefix="backup")
    assert got == ["backup/a.txt", "backup/sub/b.txt"], (
        f"every path starts with the prefix, got {got}"
    )
    assert file_paths({"empty": {}}) == [], "an empty folder holds no file"


@pytest.mark.task(taskno=3)
def test_large_files_at_least_min_size() -> None:
    got = large_files(drive(), 2048)
    assert got == [("photo.jpg", 2048), ("music/song.mp3", 4096)], (
        f"2048 bytes is 'at least 2048'; the song is inside music/. Got {got}"
    )


@pytest.mark.task(taskno=3)
def test_large_files_starts_a_new_list_on_each_call() -> None:
    first = large_files(drive(), 4000)
    second = large_files(drive(), 100)
    assert first == [("music/song.mp3", 4096)], f"got {first}"
    assert second == [("photo.jpg", 2048), ("docs/cv.pdf", 120), ("music/song.mp3", 4096)], (
        f"a second call must not see the first call's results, got {second}"
    )


@pytest.mark.task(taskno=3)
def test_large_files_appends_to_the_given_list() -> None:
    found = [("earlier.iso", 9999)]
    got = large_files({"docs": {"cv.pdf": 120}}, 100, found=found)
    assert got is found, "the list that was passed in is the one returned"
    assert found == [("earlier.iso", 9999), ("docs/cv.pdf", 120)], f"got {found}"


@pytest.mark.task(taskno=4)
def test_folder_sizes_of_every_folder() -> None:
    got = folder_sizes(drive())
    want = {"docs": 135, "docs/notes": 15, "docs/old": 0, "music": 4096}
    assert got == want, f"every folder at any depth, empty ones too, got {got}"


@pytest.mark.task(taskno=4)
def test_folder_sizes_fills_the_given_dict_and_starts_fresh_otherwise() -> None:
    sizes = {"other": 1}
    got = folder_sizes({"a": {"x": 5}}, prefix="home", sizes=sizes)
    assert got is sizes, "the dict that was passed in is the one returned"
    assert sizes == {"other": 1, "home/a": 5}, f"got {sizes}"
    assert folder_sizes({"f.txt": 3}) == {}, "no folder, no entry (and nothing left over)"
