"""Writes ``result = plan`` and extends ``result``: that is a second name for the same list,
so the caller's plan grows the rollback steps as well. The visible tests catch it."""


def first_steps(plan: list[str], n: int) -> list[str]:
    return plan[:n]


def last_steps(plan: list[str], n: int) -> list[str]:
    if n == 0:
        return []
    return plan[-n:]


def middle_steps(plan: list[str]) -> list[str]:
    return plan[1:-1]


def insert_after(plan: list[str], anchor: str, step: str) -> None:
    if anchor in plan:
        plan.insert(plan.index(anchor) + 1, step)
    else:
        plan.append(step)


def skip_step(plan: list[str], step: str) -> bool:
    if step in plan:
        plan.remove(step)
        return True
    return False


def with_rollback(plan: list[str], rollback: list[str]) -> list[str]:
    result = plan
    result.extend(rollback[::-1])
    return result
