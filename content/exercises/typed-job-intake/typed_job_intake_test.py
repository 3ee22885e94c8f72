from dataclasses import FrozenInstanceError
from typing import Any

import pytest
from beartype.door import is_bearable
from beartype.roar import BeartypeCallHintParamViolation
from typed_job_intake import Job, Priority, QueueName, Tags, enqueue, retry_delays


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("name", ["emails", "a", "reports-v2", "etl_nightly", "x" * 64])
def test_good_queue_names(name: str) -> None:
    assert is_bearable(name, QueueName), f"{name!r} is a queue name"


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("name", ["", "Emails", "2fa", "-x", "with space", "x" * 65, "ünï", 7])
def test_bad_queue_names(name: object) -> None:
    assert not is_bearable(name, QueueName), f"{name!r} is not a queue name"


@pytest.mark.task(taskno=1)
def test_priorities_are_ints_from_0_to_9_and_never_bools() -> None:
    assert all(is_bearable(p, Priority) for p in range(10))
    for bad in (-1, 10, True, False, 5.0, "5"):
        assert not is_bearable(bad, Priority), f"{bad!r} is not a priority"


@pytest.mark.task(taskno=1)
def test_tags_check_every_item_not_a_sample() -> None:
    assert is_bearable(["urgent", "billing"], Tags)
    assert is_bearable(("urgent",), Tags)
    assert is_bearable([], Tags)
    assert not is_bearable("urgent", Tags), "a bare str is not a list of tags"
    for _ in range(20):
        assert not is_bearable(["ok"] * 15 + [""], Tags), "one empty tag among many"
        assert not is_bearable(["ok"] * 15 + ["two words"], Tags)
    assert not is_bearable(["t"] * 21, Tags), "at most 20 tags"


@pytest.mark.task(taskno=2)
def test_enqueue_returns_the_job() -> None:
    payload = {"to": "ops@example.com", "attempt": 1}
    job = enqueue("emails", payload, priority=2, tags=["urgent", "ops", "urgent"])
    assert job == Job("emails", payload, 2, ("urgent", "ops"))
    assert job.payload is not payload, "the payload is copied"
    with pytest.raises(FrozenInstanceError):
        job.priority = 9  # type: ignore[misc]
    assert enqueue("emails", {}) == Job("emails", {}, 5, ())


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize(
    ("queue", "payload", "options"),
    [
        ("Emails", {}, {}),
        ("emails", {1: "x"}, {}),
        ("emails", {}, {"priority": True}),
        ("emails", {}, {"priority": 12}),
        ("emails", {}, {"tags": "urgent"}),
        ("emails", {}, {"tags": ["ok", 3]}),
    ],
)
def test_enqueue_refuses_with_a_beartype_violation(
    queue: Any, payload: Any, options: dict[str, Any]
) -> None:
    with pytest.raises(BeartypeCallHintParamViolation):
        enqueue(queue, payload, **options)


@pytest.mark.task(taskno=3)
def test_retry_delays_double_and_cap() -> None:
    assert retry_delays(1, 4) == [1.0, 2.0, 4.0, 8.0]
    assert all(type(delay) is float for delay in retry_delays(1, 4)), "delays are floats"
    assert retry_delays(100.0, 3) == [100.0, 200.0, 300.0]


@pytest.mark.task(taskno=3)
@pytest.mark.parametrize(("base", "attempts"), [(0, 3), (-1.0, 2), (301, 1), (1, 0), (1, True)])
def test_retry_delays_refuses_bad_arguments(base: Any, attempts: Any) -> None:
    with pytest.raises(BeartypeCallHintParamViolation):
        retry_delays(base, attempts)
