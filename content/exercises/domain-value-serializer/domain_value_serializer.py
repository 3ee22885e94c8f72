"""JSON-ready conversion with singledispatch and audit formatting with singledispatchmethod."""

JSONValue = None | bool | int | float | str | list["JSONValue"] | dict[str, "JSONValue"]


def to_jsonable(value: object) -> JSONValue:
    """Convert a domain value into something ``json.dumps`` accepts."""
    raise NotImplementedError("to_jsonable")


class AuditFormatter:
    """Formats heterogeneous audit events as single log lines."""

    def __init__(self, service: str) -> None:
        self.service = service

    def describe(self, event: object) -> str:
        """One line describing ``event``; unknown types raise ``TypeError``."""
        raise NotImplementedError("AuditFormatter.describe")
