from functools import partialmethod

import pytest
from http_client_shortcuts import ApiClient, Request, Response, resolve_region, retry_on


class Recorder:
    """A fake transport that records requests and replays canned statuses."""

    def __init__(self, *statuses: int) -> None:
        self.sent: list[Request] = []
        self.statuses = list(statuses) or [200]

    def __call__(self, request: Request) -> Response:
        self.sent.append(request)
        status = self.statuses.pop(0) if len(self.statuses) > 1 else self.statuses[0]
        return Response(status, b"ok")


@pytest.mark.task(taskno=1)
def test_request_builds_the_url_and_sorts_headers() -> None:
    transport = Recorder()
    client = ApiClient("https://api.example.com/v1/", transport)
    got = client.request("post", "/orders", body=b"{}", headers={"X-B": "2", "Accept": "json"})
    assert got == Response(200, b"ok"), "the transport's response is returned"
    want = Request(
        "POST", "https://api.example.com/v1/orders", (("Accept", "json"), ("X-B", "2")), b"{}"
    )
    assert transport.sent == [want], (
        f"one trailing slash stripped, upper-case verb, got {transport.sent}"
    )


@pytest.mark.task(taskno=1)
def test_request_without_headers_or_body() -> None:
    transport = Recorder()
    ApiClient("http://localhost:8080", transport).request("GET", "/health")
    assert transport.sent == [Request("GET", "http://localhost:8080/health", (), None)]
    assert len({transport.sent[0], Request("GET", "http://localhost:8080/health")}) == 1, (
        "requests are frozen dataclasses: equal ones hash alike"
    )
    assert len({Response(200), Response(200, b"")}) == 1, "responses are hashable too"


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("PATCH", "/x", None),
        ("FETCH", "/x", None),
        ("GET", "x", None),
        ("GET", "/x", b"no"),
        ("delete", "/x", b"no"),
    ],
)
def test_request_rejects_bad_calls(method: str, path: str, body: bytes | None) -> None:
    transport = Recorder()
    with pytest.raises(ValueError):
        ApiClient("https://h", transport).request(method, path, body=body)
    assert transport.sent == [], "nothing is sent for an invalid call"


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("base", ["ftp://h", "h.example.com", "", "HTTPS//h"])
def test_client_rejects_non_http_base_urls(base: str) -> None:
    with pytest.raises(ValueError):
        ApiClient(base, Recorder())


@pytest.mark.task(taskno=2)
def test_shortcuts_are_partialmethods_of_request() -> None:
    for name in ("get", "post", "put", "delete"):
        attribute = ApiClient.__dict__.get(name)
        assert isinstance(attribute, partialmethod), f"ApiClient.{name} should be a partialmethod"


@pytest.mark.task(taskno=2)
def test_shortcuts_send_their_verb() -> None:
    transport = Recorder()
    client = ApiClient("https://h", transport)
    client.get("/a", headers={"K": "v"})
    client.post("/b", body=b"1")
    client.put("/c", body=b"2")
    client.delete("/d")
    got = [(r.method, r.url, r.body) for r in transport.sent]
    want = [
        ("GET", "https://h/a", None),
        ("POST", "https://h/b", b"1"),
        ("PUT", "https://h/c", b"2"),
        ("DELETE", "https://h/d", None),
    ]
    assert got == want, f"got {got}"
    assert transport.sent[0].headers == (("K", "v"),), "keyword arguments pass through"


@pytest.mark.task(taskno=3)
def test_retry_on_retries_until_success() -> None:
    transport = Recorder(503, 503, 200, 500)
    client = ApiClient("https://h", transport)

    @retry_on(frozenset({502, 503}), attempts=5)
    def fetch(path: str) -> Response:
        """Fetch a path."""
        return client.get(path)

    assert fetch("/x").status == 200, "two 503s, then success"
    assert len(transport.sent) == 3, f"exactly three calls, got {len(transport.sent)}"
    assert fetch.__name__ == "fetch" and fetch.__doc__ == "Fetch a path.", "use functools.wraps"


@pytest.mark.task(taskno=3)
def test_retry_on_gives_up_after_the_attempts() -> None:
    transport = Recorder(503)
    client = ApiClient("https://h", transport)
    fetch = retry_on(frozenset({503}), attempts=3)(client.get)
    assert fetch("/x").status == 503, "the last response is returned when retries run out"
    assert len(transport.sent) == 3, f"3 attempts in total, got {len(transport.sent)}"
    once = retry_on(frozenset({503}), attempts=1)(client.get)
    once("/y")
    assert len(transport.sent) == 4, "attempts=1 means no retry"


@pytest.mark.task(taskno=3)
def test_retry_on_does_not_retry_other_statuses_and_validates() -> None:
    transport = Recorder(500, 200)
    fetch = retry_on(frozenset({503}), attempts=3)(ApiClient("https://h", transport).get)
    assert fetch("/x").status == 500, "500 is not in the retry set"
    assert len(transport.sent) == 1, "no retry for other statuses"
    with pytest.raises(ValueError):
        retry_on(frozenset({503}), attempts=0)


@pytest.mark.task(taskno=4)
def test_resolve_region_parses_and_memoises() -> None:
    resolve_region.cache_clear()
    assert resolve_region("api.eu-west-1.example.com") == "eu-west-1"
    assert resolve_region("API.us-east-2.Example.com") == "us-east-2", "case-insensitive"
    resolve_region("api.eu-west-1.example.com")
    info = resolve_region.cache_info()
    assert (info.hits, info.misses) == (1, 2), f"the repeat lookup is a cache hit, got {info}"
    assert info.maxsize == 256, f"cache up to 256 hosts, got {info.maxsize}"


@pytest.mark.task(taskno=4)
@pytest.mark.parametrize(
    "host",
    [
        "api.example.com",
        "web.eu-west-1.example.com",
        "api.eu-west-1.example.org",
        "",
        "api.eu-west-1.example.com.attacker.net",  # the whole host must match
    ],
)
def test_resolve_region_rejects_other_hosts(host: str) -> None:
    with pytest.raises(ValueError):
        resolve_region(host)
