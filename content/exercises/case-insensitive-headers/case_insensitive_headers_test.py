from collections.abc import Mapping, MutableMapping

import pytest
from case_insensitive_headers import Headers


@pytest.mark.task(taskno=1)
def test_lookup_ignores_case_and_keeps_the_last_spelling() -> None:
    headers = Headers({"Content-Type": "text/html"})
    assert headers["content-type"] == "text/html", "lookups ignore case"
    assert headers["CONTENT-TYPE"] == "text/html"
    headers["CONTENT-type"] = "application/json"
    assert len(headers) == 1, "same header, different case: still one entry"
    assert list(headers) == ["CONTENT-type"], "iteration shows the spelling last written"
    assert headers["Content-Type"] == "application/json"


@pytest.mark.task(taskno=1)
def test_a_renamed_header_keeps_its_position() -> None:
    headers = Headers([("Accept", "*/*"), ("Host", "a"), ("ETag", "x")])
    headers["ACCEPT"] = "text/html"
    assert list(headers) == ["ACCEPT", "Host", "ETag"], f"got {list(headers)}"


@pytest.mark.task(taskno=1)
def test_values_are_stripped_and_order_is_kept() -> None:
    headers = Headers([("X-B", " 2 "), ("Accept", "*/*"), ("x-a", "1")])
    assert list(headers.items()) == [("X-B", "2"), ("Accept", "*/*"), ("x-a", "1")], (
        "insertion order, surrounding spaces removed"
    )


@pytest.mark.task(taskno=1)
def test_delete_and_missing_keys() -> None:
    headers = Headers({"Authorization": "Bearer t"})
    del headers["AUTHORIZATION"]
    assert len(headers) == 0 and list(headers) == [], "deleted regardless of case"
    with pytest.raises(KeyError):
        headers["authorization"]
    with pytest.raises(KeyError):
        del headers["authorization"]


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize(
    ("name", "value", "error"),
    [
        ("Bad Name", "x", ValueError),
        ("", "x", ValueError),
        ("X-Ok", "a\r\nInjected: 1", ValueError),
        ("X-Ok", "line\nbreak", ValueError),
        ("X-Ok", "carriage\rreturn", ValueError),
        ("X-Ok", "ends with a newline\n", ValueError),
        ("Bad Name", 42, TypeError),
        ("Naïve", "x", ValueError),
        (42, "x", TypeError),
        ("X-Ok", 42, TypeError),
        ("X-Ok", b"bytes", TypeError),
    ],
)
def test_invalid_names_and_values_are_rejected(name: object, value: object, error: type) -> None:
    headers = Headers()
    message = "must be str" if error is TypeError else "header"
    with pytest.raises(error, match=message):
        headers[name] = value  # type: ignore[index, assignment]
    assert len(headers) == 0, "nothing is stored after a rejected write"


@pytest.mark.task(taskno=2)
def test_it_is_a_mutable_mapping_with_the_free_mixins() -> None:
    headers = Headers({"Host": "example.com"})
    assert isinstance(headers, MutableMapping), "Headers registers as a MutableMapping"
    assert "HOST" in headers and "Accept" not in headers, "__contains__ comes from Mapping"
    assert headers.get("host") == "example.com" and headers.get("nope") is None, "get() too"
    assert headers.setdefault("ACCEPT", "*/*") == "*/*", "setdefault() from MutableMapping"
    assert headers.pop("accept") == "*/*" and "Accept" not in headers, "pop() as well"
    headers.update({"X-Id": "1"}, x_trace="t")  # a keyword becomes the name x_trace
    assert sorted(headers.keys()) == ["Host", "X-Id", "x_trace"], f"got {list(headers)}"
    headers.clear()
    assert len(headers) == 0, "clear() empties the map"


@pytest.mark.task(taskno=3)
def test_equality_ignores_name_case() -> None:
    headers = Headers({"Content-Length": "3", "ETag": "abc"})
    assert headers == {"content-length": "3", "etag": "abc"}, "dicts compare case-insensitively"
    assert headers == Headers({"ETAG": "abc", "CONTENT-LENGTH": "3"}), "order does not matter"
    assert headers != {"content-length": "3"}, "a missing header makes them differ"
    assert headers != {"content-length": "4", "etag": "abc"}, "values are compared exactly"
    assert headers != {"Content-Length": "3", "ETag": "ABC"}, "values stay case-sensitive"
    assert headers != ["Content-Length", "ETag"], "a list is not a mapping"
    assert headers.__eq__(["x"]) is NotImplemented, "let Python try the other operand"


@pytest.mark.task(taskno=3)
def test_equality_with_a_mapping_that_has_case_duplicates() -> None:
    other = {"ETag": "abc", "etag": "abc"}
    assert Headers({"etag": "abc"}) != other, "two entries are not one header"
    assert isinstance(other, Mapping)


@pytest.mark.task(taskno=3)
def test_repr_and_copy() -> None:
    headers = Headers({"Accept": "*/*"})
    assert repr(headers) == "Headers({'Accept': '*/*'})", f"got {headers!r}"
    clone = headers.copy()
    clone["Accept"] = "text/plain"
    assert headers["accept"] == "*/*", "the copy is independent"
    assert isinstance(clone, Headers) and clone == {"accept": "text/plain"}
