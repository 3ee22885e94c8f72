"""Sealed cases for order-lifecycle-states: names padded with tabs, newlines and no-break
spaces or with whitespace inside, every pair of states, event lists whose illegal move comes
before an unknown name, starts in every state, every combination of capabilities (the empty
one too), and escalation lists full of priority ties whose ids are not in input order.

Names never hold non-ASCII letters that upper-case to ASCII (the dotless i U+0131, the
long s U+017F): the instructions do not say whether such a spelling names a state.
Members travel by name and are looked up in the learner's enums inside the probes."""

from __future__ import annotations

import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen

SOLUTION = "order_lifecycle_states"

STATES = ("PENDING", "PAID", "SHIPPED", "DELIVERED", "CANCELLED", "REFUNDED")
FLAGS = ("EDIT_ADDRESS", "CANCEL", "REFUND", "TRACK")
PRIORITIES = ("LOW", "NORMAL", "HIGH", "URGENT")
PADDING = ("", "", " ", "  ", "\t", "\n", "\u00a0", " \r\n", "\u3000")
UNKNOWN = ("", "lost", "PAY", "1", "can celled", "PAID!", "paid_", "pending-", "DELIVER",
           "Shipped.", "pa\tid", "\u00a0", "REFUNDED REFUNDED", "is_terminal", "name")  # fmt: skip


def _spelled(rng: random.Random, name: str) -> str:
    """``name`` in another case, padded with whitespace."""
    mixed = "".join(c.lower() if gen.chance(rng, 0.5) else c for c in name)
    cased = gen.pick(rng, (name, name.lower(), name.title(), name.swapcase(), mixed))
    return gen.pick(rng, PADDING) + cased + gen.pick(rng, PADDING)


def parse(solution, text):  # type: ignore[no-untyped-def]
    return solution.parse_state(text).name


def move(solution, current, target):  # type: ignore[no-untyped-def]
    state = solution.OrderState
    return solution.transition(state[current], state[target]).name


def terminal(solution):  # type: ignore[no-untyped-def]
    return [state.name for state in solution.OrderState if state.is_terminal]


def replayed(solution, events, start, *, as_generator=False):  # type: ignore[no-untyped-def]
    given = (event for event in events) if as_generator else list(events)
    first = None if start is None else solution.OrderState[start]
    return solution.replay(given, first).name


def _flag_names(solution, value):  # type: ignore[no-untyped-def]
    return sorted(name for name in FLAGS if solution.Capability[name] in value)


def allowed(solution, state):  # type: ignore[no-untyped-def]
    """The capabilities of ``state`` as the names of their flags, and whether NONE is in."""
    value = solution.capabilities(solution.OrderState[state])
    return {"flags": _flag_names(solution, value), "falsy": not value}


def can_do(solution, state, wanted):  # type: ignore[no-untyped-def]
    """``can(state, wanted)`` where ``wanted`` combines the named flags (none: NONE)."""
    flag = solution.Capability.NONE
    for name in wanted:
        flag |= solution.Capability[name]
    return solution.can(solution.OrderState[state], flag)


def escalate(solution, orders, threshold, *, as_generator=False):  # type: ignore[no-untyped-def]
    """``escalated``; a ``threshold`` of ``"default"`` leaves the argument out."""
    pairs = [(order_id, solution.Priority[name]) for order_id, name in orders]
    given = (pair for pair in pairs) if as_generator else pairs
    if threshold == "default":
        return solution.escalated(given)
    floor = None if threshold is None else solution.Priority[threshold]
    return solution.escalated(given, floor)


def _events(rng: random.Random, start: str | None) -> list[str]:
    """A walk along permitted moves, sometimes ending with an illegal move or an unknown
    name, and sometimes with both (the illegal move first)."""
    table = {"PENDING": ("PAID", "CANCELLED"), "PAID": ("SHIPPED", "REFUNDED"),
             "SHIPPED": ("DELIVERED",), "DELIVERED": ("REFUNDED",), "CANCELLED": (),
             "REFUNDED": ()}  # fmt: skip
    state = start or "PENDING"
    events = []
    for _ in range(rng.randint(0, 5)):
        if not table[state]:
            break
        state = gen.pick(rng, table[state])
        events.append(_spelled(rng, state))
    roll = rng.random()
    if roll < 0.25:
        illegal = [name for name in STATES if name not in table[state]]
        events.append(_spelled(rng, gen.pick(rng, illegal)))
        if gen.chance(rng, 0.6):
            events.append(gen.pick(rng, UNKNOWN))
    elif roll < 0.4:
        events.append(gen.pick(rng, UNKNOWN))
    return events


def _orders(rng: random.Random) -> list[tuple[str, str]]:
    """Orders with many equal priorities, ids in an order that is neither input order nor
    reversed (``"o10"`` before ``"o9"``, upper before lower case)."""
    count = gen.size(rng, large=200)
    ids = gen.numeric_strings(rng, max(count, 2))[:count]
    ids = [gen.pick(rng, ("o", "O", "ord-", "")) + order_id for order_id in ids]
    return [(order_id, gen.pick(rng, PRIORITIES)) for order_id in ids]


def cases(rng: random.Random) -> Iterator[Case]:
    """About 230 cases per seed, over the four tasks."""
    for _ in range(20):
        yield Case.probe(parse, _spelled(rng, gen.pick(rng, STATES)), task=2)
    group = "parse_state: unknown names"
    for text in UNKNOWN:
        yield Case.probe(parse, text, task=2, group=group, message="^unknown order state")
    for current in STATES:
        for target in STATES:
            yield Case.probe(move, current, target, task=2, message=f"{current} to {target}",
                             errors=("InvalidTransitionError", "ValueError"))  # fmt: skip
    yield Case.probe(terminal, task=2)
    for _ in range(40):
        start = gen.pick(rng, (None, None, *STATES))
        yield Case.probe(replayed, _events(rng, start), start, task=2,
                         errors=("InvalidTransitionError", "ValueError"),
                         as_generator=gen.chance(rng, 0.3))  # fmt: skip
    for state in STATES:
        yield Case.probe(allowed, state, task=3)
        for mask in range(16):
            wanted = [name for bit, name in enumerate(FLAGS) if mask >> bit & 1]
            yield Case.probe(can_do, state, wanted, task=3, group="can")
    for _ in range(30):
        threshold = gen.pick(rng, (None, "default", *PRIORITIES))
        yield Case.probe(escalate, _orders(rng), threshold, task=4,
                         as_generator=gen.chance(rng, 0.3))  # fmt: skip
