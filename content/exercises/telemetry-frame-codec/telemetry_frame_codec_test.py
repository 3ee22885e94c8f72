import struct
import zlib

import pytest
from telemetry_frame_codec import (
    RECORD_SIZE,
    FrameError,
    IncompleteFrame,
    Reading,
    decode_frame,
    encode_frame,
    pack_reading,
    split_frames,
    unpack_reading,
)

BOILER = Reading(7, 1_700_000_000_123, "temp", -1250, 3)
HUMID = Reading(1, 0, "hum", 0, 0)
BOILER_RECORD = bytes.fromhex("000000070000018bcfe5687b74656d7000000000fb1e03")
BOTH_FRAME = bytes.fromhex(
    "00000037"
    "544601"
    "0002" + BOILER_RECORD.hex() + "00000001"
    "0000000000000000"
    "68756d0000000000"
    "0000"
    "00"
    "41976ad0"
)


@pytest.mark.task(taskno=1)
def test_a_record_is_23_big_endian_bytes_without_padding() -> None:
    assert RECORD_SIZE == 23
    packed = pack_reading(BOILER)
    assert packed == BOILER_RECORD, f"expected {BOILER_RECORD.hex()}, got {packed.hex()}"


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize(
    "reading",
    [
        BOILER,
        HUMID,
        Reading(2**32 - 1, 2**64 - 1, "abcdefgh", 32767, 255),
        Reading(0, 1, "x", -32768, 128),
    ],
)
def test_unpack_reverses_pack(reading: Reading) -> None:
    assert unpack_reading(pack_reading(reading)) == reading


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize(
    ("reading", "field"),
    [
        (Reading(-1, 0, "t", 0, 0), "device_id"),
        (Reading(0, 2**64, "t", 0, 0), "timestamp_ms"),
        (Reading(0, 0, "t", 40000, 0), "temperature_centi"),
        (Reading(0, 0, "t", 0, 256), "flags"),
        (Reading(0, 0, "", 0, 0), "sensor"),
        (Reading(0, 0, "pressure1", 0, 0), "sensor"),
        (Reading(0, 0, "température", 0, 0), "sensor"),
    ],
)
def test_pack_rejects_values_the_layout_cannot_hold(reading: Reading, field: str) -> None:
    with pytest.raises(ValueError, match=field):
        pack_reading(reading)


@pytest.mark.task(taskno=1)
def test_unpack_rejects_wrong_sizes_and_bad_names() -> None:
    with pytest.raises(FrameError):
        unpack_reading(BOILER_RECORD[:-1])
    with pytest.raises(FrameError):
        unpack_reading(BOILER_RECORD + b"\0")
    empty_name = BOILER_RECORD[:12] + b"\0" * 8 + BOILER_RECORD[20:]
    with pytest.raises(FrameError):
        unpack_reading(empty_name)
    assert issubclass(FrameError, ValueError)


@pytest.mark.task(taskno=2)
def test_encode_frame_writes_prefix_header_records_and_crc() -> None:
    frame = encode_frame([BOILER, HUMID])
    assert frame == BOTH_FRAME, f"expected {BOTH_FRAME.hex()}, got {frame.hex()}"
    body = frame[4:-4]
    assert struct.unpack(">I", frame[-4:])[0] == zlib.crc32(body)


@pytest.mark.task(taskno=2)
def test_decode_frame_round_trips_including_the_empty_batch() -> None:
    assert decode_frame(BOTH_FRAME) == [BOILER, HUMID]
    assert decode_frame(encode_frame([])) == []


@pytest.mark.task(taskno=2)
def test_decode_frame_reports_truncation_as_incomplete() -> None:
    for cut in (0, 3, 4, len(BOTH_FRAME) - 1):
        with pytest.raises(IncompleteFrame):
            decode_frame(BOTH_FRAME[:cut])


@pytest.mark.task(taskno=2)
def test_decode_frame_detects_corruption() -> None:
    flipped = bytearray(BOTH_FRAME)
    flipped[30] ^= 0x01
    with pytest.raises(FrameError, match="checksum"):
        decode_frame(bytes(flipped))
    with pytest.raises(FrameError):
        decode_frame(BOTH_FRAME + b"\0")
    body = b"XF\x01\x00\x00"
    with pytest.raises(FrameError, match="magic"):
        decode_frame(struct.pack(">I", 9) + body + struct.pack(">I", zlib.crc32(body)))


@pytest.mark.task(taskno=2)
def test_encode_frame_refuses_more_than_65535_readings() -> None:
    with pytest.raises(ValueError, match="65535"):
        encode_frame([HUMID] * 65536)


@pytest.mark.task(taskno=3)
def test_split_frames_returns_complete_frames_and_the_rest() -> None:
    one = encode_frame([HUMID])
    frames, rest = split_frames(BOTH_FRAME + one + BOTH_FRAME[:10])
    assert frames == [[BOILER, HUMID], [HUMID]]
    assert rest == BOTH_FRAME[:10]


@pytest.mark.task(taskno=3)
def test_split_frames_reassembles_a_stream_cut_anywhere() -> None:
    stream = BOTH_FRAME + encode_frame([]) + encode_frame([BOILER])
    for size in (1, 2, 3, 5, 7, 64):
        pending, seen = b"", []
        for start in range(0, len(stream), size):
            frames, pending = split_frames(pending + stream[start : start + size])
            seen.extend(frames)
        assert seen == [[BOILER, HUMID], [], [BOILER]], f"chunks of {size} bytes"
        assert pending == b""
