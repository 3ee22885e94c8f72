import pytest
from username_cleanup import clean_username, initials, profile_slug, welcome_message


@pytest.mark.task(taskno=1)
def test_clean_username_strips_and_lowers() -> None:
    got = clean_username("  Ada_Lovelace ")
    assert got == "ada_lovelace", f"spaces at the ends go, letters become lower case, got {got!r}"


@pytest.mark.task(taskno=1)
def test_clean_username_removes_tabs_and_newlines_too() -> None:
    got = clean_username("\tGrace.Hopper\n")
    assert got == "grace.hopper", f"tabs and newlines are whitespace as well, got {got!r}"


@pytest.mark.task(taskno=1)
def test_clean_username_keeps_inner_characters() -> None:
    got = clean_username("Linus T")
    assert got == "linus t", f"only the ends are stripped, the inner space stays, got {got!r}"


@pytest.mark.task(taskno=2)
def test_welcome_message_puts_name_and_count_into_the_text() -> None:
    got = welcome_message("Ada", 3)
    assert got == "Welcome back, Ada! Unread messages: 3", f"got {got!r}"


@pytest.mark.task(taskno=2)
def test_welcome_message_with_no_unread_messages() -> None:
    got = welcome_message("Grace", 0)
    assert got == "Welcome back, Grace! Unread messages: 0", f"got {got!r}"


@pytest.mark.task(taskno=3)
def test_initials_are_capital_letters_with_dots() -> None:
    got = initials("ada", "lovelace")
    assert got == "A.L.", f"'ada lovelace' has the initials 'A.L.', got {got!r}"


@pytest.mark.task(taskno=3)
def test_initials_of_names_already_capitalised() -> None:
    got = initials("Émile", "Zola")
    assert got == "É.Z.", f"accented letters count too, got {got!r}"


@pytest.mark.task(taskno=4)
def test_profile_slug_joins_words_with_dashes() -> None:
    got = profile_slug("Data Engineer at Acme")
    assert got == "data-engineer-at-acme", f"got {got!r}"


@pytest.mark.task(taskno=4)
def test_profile_slug_strips_before_replacing() -> None:
    got = profile_slug("  Backend Dev\n")
    assert got == "backend-dev", f"the surrounding whitespace must not become dashes, got {got!r}"
