import pytest
from deploy_plan import (
    first_steps,
    insert_after,
    last_steps,
    middle_steps,
    skip_step,
    with_rollback,
)


def release() -> list[str]:
    return ["backup db", "migrate", "deploy api", "deploy web", "smoke test"]


@pytest.mark.task(taskno=1)
def test_first_steps_is_the_beginning_of_the_plan() -> None:
    plan = release()
    assert first_steps(plan, 2) == ["backup db", "migrate"], "the first two steps"
    assert first_steps(plan, 9) == plan, "more than the plan has: the whole plan"
    assert plan == release(), "the plan itself does not change"


@pytest.mark.task(taskno=2)
def test_last_steps_is_the_end_of_the_plan() -> None:
    got = last_steps(release(), 2)
    assert got == ["deploy web", "smoke test"], f"the last two steps, got {got}"
    assert last_steps(release(), 9) == release(), "more than the plan has: the whole plan"


@pytest.mark.task(taskno=2)
def test_last_zero_steps_is_empty() -> None:
    got = last_steps(release(), 0)
    assert got == [], f"the last 0 steps are none at all (plan[-0:] is the whole list), got {got}"


@pytest.mark.task(taskno=3)
def test_middle_steps_drops_first_and_last() -> None:
    got = middle_steps(release())
    assert got == ["migrate", "deploy api", "deploy web"], f"got {got}"
    assert middle_steps(["a", "b"]) == [], "two steps have no middle"
    assert middle_steps(["a", "b", "c"]) == ["b"], "three steps have one in the middle"


@pytest.mark.task(taskno=4)
def test_insert_after_the_anchor() -> None:
    plan = ["migrate", "deploy api", "smoke test"]
    result = insert_after(plan, "migrate", "warm cache")
    assert plan == ["migrate", "warm cache", "deploy api", "smoke test"], f"got {plan}"
    assert result is None, "the plan changes in place; nothing is returned"


@pytest.mark.task(taskno=4)
def test_insert_after_the_first_of_two_anchors_or_at_the_end() -> None:
    plan = ["test", "deploy", "test"]
    insert_after(plan, "test", "lint")
    assert plan == ["test", "lint", "deploy", "test"], f"after the first 'test', got {plan}"
    insert_after(plan, "notify", "page on-call")
    assert plan[-1] == "page on-call", f"no 'notify' step: add at the end, got {plan}"


@pytest.mark.task(taskno=5)
def test_skip_step_removes_the_first_occurrence() -> None:
    plan = ["smoke test", "deploy", "smoke test"]
    assert skip_step(plan, "smoke test") is True, "there was a smoke test: True"
    assert plan == ["deploy", "smoke test"], f"only the first one goes, got {plan}"


@pytest.mark.task(taskno=5)
def test_skip_a_step_that_is_not_there() -> None:
    plan = release()
    assert skip_step(plan, "reboot") is False, "no such step: False"
    assert plan == release(), "and the plan stays the same"


@pytest.mark.task(taskno=6)
def test_with_rollback_appends_the_undo_steps_reversed() -> None:
    plan, undo = ["migrate", "deploy"], ["undo migrate", "undo deploy"]
    got = with_rollback(plan, undo)
    assert got == ["migrate", "deploy", "undo deploy", "undo migrate"], f"got {got}"
    assert plan == ["migrate", "deploy"], f"the plan itself stays as it was, it is {plan}"
    assert undo == ["undo migrate", "undo deploy"], f"so does the rollback list, it is {undo}"
