import pytest
from paginated_api_defaults import build_url, page_bounds, page_url, paginate

USERS = [f"user{n}" for n in range(1, 46)]  # user1 … user45


@pytest.mark.task(taskno=1)
def test_build_url_uses_the_defaults() -> None:
    got = build_url("users")
    assert got == "https://api.example.com/users", f"default host and scheme expected, got {got!r}"


@pytest.mark.task(taskno=1)
def test_build_url_with_keyword_arguments_and_a_leading_slash() -> None:
    got = build_url("/orders", host="localhost:8000", scheme="http")
    assert got == "http://localhost:8000/orders", f"one slash after the host, got {got!r}"
    got = build_url("v2/items", scheme="http")
    assert got == "http://api.example.com/v2/items", f"only the scheme was changed, got {got!r}"


@pytest.mark.task(taskno=2)
def test_page_bounds_of_the_first_page_by_default() -> None:
    got = page_bounds()
    assert got == (0, 20), f"page 1 of 20 covers positions 0 to 19, so (0, 20); got {got!r}"


@pytest.mark.task(taskno=2)
def test_page_bounds_of_later_pages() -> None:
    assert page_bounds(3, per_page=10) == (20, 30), "page 3 of 10 starts after 2 full pages"
    assert page_bounds(2) == (20, 40), "page 2 of the default size 20"
    assert page_bounds(per_page=5) == (0, 5), "page 1 by default, 5 per page"


@pytest.mark.task(taskno=3)
def test_paginate_returns_full_and_short_pages() -> None:
    assert paginate(USERS) == USERS[:20], "page 1 holds the first 20 users"
    got = paginate(USERS, page=3)
    assert got == ["user41", "user42", "user43", "user44", "user45"], f"last page: {got!r}"
    got = paginate(USERS, page=2, per_page=4)
    assert got == ["user5", "user6", "user7", "user8"], f"page 2 of 4 per page, got {got!r}"


@pytest.mark.task(taskno=3)
def test_paginate_past_the_end_and_of_nothing() -> None:
    assert paginate(USERS, page=4) == [], "45 users fill only 3 pages of 20"
    assert paginate([], per_page=3) == [], "no items, no page"
    assert len(USERS) == 45, "paginate must not change the list it was given"


@pytest.mark.task(taskno=4)
def test_page_url_leaves_defaults_out() -> None:
    got = page_url("users")
    assert got == "https://api.example.com/users", f"no query for the default page, got {got!r}"


@pytest.mark.task(taskno=4)
def test_page_url_names_what_differs() -> None:
    got = page_url("users", page=2)
    assert got == "https://api.example.com/users?page=2", f"only page differs, got {got!r}"
    got = page_url("users", per_page=50)
    assert got == "https://api.example.com/users?per_page=50", f"only per_page, got {got!r}"
    got = page_url("users", per_page=50, page=3)
    want = "https://api.example.com/users?page=3&per_page=50"
    assert got == want, f"page comes first, then per_page; got {got!r}"
