from collections.abc import Iterator

import pytest
from pipe import take
from release_history_pipes import Deploy, current_versions, deploys, version_history

LOG = [
    "# deploys of 2024-05-01\n",
    "2024-05-01T09:00:00Z\tapi\t1.4.0\tok\n",
    "2024-05-01T09:05:00Z\tworker\t2.0.1\tfailed\n",
    "\n",
    "2024-05-01T09:30:00Z\tapi\t1.4.1\tok\n",
    "2024-05-01T09:10:00Z\tworker\t2.0.0\tok\n",
]


@pytest.mark.task(taskno=1)
def test_lines_become_deploys_skipping_blanks_and_comments() -> None:
    assert list(LOG | deploys) == [
        Deploy("2024-05-01T09:00:00Z", "api", "1.4.0", True),
        Deploy("2024-05-01T09:05:00Z", "worker", "2.0.1", False),
        Deploy("2024-05-01T09:30:00Z", "api", "1.4.1", True),
        Deploy("2024-05-01T09:10:00Z", "worker", "2.0.0", True),
    ]


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize(
    "line", ["2024-05-01T09:00:00Z api 1.4.0 ok", "2024-05-01T09:00:00Z\tapi\t1.4.0\tOK"]
)
def test_malformed_lines_raise(line: str) -> None:
    with pytest.raises(ValueError):
        list([line] | deploys)


@pytest.mark.task(taskno=1)
def test_parsing_is_lazy() -> None:
    def endless() -> Iterator[str]:
        yield "2024-05-01T09:00:00Z\tapi\t1.4.0\tok"
        yield "this line is broken"
        while True:
            yield "2024-05-01T09:00:00Z\tapi\t1.4.0\tok"

    assert list(endless() | deploys | take(1)) == [
        Deploy("2024-05-01T09:00:00Z", "api", "1.4.0", True)
    ], "read only as far as the records asked for"


@pytest.mark.task(taskno=2)
def test_current_versions_use_the_latest_successful_deploy() -> None:
    assert current_versions(LOG) == {"api": "1.4.1", "worker": "2.0.0"}
    assert current_versions([]) == {}


@pytest.mark.task(taskno=2)
def test_the_log_is_not_in_time_order() -> None:
    log = [
        "2024-05-01T10:00:00Z\tapi\t1.5.0\tok",
        "2024-05-01T09:00:00Z\tapi\t1.4.0\tok",
        "2024-05-01T11:00:00Z\tapi\t1.6.0\tfailed",
    ]
    assert current_versions(log) == {"api": "1.5.0"}


@pytest.mark.task(taskno=3)
def test_history_collapses_redeploys_but_keeps_rollbacks() -> None:
    log = [
        "2024-05-01T09:00:00Z\tapi\t1.0\tok",
        "2024-05-01T09:10:00Z\tapi\t1.0\tok",
        "2024-05-01T09:20:00Z\tapi\t1.1\tok",
        "2024-05-01T09:25:00Z\tworker\t7.0\tok",
        "2024-05-01T09:30:00Z\tapi\t1.2\tfailed",
        "2024-05-01T09:40:00Z\tapi\t1.0\tok",
    ]
    assert version_history(log, "api") == ["1.0", "1.1", "1.0"]
    assert version_history(log, "billing") == []
