from typing import Any

import pytest

from validated_user_collections import (
    SLUG_MAX,
    AuditTrail,
    HTTPHeaders,
    Slug,
    normalise_header,
)


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("content-type", "Content-Type"),
        ("X-REQUEST-ID", "X-Request-Id"),
        (" accept ", "Accept"),
        ("www-authenticate", "Www-Authenticate"),
        ("x-b3-traceid", "X-B3-Traceid"),
        ("x-md5SUM", "X-Md5sum"),
    ],
)
def test_normalise_header_title_cases_each_part(raw: str, want: str) -> None:
    got = normalise_header(raw)
    assert got == want, f"{raw!r} should become {want!r}, got {got!r}"


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("raw", ["", "   ", "content type", "x_custom", "naïve", "a:b"])
def test_normalise_header_rejects_non_token_names(raw: str) -> None:
    with pytest.raises(ValueError, match="invalid header name"):
        normalise_header(raw)


@pytest.mark.task(taskno=1)
def test_headers_are_case_insensitive_everywhere() -> None:
    headers = HTTPHeaders({"content-type": "application/json"})
    headers["X-Request-ID"] = "  abc-123 "
    assert dict(headers) == {"Content-Type": "application/json", "X-Request-Id": "abc-123"}
    assert headers["CONTENT-TYPE"] == "application/json"
    assert "x-request-id" in headers and "accept" not in headers
    assert headers.get("x-REQUEST-id") == "abc-123"
    del headers["content-TYPE"]
    assert list(headers) == ["X-Request-Id"]


@pytest.mark.task(taskno=1)
def test_setting_the_same_header_in_another_case_replaces_it() -> None:
    headers = HTTPHeaders()
    headers["accept"] = "text/html"
    headers["ACCEPT"] = "application/json"
    assert len(headers) == 1 and headers["Accept"] == "application/json"
    headers.update({"accept": "*/*"})
    assert headers["accept"] == "*/*", "update() must go through the same normalisation"


@pytest.mark.task(taskno=1)
def test_headers_refuse_line_breaks_in_values() -> None:
    headers = HTTPHeaders()
    for bad in ["a\r\nSet-Cookie: x=1", "line\nbreak", "cr\r"]:
        with pytest.raises(ValueError, match="line break"):
            headers["X-Note"] = bad
    assert "X-Note" not in headers


@pytest.mark.task(taskno=1)
def test_headers_refuse_non_string_names_and_values() -> None:
    headers: Any = HTTPHeaders()
    with pytest.raises(TypeError, match="values"):
        headers["Content-Length"] = 42
    with pytest.raises(TypeError, match="names"):
        headers[42] = "x"
    assert 42 not in headers and "bad name" not in headers, "membership never raises"


@pytest.mark.task(taskno=1)
def test_missing_header_raises_key_error() -> None:
    with pytest.raises(KeyError):
        HTTPHeaders()["Authorization"]


@pytest.mark.task(taskno=2)
def test_audit_trail_keeps_the_newest_entries() -> None:
    trail = AuditTrail(capacity=3)
    for i in range(5):
        trail.append(f"event {i}")
    assert list(trail) == ["event 2", "event 3", "event 4"], f"got {list(trail)}"
    assert len(trail) == 3


@pytest.mark.task(taskno=2)
def test_audit_trail_bounds_every_way_of_adding() -> None:
    trail = AuditTrail(["a", "b", "c", "d"], capacity=2)
    assert list(trail) == ["c", "d"], "the initial list is trimmed to capacity too"
    trail.extend(["e"])
    assert list(trail) == ["d", "e"]
    trail += ["f", "g", "h"]
    assert list(trail) == ["g", "h"], "+= must respect the capacity as well"
    assert isinstance(trail, AuditTrail)


@pytest.mark.task(taskno=2)
def test_audit_trail_at_exact_capacity_keeps_everything() -> None:
    trail = AuditTrail(["a", "b"], capacity=2)
    assert list(trail) == ["a", "b"]
    assert list(AuditTrail()) == [] and AuditTrail().capacity == 100
    assert list(AuditTrail(["a", "b"], capacity=1)) == ["b"], "capacity 1 is allowed"


@pytest.mark.task(taskno=2)
def test_audit_trail_is_append_only() -> None:
    trail = AuditTrail(["a", "b"], capacity=5)
    with pytest.raises(TypeError, match="append-only"):
        trail.insert(0, "x")
    with pytest.raises(TypeError, match="append-only"):
        trail[0] = "x"
    with pytest.raises(TypeError, match="append-only"):
        del trail[0]
    assert list(trail) == ["a", "b"] and trail[1] == "b"
    assert trail == ["a", "b"], "a trail compares equal to a list with the same entries"


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize("capacity", [0, -5])
def test_audit_trail_needs_a_positive_capacity(capacity: int) -> None:
    with pytest.raises(ValueError, match="capacity"):
        AuditTrail(capacity=capacity)


@pytest.mark.task(taskno=3)
@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Hello, World!", "hello-world"),
        ("  Crème Brûlée -- Recipe  ", "creme-brulee-recipe"),
        ("Q3 2024: Revenue ↑ 12%", "q3-2024-revenue-12"),
        ("already-a-slug", "already-a-slug"),
        ("ÅNGSTRÖM", "angstrom"),
        ("\ufb01le x\u00b2", "file-x2"),
    ],
)
def test_slug_from_titles(title: str, want: str) -> None:
    got = Slug(title)
    assert got == want, f"{title!r} should slugify to {want!r}, got {str(got)!r}"


@pytest.mark.task(taskno=3)
def test_slug_is_cut_to_the_maximum_without_a_trailing_hyphen() -> None:
    assert SLUG_MAX == 40
    exact = Slug("a" * 40)
    assert len(exact) == 40
    got = Slug("a" * 39 + " bcd")
    assert got == "a" * 39, f"cutting at 40 leaves 'a...a-', the hyphen must go: {got!r}"
    assert len(Slug("x" * 41)) == 40


@pytest.mark.task(taskno=3)
@pytest.mark.parametrize("title", ["", "   ", "!!!", "日本語"])
def test_slug_refuses_titles_with_nothing_to_keep(title: str) -> None:
    with pytest.raises(ValueError, match="slug"):
        Slug(title)


@pytest.mark.task(taskno=3)
def test_string_operations_on_a_slug_stay_slugs() -> None:
    combined = Slug("Release notes") + " 2.0 Final"
    assert isinstance(combined, Slug)
    assert combined == "release-notes-2-0-final", f"got {str(combined)!r}"
    assert Slug("Hello").upper() == "hello", "even upper() is re-slugified"
    assert Slug(12345) == "12345", "any object is slugified via str()"
