from urllib.parse import unquote

import pytest
from api_url_builder import endpoint, redact, with_params
from yarl import URL


def segments(url: str) -> list[str]:
    """The decoded path segments of ``url``."""
    return [unquote(part) for part in URL(url).raw_path.split("/")[1:]]


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("base", ["https://api.example.com/v2", "https://api.example.com/v2/"])
def test_segments_go_under_the_base_path(base: str) -> None:
    assert endpoint(base, "users", 42) == "https://api.example.com/v2/users/42"


@pytest.mark.task(taskno=1)
def test_a_slash_inside_a_segment_stays_in_that_segment() -> None:
    url = endpoint("https://files.example.com/buckets", "reports/2024 Q1", "Zürich.csv")
    assert url == "https://files.example.com/buckets/reports%2F2024%20Q1/Z%C3%BCrich.csv"
    assert segments(url) == ["buckets", "reports/2024 Q1", "Zürich.csv"]


@pytest.mark.task(taskno=1)
def test_query_and_fragment_characters_are_encoded_in_a_segment() -> None:
    url = endpoint("http://127.0.0.1:8080/", "what?#now", "100%")
    assert segments(url) == ["what?#now", "100%"], url
    assert URL(url).query_string == ""
    assert URL(url).fragment == ""


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("segment", ["", ".", ".."])
def test_segments_that_cannot_be_one_segment_are_refused(segment: str) -> None:
    with pytest.raises(ValueError):
        endpoint("https://api.example.com/v2", "users", segment)


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("base", ["/v2/users", "ftp://files.example.com/pub", "api.example.com"])
def test_the_base_must_be_an_absolute_http_url(base: str) -> None:
    with pytest.raises(ValueError):
        endpoint(base, "users")


@pytest.mark.task(taskno=2)
def test_a_new_cursor_replaces_the_old_one_in_place() -> None:
    url = "https://api.example.com/v2/events?cursor=abc&limit=100&type=login&type=logout"
    assert with_params(url, {"cursor": "def", "page_size": 50}) == (
        "https://api.example.com/v2/events?cursor=def&limit=100&type=login&type=logout&page_size=50"
    )


@pytest.mark.task(taskno=2)
def test_none_removes_every_occurrence_of_a_key() -> None:
    url = "https://api.example.com/v2/events?type=login&cursor=abc&type=logout#top"
    assert with_params(url, {"type": None, "missing": None}) == (
        "https://api.example.com/v2/events?cursor=abc#top"
    )


@pytest.mark.task(taskno=2)
def test_repeated_keys_collapse_to_the_new_value_at_the_first_place() -> None:
    url = "https://api.example.com/search?tag=a&q=x&tag=b"
    assert with_params(url, {"tag": "c"}) == "https://api.example.com/search?tag=c&q=x"


@pytest.mark.task(taskno=3)
def test_the_password_is_masked_and_the_user_kept() -> None:
    url = "postgresql://etl:p%40ss@db.internal:5432/warehouse"
    assert redact(url) == "postgresql://etl:***@db.internal:5432/warehouse"
    assert redact("https://etl@db.internal/") == "https://etl@db.internal/", (
        "a URL without a password must not get one"
    )


@pytest.mark.task(taskno=3)
def test_secret_query_values_are_masked_case_insensitively() -> None:
    url = "https://hooks.example.com/in?Token=abc&id=7&signature=zz&token=def"
    assert redact(url) == "https://hooks.example.com/in?Token=***&id=7&signature=***&token=***"
