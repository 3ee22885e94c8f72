"""Computes start indices from the length instead of negative slices, finds the anchor
with a loop, deletes by index with ``del``, and builds the rollback with ``+`` and
``reversed``."""


def first_steps(plan: list[str], n: int) -> list[str]:
    return list(plan[0:n])


def last_steps(plan: list[str], n: int) -> list[str]:
    start = max(len(plan) - n, 0)
    return plan[start:]


def middle_steps(plan: list[str]) -> list[str]:
    if len(plan) < 3:
        return []
    return plan[1 : len(plan) - 1]


def insert_after(plan: list[str], anchor: str, step: str) -> None:
    for index in range(len(plan)):
        if plan[index] == anchor:
            plan[index + 1 : index + 1] = [step]
            return
    plan.insert(len(plan), step)


def skip_step(plan: list[str], step: str) -> bool:
    for index in range(len(plan)):
        if plan[index] == step:
            del plan[index]
            return True
    return False


def with_rollback(plan: list[str], rollback: list[str]) -> list[str]:
    return plan + list(reversed(rollback))
