from typing import Any

import pytest

from validated_record_fields import BoundedStr, PositiveInt, lazy


def make_job_class() -> type[Any]:
    """Built per test, so a half-finished descriptor fails one test, not the collection."""

    class Job:
        retries = PositiveInt()
        workers = PositiveInt()
        queue = BoundedStr(8, min_length=2)

        def __init__(self, queue: str, retries: int = 3, workers: int = 1) -> None:
            self.queue = queue
            self.retries = retries
            self.workers = workers
            self.computations = 0

        @lazy
        def routing_key(self) -> str:
            """The broker routing key, expensive to build."""
            self.computations += 1
            return f"{self.queue}.r{self.retries}"

    return Job


@pytest.mark.task(taskno=1)
def test_positive_int_stores_valid_values_per_instance() -> None:
    job_class = make_job_class()
    first, second = job_class("emails", retries=5, workers=2), job_class("sms", retries=1)
    assert (first.retries, first.workers) == (5, 2)
    assert (second.retries, second.workers) == (1, 1), "each instance keeps its own values"
    first.retries = 9
    assert (first.retries, second.retries) == (9, 1)


@pytest.mark.task(taskno=1)
def test_values_live_in_the_instance_dict_under_the_attribute_name() -> None:
    job = make_job_class()("emails", retries=4, workers=3)
    stored = {key: vars(job)[key] for key in ("queue", "retries", "workers")}
    assert stored == {"queue": "emails", "retries": 4, "workers": 3}, f"got {stored}"


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("value", [0, -1, -100])
def test_positive_int_rejects_zero_and_negatives(value: int) -> None:
    job = make_job_class()("emails")
    with pytest.raises(ValueError, match=rf"^retries must be positive, got {value}$"):
        job.retries = value
    assert job.retries == 3, "a rejected value leaves the old one in place"


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize(
    ("value", "kind"), [(True, "bool"), (False, "bool"), (2.0, "float"), ("3", "str")]
)
def test_positive_int_rejects_non_ints_including_bool(value: object, kind: str) -> None:
    job = make_job_class()("emails")
    with pytest.raises(TypeError, match=rf"^workers must be an int, got {kind}$"):
        job.workers = value


@pytest.mark.task(taskno=1)
def test_reading_an_unset_field_raises_attribute_error() -> None:
    job_class = make_job_class()
    job = object.__new__(job_class)
    with pytest.raises(AttributeError, match=r"^Job\.retries is not set$"):
        _ = job.retries
    assert not hasattr(job, "workers"), "hasattr relies on AttributeError"


@pytest.mark.task(taskno=1)
def test_class_access_returns_the_descriptor_which_knows_its_name() -> None:
    job_class = make_job_class()
    retries, queue = job_class.retries, job_class.queue
    assert isinstance(retries, PositiveInt), (
        f"Job.retries should be the descriptor, got {retries!r}"
    )
    assert (retries.name, job_class.workers.name, queue.name) == ("retries", "workers", "queue"), (
        "__set_name__ records the attribute name"
    )


@pytest.mark.task(taskno=1)
def test_data_descriptor_wins_over_the_instance_dict() -> None:
    job = make_job_class()("emails")
    with pytest.raises(ValueError, match="retries"):
        job.retries = 0
    assert "retries" in vars(job), "the key is in __dict__, yet assignment still validated"


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize("queue", ["ab", "abcdefgh", "éé", "日本語"])
def test_bounded_str_accepts_lengths_within_the_bounds(queue: str) -> None:
    assert make_job_class()(queue).queue == queue


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize(("queue", "length"), [("a", 1), ("", 0), ("abcdefghi", 9)])
def test_bounded_str_rejects_lengths_outside_the_bounds(queue: str, length: int) -> None:
    with pytest.raises(ValueError, match=rf"^queue must have 2 to 8 characters, got {length}$"):
        make_job_class()(queue)


@pytest.mark.task(taskno=2)
def test_bounded_str_rejects_non_strings() -> None:
    job = make_job_class()("emails")
    with pytest.raises(TypeError, match=r"^queue must be a str, got bytes$"):
        job.queue = b"emails"


@pytest.mark.task(taskno=2)
def test_bounded_str_default_minimum_is_one_and_zero_allows_empty() -> None:
    class Label:
        name = BoundedStr(3)
        note = BoundedStr(2, min_length=0)

    label = Label()
    label.note = ""
    label.name = "x"
    with pytest.raises(ValueError, match="must have 1 to 3 characters, got 0"):
        label.name = ""
    assert (label.name, label.note) == ("x", "")


@pytest.mark.task(taskno=2)
def test_bounded_str_checks_its_own_bounds() -> None:
    with pytest.raises(ValueError, match="min_length"):
        BoundedStr(5, min_length=-1)
    with pytest.raises(ValueError, match="max_length"):
        BoundedStr(2, min_length=3)
    exact = BoundedStr(3, min_length=3)
    assert (exact.min_length, exact.max_length) == (3, 3), "equal bounds are fine"


@pytest.mark.task(taskno=3)
def test_lazy_computes_once_and_caches_in_the_instance_dict() -> None:
    job = make_job_class()("emails", retries=2)
    assert job.computations == 0, "nothing is computed before the first access"
    assert job.routing_key == "emails.r2"
    assert job.routing_key == "emails.r2"
    assert job.computations == 1, f"computed once, got {job.computations} computations"
    assert vars(job)["routing_key"] == "emails.r2", "the cached value sits in __dict__"


@pytest.mark.task(taskno=3)
def test_lazy_is_per_instance() -> None:
    job_class = make_job_class()
    first, second = job_class("emails"), job_class("sms", retries=7)
    assert (first.routing_key, second.routing_key) == ("emails.r3", "sms.r7")


@pytest.mark.task(taskno=3)
def test_lazy_is_a_non_data_descriptor_so_assignment_and_del_work() -> None:
    job = make_job_class()("emails")
    assert not hasattr(lazy, "__set__"), "a non-data descriptor defines no __set__"
    job.routing_key = "override"
    assert job.routing_key == "override", "the instance dict shadows a non-data descriptor"
    del job.routing_key
    assert job.routing_key == "emails.r3", "after del the value is computed again"
    assert job.computations == 1


@pytest.mark.task(taskno=3)
def test_lazy_on_the_class_returns_the_descriptor_with_name_and_doc() -> None:
    job_class = make_job_class()
    descriptor = vars(job_class)["routing_key"]
    assert job_class.routing_key is descriptor, "class access returns the descriptor itself"
    assert descriptor.name == "routing_key"
    assert descriptor.__doc__ == "The broker routing key, expensive to build."


@pytest.mark.task(taskno=3)
def test_lazy_uses_the_name_it_was_assigned_to() -> None:
    def compute(self: object) -> int:
        return 42

    class Report:
        total = lazy(compute)

    report = Report()
    assert report.total == 42
    assert vars(report) == {"total": 42}, "__set_name__ wins over the function's __name__"
