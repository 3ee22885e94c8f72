from collections.abc import Callable
from typing import Any

import pytest
from config_driven_pipeline import (
    STEPS,
    build_pipeline,
    compose,
    drop_missing,
    merge_counts,
    rename,
    scale,
    total,
)

ROWS: list[dict[str, Any]] = [
    {"sku": "A", "cents": 250, "qty": 2},
    {"sku": "B", "cents": None, "qty": 1},
    {"sku": "C", "qty": 5},
    {"sku": "D", "cents": 0, "qty": 0},
]


@pytest.mark.task(taskno=1)
def test_compose_applies_steps_left_to_right() -> None:
    add_one = lambda x: x + 1  # noqa: E731
    double = lambda x: x * 2  # noqa: E731
    assert compose(add_one, double)(3) == 8, "(3 + 1) * 2: the first step runs first"
    assert compose(double, add_one)(3) == 7, "3 * 2 + 1"
    assert compose(add_one, add_one, add_one)(0) == 3, "any number of steps"


@pytest.mark.task(taskno=1)
def test_compose_without_steps_is_identity() -> None:
    marker = object()
    identity: Callable[[object], object] = compose()
    assert identity(marker) is marker, "no steps return the input unchanged"


@pytest.mark.task(taskno=2)
def test_drop_missing_keeps_zero_values() -> None:
    got = [row["sku"] for row in drop_missing(ROWS, "cents")]
    assert got == ["A", "D"], f"None and absent are missing, 0 is a value, got {got}"


@pytest.mark.task(taskno=2)
def test_rename_and_scale_return_new_records() -> None:
    rows: list[dict[str, Any]] = [{"a": 1, "b": 2}]
    renamed = rename(rows, "a", "z")
    assert renamed == [{"z": 1, "b": 2}], f"got {renamed}"
    assert rename(rows, "nope", "z") == rows, "renaming an absent key changes nothing"
    scaled = scale(rows, "b", 0.5)
    assert scaled == [{"a": 1, "b": 1.0}], f"got {scaled}"
    assert rows == [{"a": 1, "b": 2}], "the input records are never modified"


@pytest.mark.task(taskno=2)
def test_steps_registry() -> None:
    want = {"drop_missing": drop_missing, "rename": rename, "scale": scale}
    assert want == STEPS, "STEPS maps config names to the step functions"


@pytest.mark.task(taskno=3)
def test_build_pipeline_binds_options_and_runs_steps_in_order() -> None:
    pipeline = build_pipeline(
        [
            ("drop_missing", {"field": "cents"}),
            ("scale", {"field": "cents", "factor": 0.01}),
            ("rename", {"old": "cents", "new": "euros"}),
        ]
    )
    got = pipeline(ROWS)
    want = [{"sku": "A", "euros": 2.5, "qty": 2}, {"sku": "D", "euros": 0.0, "qty": 0}]
    assert got == want, f"filter, then scale, then rename, got {got}"


@pytest.mark.task(taskno=3)
def test_build_pipeline_uses_partial_objects() -> None:
    pipeline = build_pipeline([])
    assert pipeline(ROWS) is ROWS, "an empty configuration passes records through"
    calls: list[object] = []

    def spy(records: list[dict[str, Any]], tag: str) -> list[dict[str, Any]]:
        calls.append(tag)
        return records

    STEPS["spy"] = spy
    try:
        build_pipeline([("spy", {"tag": "x"}), ("spy", {"tag": "y"})])([])
    finally:
        del STEPS["spy"]
    assert calls == ["x", "y"], f"each step gets its own bound options, got {calls}"


@pytest.mark.task(taskno=3)
def test_build_pipeline_rejects_bad_configuration_up_front() -> None:
    with pytest.raises(ValueError, match="unknown step 'explode'"):
        build_pipeline([("explode", {})])
    with pytest.raises(TypeError):
        build_pipeline([("scale", {"field": "cents"})])  # factor is missing
    with pytest.raises(TypeError):
        build_pipeline([("rename", {"old": "a", "new": "b", "extra": 1})])


@pytest.mark.task(taskno=4)
def test_total_folds_a_field() -> None:
    rows: list[dict[str, Any]] = [{"n": 2}, {"n": 3.5}, {"n": -1}]
    assert total(rows, "n") == 4.5, "2 + 3.5 - 1"
    assert total([], "n") == 0, "the total of nothing is 0"
    assert total(iter([{"n": 7}]), "n") == 7, "any iterable"


@pytest.mark.task(taskno=4)
def test_merge_counts_adds_up_mappings() -> None:
    got = merge_counts([{"200": 3, "404": 1}, {"200": 2}, {}, {"500": 4, "404": 1}])
    assert got == {"200": 5, "404": 2, "500": 4}, f"got {got}"
    assert merge_counts([]) == {}, "nothing to merge"
    first = {"a": 1}
    merge_counts([first, {"a": 1}])
    assert first == {"a": 1}, "the input mappings are not modified"
