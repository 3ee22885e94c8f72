"""Learning order and cycle finding on the bare prerequisite graph."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from pyhero.curriculum._graph import find_cycles, topological_order

# no deadline: the machine may be busy; no example database written into the working tree
graph_settings = settings(deadline=None, max_examples=80, database=None)


def rank_of(nodes: list[str]) -> dict[str, int]:
    return {node: i for i, node in enumerate(nodes)}


def test_ties_go_to_the_lowest_rank() -> None:
    requires = {"a": ["d"], "b": [], "c": [], "d": []}
    order, stuck = topological_order(requires, rank_of(list(requires)))
    assert order == ["b", "c", "d", "a"]
    assert stuck == set()


def test_unknown_prerequisites_are_ignored() -> None:
    order, _ = topological_order({"a": ["ghost"], "b": []}, {"a": 0, "b": 1})
    assert order == ["a", "b"]


def test_nodes_behind_a_cycle_are_left_out() -> None:
    requires = {"a": ["b"], "b": ["a"], "c": ["a"], "d": []}
    order, stuck = topological_order(requires, rank_of(list(requires)))
    assert order == ["d"]
    assert stuck == {"a", "b", "c"}
    assert find_cycles(requires, rank_of(list(requires))) == [["a", "b", "a"]]


def test_one_shortest_cycle_per_component_from_its_first_node() -> None:
    requires = {
        "x": [],
        "p": ["q"],
        "q": ["r", "p"],
        "r": ["p"],
        "s": ["s"],
        "t": ["u"],
        "u": ["v"],
        "v": ["t", "x"],
    }
    cycles = find_cycles(requires, rank_of(list(requires)))
    assert cycles == [["p", "q", "p"], ["s", "s"], ["t", "u", "v", "t"]]


@st.composite
def dags(draw: st.DrawFn) -> tuple[dict[str, list[str]], list[str]]:
    """A random DAG (edges only from later to earlier in a hidden order), shuffled ranks."""
    size = draw(st.integers(min_value=0, max_value=12))
    hidden = [f"n{i}" for i in range(size)]
    requires = {
        node: draw(st.lists(st.sampled_from(hidden[:i]), unique=True)) if i else []
        for i, node in enumerate(hidden)
    }
    ranked = draw(st.permutations(hidden))
    return requires, list(ranked)


@graph_settings
@given(dags())
def test_order_respects_prerequisites_and_is_greedy_by_rank(
    case: tuple[dict[str, list[str]], list[str]],
) -> None:
    requires, ranked = case
    rank = rank_of(ranked)
    order, stuck = topological_order(requires, rank)
    assert stuck == set()
    assert sorted(order) == sorted(requires)
    seen: set[str] = set()
    for node in order:
        assert set(requires[node]) <= seen
        available = [n for n in requires if n not in seen and set(requires[n]) <= seen]
        assert node == min(available, key=rank.__getitem__)
        seen.add(node)
    assert find_cycles(requires, rank) == []


@graph_settings
@given(dags(), st.data())
def test_any_back_edge_is_found_as_a_cycle(
    case: tuple[dict[str, list[str]], list[str]], data: st.DataObject
) -> None:
    requires, ranked = case
    if not requires:
        return
    # add one edge earlier -> later (in the hidden order): closes a cycle iff later reaches earlier
    nodes = sorted(requires, key=lambda n: int(n[1:]))
    low = data.draw(st.integers(0, len(nodes) - 1))
    high = data.draw(st.integers(low, len(nodes) - 1))
    requires[nodes[low]] = [*requires[nodes[low]], nodes[high]]
    cycles = find_cycles(requires, rank_of(ranked))
    _, stuck = topological_order(requires, rank_of(ranked))
    assert bool(cycles) == bool(stuck)
    for cycle in cycles:
        assert cycle[0] == cycle[-1]
        assert all(b in requires[a] for a, b in itertools.pairwise(cycle))
