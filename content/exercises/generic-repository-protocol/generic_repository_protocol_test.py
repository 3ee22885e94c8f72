from dataclasses import dataclass, replace
from typing import Any

import pytest

from generic_repository_protocol import (
    ConflictError,
    EntityT,
    HasId,
    NotFoundError,
    Page,
    Repository,
    Versioned,
)


@dataclass(frozen=True)
class User:
    id: str
    name: str


@dataclass(frozen=True)
class Document:
    id: str
    body: str
    version: int = 1


def users(*names: str) -> Repository[User]:
    repo: Repository[User] = Repository()
    for i, name in enumerate(names, start=1):
        repo.add(User(f"u{i}", name))
    return repo


@pytest.mark.task(taskno=1)
def test_protocols_are_checked_structurally_at_runtime() -> None:
    assert isinstance(User("u1", "ana"), HasId), "any object with an id attribute is HasId"
    assert not isinstance(object(), HasId)
    assert isinstance(Document("d1", ""), Versioned)
    assert not isinstance(User("u1", "ana"), Versioned), "User has no version"


@pytest.mark.task(taskno=1)
def test_entity_type_variable_is_bound_to_has_id() -> None:
    assert EntityT.__bound__ is HasId, f"bound is {EntityT.__bound__!r}"


@pytest.mark.task(taskno=2)
def test_add_then_get_returns_the_same_object() -> None:
    repo: Repository[User] = Repository()
    ana = User("u1", "ana")
    assert repo.add(ana) is ana
    got: User = repo.get("u1")
    assert got is ana


@pytest.mark.task(taskno=2)
def test_len_and_iteration_follow_insertion_order() -> None:
    repo = users("ana", "bo", "cy")
    assert len(repo) == 3
    assert [u.name for u in repo] == ["ana", "bo", "cy"]
    assert len(Repository[User]()) == 0 and list(Repository[User]()) == []


@pytest.mark.task(taskno=2)
def test_duplicate_id_is_a_conflict() -> None:
    repo = users("ana")
    with pytest.raises(ConflictError, match="u1"):
        repo.add(User("u1", "impostor"))
    assert repo.get("u1").name == "ana", "the original entity stays"


@pytest.mark.task(taskno=2)
def test_unknown_id_raises_not_found_which_is_a_key_error() -> None:
    with pytest.raises(NotFoundError):
        users("ana").get("u9")
    with pytest.raises(KeyError):
        users().get("u1")


@pytest.mark.task(taskno=2)
def test_objects_without_an_id_are_rejected_at_runtime() -> None:
    repo: Repository[Any] = Repository()
    with pytest.raises(TypeError, match="id"):
        repo.add({"id": "x"})
    assert len(repo) == 0


@pytest.mark.task(taskno=2)
def test_find_filters_with_a_predicate_in_order() -> None:
    repo = users("ana", "bob", "al", "cy")
    got = [u.id for u in repo.find(lambda u: u.name.startswith("a"))]
    assert got == ["u1", "u3"], f"got {got}"
    assert repo.find(lambda u: False) == []


@pytest.mark.task(taskno=3)
def test_update_replaces_an_unversioned_entity() -> None:
    repo = users("ana")
    renamed = User("u1", "anna")
    assert repo.update(renamed) is renamed
    assert repo.get("u1").name == "anna"
    with pytest.raises(NotFoundError):
        repo.update(User("u2", "ghost"))


@pytest.mark.task(taskno=3)
def test_an_updated_entity_keeps_its_place() -> None:
    repo = users("ana", "bo", "cy")
    repo.update(User("u1", "anna"))
    assert [u.name for u in repo] == ["anna", "bo", "cy"], "update in place, do not re-add"
    assert repo.page(1, 1).items == [User("u1", "anna")]


@pytest.mark.task(taskno=3)
def test_update_of_a_versioned_entity_needs_the_next_version() -> None:
    repo: Repository[Document] = Repository()
    v1 = repo.add(Document("d1", "draft"))
    v2 = repo.update(replace(v1, body="final", version=2))
    assert repo.get("d1") is v2
    for stale in (2, 1, 4):
        with pytest.raises(ConflictError, match=f"expected version 3, got {stale}"):
            repo.update(replace(v2, body="lost update", version=stale))
    assert repo.get("d1").body == "final", "a rejected update changes nothing"


@pytest.mark.task(taskno=3)
def test_version_check_applies_only_when_both_sides_are_versioned() -> None:
    repo: Repository[Any] = Repository()
    repo.add(Document("d1", "draft", version=5))
    plain = User("d1", "no version")
    assert repo.update(plain) is plain, "an unversioned replacement skips the check"
    assert repo.update(Document("d1", "again", version=1)).version == 1


@pytest.mark.task(taskno=4)
def test_pages_split_entities_in_order() -> None:
    repo = users("a", "b", "c", "d", "e")
    first = repo.page(1, 2)
    assert [u.name for u in first.items] == ["a", "b"]
    assert (first.number, first.total_pages, first.has_next) == (1, 3, True)
    last = repo.page(3, 2)
    assert [u.name for u in last.items] == ["e"]
    assert last.has_next is False, "the last page has no next page"


@pytest.mark.task(taskno=4)
def test_exact_multiple_and_empty_repository_pages() -> None:
    repo = users("a", "b", "c", "d")
    assert repo.page(2, 2).total_pages == 2 and repo.page(2, 2).has_next is False
    assert repo.page(1, 4) == Page([User("u1", "a"), *list(repo)[1:]], 1, 1)
    empty = Repository[User]().page(1, 10)
    assert empty == Page([], 1, 1), "an empty repository still has one (empty) page"
    assert repo.page(5, 2).items == [], "a page past the end is empty"
    single = repo.page(2, 1)
    assert single.items == [User("u2", "b")] and single.total_pages == 4, "size 1 is allowed"
    with pytest.raises(AttributeError):
        single.number = 3  # type: ignore[misc]


@pytest.mark.task(taskno=4)
@pytest.mark.parametrize(("number", "size"), [(0, 10), (1, 0), (-1, 5)])
def test_page_arguments_must_be_positive(number: int, size: int) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        users("a").page(number, size)
