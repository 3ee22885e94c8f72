"""Exercise environments: the libraries some exercises need and pyhero does not depend on.

An environment is a uv project in ``content/environments/<name>/`` (``pyproject.toml`` and
``uv.lock``); an exercise names it in ``.meta/config.json`` (``pyhero.environment``).
pyhero builds each one with uv from its lock into the user cache and grades the exercise in
a fork server running that environment's interpreter.  See ``docs/environments.md``.
"""

from pyhero.environments._build import MARKER, BuiltEnvironment, host_python
from pyhero.environments._catalog import (
    ENVIRONMENTS_DIR,
    LOCK_FILE,
    PROJECT_FILE,
    Environment,
    EnvironmentsError,
    MissingEnvironment,
    environment_names,
    load_environment,
    sync_command,
)
from pyhero.environments._environments import Environments, EnvironmentStatus

__all__ = [
    "ENVIRONMENTS_DIR",
    "LOCK_FILE",
    "MARKER",
    "PROJECT_FILE",
    "BuiltEnvironment",
    "Environment",
    "EnvironmentStatus",
    "Environments",
    "EnvironmentsError",
    "MissingEnvironment",
    "environment_names",
    "host_python",
    "load_environment",
    "sync_command",
]
