import pytest
from log_redaction_filter import luhn_valid, redact, redact_with_count

VISA = "4111111111111111"


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("digits", [VISA, "79927398713", "0", "5555555555554444", "18", "59"])
def test_luhn_accepts_valid_numbers(digits: str) -> None:
    assert luhn_valid(digits) is True, f"{digits} passes the Luhn check"


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize(
    "digits", ["4111111111111112", "79927398710", "1", "19", "", "4111 1111", "12a4"]
)
def test_luhn_rejects_invalid_numbers_and_non_digits(digits: str) -> None:
    assert luhn_valid(digits) is False, f"{digits!r} fails the Luhn check"


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("login password=hunter2 ok", "login password=[REDACTED] ok"),
        ("API_KEY: abc123,user=bob", "API_KEY: [REDACTED],user=bob"),
        ('secret = "two words"; next', "secret = [REDACTED]; next"),
        ("token='x y'&a=1", "token=[REDACTED]&a=1"),
        ("api-key=1&apikey=2", "api-key=[REDACTED]&apikey=[REDACTED]"),
        ("passwordless=true", "passwordless=true"),
        ("my_token=abc", "my_token=abc"),
    ],
)
def test_redact_secret_fields_keeps_key_and_separator(text: str, want: str) -> None:
    got = redact(text)
    assert got == want, f"{text!r} -> {want!r}, got {got!r}"


@pytest.mark.task(taskno=2)
def test_redact_bearer_tokens() -> None:
    got = redact("Authorization: Bearer eyJhbGciOi.J9x_y-z+/= done")
    assert got == "Authorization: Bearer [REDACTED] done", f"got {got!r}"
    assert redact("bearer abc") == "Bearer [REDACTED]", "the scheme is case-insensitive"
    got = redact("auth=(Bearer abc, next)")
    assert got == "auth=(Bearer [REDACTED], next)", f"punctuation is not part of the token: {got!r}"


@pytest.mark.task(taskno=3)
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (f"card {VISA} charged", "card [CARD ****1111] charged"),
        ("card 5555 5555 5555 4444.", "card [CARD ****4444]."),
        ("card 5555-5555-5555-4444", "card [CARD ****4444]"),
        ("order 4111111111111112", "order 4111111111111112"),
        ("id 123456789012", "id 123456789012"),
        ("tel 4111-1111-1111-1111-1", "tel 4111-1111-1111-1111-1"),
    ],
    ids=["plain", "spaces", "dashes", "bad-checksum", "12-digits", "dash-run"],
)
def test_redact_card_numbers_only_when_luhn_valid(text: str, want: str) -> None:
    got = redact(text)
    assert got == want, f"{text!r} -> {want!r}, got {got!r}"


@pytest.mark.task(taskno=3)
def test_redact_card_length_boundaries() -> None:
    assert redact("4222222222222") == "[CARD ****2222]", "13 digits is the shortest card"
    assert redact("6011000990139420007") == "[CARD ****0007]", "19 digits is the longest card"
    twenty = "41111111111111110000"
    assert luhn_valid(twenty), "precondition: passes Luhn"
    assert redact(twenty) == twenty, "20 digits is too long to be a card"
    assert redact("422222222222") == "422222222222", "12 digits is too short"


@pytest.mark.task(taskno=4)
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("user alice@example.com logged in", "user a***@example.com logged in"),
        ("to: b.o+b@mail.co.uk,", "to: b***@mail.co.uk,"),
        ("not@an-email", "not@an-email"),
        ("x@y.c", "x@y.c"),
        ("ALICE@EXAMPLE.COM", "A***@EXAMPLE.COM"),
    ],
)
def test_redact_masks_email_local_parts(text: str, want: str) -> None:
    got = redact(text)
    assert got == want, f"{text!r} -> {want!r}, got {got!r}"


@pytest.mark.task(taskno=4)
def test_redact_with_count_counts_real_replacements() -> None:
    text = f"password=x a@b.io Bearer t {VISA} 4111111111111112"
    got, count = redact_with_count(text)
    assert got == "password=[REDACTED] a***@b.io Bearer [REDACTED] [CARD ****1111] 4111111111111112"
    assert count == 4, f"four values replaced, the invalid card is left alone, got {count}"
    assert redact_with_count("nothing here") == ("nothing here", 0), "clean text, zero count"
    assert redact_with_count("") == ("", 0), "empty text"


@pytest.mark.task(taskno=4)
def test_redacting_twice_counts_nothing_the_second_time() -> None:
    once, count = redact_with_count("password=x token: y")
    assert (once, count) == ("password=[REDACTED] token: [REDACTED]", 2), (once, count)
    assert redact_with_count(once) == (once, 0), "[REDACTED] replaced by itself is no change"
