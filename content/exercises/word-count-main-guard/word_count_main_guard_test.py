import runpy
import sys

import pytest
import word_count_main_guard
from word_count_main_guard import count_words, main, top_words

SCRIPT = word_count_main_guard.__file__
USAGE = "usage: python word_count_main_guard.py WORD...\n"


@pytest.mark.task(taskno=1)
def test_count_words_ignores_case() -> None:
    got = count_words("The cat saw the dog")
    assert got == {"the": 2, "cat": 1, "saw": 1, "dog": 1}, f"got {got}"
    assert list(got) == ["the", "cat", "saw", "dog"], "words in the order they first appear"
    assert count_words("  ") == {}, "no words"


@pytest.mark.task(taskno=2)
def test_top_words_most_frequent_first_then_alphabetical() -> None:
    got = top_words(count_words("the cat saw the dog"), 3)
    assert got == [("the", 2), ("cat", 1), ("dog", 1)], f"ties from A to Z, got {got}"
    assert top_words({"b": 1, "a": 1}, 5) == [("a", 1), ("b", 1)], "fewer words than n"


@pytest.mark.task(taskno=3)
def test_main_prints_the_top_three(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["the", "cat", "saw", "the", "dog"])
    assert status == 0, f"success is exit status 0, got {status!r}"
    assert capsys.readouterr().out == "the 2\ncat 1\ndog 1\n", "one '<word> <count>' per line"


@pytest.mark.task(taskno=3)
def test_main_without_words(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2, "no words: exit status 2"
    assert capsys.readouterr().out == USAGE, "the usage line"


@pytest.mark.task(taskno=3)
def test_main_uses_its_argument_not_sys_argv(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "argv", ["word_count_main_guard.py", "other", "words"])
    main(["hello"])
    assert capsys.readouterr().out == "hello 1\n", "main counts the words it is given"


@pytest.mark.task(taskno=4)
def test_importing_runs_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    runpy.run_path(SCRIPT, run_name="imported_by_the_indexer")
    assert capsys.readouterr().out == "", "importing the module must not print anything"


@pytest.mark.task(taskno=4)
def test_running_as_a_script(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "argv", ["word_count_main_guard.py", "a", "b", "A"])
    with pytest.raises(SystemExit) as exited:
        runpy.run_path(SCRIPT, run_name="__main__")
    assert exited.value.code == 0, "the script exits with main's return value, 0"
    assert capsys.readouterr().out == "a 2\nb 1\n", "the script prints the top words"


@pytest.mark.task(taskno=4)
def test_running_as_a_script_without_words(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "argv", ["word_count_main_guard.py"])
    with pytest.raises(SystemExit) as exited:
        runpy.run_path(SCRIPT, run_name="__main__")
    assert exited.value.code == 2, "the usage error is exit status 2"
    assert capsys.readouterr().out == USAGE, "and prints the usage line"
