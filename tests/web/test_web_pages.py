"""The server-rendered pages, used as a browser without JavaScript would."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from .conftest import CORRECT_ADD, WRONG_ADD, Learner


def _run(client: TestClient, code: str) -> str:
    """Run the tests as the no-JS form does: post, follow the redirect, return the page."""
    response = client.post(
        "/exercises/add-numbers/run",
        data={"file": "add_numbers.py", "code": code, "base": ""},
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/exercises/add-numbers?ran=1"
    page = client.get(response.headers["location"])
    assert page.status_code == 200
    return str(page.text)


def test_roadmap_lists_sections_topics_and_draws_the_graph(client: TestClient) -> None:
    page = client.get("/").text
    assert "1. Foundations" in page
    assert "2. Practice" in page
    assert '<a href="/topics/comprehensions">Comprehensions</a>' in page
    svg = page[page.index("<svg") : page.index("</svg>")]
    assert svg.count('class="edge"') == 2  # links within a section; the script draws the rest
    assert re.search(r'<a href="/topics/numbers" class="node pending"', svg)
    assert re.search(r'<a href="/topics/packaging" class="node none"', svg)


def test_passing_an_exercise_colours_its_topic_on_the_roadmap(learner: Learner) -> None:
    learner.client.post("/api/exercises/add-numbers/submit", json={"code": CORRECT_ADD})
    page = learner.client.get("/").text
    assert re.search(r'<a href="/topics/numbers" class="node done"', page)
    assert 'class="topic-row status-done"' in page


def test_topic_page_opens_resources_in_a_new_tab(client: TestClient) -> None:
    page = client.get("/topics/strings").text
    assert "<h1>Strings" in page
    assert "str.split without arguments splits on runs of whitespace" in page
    assert (
        '<a href="https://docs.python.org/3/library/stdtypes.html#text-sequence-type-str" '
        'target="_blank" rel="noopener noreferrer">' in page
    )
    assert "the &lt;b&gt;whole&lt;/b&gt; method list" in page
    assert '<a href="/topics/numbers">Numbers and arithmetic</a>' in page
    assert "reading only" in page


def test_topic_page_lists_exercises_with_status(learner: Learner) -> None:
    page = learner.client.get("/topics/numbers").text
    assert '<a href="/exercises/add-numbers">Add numbers</a>' in page
    assert "to do" in page


def test_exercise_page_has_instructions_hints_and_an_editor(client: TestClient) -> None:
    page = client.get("/exercises/add-numbers").text
    assert page.count("<h1>") == 1  # the instructions' own title is dropped
    assert "<h1>Add numbers <span" in page
    assert "&lt;script&gt;alert" in page
    assert "<script>alert" not in page
    assert '<textarea id="code-1" name="code" data-editor="python"' in page
    assert "raise NotImplementedError" in page
    assert "Show hint 1 of 2" in page
    assert '<script src="/static/editor.js" defer></script>' in page


def test_run_tests_without_javascript_shows_each_test_first_failure_open(
    learner: Learner,
) -> None:
    page = _run(learner.client, WRONG_ADD)
    assert page.count('<li class="test test-fail failure">') == 3
    assert page.count("<details open>") == 1
    assert page.index("<details open>") < page.index("test_adds_two_positive_numbers")
    assert "assert -1 == 5" in page
    assert 'tabindex="-1" autofocus' in page  # focus lands on the summary
    assert "0 of 3 tests passed" in page
    passed = _run(learner.client, CORRECT_ADD)
    assert 'data-verdict="passed"' in passed
    assert "3 of 3 tests passed" in passed
    assert "<details open>" not in passed
    assert 'id="failures-only" disabled' in passed


def test_hint_form_records_the_hint_and_comes_back(learner: Learner) -> None:
    response = learner.client.post("/exercises/add-numbers/hints", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/exercises/add-numbers#hints"
    page = learner.client.get("/exercises/add-numbers").text
    assert "Python adds with <code>+</code>." in page
    assert "Show hint 2 of 2" in page


def test_progress_page_counts_what_was_earned(learner: Learner) -> None:
    empty = learner.client.get("/progress").text
    assert re.search(r'id="exercises-done">0<small>/2</small>', empty)
    assert "Nothing failing right now." in empty
    learner.client.post("/api/exercises/word-lengths/submit", json={"code": "x = 1"})
    learner.client.post("/api/exercises/add-numbers/submit", json={"code": CORRECT_ADD})
    page = learner.client.get("/progress").text
    assert re.search(r'id="exercises-done">1<small>/2</small>', page)
    assert 'aria-label="1 of 1 done, 0 in progress"' in page  # foundations
    assert 'aria-label="0 of 1 done, 1 in progress"' in page  # practice
    failures = page[page.index("Recently failed") :]
    assert '<a href="/exercises/word-lengths">Word lengths</a>' in failures
    assert "<title>" in page[page.index('class="days"') :]


def test_unknown_pages_get_an_html_404(client: TestClient) -> None:
    response = client.get("/topics/strngs")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "did you mean strings?" in response.text
    assert client.get("/exercises/nope").status_code == 404
    assert client.get("/no/such/page").status_code == 404


def test_a_form_with_foreign_file_names_is_refused(client: TestClient) -> None:
    response = client.post(
        "/exercises/add-numbers/run", data={"file": "../../etc/passwd", "code": "x"}
    )
    assert response.status_code == 422
    assert "add_numbers.py" in response.text


def test_static_assets_are_served(client: TestClient) -> None:
    for name in ("app.js", "style.css", "editor.js", "graph.js", "theme.js", "favicon.svg"):
        assert client.get(f"/static/{name}").status_code == 200


def test_forms_posted_from_another_site_are_refused(learner: Learner) -> None:
    client = learner.client
    evil = {"origin": "https://evil.example", "sec-fetch-site": "cross-site"}
    response = client.post(
        "/exercises/add-numbers/save",
        data={"file": "add_numbers.py", "code": "import os", "base": ""},
        headers=evil,
    )
    assert response.status_code == 403
    assert client.post("/exercises/add-numbers/hints", headers=evil).status_code == 403
    assert (
        client.post("/exercises/add-numbers/hints", headers={"origin": "null"}).status_code == 403
    )
    same = {"origin": "http://testserver", "sec-fetch-site": "same-origin"}
    taken = client.post("/exercises/add-numbers/hints", headers=same, follow_redirects=False)
    assert taken.status_code == 303
    assert len(client.get("/api/exercises/add-numbers").json()["hints"]) == 1


def test_a_loopback_app_answers_only_to_loopback_host_names(client: TestClient) -> None:
    rebound = client.get("/", headers={"host": "attacker.example:8000"})
    assert rebound.status_code == 400
    assert client.get("/api/curriculum", headers={"host": "evil.example"}).status_code == 400
    for host in ("localhost:8000", "127.0.0.1:8000", "[::1]:8000"):
        assert client.get("/api/curriculum", headers={"host": host}).status_code == 200
