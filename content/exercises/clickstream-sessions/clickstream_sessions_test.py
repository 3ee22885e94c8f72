import pytest
from clickstream_sessions import Session, landing_pages, sessionize, transitions


@pytest.mark.task(taskno=1)
def test_one_user_split_by_a_long_pause() -> None:
    events = [("ann", 100, "/"), ("ann", 160, "/shoes"), ("ann", 4000, "/"), ("ann", 4010, "/cart")]
    assert sessionize(events) == [
        Session("ann", 100, 160, ("/", "/shoes")),
        Session("ann", 4000, 4010, ("/", "/cart")),
    ]


@pytest.mark.task(taskno=1)
def test_the_default_gap_is_thirty_minutes_inclusive() -> None:
    events = [("ann", 0, "/"), ("ann", 1800, "/a"), ("ann", 3601, "/b")]
    assert [s.pages for s in sessionize(events)] == [("/", "/a"), ("/b",)]


@pytest.mark.task(taskno=1)
def test_users_are_separate_and_events_arrive_out_of_order() -> None:
    events = [("bo", 50, "/b2"), ("ann", 10, "/a1"), ("bo", 20, "/b1"), ("ann", 70, "/a2")]
    assert sessionize(events) == [
        Session("ann", 10, 70, ("/a1", "/a2")),
        Session("bo", 20, 50, ("/b1", "/b2")),
    ], "one session per user, sorted by start"


@pytest.mark.task(taskno=1)
def test_reloads_collapse_but_a_return_to_a_page_stays() -> None:
    events = [("ann", t, path) for t, path in enumerate(["/", "/", "/cart", "/cart", "/"])]
    assert sessionize(events)[0].pages == ("/", "/cart", "/")


@pytest.mark.task(taskno=1)
def test_views_in_the_same_second_keep_their_arrival_order() -> None:
    events = [("ann", 5, "/z-last-alphabetically"), ("ann", 5, "/a-first"), ("ann", 9, "/m")]
    assert sessionize(events)[0].pages == ("/z-last-alphabetically", "/a-first", "/m")


@pytest.mark.task(taskno=1)
def test_custom_gap_and_bad_gap() -> None:
    events = [("ann", 0, "/"), ("ann", 10, "/a"), ("ann", 25, "/b")]
    assert [s.pages for s in sessionize(events, gap=10)] == [("/", "/a"), ("/b",)]
    assert sessionize([]) == []
    with pytest.raises(ValueError, match="gap"):
        sessionize(events, gap=-1)


@pytest.mark.task(taskno=2)
def test_landing_pages_by_count_then_path() -> None:
    sessions = [
        Session("u1", 0, 0, ("/sale",)),
        Session("u2", 0, 0, ("/", "/sale")),
        Session("u3", 0, 0, ("/sale", "/")),
        Session("u4", 0, 0, ("/blog",)),
        Session("u5", 0, 0, ("/",)),
    ]
    assert landing_pages(sessions, 2) == [("/", 2), ("/sale", 2)], "a tie goes by path"
    assert landing_pages(sessions, 10) == [("/", 2), ("/sale", 2), ("/blog", 1)]
    assert landing_pages(sessions, 0) == []


@pytest.mark.task(taskno=3)
def test_transitions_count_neighbours_within_sessions() -> None:
    sessions = [
        Session("u1", 0, 0, ("/", "/cart", "/")),
        Session("u2", 0, 0, ("/", "/cart")),
        Session("u3", 0, 0, ("/blog",)),
    ]
    assert transitions(sessions) == {("/", "/cart"): 2, ("/cart", "/"): 1}
