"""Schemathesis drives the JSON API from its OpenAPI schema: no request gets a 5xx.

Schemathesis' pytest loader does not run on pytest 9 yet, so the test walks the schema's
operations itself and runs each one's Hypothesis strategy, in positive and negative mode,
with random slugs and with the fixture's real ones.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error

from pyhero.web import create_app

from .conftest import make_settings


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> Any:
    # Schemathesis runs the app's lifespan itself (once per app) on its first call.
    app = create_app(make_settings(tmp_path_factory.mktemp("schema")))
    return schemathesis.openapi.from_asgi("/openapi.json", app)


def _exercise(strategy: Any, examples: int) -> None:
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=strategy)
    def run(case: Any) -> None:
        case.call_and_validate(checks=[not_a_server_error])

    run()


def test_the_api_never_answers_with_a_server_error(api_schema: Any) -> None:
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) == 10
    for operation in operations:
        grades = operation.method.upper() == "POST" and operation.path.endswith("/submit")
        slugs: list[dict[str, str] | None] = [None]
        if "{slug}" in operation.path:
            slugs.append({"slug": "add-numbers" if "exercises" in operation.path else "numbers"})
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            for path_parameters in slugs:
                strategy = operation.as_strategy(mode, path_parameters=path_parameters)
                try:
                    _exercise(strategy, 6 if grades else 15)
                except Unsatisfiable:
                    # nothing can be made invalid, e.g. GET /api/curriculum has no inputs
                    assert mode is GenerationMode.NEGATIVE
