import inspect
from typing import Any

import pytest

from job_queue_signatures import Job, JobQueue, retry_delay

POSITIONAL_ONLY = inspect.Parameter.POSITIONAL_ONLY
KEYWORD_ONLY = inspect.Parameter.KEYWORD_ONLY
EITHER = inspect.Parameter.POSITIONAL_OR_KEYWORD


def send_email(*args: Any, **kwargs: Any) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """A job that returns exactly what it was called with."""
    return args, kwargs


@pytest.mark.task(taskno=1)
def test_retry_delay_doubles_up_to_the_cap() -> None:
    assert [retry_delay(n) for n in (1, 2, 3, 4)] == [1.0, 2.0, 4.0, 8.0]
    assert retry_delay(10) == 60.0, "never more than cap (60 s by default)"
    assert retry_delay(3, 0.5) == 2.0, "base may be passed by position"
    assert retry_delay(3, base=0.5, factor=3.0, cap=4.0) == 4.0
    assert retry_delay(5000) == 60.0, "a power too large for a float is still capped"


@pytest.mark.task(taskno=1)
def test_retry_delay_signature() -> None:
    parameters = inspect.signature(retry_delay).parameters
    kinds = {name: parameter.kind for name, parameter in parameters.items()}
    assert kinds == {
        "attempt": POSITIONAL_ONLY,
        "base": EITHER,
        "factor": KEYWORD_ONLY,
        "cap": KEYWORD_ONLY,
    }, f"def retry_delay(attempt, /, base=1.0, *, factor=2.0, cap=60.0), got {kinds}"


@pytest.mark.task(taskno=1)
def test_retry_delay_refuses_the_call_forms_it_forbids() -> None:
    with pytest.raises(TypeError):
        retry_delay(attempt=2)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        retry_delay(2, 1.0, 3.0)  # type: ignore[misc]
    with pytest.raises(ValueError, match="attempt"):
        retry_delay(0)


@pytest.mark.task(taskno=2)
def test_jobs_run_first_in_first_out_with_their_arguments() -> None:
    queue = JobQueue()
    first = queue.enqueue(send_email, "ada@example.com", subject="Welcome")
    queue.enqueue(send_email, "bob@example.com")
    assert isinstance(first, Job) and first.args == ("ada@example.com",)
    assert len(queue) == 2
    assert queue.run_next() == (("ada@example.com",), {"subject": "Welcome"})
    assert queue.run_next() == (("bob@example.com",), {})
    assert len(queue) == 0


@pytest.mark.task(taskno=2)
def test_the_job_may_take_keywords_named_like_the_queues_parameters() -> None:
    queue = JobQueue()
    job = queue.enqueue(send_email, func="notify", self="me", args=1, kwargs=2)
    assert job.kwargs == {"func": "notify", "self": "me", "args": 1, "kwargs": 2}, (
        "func (and self) are positional-only, so these names belong to the job"
    )
    assert queue.run_next() == ((), {"func": "notify", "self": "me", "args": 1, "kwargs": 2})


@pytest.mark.task(taskno=2)
def test_enqueue_signature_and_empty_queue() -> None:
    parameters = list(inspect.signature(JobQueue.enqueue).parameters.values())
    assert [p.kind for p in parameters[:2]] == [POSITIONAL_ONLY, POSITIONAL_ONLY], (
        "def enqueue(self, func, /, *args, **kwargs)"
    )
    with pytest.raises(TypeError):
        JobQueue().enqueue(func=send_email)  # type: ignore[call-arg]
    with pytest.raises(IndexError):
        JobQueue().run_next()


@pytest.mark.task(taskno=3)
def test_options_are_keyword_only_and_never_steal_the_jobs_keywords() -> None:
    queue = JobQueue()
    urgent = queue.with_options(priority=5)
    job = urgent.enqueue(send_email, "ops@example.com", priority="high", retries=3)
    assert (job.priority, job.retries) == (5, 0)
    assert job.kwargs == {"priority": "high", "retries": 3}, "the job's own keywords"
    with pytest.raises(TypeError):
        queue.with_options(5)  # type: ignore[misc]
    with pytest.raises(ValueError, match="priority"):
        queue.with_options(priority=10)
    with pytest.raises(ValueError, match="retries"):
        queue.with_options(retries=-1)


@pytest.mark.task(taskno=3)
def test_higher_priority_runs_first() -> None:
    queue = JobQueue()
    queue.enqueue(send_email, "low-1")
    queue.with_options(priority=9).enqueue(send_email, "high")
    queue.enqueue(send_email, "low-2")
    queue.with_options(priority=3).enqueue(send_email, "middle")
    order = [queue.run_next()[0][0] for _ in range(4)]  # type: ignore[index]
    assert order == ["high", "middle", "low-1", "low-2"], f"got {order}"


@pytest.mark.task(taskno=3)
def test_a_failing_job_is_retried_behind_its_priority() -> None:
    calls: list[str] = []

    def flaky(name: str) -> str:
        calls.append(name)
        if len(calls) == 1:
            raise ConnectionError("smtp down")
        return f"sent {name}"

    queue = JobQueue()
    queue.with_options(retries=1).enqueue(flaky, "a")
    queue.enqueue(flaky, "b")
    with pytest.raises(ConnectionError, match="smtp down"):
        queue.run_next()
    assert len(queue) == 2, "the failed job went back into the queue"
    assert queue.run_next() == "sent b", "it waits behind the jobs already queued"
    assert queue.run_next() == "sent a"
    assert queue.with_options(retries=0).enqueue(flaky, "c").retries == 0


@pytest.mark.task(taskno=3)
def test_an_interrupted_job_is_not_retried() -> None:
    def stop() -> None:
        raise KeyboardInterrupt

    queue = JobQueue()
    queue.with_options(retries=3).enqueue(stop)
    with pytest.raises(KeyboardInterrupt):
        queue.run_next()
    assert len(queue) == 0, "only an Exception sends a job back; KeyboardInterrupt does not"
