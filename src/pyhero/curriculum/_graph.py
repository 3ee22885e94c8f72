"""The prerequisite graph: learning order (topological, ties by index order) and cycles.

Graphs are given as ``requires``: node -> the nodes it lists as prerequisites; ``rank`` gives
each node's index order. Prerequisites that are not nodes are ignored here (validation reports
them).
"""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Mapping, Sequence

__all__ = ["find_cycles", "topological_order"]


def topological_order(
    requires: Mapping[str, Sequence[str]], rank: Mapping[str, int]
) -> tuple[list[str], set[str]]:
    """Kahn's algorithm, always taking the available node of lowest rank.

    Returns the order and the set of nodes left out because they sit on or behind a cycle.
    """
    waiting = dict.fromkeys(requires, 0)
    unlocks: dict[str, list[str]] = {node: [] for node in requires}
    for node, prereqs in requires.items():
        for prereq in set(prereqs):
            if prereq in unlocks:
                unlocks[prereq].append(node)
                waiting[node] += 1
    ready = [(rank[node], node) for node, count in waiting.items() if count == 0]
    heapq.heapify(ready)
    order: list[str] = []
    while ready:
        _, node = heapq.heappop(ready)
        order.append(node)
        for nxt in unlocks[node]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                heapq.heappush(ready, (rank[nxt], nxt))
    return order, set(requires) - set(order)


def _components(requires: Mapping[str, Sequence[str]], nodes: Sequence[str]) -> list[list[str]]:
    """Strongly connected components of the subgraph on ``nodes`` (iterative Tarjan)."""
    inside = set(nodes)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in nodes:
        if root in index:
            continue
        work = [(root, iter([p for p in requires[root] if p in inside]))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component: list[str] = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    found.append(component)
            elif child not in index:
                index[child] = low[child] = len(index)
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter([p for p in requires[child] if p in inside])))
            elif child in on_stack:
                low[node] = min(low[node], index[child])
    return found


def _cycle_through(
    start: str, requires: Mapping[str, Sequence[str]], members: set[str]
) -> list[str]:
    """The shortest path start -> ... -> start inside one component (breadth-first)."""
    came_from: dict[str, str] = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for prereq in requires[node]:
            if prereq == start:
                path = [node]
                while path[-1] != start:
                    path.append(came_from[path[-1]])
                return [*reversed(path), start]
            if prereq in members and prereq not in came_from:
                came_from[prereq] = node
                queue.append(prereq)
    raise AssertionError("a strongly connected component always has a cycle")


def find_cycles(requires: Mapping[str, Sequence[str]], rank: Mapping[str, int]) -> list[list[str]]:
    """One cycle per cyclic component, each written from its lowest-rank node back to it."""
    _, stuck = topological_order(requires, rank)
    nodes = sorted(stuck, key=rank.__getitem__)
    cycles: list[list[str]] = []
    for component in _components(requires, nodes):
        members = set(component)
        start = min(component, key=rank.__getitem__)
        if len(component) > 1 or start in requires[start]:
            cycles.append(_cycle_through(start, requires, members))
    cycles.sort(key=lambda cycle: rank[cycle[0]])
    return cycles
