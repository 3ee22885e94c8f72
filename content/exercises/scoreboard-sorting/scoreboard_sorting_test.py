import pytest
from scoreboard_sorting import longest_name, sort_players, top_scores


@pytest.mark.task(taskno=1)
def test_top_scores_highest_first() -> None:
    got = top_scores([40, 95, 70, 95, 10])
    assert got == [95, 95, 70], f"the three highest, highest first, got {got}"


@pytest.mark.task(taskno=1)
def test_top_scores_with_n_and_with_few_scores() -> None:
    assert top_scores([5, 8], n=5) == [8, 5], "fewer scores than n: all of them"
    assert top_scores([3, 1, 2], n=1) == [3], "n=1 gives only the best"
    assert top_scores([]) == [], "no scores, no top scores"


@pytest.mark.task(taskno=1)
def test_top_scores_leaves_the_list_alone() -> None:
    scores = [40, 95, 70]
    top_scores(scores)
    assert scores == [40, 95, 70], f"the caller's list was reordered to {scores}: use sorted()"


@pytest.mark.task(taskno=2)
def test_sort_players_ignores_case() -> None:
    got = sort_players(["bob", "Zoe", "carol", "adam"])
    assert got == ["adam", "bob", "carol", "Zoe"], f"Zoe comes last whatever its case, got {got}"


@pytest.mark.task(taskno=2)
def test_sort_players_keeps_the_order_of_equal_names() -> None:
    got = sort_players(["bob", "alice", "Alice", "ALICE"])
    assert got == ["alice", "Alice", "ALICE", "bob"], (
        f"names equal apart from case keep their order (the sort is stable), got {got}"
    )


@pytest.mark.task(taskno=3)
def test_longest_name() -> None:
    got = longest_name(["Ana", "Bruno", "Di"])
    assert got == "Bruno", f"Bruno has the most letters, got {got!r}"


@pytest.mark.task(taskno=3)
def test_longest_name_first_among_equals() -> None:
    got = longest_name(["Ana", "Bruno", "Chloé", "Di"])
    assert got == "Bruno", f"Bruno and Chloé both have 5 letters; Bruno comes first, got {got!r}"


@pytest.mark.task(taskno=3)
def test_longest_name_of_no_names() -> None:
    assert longest_name([]) == "", "an empty list has no longest name: return ''"
