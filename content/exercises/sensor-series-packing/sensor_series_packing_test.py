from array import array

import pytest
from sensor_series_packing import (
    decode_series,
    downsample,
    encode_series,
    pack_readings,
    smallest_int_typecode,
)


@pytest.mark.task(taskno=1)
def test_pack_readings_defaults_to_doubles() -> None:
    got = pack_readings([21.5, 21.75, 22.0])
    assert isinstance(got, array) and got.typecode == "d", f"default is array('d'), got {got!r}"
    assert got.tolist() == [21.5, 21.75, 22.0], "values are kept in order"
    assert got.itemsize * len(got) == 24, "three doubles take 24 bytes of payload"


@pytest.mark.task(taskno=1)
def test_pack_readings_with_integer_typecodes_and_empty_input() -> None:
    assert pack_readings([1, -2, 3], "h").tolist() == [1, -2, 3], "a short array"
    assert pack_readings(iter([]), "i").tolist() == [], "no readings, empty array"
    with pytest.raises(OverflowError):
        pack_readings([300], "b")


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("typecode", ["u", "w", "x", "", "dd"])
def test_pack_readings_rejects_non_numeric_typecodes(typecode: str) -> None:
    with pytest.raises(ValueError, match="typecode"):
        pack_readings([1.0], typecode)


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize(
    ("values", "want"),
    [
        ([], "b"),
        ([0, 127, -128], "b"),
        ([128], "h"),
        ([-129], "h"),
        ([32767, -32768], "h"),
        ([32768], "i"),
        ([-32769], "i"),
        ([2**31 - 1, -(2**31)], "i"),
        ([2**31], "q"),
        ([-(2**31) - 1], "q"),
        ([2**63 - 1, -(2**63)], "q"),
    ],
)
def test_smallest_int_typecode_picks_the_narrowest_type(values: list[int], want: str) -> None:
    got = smallest_int_typecode(values)
    assert got == want, f"{values} fit in {want!r} first, got {got!r}"


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize("values", [[2**63], [-(2**63) - 1], [1, 2**70]])
def test_smallest_int_typecode_rejects_values_beyond_64_bits(values: list[int]) -> None:
    with pytest.raises(ValueError):
        smallest_int_typecode(values)


@pytest.mark.task(taskno=3)
def test_encode_series_prefixes_the_typecode() -> None:
    series = array("h", [1, 2])
    got = encode_series(series)
    assert got[:1] == b"h", f"first byte is the typecode, got {got[:1]!r}"
    assert got[1:] == series.tobytes(), "then the raw machine values"
    assert len(got) == 5, "1 typecode byte + 2 shorts of 2 bytes"
    assert encode_series(array("d")) == b"d", "an empty series is just its typecode"


@pytest.mark.task(taskno=3)
@pytest.mark.parametrize("typecode", sorted("bBhHiIlLqQfd"))
def test_decode_series_round_trips_every_numeric_type(typecode: str) -> None:
    original = array(typecode, [0, 1, 2, 100])
    got = decode_series(encode_series(original))
    assert got == original and got.typecode == typecode, f"round trip of {typecode!r} failed"


@pytest.mark.task(taskno=3)
def test_decode_series_of_an_empty_payload() -> None:
    got = decode_series(b"i")
    assert got.typecode == "i" and len(got) == 0, "typecode only means an empty series"


@pytest.mark.task(taskno=3)
@pytest.mark.parametrize("blob", [b"", b"z\x00\x00", b"u\x00\x00\x00\x00", b"w" + bytes(8)])
def test_decode_series_rejects_missing_or_non_numeric_typecodes(blob: bytes) -> None:
    with pytest.raises(ValueError, match="typecode"):
        decode_series(blob)


@pytest.mark.task(taskno=3)
@pytest.mark.parametrize("blob", [b"h\x00", b"d" + bytes(9), b"q" + bytes(12)])
def test_decode_series_rejects_truncated_payloads(blob: bytes) -> None:
    with pytest.raises(ValueError, match="not a multiple"):
        decode_series(blob)


@pytest.mark.task(taskno=4)
def test_downsample_averages_blocks_including_a_short_tail() -> None:
    series = array("i", [10, 20, 30, 40, 50])
    got = downsample(series, 2)
    assert got.typecode == "d", "averages are doubles"
    assert got.tolist() == [15.0, 35.0, 50.0], f"the last block holds only 50, got {got.tolist()}"
    assert downsample(series, 1).tolist() == [10.0, 20.0, 30.0, 40.0, 50.0], "factor 1 copies"
    assert downsample(series, 5).tolist() == [30.0], "one block for the whole series"
    assert downsample(series, 9).tolist() == [30.0], "a factor larger than the series"
    assert downsample(array("b", [1, 2]), 2).tolist() == [1.5], "the true mean, not floored"


@pytest.mark.task(taskno=4)
def test_downsample_of_empty_series_and_bad_factor() -> None:
    assert downsample(array("d"), 3).tolist() == [], "nothing to average"
    for factor in (0, -1):
        with pytest.raises(ValueError, match="factor"):
            downsample(array("d", [1.0]), factor)
