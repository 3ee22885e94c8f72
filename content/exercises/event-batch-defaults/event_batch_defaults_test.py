import pytest
from event_batch_defaults import DEFAULT_OPTIONS, add_event, tally, with_defaults

ORIGINAL_DEFAULTS = {"retries": 3, "timeout": 10, "endpoint": "/collect"}


@pytest.mark.task(taskno=1)
def test_add_event_without_a_batch_starts_a_new_one_each_time() -> None:
    first = add_event("signup")
    second = add_event("login")
    assert first == ["signup"], f"the first call's batch holds only 'signup', got {first!r}"
    assert second == ["login"], (
        f"the second call must get a fresh batch, got {second!r}: is the default a list made "
        "once in the def line?"
    )


@pytest.mark.task(taskno=1)
def test_add_event_appends_to_the_given_batch() -> None:
    batch = ["view"]
    got = add_event("click", batch)
    assert got is batch, "the batch that was passed in is the one returned"
    assert batch == ["view", "click"], f"the caller's batch gets the event, got {batch!r}"


@pytest.mark.task(taskno=1)
def test_add_event_uses_a_given_empty_batch() -> None:
    batch: list[str] = []
    got = add_event("click", batch)
    assert got is batch, "an empty list is still a batch: `or []` would replace it"
    assert batch == ["click"], f"the caller's empty batch gets the event, got {batch!r}"


@pytest.mark.task(taskno=2)
def test_with_defaults_overrides_and_fills_in() -> None:
    got = with_defaults({"retries": 5})
    want = {"retries": 5, "timeout": 10, "endpoint": "/collect"}
    assert got == want, f"retries comes from options, the rest from DEFAULT_OPTIONS; got {got!r}"


@pytest.mark.task(taskno=2)
def test_with_defaults_never_changes_the_module_defaults() -> None:
    with_defaults({"retries": 5, "debug": True})
    got = with_defaults({})
    assert got == ORIGINAL_DEFAULTS, f"an earlier call leaked into this one: {got!r}"
    got["timeout"] = 99
    assert DEFAULT_OPTIONS == ORIGINAL_DEFAULTS, "the returned dict must be a new dict"


@pytest.mark.task(taskno=2)
def test_with_defaults_leaves_given_dicts_alone() -> None:
    options = {"timeout": 1}
    defaults: dict[str, object] = {"timeout": 30, "gzip": True}
    got = with_defaults(options, defaults)
    assert got == {"timeout": 1, "gzip": True}, f"options win over the given defaults: {got!r}"
    assert defaults == {"timeout": 30, "gzip": True}, "the given defaults must not change"
    assert options == {"timeout": 1}, "the options must not change"


@pytest.mark.task(taskno=3)
def test_tally_counts_into_a_new_dict_each_time() -> None:
    got = tally(["view", "click", "view"])
    assert got == {"view": 2, "click": 1}, f"view twice, click once; got {got!r}"
    got = tally(["view"])
    assert got == {"view": 1}, f"a second call starts counting from zero, got {got!r}"


@pytest.mark.task(taskno=3)
def test_tally_counts_into_the_given_dict() -> None:
    so_far = {"view": 10}
    got = tally(["view", "buy"], so_far)
    assert got is so_far, "the dict that was passed in is the one returned"
    assert so_far == {"view": 11, "buy": 1}, f"counts go up from what is there, got {so_far!r}"
    assert tally([]) == {}, "no events, no counts"
