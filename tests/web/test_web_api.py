"""The JSON API through TestClient: curriculum, topics, exercises, submit, results, progress."""

from __future__ import annotations

from collections.abc import Iterator

from fastapi.testclient import TestClient

from pyhero.progress import NewAttempt, TestSummary, open_store

from .conftest import CORRECT_ADD, WRONG_ADD, Learner


def test_curriculum_lists_sections_in_order_with_their_topics(client: TestClient) -> None:
    body = client.get("/api/curriculum").json()
    assert [s["slug"] for s in body["sections"]] == ["foundations", "practice"]
    assert body["sections"][0]["topics"] == ["numbers", "strings"]
    assert body["stats"]["exercises"] == 2
    assert body["stats"]["topics"] == 4


def test_topics_come_in_learning_order_with_statuses(client: TestClient) -> None:
    topics = client.get("/api/topics").json()
    assert [t["slug"] for t in topics] == ["numbers", "strings", "comprehensions", "packaging"]
    status = {t["slug"]: t["status"] for t in topics}
    assert status == {
        "numbers": "pending",
        "strings": "none",
        "comprehensions": "pending",
        "packaging": "none",
    }


def test_topic_detail_has_resources_prerequisites_and_exercises(client: TestClient) -> None:
    topic = client.get("/api/topics/strings").json()
    assert topic["prerequisites"] == ["numbers"]
    assert topic["dependents"] == ["comprehensions"]
    assert topic["resources"][0]["url"].startswith("https://docs.python.org/")
    numbers = client.get("/api/topics/numbers").json()
    assert [e["slug"] for e in numbers["exercise_details"]] == ["add-numbers"]


def test_unknown_ids_are_404_with_a_suggestion(client: TestClient) -> None:
    response = client.get("/api/topics/strngs")
    assert response.status_code == 404
    assert response.json()["detail"] == "no topic 'strngs'; did you mean strings?"
    response = client.get("/api/exercises/add-number")
    assert response.status_code == 404
    assert "add-numbers" in response.json()["detail"]
    assert client.post("/api/exercises/nope/submit", json={"code": ""}).status_code == 404


def test_exercise_detail_escapes_raw_html_and_starts_from_the_stub(client: TestClient) -> None:
    exercise = client.get("/api/exercises/add-numbers").json()
    assert exercise["title"] == "Add numbers"
    assert "<script>" not in exercise["instructions_html"]
    assert "&lt;script&gt;" in exercise["instructions_html"]
    assert "<code>add(2, 3)</code>" in exercise["instructions_html"]
    assert exercise["code_source"] == "starter"
    assert "raise NotImplementedError" in exercise["code"]["add_numbers.py"]
    assert exercise["hints_total"] == 2
    assert exercise["hints"] == []
    assert exercise["status"] == "pending"


def test_a_correct_submission_passes_and_is_recorded(learner: Learner) -> None:
    client = learner.client
    response = client.post("/api/exercises/add-numbers/submit", json={"code": CORRECT_ADD})
    assert response.status_code == 200
    body = response.json()
    assert body["result"]["verdict"] == "passed"
    assert [t["status"] for t in body["result"]["tests"]] == ["pass", "pass", "pass"]
    assert body["status"] == "done"
    assert body["attempt"]["tests_passed"] == 3
    results = client.get("/api/exercises/add-numbers/results").json()
    assert [r["verdict"] for r in results] == ["passed"]
    assert results[0]["uid"] == body["attempt"]["uid"]
    listed = {e["slug"]: e["status"] for e in client.get("/api/exercises").json()}
    assert listed == {"add-numbers": "done", "word-lengths": "pending"}
    progress = client.get("/api/progress").json()
    assert progress["exercises_done"] == 1
    assert progress["attempts"] == 1
    assert progress["streak_days"] == 1
    assert {s["key"]: s["done"] for s in progress["sections"]} == {"foundations": 1, "practice": 0}
    # the browser copy is kept: the editor opens with the submitted code next time
    exercise = client.get("/api/exercises/add-numbers").json()
    assert exercise["code"] == {"add_numbers.py": CORRECT_ADD}
    assert exercise["code_source"] == "draft"


def test_a_wrong_submission_fails_each_test_and_counts_as_attempted(learner: Learner) -> None:
    client = learner.client
    body = client.post("/api/exercises/add-numbers/submit", json={"code": WRONG_ADD}).json()
    assert body["result"]["verdict"] != "passed"
    tests = body["result"]["tests"]
    assert [t["status"] for t in tests] == ["fail", "fail", "fail"]
    assert "-1 == 5" in tests[0]["message"]
    assert body["status"] == "attempted"
    failures = client.get("/api/progress").json()["recent_failures"]
    assert [f["exercise"] for f in failures] == ["add-numbers"]
    assert failures[0]["tests_passed"] == 0


