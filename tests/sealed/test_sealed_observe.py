"""Observing calls: return values, exceptions by class, awaitables on the virtual loop."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from pyhero.sealed import Interrupted, Outcome, observe, observe_async
from pyhero.sealed._observe import current_solution

from .conftest import ModuleFactory

LEARNER = """
import json


class WidthError(ValueError):
    pass


class ApiError(Exception):
    pass


class NotFoundError(ApiError):
    pass


def width(value):
    raise WidthError(f"bad width {value}")


def decode(text):
    return json.loads(text)


def lookup(key):
    raise NotFoundError(key)


def fail_api():
    raise ApiError("down")


def leave():
    raise SystemExit(3)


def interrupt():
    raise KeyboardInterrupt


class Unprintable(Exception):
    def __str__(self):
        raise RuntimeError("no")


def unprintable():
    raise Unprintable()


async def later(seconds):
    import asyncio
    await asyncio.sleep(seconds)
    return seconds * 2
"""


@pytest.fixture
def learner(make_module: ModuleFactory) -> Any:
    return make_module("observed_learner", LEARNER)


def test_return_values_are_encoded(learner: Any) -> None:
    outcome = observe(learner.decode, '{"b": [1, 2.5]}')
    assert outcome.returned
    assert outcome.data == {"$returned": {"$dict": [["b", [1, {"$float": "2.5"}]]]}}
    assert outcome.value == {"b": [1, 2.5]}


def test_exceptions_are_their_nearest_builtin_class(learner: Any) -> None:
    assert observe(learner.width, 7).data == {"$raised": "ValueError"}
    assert observe(learner.decode, "{").data == {"$raised": "ValueError"}, "JSONDecodeError"
    assert observe(learner.lookup, "k").data == {"$raised": "Exception"}


def test_errors_names_are_looked_up_in_the_learners_module_first(learner: Any) -> None:
    errors = ("NotFoundError", "ApiError")
    assert observe(learner.lookup, "k", errors=errors).data == {"$raised": "NotFoundError"}
    assert observe(learner.fail_api, errors=errors).data == {"$raised": "ApiError"}
    assert observe(learner.width, 1, errors=errors).data == {"$raised": "ValueError"}
    assert observe(learner.lookup, "k", errors=("ApiError",)).data == {"$raised": "ApiError"}


def test_errors_names_fall_back_to_builtins_and_dotted_names(learner: Any) -> None:
    assert observe(learner.width, 1, errors=("MissingError", "ValueError")).data == {
        "$raised": "ValueError"
    }
    assert observe(learner.decode, "{", errors=("json.JSONDecodeError",)).data == {
        "$raised": "json.JSONDecodeError"
    }


def test_the_current_solution_is_searched_for_error_names(learner: Any) -> None:
    token = current_solution.set(learner)
    try:
        outcome = observe(lambda: learner.lookup("x"), errors=("NotFoundError",))
    finally:
        current_solution.reset(token)
    assert outcome.data == {"$raised": "NotFoundError"}


def test_messages_only_when_asked(learner: Any) -> None:
    assert observe(learner.width, 7, message=True).data == {
        "$raised": "ValueError",
        "message": "bad width 7",
    }
    assert observe(learner.width, 7, message=r"width \d").data == {
        "$raised": "ValueError",
        "matches": True,
    }
    assert observe(learner.width, 7, message="height").data["matches"] is False
    assert observe(learner.unprintable, message=True).data["message"].startswith("<str()")


def test_system_exit_and_keyboard_interrupt_are_observations(learner: Any) -> None:
    assert observe(learner.leave).data == {"$raised": "SystemExit"}
    assert observe(learner.interrupt).data == {"$raised": "KeyboardInterrupt"}


def test_the_graders_interrupt_is_never_observed() -> None:
    def stopped() -> None:
        raise Interrupted

    with pytest.raises(Interrupted):
        observe(stopped)


def test_awaitables_run_on_the_virtual_loop(learner: Any) -> None:
    assert observe(learner.later, 3600).data == {"$returned": 7200}


def test_observe_inside_a_running_loop_asks_for_observe_async(learner: Any) -> None:
    async def probe() -> tuple[Outcome, Outcome]:
        inside = observe(learner.later, 1)
        awaited = await observe_async(learner.later, 1)
        return inside, awaited

    inside, awaited = asyncio.run(probe())
    assert inside.data == {"$raised": "RuntimeError"}
    assert awaited.data == {"$returned": 2}


def test_outcomes_nest_inside_a_probes_result(learner: Any) -> None:
    from pyhero.sealed import encode_observation

    both = {"ok": observe(learner.decode, "1"), "bad": observe(learner.width, 0)}
    assert encode_observation(both) == {
        "$dict": [["bad", {"$raised": "ValueError"}], ["ok", {"$returned": 1}]]
    }


def test_values_that_cannot_be_observed_say_why() -> None:
    class Broken(dict[str, int]):
        def items(self) -> Any:
            raise RuntimeError("items() broke")

    outcome = observe(Broken)
    assert outcome.data == {"$returned": {"$unobservable": "RuntimeError: items() broke"}}
    json.dumps(outcome.data)


def test_a_broken_isinstance_falls_back_to_builtin_names(make_module: ModuleFactory) -> None:
    module = make_module(
        "tricky_learner",
        """
        class Meta(type):
            def __instancecheck__(cls, other):
                raise RuntimeError("no isinstance for you")

        class Sneaky(metaclass=Meta):
            pass

        def fail():
            raise KeyError("k")
        """,
    )
    assert observe(module.fail, errors=("Sneaky",)).data == {"$raised": "KeyError"}
