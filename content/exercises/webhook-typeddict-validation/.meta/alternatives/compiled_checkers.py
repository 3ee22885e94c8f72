"""A different route: each type is compiled once into a checker closure (a small cache
keyed by the type), dicts are walked with an explicit ``__required_keys__`` /
``__optional_keys__`` lookup, and errors are built where they are found."""

from collections.abc import Callable
from typing import (
    Any,
    Literal,
    NotRequired,
    Required,
    TypedDict,
    cast,
    get_args,
    get_origin,
    get_type_hints,
    is_typeddict,
)


class Customer(TypedDict):
    id: str
    email: NotRequired[str]


class LineItem(TypedDict):
    sku: str
    quantity: int


class OrderEvent(TypedDict, total=False):
    event: Required[Literal["order.created", "order.cancelled"]]
    id: Required[str]
    customer: Required[Customer]
    items: Required[list[LineItem]]
    note: str
    tags: list[str]


class PayloadError(ValueError):
    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__((path if path else "<root>") + ": " + problem)


Checker = Callable[[object, str], None]
_cache: dict[Any, Checker] = {}


def _name(value: object) -> str:
    return type(value).__name__


def _at(path: str, key: str) -> str:
    return key if not path else path + "." + key


def _compile(expected: Any) -> Checker:
    if expected in _cache:
        return _cache[expected]
    checker: Checker
    if is_typeddict(expected):
        checker = _dict_checker(expected)
    elif get_origin(expected) is Literal:
        options = get_args(expected)

        def checker(value: object, path: str) -> None:
            for option in options:
                if type(option) is type(value) and option == value:
                    return
            raise PayloadError(path, f"expected one of {list(options)}, got {value!r}")
    elif get_origin(expected) is list:
        item_checker = _compile(get_args(expected)[0])

        def checker(value: object, path: str) -> None:
            if type(value) is not list and not isinstance(value, list):
                raise PayloadError(path, f"expected list, got {_name(value)}")
            for index, item in enumerate(value):
                item_checker(item, f"{path}[{index}]")
    else:

        def checker(value: object, path: str) -> None:
            if type(value) is not expected:
                raise PayloadError(path, f"expected {expected.__name__}, got {_name(value)}")

    _cache[expected] = checker
    return checker


def _dict_checker(schema: Any) -> Checker:
    hints = get_type_hints(schema)
    required = sorted(schema.__required_keys__)

    def checker(value: object, path: str) -> None:
        if not isinstance(value, dict):
            raise PayloadError(path, f"expected object, got {_name(value)}")
        for key in required:
            if key not in value:
                raise PayloadError(_at(path, key), "missing required key")
        for key, item in value.items():
            if key not in schema.__required_keys__ | schema.__optional_keys__:
                raise PayloadError(_at(path, key), "unexpected key")
            _compile(hints[key])(item, _at(path, key))

    return checker


def validate_payload(schema: type[Any], payload: object) -> dict[str, Any]:
    if not (isinstance(schema, type) and is_typeddict(schema)):
        raise TypeError(f"validate_payload needs a TypedDict class, got {schema!r}")
    _compile(schema)(payload, "")
    return cast(dict[str, Any], payload)


def parse_order_event(payload: object) -> OrderEvent:
    return cast(OrderEvent, validate_payload(OrderEvent, payload))
