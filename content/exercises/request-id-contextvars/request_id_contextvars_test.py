import asyncio
from concurrent.futures import ThreadPoolExecutor
from contextvars import ContextVar, copy_context

import pytest

from request_id_contextvars import (
    current_request_id,
    log_line,
    request_id,
    request_scope,
    run_isolated,
    spawn,
    submit_with_context,
)

TENANT: ContextVar[str] = ContextVar("tenant", default="none")  # another library's variable


@pytest.mark.task(taskno=1)
def test_outside_a_request_the_id_is_a_dash() -> None:
    assert current_request_id() == "-"
    assert log_line("boot") == "[-] boot"


@pytest.mark.task(taskno=1)
def test_scope_sets_the_id_and_restores_it() -> None:
    with request_scope("req-1") as rid:
        assert rid == "req-1"
        assert log_line("start") == "[req-1] start"
    assert request_id.get() is None, "the variable is back to its default after the scope"


@pytest.mark.task(taskno=1)
def test_nested_scopes_restore_the_outer_id() -> None:
    with request_scope("outer"):
        with request_scope("inner"):
            assert current_request_id() == "inner"
        assert current_request_id() == "outer", "reset(token) restores the previous value"
    assert current_request_id() == "-"


@pytest.mark.task(taskno=1)
def test_scope_is_reset_even_when_the_block_raises() -> None:
    with pytest.raises(KeyError), request_scope("req-err"):
        raise KeyError("boom")
    assert current_request_id() == "-"


@pytest.mark.task(taskno=1)
def test_scope_is_reset_even_after_a_keyboard_interrupt() -> None:
    def interrupted() -> str:
        with pytest.raises(KeyboardInterrupt), request_scope("req-ctrl-c"):
            raise KeyboardInterrupt
        return current_request_id()

    # run in a copy of the context, so that a leftover id cannot spoil the other tests
    assert copy_context().run(interrupted) == "-", "KeyboardInterrupt is no Exception: finally"


@pytest.mark.task(taskno=1)
def test_messages_are_text_not_templates() -> None:
    with request_scope("r"):
        assert log_line("{user} at 100% {0}") == "[r] {user} at 100% {0}"


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("rid", ["", "   ", "\t\n", "\u00a0", "\u3000"])
def test_blank_ids_are_rejected(rid: str) -> None:
    with pytest.raises(ValueError, match="blank"), request_scope(rid):
        pass
    assert current_request_id() == "-"


@pytest.mark.task(taskno=2)
def test_concurrent_requests_keep_their_own_ids_across_awaits() -> None:
    async def handle(rid: str, turns: int) -> list[str]:
        lines = []
        with request_scope(rid):
            for i in range(turns):
                await asyncio.sleep(0)
                lines.append(log_line(f"step {i}"))
        return lines

    async def main() -> list[list[str]]:
        return list(await asyncio.gather(handle("a", 3), handle("b", 2), handle("c", 1)))

    got = asyncio.run(main())
    assert got == [
        ["[a] step 0", "[a] step 1", "[a] step 2"],
        ["[b] step 0", "[b] step 1"],
        ["[c] step 0"],
    ], f"interleaved tasks must not see each other's ids: {got}"


@pytest.mark.task(taskno=2)
def test_spawned_task_keeps_the_id_after_the_scope_ends() -> None:
    async def background() -> str:
        await asyncio.sleep(0)
        return log_line("sending e-mail")

    async def main() -> tuple[str, str]:
        with request_scope("req-9"):
            task = spawn(background())
        outside = current_request_id()
        return await task, outside

    assert asyncio.run(main()) == ("[req-9] sending e-mail", "-")


@pytest.mark.task(taskno=2)
def test_changes_inside_a_task_do_not_leak_to_the_parent() -> None:
    async def child() -> str:
        request_id.set("child-only")
        return current_request_id()

    async def main() -> tuple[str, str]:
        with request_scope("parent"):
            seen = await spawn(child())
            return seen, current_request_id()

    assert asyncio.run(main()) == ("child-only", "parent")


@pytest.mark.task(taskno=3)
def test_run_isolated_sees_the_caller_but_cannot_change_it() -> None:
    def meddle() -> str:
        before = current_request_id()
        request_id.set("hijacked")
        return before

    with request_scope("req-5"):
        assert run_isolated(meddle) == "req-5", "the copy starts with the caller's values"
        assert current_request_id() == "req-5", "changes stay in the copy"


@pytest.mark.task(taskno=3)
def test_run_isolated_throws_away_every_variable_it_sets() -> None:
    def meddle() -> str:
        TENANT.set("meddler")
        return TENANT.get()

    token = TENANT.set("acme")
    try:
        assert run_isolated(meddle) == "meddler"
        assert TENANT.get() == "acme", "not only request_id: the whole context is a copy"
    finally:
        TENANT.reset(token)


@pytest.mark.task(taskno=3)
def test_run_isolated_returns_the_result_outside_requests_too() -> None:
    assert run_isolated(lambda: 41 + 1) == 42


@pytest.mark.task(taskno=3)
def test_worker_threads_see_every_context_variable_and_keep_nothing() -> None:
    def work() -> str:
        seen = f"{current_request_id()}/{TENANT.get()}"
        TENANT.set("left behind?")
        return seen

    token = TENANT.set("acme")
    try:
        with ThreadPoolExecutor(max_workers=1) as pool:
            with request_scope("req-w"):
                got = submit_with_context(pool, work).result()
            leftover = pool.submit(TENANT.get).result()
    finally:
        TENANT.reset(token)
    assert got == "req-w/acme", f"the worker sees all of the caller's variables, got {got}"
    assert leftover == "none", "what the function sets stays in its copy, not in the thread"


@pytest.mark.task(taskno=3)
def test_worker_threads_see_the_request_id() -> None:
    with ThreadPoolExecutor(max_workers=1) as pool:
        with request_scope("req-t"):
            got = submit_with_context(pool, lambda: log_line("resize image")).result()
        plain = pool.submit(current_request_id).result()
        later = submit_with_context(pool, current_request_id).result()
    assert got == "[req-t] resize image", f"got {got}"
    assert plain == "-", "a plain submit does not carry the context (this is why you copy it)"
    assert later == "-", "outside a request the worker sees no id"
