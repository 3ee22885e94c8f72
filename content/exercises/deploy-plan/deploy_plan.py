"""Deploy plan: list slicing and list methods on a plan of step names."""


def first_steps(plan: list[str], n: int) -> list[str]:
    """Return the first n steps as a new list."""
    raise NotImplementedError("first_steps")


def last_steps(plan: list[str], n: int) -> list[str]:
    """Return the last n steps as a new list ([] when n is 0)."""
    raise NotImplementedError("last_steps")


def middle_steps(plan: list[str]) -> list[str]:
    """Return every step but the first and the last, as a new list."""
    raise NotImplementedError("middle_steps")


def insert_after(plan: list[str], anchor: str, step: str) -> None:
    """Insert step right after the first anchor (at the end without one), in place."""
    raise NotImplementedError("insert_after")


def skip_step(plan: list[str], step: str) -> bool:
    """Remove the first step in place; return whether there was one."""
    raise NotImplementedError("skip_step")


def with_rollback(plan: list[str], rollback: list[str]) -> list[str]:
    """Return a new list: the plan, then the rollback steps in reverse order."""
    raise NotImplementedError("with_rollback")
