"""The codec: inputs round-trip exactly through JSON; observations are canonical."""

from __future__ import annotations

import dataclasses
import enum
import http
import json
import math
import subprocess
import sys
from collections import Counter, OrderedDict, namedtuple
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from decimal import Decimal
from fractions import Fraction
from pathlib import PurePosixPath
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pyhero.sealed import (
    SealedContentError,
    decode_input,
    encode_input,
    encode_observation,
)

ANY_TEXT = st.text(st.characters(exclude_categories=()))
OFFSETS = st.timedeltas(
    min_value=-timedelta(hours=23, minutes=59), max_value=timedelta(hours=23, minutes=59)
)
ZONES = (
    st.none()
    | st.just(UTC)
    | OFFSETS.map(timezone)
    | st.builds(timezone, OFFSETS, st.text(min_size=1, max_size=8))
    | st.timezones()
)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=2**64, max_value=2**20000)
    | st.floats()
    | ANY_TEXT
    | st.binary()
    | st.binary().map(bytearray)
    | st.decimals()
    | st.fractions()
    | st.complex_numbers()
    | st.timedeltas()
    | st.dates()
    | st.times(timezones=ZONES)
    | st.datetimes(timezones=ZONES)
    | st.uuids()
    | st.ip_addresses()
    | ANY_TEXT.map(PurePosixPath)
    | st.sampled_from(list(http.HTTPStatus))
)
HASHABLE = st.none() | st.booleans() | st.integers() | ANY_TEXT | st.decimals(allow_nan=False)
VALUES = st.recursive(
    SCALARS,
    lambda children: (
        st.lists(children)
        | st.lists(children).map(tuple)
        | st.dictionaries(HASHABLE, children)
        | st.sets(HASHABLE)
        | st.frozensets(HASHABLE)
    ),
    max_leaves=25,
)


def same(one: Any, other: Any) -> bool:
    """Equal and of the same types all the way down (exponents, zones, nan, order of dicts)."""
    if type(one) is not type(other):
        return False
    if isinstance(one, float):
        return (math.isnan(one) and math.isnan(other)) or repr(one) == repr(other)
    if isinstance(one, Decimal | complex | datetime | time):
        return repr(one) == repr(other)
    if isinstance(one, list | tuple):
        return len(one) == len(other) and all(map(same, one, other))
    if isinstance(one, dict):
        pairs = zip(one.items(), other.items(), strict=False)
        return len(one) == len(other) and all(same(a, b) for a, b in pairs)
    return bool(one == other)


def through_json(data: Any) -> Any:
    """The wire: UTF-8 JSON without escapes, which a lone surrogate would break."""
    return json.loads(json.dumps(data, ensure_ascii=False).encode("utf-8"))


@settings(max_examples=300, deadline=None)
@given(VALUES)
def test_inputs_round_trip_exactly_through_utf8_json(value: Any) -> None:
    assert same(decode_input(through_json(encode_input(value))), value)


@settings(max_examples=200, deadline=None)
@given(VALUES)
def test_observations_are_json_and_deterministic(value: Any) -> None:
    first = encode_observation(value)
    assert through_json(first) == first
    assert encode_observation(value) == first


def test_zone_names_and_paths_with_a_lone_surrogate_survive_the_wire() -> None:
    moment = datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=1), "\udd73x"))
    path = PurePosixPath("\ud800/a")
    for value in (moment, path):
        assert through_json(encode_observation(value)) == encode_observation(value)
        assert same(decode_input(through_json(encode_input(value))), value)


@given(st.dictionaries(ANY_TEXT, st.integers(), min_size=2), st.randoms(use_true_random=False))
def test_dict_and_set_order_is_ignored_in_observations(mapping: dict[str, int], rng: Any) -> None:
    items = list(mapping.items())
    rng.shuffle(items)
    assert encode_observation(dict(items)) == encode_observation(mapping)
    assert encode_observation(set(mapping)) == encode_observation(set(mapping))


def test_dict_order_is_kept_in_inputs() -> None:
    assert decode_input(encode_input({"b": 1, "a": 2})) == {"b": 1, "a": 2}
    assert list(decode_input(encode_input({"b": 1, "a": 2}))) == ["b", "a"]


def test_set_observations_do_not_depend_on_the_hash_seed() -> None:
    script = (
        "import json; from pyhero.sealed import encode_observation as e;"
        "print(json.dumps(e({'zeta', 'alpha', 'mu', 'x' * 40, '', 'é'})))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3", "4")
    }
    assert len(outputs) == 1, outputs


def test_list_and_tuple_differ_and_floats_stay_tagged() -> None:
    assert encode_observation([1, 2]) != encode_observation((1, 2))
    assert encode_observation(1.0) == {"$float": "1.0"}
    assert encode_observation(1) == 1
    assert encode_observation(True) is True


def test_decimal_exponent_is_kept() -> None:
    assert encode_observation(Decimal("1.10")) != encode_observation(Decimal("1.1"))
    assert encode_observation(Decimal("1E+2")) == {"$decimal": "1E+2"}
    assert decode_input(encode_input(Decimal("-0.00"))).as_tuple() == Decimal("-0.00").as_tuple()


