"""Deploy plan: list slicing and list methods on a plan of step names."""


def first_steps(plan: list[str], n: int) -> list[str]:
    """Return the first n steps as a new list."""
    return plan[:n]


def last_steps(plan: list[str], n: int) -> list[str]:
    """Return the last n steps as a new list ([] when n is 0)."""
    if n == 0:
        return []
    return plan[-n:]


def middle_steps(plan: list[str]) -> list[str]:
    """Return every step but the first and the last, as a new list."""
    return plan[1:-1]


def insert_after(plan: list[str], anchor: str, step: str) -> None:
    """Insert step right after the first anchor (at the end without one), in place."""
    if anchor in plan:
        plan.insert(plan.index(anchor) + 1, step)
    else:
        plan.append(step)


def skip_step(plan: list[str], step: str) -> bool:
    """Remove the first step in place; return whether there was one."""
    if step in plan:
        plan.remove(step)
        return True
    return False


def with_rollback(plan: list[str], rollback: list[str]) -> list[str]:
    """Return a new list: the plan, then the rollback steps in reverse order."""
    result = plan[:]
    result.extend(rollback[::-1])
    return result
