import random
import re

import pytest
from api_key_issuer import (
    CODE_ALPHABET,
    new_api_key,
    new_reset_token,
    split_api_key,
    tokens_match,
    verification_code,
)

URLSAFE = re.compile(r"[A-Za-z0-9_-]+")


@pytest.mark.task(taskno=1)
def test_new_api_key_has_prefix_and_urlsafe_body_of_the_right_length() -> None:
    key = new_api_key("live")
    prefix, _, body = key.partition("_")
    assert prefix == "live", f"the key starts with its prefix, got {key!r}"
    assert len(body) == 43, f"32 random bytes encode to 43 url-safe characters, got {len(body)}"
    assert URLSAFE.fullmatch(body), f"only url-safe characters, got {body!r}"
    assert len(new_api_key("ab", 16).partition("_")[2]) == 22, "16 bytes give 22 characters"


@pytest.mark.task(taskno=1)
def test_new_api_keys_are_unique() -> None:
    keys = {new_api_key("test") for _ in range(50)}
    assert len(keys) == 50, "every call must produce a fresh random key"


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize(
    ("prefix", "nbytes"),
    [("", 32), ("a", 32), ("abcdefghi", 32), ("Live", 32), ("li_ve", 32), ("live", 15)],
)
def test_new_api_key_rejects_bad_prefixes_and_short_keys(prefix: str, nbytes: int) -> None:
    with pytest.raises(ValueError):
        new_api_key(prefix, nbytes)


@pytest.mark.task(taskno=1)
def test_new_api_key_accepts_boundary_prefixes() -> None:
    assert new_api_key("ab").startswith("ab_"), "two letters is the shortest prefix"
    assert new_api_key("abcdefgh").startswith("abcdefgh_"), "eight letters is the longest"


@pytest.mark.task(taskno=2)
def test_split_api_key_round_trips_issued_keys() -> None:
    key = new_api_key("live", 16)
    prefix, secret = split_api_key(key)
    assert (prefix, f"{prefix}_{secret}") == ("live", key), "prefix and secret rebuild the key"
    assert split_api_key("ab_" + "x_y" * 8) == ("ab", "x_y" * 8), "the secret may contain '_'"


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize(
    "key", ["", "live", "live_", "live_" + "a" * 21, "LIVE_" + "a" * 30, "l_" + "a" * 30]
)
def test_split_api_key_rejects_malformed_keys(key: str) -> None:
    with pytest.raises(ValueError):
        split_api_key(key)


@pytest.mark.task(taskno=3)
def test_new_reset_token_is_hex_of_twice_the_byte_count() -> None:
    token = new_reset_token()
    assert re.fullmatch(r"[0-9a-f]{32}", token), f"16 bytes are 32 hex digits, got {token!r}"
    assert len(new_reset_token(24)) == 48, "24 bytes are 48 hex digits"
    assert new_reset_token() != new_reset_token(), "tokens are random"
    with pytest.raises(ValueError):
        new_reset_token(15)


@pytest.mark.task(taskno=4)
def test_verification_code_uses_only_the_alphabet() -> None:
    codes = [verification_code() for _ in range(200)]
    assert all(len(code) == 6 for code in codes), "default length is 6"
    used = set("".join(codes))
    assert used <= set(CODE_ALPHABET), f"unexpected characters {used - set(CODE_ALPHABET)}"
    assert not used & set("01IO"), "look-alike characters are excluded from the default"
    assert len(used) > 20, "characters are drawn from the whole alphabet"


@pytest.mark.task(taskno=4)
def test_verification_code_length_boundaries_and_custom_alphabet() -> None:
    assert len(verification_code(4)) == 4, "4 is the shortest code"
    assert len(verification_code(12)) == 12, "12 is the longest code"
    digits = verification_code(8, "0123456789")
    assert digits.isdigit() and len(digits) == 8, f"a digits-only code, got {digits!r}"


@pytest.mark.task(taskno=4)
def test_credentials_never_use_the_random_module() -> None:
    state = random.getstate()
    verification_code()
    new_api_key("live")
    new_reset_token()
    assert random.getstate() == state, "the random module is predictable: use secrets"


@pytest.mark.task(taskno=4)
@pytest.mark.parametrize(
    ("length", "alphabet"),
    [
        (3, CODE_ALPHABET),
        (13, CODE_ALPHABET),
        (6, "012345678"),
        (6, "0123456789 "),
        (6, "0123456789\t"),
        (6, "00123456789"),
    ],
    ids=["short", "long", "nine-chars", "whitespace", "tab", "duplicates"],
)
def test_verification_code_rejects_bad_settings(length: int, alphabet: str) -> None:
    with pytest.raises(ValueError):
        verification_code(length, alphabet)


@pytest.mark.task(taskno=5)
def test_tokens_match_compares_exactly() -> None:
    token = new_reset_token()
    assert tokens_match(token, token) is True, "identical tokens match"
    assert tokens_match(token, token.upper() + "x") is False, "different tokens do not"
    assert tokens_match("abc", "abcd") is False, "a prefix is not a match"


@pytest.mark.task(taskno=5)
def test_tokens_match_handles_empty_and_non_ascii_input() -> None:
    assert tokens_match("", "") is False, "empty tokens never match"
    assert tokens_match("abc", "") is False and tokens_match("", "abc") is False
    assert tokens_match("clé", "clé") is True, "non-ASCII input is compared as UTF-8 bytes"
    assert tokens_match("clé", "cle") is False
