import pytest
from metric_line_args_kwargs import mean, metric_line, metric_lines, tag_text


@pytest.mark.task(taskno=1)
def test_mean_of_several_values() -> None:
    got = mean(2, 4, 9)
    assert got == 5.0, f"(2 + 4 + 9) / 3 is 5.0, got {got!r}"
    assert mean(0.5) == 0.5, "the mean of one value is that value"


@pytest.mark.task(taskno=1)
def test_mean_of_nothing_is_none() -> None:
    got = mean()
    assert got is None, f"with no values there is no mean: expected None, got {got!r}"


@pytest.mark.task(taskno=2)
def test_tag_text_keeps_the_order_of_the_call() -> None:
    got = tag_text(region="eu", host="web1")
    assert got == "region=eu,host=web1", f"tags in the order they were passed, got {got!r}"
    assert tag_text(shard=3) == "shard=3", "values are written with str()"


@pytest.mark.task(taskno=2)
def test_tag_text_without_tags_is_empty() -> None:
    assert tag_text() == "", "no tags give the empty string"


@pytest.mark.task(taskno=3)
def test_metric_line_with_values_and_tags() -> None:
    got = metric_line("cpu", 0.5, 0.75, host="web1", region="eu")
    assert got == "cpu,host=web1,region=eu 0.5 0.75", f"got {got!r}"


@pytest.mark.task(taskno=3)
def test_metric_line_without_tags_or_without_values() -> None:
    got = metric_line("uptime", 3600)
    assert got == "uptime 3600", f"no tags: no comma after the name, got {got!r}"
    got = metric_line("heartbeat", host="web1")
    assert got == "heartbeat,host=web1", f"no values: nothing after the tags, got {got!r}"
    assert metric_line("ping") == "ping", "just a name"


@pytest.mark.task(taskno=4)
def test_metric_lines_spread_each_reading_and_forward_the_tags() -> None:
    got = metric_lines([("cpu", 0.5), ("mem", 512, 1024)], host="db1")
    assert got == ["cpu,host=db1 0.5", "mem,host=db1 512 1024"], f"got {got!r}"


@pytest.mark.task(taskno=4)
def test_metric_lines_without_tags_and_of_no_readings() -> None:
    got = metric_lines([("disk", 0.25, 0.5, 0.75)])
    assert got == ["disk 0.25 0.5 0.75"], f"every value of the tuple is a value, got {got!r}"
    assert metric_lines([], host="db1") == [], "no readings, no lines"
