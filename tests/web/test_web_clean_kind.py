"""A make-it-clean exercise's page names the checks the learner's code must pass."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from fastapi.testclient import TestClient

from pyhero.web import create_app

from .conftest import make_settings

REPOSITORY = Path(__file__).resolve().parents[2]


def test_the_exercise_page_lists_the_checks_with_their_commands(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    content = settings.content_dir
    shutil.copytree(
        REPOSITORY / "content" / "environments" / "quality",
        content / "environments" / "quality",
    )
    config_path = content / "exercises" / "add-numbers" / ".meta" / "config.json"
    config = json.loads(config_path.read_text())
    config["pyhero"] |= {
        "kind": "clean",
        "environment": "quality",
        "quality": {"mypy": {"strict": True}, "ruff": {"select": ["flake8-builtins"]}},
    }
    config_path.write_text(json.dumps(config))
    with TestClient(create_app(settings)) as client:
        page = client.get("/exercises/add-numbers").text
        plain = client.get("/exercises/word-lengths").text
    assert "Make it clean: the checks" in page
    assert "<code>mypy --strict add_numbers.py</code>" in page
    assert "<code>ruff check --isolated --line-length 88 --select A add_numbers.py</code>" in page
    assert "no suppressions" in page
    assert "Make it clean" not in plain
