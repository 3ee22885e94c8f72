import pytest

from billing_duration_value_type import Duration


@pytest.mark.task(taskno=1)
def test_stores_milliseconds_and_is_read_only() -> None:
    duration = Duration(1500)
    assert duration.ms == 1500
    with pytest.raises(AttributeError):
        duration.ms = 10  # type: ignore[misc]
    with pytest.raises(AttributeError):
        duration.label = "x"  # type: ignore[attr-defined]


@pytest.mark.task(taskno=1)
def test_zero_is_valid_but_negative_is_not() -> None:
    assert Duration(0).ms == 0
    with pytest.raises(ValueError, match="negative"):
        Duration(-1)


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize(("value", "kind"), [(1.5, "float"), (True, "bool"), ("10", "str")])
def test_rejects_non_int_milliseconds(value: object, kind: str) -> None:
    with pytest.raises(TypeError, match=rf"^milliseconds must be an int, got {kind}$"):
        Duration(value)  # type: ignore[arg-type]


@pytest.mark.task(taskno=1)
def test_repr_is_unambiguous() -> None:
    assert repr(Duration(90500)) == "Duration(ms=90500)"
    assert repr([Duration(1)]) == "[Duration(ms=1)]", "containers show the repr"


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize(
    ("ms", "text"),
    [
        (0, "0.000s"),
        (7, "0.007s"),
        (1500, "1.500s"),
        (59_999, "59.999s"),
        (60_000, "1m00.000s"),
        (125_040, "2m05.040s"),
        (3_599_999, "59m59.999s"),
        (3_600_000, "1h00m00.000s"),
        (3_723_004, "1h02m03.004s"),
        (90_000_000, "25h00m00.000s"),
    ],
)
def test_str_uses_the_largest_unit_needed(ms: int, text: str) -> None:
    got = str(Duration(ms))
    assert got == text, f"str(Duration({ms})) should be {text!r}, got {got!r}"


@pytest.mark.task(taskno=1)
def test_format_specs() -> None:
    duration = Duration(3_723_004)
    assert f"{duration}" == "1h02m03.004s", "an empty spec means str()"
    assert f"{duration:ms}" == "3723004ms"
    assert f"{duration:s}" == "3723.004s"
    assert format(Duration(42), "s") == "0.042s"
    assert f"billed {Duration(60_000)!s} / {Duration(60_000)!r}" == (
        "billed 1m00.000s / Duration(ms=60000)"
    )


@pytest.mark.task(taskno=1)
def test_unknown_format_spec_raises_value_error() -> None:
    with pytest.raises(ValueError, match="unknown format spec 'h'"):
        format(Duration(1), "h")


@pytest.mark.task(taskno=2)
def test_equality_and_hash_follow_the_value() -> None:
    assert Duration(500) == Duration(500)
    assert Duration(500) != Duration(501)
    assert hash(Duration(500)) == hash(Duration(500))
    assert len({Duration(500), Duration(500), Duration(20)}) == 2, "equal values dedupe in sets"
    assert {Duration(1): "a"}[Duration(1)] == "a"


@pytest.mark.task(taskno=2)
def test_never_equal_to_a_plain_number() -> None:
    assert Duration(0) != 0, "__eq__ returns NotImplemented for foreign types"
    assert Duration(5) != 5
    assert (Duration(5) == "5") is False
    assert Duration(5).__eq__(5) is NotImplemented


@pytest.mark.task(taskno=2)
def test_ordering_covers_all_four_comparisons() -> None:
    short, long_ = Duration(999), Duration(1000)
    assert short < long_ and not long_ < short and not short < Duration(999)
    assert short <= long_ and short <= Duration(999) and not long_ <= short
    assert long_ > short and not short > long_ and not long_ > Duration(1000)
    assert long_ >= short and long_ >= Duration(1000) and not short >= long_
    assert sorted([Duration(3), Duration(1), Duration(2)]) == [
        Duration(1),
        Duration(2),
        Duration(3),
    ]
    assert max(Duration(10), Duration(2)) == Duration(10)


@pytest.mark.task(taskno=2)
def test_ordering_against_foreign_types_raises_type_error() -> None:
    with pytest.raises(TypeError):
        _ = Duration(1) < 5  # type: ignore[operator]
    with pytest.raises(TypeError):
        _ = Duration(1) >= 0  # type: ignore[operator]
    assert Duration(1).__lt__(5) is NotImplemented  # type: ignore[operator]


@pytest.mark.task(taskno=3)
def test_truthiness_is_false_only_for_zero() -> None:
    assert not Duration(0)
    assert Duration(1)
    assert bool(Duration(60_000)) is True


@pytest.mark.task(taskno=3)
def test_addition_and_sum() -> None:
    assert Duration(1500) + Duration(2500) == Duration(4000)
    total = sum([Duration(100), Duration(250), Duration(1)])
    assert total == Duration(351), f"sum() starts at 0, so __radd__ must accept it: {total!r}"
    assert sum([], Duration(0)) == Duration(0)


@pytest.mark.task(taskno=3)
@pytest.mark.parametrize("other", [5, 0.0, True, False, "1s"])
def test_adding_anything_but_a_duration_or_sum_start_fails(other: object) -> None:
    with pytest.raises(TypeError):
        _ = Duration(1) + other  # type: ignore[operator]
    with pytest.raises(TypeError):
        _ = other + Duration(1)  # type: ignore[operator]


@pytest.mark.task(taskno=3)
def test_subtraction_never_goes_negative() -> None:
    assert Duration(5000) - Duration(1200) == Duration(3800)
    assert Duration(5000) - Duration(5000) == Duration(0), "equal durations subtract to zero"
    with pytest.raises(ValueError, match="cannot subtract"):
        _ = Duration(1000) - Duration(1001)
    with pytest.raises(TypeError):
        _ = Duration(1000) - 1  # type: ignore[operator]


@pytest.mark.task(taskno=3)
def test_multiplication_by_whole_numbers_on_either_side() -> None:
    assert Duration(250) * 4 == Duration(1000)
    assert 3 * Duration(250) == Duration(750), "__rmul__ handles int * Duration"
    assert Duration(250) * 0 == Duration(0)
    with pytest.raises(ValueError, match="negative"):
        _ = Duration(250) * -1


@pytest.mark.task(taskno=3)
@pytest.mark.parametrize("factor", [1.5, True, "2"])
def test_multiplication_by_other_types_fails(factor: object) -> None:
    with pytest.raises(TypeError):
        _ = Duration(250) * factor  # type: ignore[operator]
    with pytest.raises(TypeError):
        _ = Duration(250) * Duration(2)  # type: ignore[operator]


@pytest.mark.task(taskno=3)
def test_division_gives_the_ratio_of_two_durations() -> None:
    assert Duration(90_000) / Duration(60_000) == 1.5
    assert Duration(1) / Duration(4) == 0.25
    with pytest.raises(TypeError):
        _ = Duration(10) / 2  # type: ignore[operator]
    with pytest.raises(ZeroDivisionError):
        _ = Duration(10) / Duration(0)
