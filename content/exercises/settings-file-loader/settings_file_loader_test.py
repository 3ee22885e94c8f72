from pathlib import Path

import pytest
from settings_file_loader import (
    SettingsError,
    load_settings,
    load_with_defaults,
    parse_line,
    save_settings,
)

SETTINGS = """# service settings
host = 0.0.0.0
port = 8080

  # the database
database_url = postgresql://db/app?sslmode=require
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "service.conf"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.task(taskno=1)
def test_settings_error_is_a_value_error_with_the_line() -> None:
    err = SettingsError(7, "port 8080")
    assert isinstance(err, ValueError), "SettingsError is a subclass of ValueError"
    assert (err.line_number, err.text) == (7, "port 8080"), "it stores the number and the text"
    assert str(err) == "line 7: expected key = value, got 'port 8080'", f"message: {str(err)!r}"


@pytest.mark.task(taskno=1)
def test_parse_line() -> None:
    assert parse_line("  port = 8080\n", 3) == ("port", "8080"), "key and value, stripped"
    got = parse_line("url = http://x?a=b", 1)
    assert got == ("url", "http://x?a=b"), f"only the first = separates, got {got}"
    assert parse_line("empty =", 2) == ("empty", ""), "an empty value is allowed"
    assert parse_line("   \n", 4) is None, "a blank line holds no setting"
    assert parse_line("  # port = 80", 5) is None, "a comment holds no setting"


@pytest.mark.task(taskno=1)
def test_parse_line_rejects_lines_without_a_key_and_equals() -> None:
    with pytest.raises(SettingsError) as caught:
        parse_line("  port 8080 \n", 9)
    assert caught.value.line_number == 9, "the error knows the line number"
    assert str(caught.value) == "line 9: expected key = value, got 'port 8080'", "stripped text"
    with pytest.raises(SettingsError):
        parse_line("= 8080", 1)


@pytest.mark.task(taskno=2)
def test_load_settings(tmp_path: Path) -> None:
    got = load_settings(write(tmp_path, SETTINGS))
    assert got == {"host": "0.0.0.0", "port": "8080",
                   "database_url": "postgresql://db/app?sslmode=require"}, f"got {got}"  # fmt: skip
    assert list(got) == ["host", "port", "database_url"], "in file order"
    got = load_settings(str(write(tmp_path, "a = 1\na = 2\n")))
    assert got == {"a": "2"}, f"a repeated key takes its later value, got {got}"


@pytest.mark.task(taskno=2)
def test_load_settings_of_a_missing_file(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "nowhere.conf") == {}, "no file: no settings, no error"


@pytest.mark.task(taskno=2)
def test_load_settings_reports_the_bad_line(tmp_path: Path) -> None:
    path = write(tmp_path, "# settings\nhost = x\nport 8080\n")
    with pytest.raises(SettingsError) as caught:
        load_settings(path)
    assert caught.value.line_number == 3, (
        f"the third line is bad (lines count from 1), got {caught.value.line_number}"
    )


@pytest.mark.task(taskno=3)
def test_load_with_defaults(tmp_path: Path) -> None:
    defaults = {"port": "80", "debug": "false"}
    got = load_with_defaults(write(tmp_path, "port = 8080\n"), defaults)
    assert got == {"port": "8080", "debug": "false"}, f"the file wins over defaults: {got}"
    assert defaults == {"port": "80", "debug": "false"}, "defaults must not change"
    got = load_with_defaults(tmp_path / "missing.conf", defaults)
    assert got == defaults and got is not defaults, "no file: a new dict equal to the defaults"


@pytest.mark.task(taskno=4)
def test_save_settings_sorted_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "etc" / "app" / "service.conf"
    settings = {"port": "8080", "host": "0.0.0.0", "url": "http://x?a=b", "empty": ""}
    save_settings(path, settings)
    got = path.read_text(encoding="utf-8")
    assert got == "empty = \nhost = 0.0.0.0\nport = 8080\nurl = http://x?a=b\n", f"got {got!r}"
    assert load_settings(path) == settings, "what is saved is read back unchanged"
