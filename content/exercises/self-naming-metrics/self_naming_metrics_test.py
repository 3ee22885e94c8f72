import pytest
from self_naming_metrics import Counter, MissingSettings, render, require
from varname import VarnameException


@pytest.mark.task(taskno=1)
def test_a_counter_takes_its_variables_name() -> None:
    http_requests_total = Counter("HTTP requests")
    assert http_requests_total.name == "http_requests_total"
    assert http_requests_total.help == "HTTP requests"
    assert http_requests_total.value == 0


@pytest.mark.task(taskno=1)
def test_an_attribute_gives_its_own_name() -> None:
    class Worker:
        def __init__(self) -> None:
            self.jobs_done_total = Counter("jobs finished")

    assert Worker().jobs_done_total.name == "jobs_done_total"


@pytest.mark.task(taskno=1)
def test_a_counter_must_be_assigned() -> None:
    with pytest.raises(VarnameException):
        Counter("not assigned to anything")
    with pytest.raises(VarnameException):
        [Counter("in a list")]  # noqa: B018


@pytest.mark.task(taskno=1)
def test_names_must_be_prometheus_counter_names() -> None:
    with pytest.raises(ValueError, match="requests"):
        requests = Counter("no _total suffix")  # noqa: F841
    with pytest.raises(ValueError):
        ünï_total = Counter("not ASCII")  # noqa: F841


@pytest.mark.task(taskno=1)
def test_inc_adds_whole_non_negative_amounts() -> None:
    retries_total = Counter("retries")
    retries_total.inc()
    retries_total.inc(4)
    with pytest.raises(ValueError):
        retries_total.inc(-1)
    with pytest.raises(TypeError):
        retries_total.inc(True)
    assert retries_total.value == 5


@pytest.mark.task(taskno=2)
def test_render_sorts_and_escapes() -> None:
    zebra_total = Counter("last")
    api_calls_total = Counter("calls\nto C:\\api")
    api_calls_total.inc(3)
    assert render(zebra_total, api_calls_total) == (
        "# HELP api_calls_total calls\\nto C:\\\\api\n"
        "# TYPE api_calls_total counter\n"
        "api_calls_total 3\n"
        "# HELP zebra_total last\n"
        "# TYPE zebra_total counter\n"
        "zebra_total 0\n"
    )
    assert render() == ""


@pytest.mark.task(taskno=2)
def test_render_refuses_duplicate_names() -> None:
    def make() -> Counter:
        hits_total = Counter("hits")
        return hits_total

    with pytest.raises(ValueError):
        render(make(), make())


@pytest.mark.task(taskno=3)
def test_require_names_what_is_missing() -> None:
    class Settings:
        secret_key = ""
        region = "eu-west-1"

    settings = Settings()
    db_url = None
    redis_url = "redis://127.0.0.1:6379/0"
    with pytest.raises(MissingSettings) as raised:
        require(db_url, redis_url, settings.secret_key, settings.region)
    assert raised.value.names == ("db_url", "secret_key")
    assert str(raised.value) == "missing settings: db_url, secret_key"
    assert isinstance(raised.value, ValueError)
    assert require(redis_url, settings.region) is None


@pytest.mark.task(taskno=3)
def test_require_needs_names() -> None:
    environment = {"DB_URL": "sqlite://"}
    with pytest.raises(TypeError):
        require(environment["DB_URL"])