def test_aware_datetimes_keep_offset_and_zone() -> None:
    instant = datetime(2024, 5, 1, 12, tzinfo=UTC)
    in_kathmandu = instant.astimezone(ZoneInfo("Asia/Kathmandu"))
    fixed = instant.astimezone(timezone(timedelta(hours=5, minutes=45)))
    assert instant == in_kathmandu == fixed, "the same instant"
    encoded = {json.dumps(encode_observation(v)) for v in (instant, in_kathmandu, fixed)}
    assert len(encoded) == 3, "but three different observations"
    assert encode_observation(fixed)["$datetime"][-1] == {
        "$timezone": [{"$timedelta": [0, 20700, 0]}, None]
    }


def test_folded_datetimes_differ() -> None:
    zone = ZoneInfo("America/New_York")
    first = datetime(2024, 11, 3, 1, 30, tzinfo=zone)
    second = first.replace(fold=1)
    assert encode_observation(first) != encode_observation(second)
    assert decode_input(encode_input(second)).utcoffset() == timedelta(hours=-5)


@dataclasses.dataclass
class Money:
    amount: Decimal
    currency: str
    _cache: int = 0


Point = namedtuple("Point", "x y")


class Slotted:
    __slots__ = ("_secret", "left", "unset")

    def __init__(self) -> None:
        self.left = 1
        self._secret = 2


class Plain:
    def __init__(self) -> None:
        self.b = [1]
        self.a = {"k": 1.5}
        self._private = object()


class Colour(enum.Enum):
    RED = 1


class OddZone(tzinfo):
    def utcoffset(self, dt: datetime | None) -> timedelta:
        return timedelta(hours=1)

    def tzname(self, dt: datetime | None) -> str:
        return "ODD"

    def dst(self, dt: datetime | None) -> timedelta:
        return timedelta(0)


def test_objects_are_their_type_name_and_public_fields() -> None:
    assert encode_observation(Money(Decimal("1.10"), "EUR", 3)) == {
        "$object": ["Money", [["amount", {"$decimal": "1.10"}], ["currency", "EUR"]]]
    }
    assert encode_observation(Point(1, 2)) == {"$object": ["Point", [["x", 1], ["y", 2]]]}
    assert encode_observation(Slotted()) == {"$object": ["Slotted", [["left", 1]]]}
    plain = encode_observation(Plain())
    assert plain == {
        "$object": ["Plain", [["a", {"$dict": [["k", {"$float": "1.5"}]]}], ["b", [1]]]]
    }
    assert encode_observation(Colour.RED) == {"$enum": "Colour.RED"}


def test_functions_generators_and_iterators_are_their_type_name_only() -> None:
    def generator() -> Any:
        yield 1

    assert encode_observation(generator()) == {"$opaque": "generator"}
    assert encode_observation(len) == {"$opaque": "builtin_function_or_method"}
    assert encode_observation(lambda: 1) == {"$opaque": "function"}
    assert encode_observation(iter([1])) == {"$opaque": "list_iterator"}
    assert encode_observation(Money) == {"$type": "Money"}
    assert "0x" not in json.dumps(encode_observation([object(), generator()]))


def test_builtin_subclasses_are_observed_as_their_base() -> None:
    assert encode_observation(Counter("aab")) == encode_observation({"a": 2, "b": 1})
    assert encode_observation(OrderedDict(b=1, a=2)) == encode_observation({"a": 2, "b": 1})
    assert encode_observation(http.HTTPStatus.OK) == {"$enum": "HTTPStatus.OK"}


def test_cycles_and_huge_values_are_bounded() -> None:
    loop: list[Any] = [1]
    loop.append(loop)
    assert encode_observation(loop) == [1, {"$cycle": "list"}]
    from pyhero.sealed._canonical import ObservationTooLarge

    with pytest.raises(ObservationTooLarge):
        encode_observation(list(range(300_000)))


def test_lone_surrogates_are_tagged() -> None:
    assert encode_input("a\ud800") == {"$str": [97, 0xD800]}
    assert encode_input("plain é") == "plain é"


@pytest.mark.parametrize(
    ("value", "where"),
    [
        ([1, object()], "the value[1]: a builtins.object cannot be a sealed input"),
        ({"k": {1, 2}, "bad": Money(Decimal(1), "X")}, "the value['bad']: a "),
        (Colour.RED, "Colour.RED is a member of an enum outside the standard library"),
        ([datetime(2024, 1, 1, tzinfo=OddZone())], "the value[0]: time zones of type OddZone"),
    ],
)
def test_unsupported_inputs_are_content_errors_naming_the_place(value: Any, where: str) -> None:
    with pytest.raises(SealedContentError) as caught:
        encode_input(value)
    assert where in str(caught.value)


def test_foreign_time_zones_are_observed_by_offset_and_name() -> None:
    observed = encode_observation(datetime(2024, 1, 1, tzinfo=OddZone()))
    assert observed["$datetime"][-1] == {
        "$tzinfo": ["OddZone", {"$timedelta": [0, 3600, 0]}, "ODD"]
    }


def test_deeply_nested_inputs_are_refused() -> None:
    value: list[Any] = []
    for _ in range(300):
        value = [value]
    with pytest.raises(SealedContentError, match="nested more than"):
        encode_input(value)


def test_date_and_naive_values_round_trip() -> None:
    for value in (
        date(1, 1, 1),
        time(23, 59, 59, 999999),
        timedelta(days=-1, microseconds=1),
        Fraction(-3, 7),
    ):
        assert same(decode_input(encode_input(value)), value)