def test_submissions_name_files_or_send_code_but_not_both(client: TestClient) -> None:
    url = "/api/exercises/add-numbers/submit"
    both = client.post(url, json={"code": CORRECT_ADD, "files": {"add_numbers.py": ""}})
    assert both.status_code == 422
    assert both.json()["detail"][0]["msg"] == "send exactly one of 'code' or 'files'"
    unknown = client.post(url, json={"files": {"evil.py": "x = 1"}})
    assert unknown.status_code == 422
    assert "'evil.py'" in unknown.json()["detail"][0]["msg"]
    assert unknown.json()["detail"][0]["loc"] == ["body", "files"]
    wrong_type = client.post(url, json={"code": 42})
    assert wrong_type.status_code == 422
    assert wrong_type.json()["detail"][0]["loc"] == ["body", "code"]
    not_json = client.post(url, content=b"{", headers={"content-type": "application/json"})
    assert not_json.status_code == 422


def test_files_by_name_are_graded_too(learner: Learner) -> None:
    response = learner.client.post(
        "/api/exercises/add-numbers/submit", json={"files": {"add_numbers.py": CORRECT_ADD}}
    )
    assert response.json()["result"]["verdict"] == "passed"


def test_a_body_over_256_kib_is_refused_before_parsing(client: TestClient) -> None:
    big = "x" * (256 * 1024)
    response = client.post("/api/exercises/add-numbers/submit", json={"code": big})
    assert response.status_code == 413
    assert "256 KiB" in response.json()["detail"]
    assert client.get("/api/exercises/add-numbers/results").json() == []


def test_a_streamed_body_over_the_limit_is_refused_too(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"code": "'
        for _ in range(40):
            yield b"y" * 8192
        yield b'"}'

    response = client.post(
        "/api/exercises/add-numbers/submit",
        content=chunks(),
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 413


def test_hints_are_revealed_one_by_one_and_recorded(learner: Learner) -> None:
    client = learner.client
    first = client.post("/api/exercises/add-numbers/hints").json()
    assert (first["number"], first["total"]) == (1, 2)
    assert "<code>+</code>" in first["html"]
    second = client.post("/api/exercises/add-numbers/hints").json()
    assert second["number"] == 2
    again = client.post("/api/exercises/add-numbers/hints").json()
    assert again["number"] == 2
    assert len(client.get("/api/exercises/add-numbers").json()["hints"]) == 2
    with open_store(learner.settings.database_url) as store:
        assert store.hints_used(learner.name, "add-numbers") == 2


def test_progress_made_in_the_terminal_shows_in_the_browser(learner: Learner) -> None:
    with open_store(learner.settings.database_url) as store:
        store.record_attempt(
            learner.name,
            NewAttempt(
                exercise="word-lengths",
                verdict="passed",
                tests=(TestSummary(name="test_counts_each_word", status="pass"),),
                duration_ms=12.0,
                code={"word_lengths.py": "def word_lengths(text): ..."},
                isolation="local",
            ),
        )
    listed = {e["slug"]: e["status"] for e in learner.client.get("/api/exercises").json()}
    assert listed["word-lengths"] == "done"
    topics = {t["slug"]: t["status"] for t in learner.client.get("/api/topics").json()}
    assert topics["comprehensions"] == "done"


def test_progress_made_in_the_browser_is_in_the_shared_store(learner: Learner) -> None:
    learner.client.post("/api/exercises/add-numbers/submit", json={"code": CORRECT_ADD})
    with open_store(learner.settings.database_url) as store:
        progress = store.progress(learner.name)
    assert progress["add-numbers"].status == "done"


def test_the_openapi_schema_describes_every_api_route(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert set(paths) == {
        "/api/curriculum",
        "/api/topics",
        "/api/topics/{slug}",
        "/api/exercises",
        "/api/exercises/{slug}",
        "/api/exercises/{slug}/submit",
        "/api/exercises/{slug}/draft",
        "/api/exercises/{slug}/results",
        "/api/exercises/{slug}/hints",
        "/api/progress",
    }
    submit = paths["/api/exercises/{slug}/submit"]["post"]
    assert {"200", "404", "413", "422"} <= set(submit["responses"])


def test_lone_surrogates_in_code_or_drafts_are_422_not_500(client: TestClient) -> None:
    """JSON can carry ``\\ud800``; no UTF-8 text exists for it, so the request is refused."""
    url = "/api/exercises/add-numbers"
    bodies = [
        ("post", "/submit", b'{"code": "def add(a, b):\\n    return \'\\ud800\'\\n"}'),
        ("post", "/submit", b'{"files": {"add_numbers.py": "x = \'\\udfff\'"}}'),
        ("post", "/submit", b'{"files": {"add_\\ud800.py": "x = 1"}}'),
        ("put", "/draft", b'{"code": "x = \'\\ud83d\'"}'),
        ("put", "/draft", b'{"code": "x = 1", "base": "\\udc80"}'),
    ]
    for method, path, body in bodies:
        response = client.request(
            method, url + path, content=body, headers={"content-type": "application/json"}
        )
        assert response.status_code == 422, (path, body, response.text)
        assert "surrogate" in response.text
    paired = b'{"code": "def add(a, b):\\n    return a + b  # \\ud83d\\ude00\\n"}'
    response = client.put(
        url + "/draft", content=paired, headers={"content-type": "application/json"}
    )
    assert response.status_code == 200, response.text
