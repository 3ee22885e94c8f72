"""The review page and the reading forms over HTTP: real grader, real SQLite store."""

from __future__ import annotations

from pyhero.progress import Status, open_store

from .conftest import CORRECT_ADD, WRONG_ADD, Learner

RUN = "/exercises/add-numbers/run"


def _store(learner: Learner):  # type: ignore[no-untyped-def]
    return open_store(learner.settings.database_url)


def test_a_passed_exercise_is_re_solved_from_its_stub_and_graded(learner: Learner) -> None:
    client = learner.client
    assert client.post(RUN, data={"file": "add_numbers.py", "code": CORRECT_ADD}).status_code == 200
    listing = client.get("/review").text
    assert "Coming up" in listing
    assert "Add numbers" in listing

    page = client.get("/review/exercise/add-numbers")
    assert page.status_code == 200
    assert CORRECT_ADD not in page.text  # a fresh stub, not the learner's solution

    failed = client.post(
        "/review/exercise/add-numbers/check", data={"file": "add_numbers.py", "code": WRONG_ADD}
    )
    assert failed.status_code == 200
    assert 'data-verdict="failed"' in failed.text
    with _store(learner) as store:
        assert store.reviews(learner.name) == []  # a failing check lets the learner go on

    passed = client.post(
        "/review/exercise/add-numbers/check",
        data={"file": "add_numbers.py", "code": CORRECT_ADD},
        follow_redirects=False,
    )
    assert passed.status_code == 303
    assert passed.headers["location"].startswith("/review?rated=")
    with _store(learner) as store:
        (review,) = store.reviews(learner.name)
        card = store.review_cards(learner.name)["exercise/add-numbers"]
    assert review.verdict == "passed"
    assert review.rating in {"good", "hard", "easy"}
    assert card.last_review is not None
    assert card.opened_at is None


def test_giving_up_rates_again_and_flags_the_dependants(learner: Learner) -> None:
    client = learner.client
    client.post(RUN, data={"file": "add_numbers.py", "code": CORRECT_ADD})
    client.get("/review/exercise/add-numbers")
    response = client.post("/review/exercise/add-numbers/give-up", follow_redirects=False)
    assert response.status_code == 303
    with _store(learner) as store:
        (review,) = store.reviews(learner.name)
    assert review.rating == "again"
    page = client.get("/review").text
    assert "whose last review failed" in page
    assert "/topics/strings" in page
    assert "whose last review failed" in client.get("/progress").text


def test_a_recall_card_reveals_its_key_points_and_takes_a_rating(learner: Learner) -> None:
    client = learner.client
    client.post("/topics/strings/read", data={"read": "true"})
    page = client.get("/review/topic/strings").text
    assert "<details" in page
    assert "splits on runs of whitespace" in page
    response = client.post(
        "/review/topic/strings/rate", data={"rating": "easy"}, follow_redirects=False
    )
    assert response.status_code == 303
    with _store(learner) as store:
        (review,) = store.reviews(learner.name)
    assert (review.item, review.rating, review.verdict) == ("topic/strings", "easy", None)
    assert client.post("/review/topic/strings/rate", data={"rating": "meh"}).status_code == 422


def test_read_marks_and_quizzes_are_shown_and_never_done(learner: Learner) -> None:
    client = learner.client
    client.post("/topics/strings/read", data={"read": "true"})
    assert "Marked read" in client.get("/topics/strings").text
    quiz = client.post("/topics/strings/quiz", data={"q0": "1", "q1": "0"})
    assert quiz.status_code == 200
    assert "1 of 2 right" in quiz.text
    progress = client.get("/progress").text
    assert "1 of " in progress
    assert "topics marked read" in progress
    assert "1 of 1 self-check quizzes taken" in progress
    with _store(learner) as store:
        statuses = store.statuses(learner.name)
        assert store.quizzes(learner.name)["strings"].correct == 1
    assert all(status is not Status.DONE for status in statuses.values())
    client.post("/topics/strings/read", data={"read": "false"})
    assert "Mark as read" in client.get("/topics/strings").text


def test_review_of_an_unknown_item_or_one_not_learnt_is_refused(learner: Learner) -> None:
    client = learner.client
    assert client.get("/review/exercise/no-such-thing").status_code == 404
    assert client.get("/review/exercise/add-numbers").status_code == 409
