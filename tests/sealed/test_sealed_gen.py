"""Generators: deterministic for a seed, and rich in the edges they promise."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from pyhero.sealed import gen


def draws(seed: int) -> list[object]:
    rng = random.Random(seed)
    return [
        gen.iso_timestamp(rng),
        gen.aware_datetime(rng, zones="mixed"),
        gen.around_transition(rng),
        gen.dst_wall_time(rng),
        gen.decimal_text(rng, places=3),
        gen.integer(rng),
        gen.numeric_strings(rng),
        gen.with_ties(rng, "abc", 5),
        gen.text(rng),
        gen.size(rng),
        gen.some(rng, range(10)),
    ]


def test_the_same_seed_gives_the_same_values() -> None:
    assert draws(5) == draws(5)
    assert draws(5) != draws(6)


def test_offsets_include_odd_and_extreme_ones() -> None:
    rng = random.Random(1)
    seen = {gen.utc_offset(rng, any_minute=0) for _ in range(2000)}
    for hours, minutes in ((5, 45), (-9, -30), (14, 0), (-12, 0), (12, 45), (5, 30)):
        assert timedelta(hours=hours, minutes=minutes) in seen
    assert all(abs(offset) < timedelta(hours=24) for offset in seen)


def test_iso_timestamps_parse_back_to_the_moment() -> None:
    rng = random.Random(2)
    styles = ("Z", "+HH:MM", "+HHMM", "+HH", "+HH:MM:SS")
    for _ in range(500):
        moment = gen.aware_datetime(rng, zones="mixed")
        text = gen.iso_timestamp(rng, moment, offsets=styles, fraction_digits=(0, 3, 6))
        parsed = datetime.fromisoformat(text)
        assert parsed.utcoffset() == moment.utcoffset()
        assert parsed == moment.replace(microsecond=parsed.microsecond), text
        assert f"{moment.microsecond:06}".startswith(f"{parsed.microsecond:06}".rstrip("0")), text


def test_naive_iso_timestamps_have_no_offset() -> None:
    rng = random.Random(3)
    text = gen.iso_timestamp(rng, gen.naive_datetime(rng))
    assert datetime.fromisoformat(text).tzinfo is None


def test_microseconds_are_often_zero_and_sometimes_at_the_edges() -> None:
    rng = random.Random(4)
    values = [gen.microsecond(rng) for _ in range(1000)]
    assert 250 < values.count(0) < 450
    assert {1, 999_999} <= set(values)


def test_dst_transitions_are_found_to_the_second() -> None:
    assert gen.dst_transitions("Australia/Lord_Howe", 2024) == (
        datetime(2024, 4, 6, 15, 0, tzinfo=UTC),
        datetime(2024, 10, 5, 15, 30, tzinfo=UTC),
    )
    assert gen.dst_transitions("Asia/Kathmandu", 2024) == ()


@pytest.mark.parametrize("key", ["Australia/Lord_Howe", "America/St_Johns", "Europe/Dublin"])
def test_gap_and_fold_wall_times(key: str) -> None:
    rng = random.Random(5)
    zone = ZoneInfo(key)
    for _ in range(20):
        gap = gen.dst_wall_time(rng, key, kind="gap")
        assert gap.astimezone(UTC).astimezone(zone).replace(fold=0) != gap.replace(fold=0), (
            "a wall time in a gap does not survive a round trip"
        )
        fold = gen.dst_wall_time(rng, key, kind="fold")
        assert fold.replace(fold=0).utcoffset() != fold.replace(fold=1).utcoffset()


def test_instants_near_transitions_are_close_to_one() -> None:
    rng = random.Random(6)
    for _ in range(50):
        moment = gen.around_transition(rng, "America/St_Johns", years=(2020, 2022))
        changes = [
            c for y in (2020, 2021, 2022) for c in gen.dst_transitions("America/St_Johns", y)
        ]
        assert min(abs(moment - change) for change in changes) <= timedelta(hours=3)
        assert moment.tzinfo == ZoneInfo("America/St_Johns")


def test_decimals_are_not_binary_exact_and_have_their_places() -> None:
    rng = random.Random(7)
    texts = [gen.decimal_text(rng, places=3, halves=0.5) for _ in range(400)]
    assert all(len(t.partition(".")[2]) == 3 for t in texts)
    assert not any(gen.is_binary_exact(Decimal(t)) for t in texts)
    assert 120 < sum(t.endswith("5") for t in texts) < 280, "about half are halves"
    assert gen.decimal(rng, places=2).as_tuple().exponent == -2
    assert gen.is_binary_exact(Decimal("0.25"))
    assert not gen.is_binary_exact(Decimal("0.1"))


def test_numeric_strings_sort_differently_as_text() -> None:
    rng = random.Random(8)
    for _ in range(100):
        values = gen.numeric_strings(rng, rng.randint(2, 8))
        assert len(set(values)) == len(values)
        assert sorted(values) != sorted(values, key=int)


def test_ties_and_integers() -> None:
    rng = random.Random(9)
    for _ in range(100):
        drawn = gen.with_ties(rng, range(100), rng.randint(2, 10))
        assert len(set(drawn)) < len(drawn)
    numbers = [gen.integer(rng) for _ in range(2000)]
    assert {0, 1, -1} <= set(numbers)
    assert any(abs(n) > 2**64 for n in numbers)
    assert all(-5 <= gen.integer(rng, -5, 5) <= 5 for _ in range(200))


def test_text_has_the_characters_that_break_naive_code() -> None:
    rng = random.Random(10)
    joined = "".join(gen.text(rng) for _ in range(500))
    for needle in ("\t", "  ", "\u00a0", "\u0301", "\u3000"):
        assert needle in joined, repr(needle)
    assert "" in [gen.text(rng) for _ in range(50)]
    assert all(gen.word(rng, ascii_only=True).isascii() for _ in range(100))
    digits = "".join(gen.digit_text(rng) for _ in range(200))
    assert any(not c.isascii() for c in digits)
    assert all(c.isdigit() for c in digits)
