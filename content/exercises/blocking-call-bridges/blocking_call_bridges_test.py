import asyncio
import contextvars
import inspect
import threading
import typing

import pytest

from blocking_call_bridges import run_in_thread, run_sync

request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")


def read_settings(path: str, *, encoding: str = "utf-8") -> dict[str, object]:
    """Read a settings file (blocking)."""
    return {"path": path, "encoding": encoding, "thread": threading.get_ident()}


@pytest.mark.task(taskno=1)
def test_run_in_thread_runs_the_function_in_another_thread() -> None:
    wrapped = run_in_thread(read_settings)

    async def main() -> tuple[dict[str, object], int]:
        return await wrapped("app.toml", encoding="latin-1"), threading.get_ident()

    got, loop_thread = asyncio.run(main())
    assert got["path"] == "app.toml" and got["encoding"] == "latin-1", "arguments pass through"
    assert got["thread"] != loop_thread, "the function must run in a worker thread"


@pytest.mark.task(taskno=1)
def test_run_in_thread_keeps_name_doc_and_is_a_coroutine_function() -> None:
    wrapped = run_in_thread(read_settings)
    assert wrapped.__name__ == "read_settings"
    assert wrapped.__doc__ == "Read a settings file (blocking)."
    assert wrapped.__wrapped__ is read_settings  # type: ignore[attr-defined]
    assert inspect.iscoroutinefunction(wrapped), "an async def wrapper"


@pytest.mark.task(taskno=1)
def test_run_in_thread_propagates_the_very_same_exception() -> None:
    error = PermissionError("settings.toml: permission denied")

    @run_in_thread
    def locked() -> None:
        raise error

    with pytest.raises(PermissionError) as caught:
        asyncio.run(locked())
    assert caught.value is error


@pytest.mark.task(taskno=1)
def test_run_in_thread_sees_the_callers_context_variables() -> None:
    @run_in_thread
    def current_request() -> str:
        return request_id.get()

    async def main() -> str:
        request_id.set("req-42")
        return await current_request()

    assert asyncio.run(main()) == "req-42", (
        "copy the context into the thread (as asyncio.to_thread does)"
    )


@pytest.mark.task(taskno=2)
def test_the_event_loop_keeps_running_while_the_function_blocks() -> None:
    released = threading.Event()

    @run_in_thread
    def wait_for_release() -> bool:
        return released.wait(timeout=2)

    async def release_soon() -> None:
        for _ in range(3):
            await asyncio.sleep(0)
        released.set()

    async def main() -> list[object]:
        return await asyncio.gather(wait_for_release(), release_soon())

    assert asyncio.run(main())[0] is True, "another task ran while the function was blocked"


@pytest.mark.task(taskno=1)
def test_the_decorators_are_typed_with_a_paramspec() -> None:
    for decorator in (run_in_thread, run_sync):
        hints = typing.get_type_hints(decorator)
        parameters = typing.get_args(hints["func"])[0]
        assert isinstance(parameters, typing.ParamSpec), (
            f"{decorator.__name__}: annotate func as Callable[P, ...] with P = ParamSpec('P')"
        )
        assert typing.get_args(hints["return"])[0] is parameters, "the same P in the result"


@pytest.mark.task(taskno=3)
def test_run_sync_runs_a_coroutine_function_to_completion() -> None:
    @run_sync
    async def migrate(database: str, *, dry_run: bool = False) -> str:
        """Apply the pending migrations."""
        await asyncio.sleep(0)
        return f"{database}: {'planned' if dry_run else 'applied'}"

    assert migrate("orders", dry_run=True) == "orders: planned"
    assert migrate("orders") == "orders: applied", "each call gets a fresh event loop"
    assert migrate.__name__ == "migrate" and migrate.__doc__ == "Apply the pending migrations."
    assert str(inspect.signature(migrate)) == "(database: str, *, dry_run: bool = False) -> str"
    assert not inspect.iscoroutinefunction(migrate)


@pytest.mark.task(taskno=3)
def test_run_sync_refuses_to_run_inside_a_running_loop() -> None:
    started: list[str] = []

    @run_sync
    async def command() -> None:
        started.append("command")

    async def main() -> None:
        with pytest.raises(RuntimeError, match="running event loop"):
            command()

    asyncio.run(main())
    assert started == []
