"""Sealed cases for shared-imports-module.

Modules are assembled from a pool of import statements (plain, aliased, dotted, from,
parenthesised over several lines, relative, ``__future__``), mixed with comments, blank
lines, code and imports nested in functions and ``if`` blocks. Groups of such modules
share some imports, bind some names to other origins, and now and then use a star import.
Every output is a plain value or a string, compared exactly.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen

SOLUTION = "shared_imports_module"

STATEMENTS = (
    "import json",
    "import logging as log",
    "import logging",
    "import os",
    "import sys, re",
    "import numpy as np",
    "import pandas as pd",
    "import xml.etree.ElementTree as ET",
    "from collections import Counter, defaultdict",
    "from collections import (\n    OrderedDict,\n    Counter as Tally,\n)",
    "from datetime import datetime, timezone",
    "from datetime import date as datetime",
    "from datetime import (\n    timedelta,\n    timezone,  # UTC everywhere\n)",
    "from pathlib import Path",
    "from os import path",
    "from typing import Any, cast",
    "from .models import Sale, Refund",
    "from . import views",
    "from ..core import db as database",
    "from json import loads as parse",
    "from simplejson import loads as json",
)
NOISE = (
    "",
    "# a comment",
    "LOG_LEVEL = 'INFO'",
    "def load() -> None:\n    import csv\n    from json import dumps\n",
    "if TYPE_CHECKING:\n    from decimal import Decimal\n",
    "try:\n    import ujson\nexcept ImportError:\n    ujson = None\n",
    "class Report:\n    import math\n",
    '"""A docstring."""',
    # Characters at which str.splitlines breaks but ast does not.
    "# page one\x0cpage two",
    "\x0c",
    "NOTE = 'north\u2028south'  # \x85 next line",
    "# fields\x1cseparated\x1drecords\x1e\x0b",
    '"""Para one.\u2029Para two."""',
)
ODD_NAMES = ("import os.path", "from os.path import *", "from __future__ import annotations",
             "from . import *", "import a.b.c")  # fmt: skip


def module_source(rng: random.Random, pool: tuple[str, ...], star: bool = False) -> str:
    parts: list[str] = []
    if gen.chance(rng, 0.3):
        parts.append('"""Module docstring."""')
    if gen.chance(rng, 0.4):
        parts.append("from __future__ import annotations")
    for _ in range(rng.randint(0, 7)):
        parts.append(gen.pick(rng, pool) if gen.chance(rng, 0.7) else gen.pick(rng, NOISE))
    if star:
        parts.insert(rng.randint(0, len(parts)), gen.pick(rng, ("from os.path import *",
                                                                "from . import *")))  # fmt: skip
    if gen.chance(rng, 0.5):
        parts.append("\n\ndef main() -> None:\n    print(json.dumps({}))")
    return "\n".join(parts) + "\n"


def project(rng: random.Random) -> dict[str, str]:
    common = tuple(rng.sample(STATEMENTS, rng.randint(2, 6)))
    sources = {}
    for index in range(rng.randint(1, 5)):
        pool = common if gen.chance(rng, 0.7) else STATEMENTS
        sources[f"module_{index}"] = module_source(rng, pool)
    return sources


def shared_rewrite(solution, sources, at_least, shared):  # type: ignore[no-untyped-def]
    """The whole tool: common imports, the shared module, each module rewritten."""
    names = solution.common_imports(sources, at_least=at_least)
    return {
        "names": names,
        "module": solution.render_module(names),
        "rewritten": {
            key: solution.use_shared(text, names, shared=shared) for key, text in sources.items()
        },
    }


NAMES = {
    "json": "json", "log": "logging", "np": "numpy", "Counter": "collections.Counter",
    "defaultdict": "collections.defaultdict", "Tally": "collections.Counter",
    "datetime": "datetime.datetime", "timezone": "datetime.timezone", "dt": "datetime.datetime",
    "ET": "xml.etree.ElementTree", "Path": "pathlib.Path", "path": "os.path", "os": "os",
    "sys": "sys", "parse": "json.loads", "Any": "typing.Any", "cast": "typing.cast",
    "tz": "datetime.timezone", "j": "json", "a": "a.b.c.d", "b": "a.b",
    # Plain imports whose bound names sort unlike their lines.
    "db": "sqlite3", "yaml": "ruamel_yaml", "ujson": "orjson", "Y": "yaml", "re": "regex",
}  # fmt: skip
# Relative bindings: use_shared may be asked to move them too; what stays keeps its dots.
RELATIVE = {
    "Sale": ".models.Sale", "Refund": ".models.Refund", "views": ".views",
    "database": "..core.db", "forms": ".forms",
}  # fmt: skip
RELATIVE_STATEMENTS = (
    "from .models import Sale, Refund",
    "from . import views, forms",
    "from .models import (\n    Refund,\n    Sale as S,\n)",
    "from ..core import db as database, cache",
    "from . import views",
)
PLAIN = ("json", "j", "log", "np", "os", "sys", "db", "yaml", "ujson", "Y", "re")


def cases(rng: random.Random) -> Iterator[Case]:
    """About 150 cases per seed."""
    for statement in STATEMENTS + ODD_NAMES:
        yield Case.call("imported_names", statement + "\n", task=1)
    for _ in range(30):
        source = module_source(rng, STATEMENTS, star=gen.chance(rng, 0.1))
        yield Case.call("imported_names", source, task=1)
    yield Case.call("imported_names", "import json\nimport json as\n", task=1)
    for star in ("from os.path import *", "from ..pkg.sub import *", "from . import *"):
        pattern = star.split()[1].replace(".", r"\.")
        yield Case.call("imported_names", f"import json\n{star}\n", task=1, message=pattern,
                        group="star imports")  # fmt: skip
    for _ in range(20):
        yield Case.call("common_imports", project(rng), at_least=rng.randint(1, 3), task=2)
    yield Case.call("common_imports", {}, task=2)
    conflicts = {
        "a": "import json\nfrom datetime import datetime\n",
        "b": "import json\nfrom datetime import datetime\n",
        "c": "from simplejson import loads as json\nfrom datetime import date as datetime\n",
        "d": "import json\n",
    }
    for at_least in (1, 2, 3):
        yield Case.call("common_imports", conflicts, at_least=at_least, task=2)
    yield Case.call("common_imports", {"a": "import json\n"}, at_least=1, task=2)
    yield Case.call("common_imports", {"a": "import json\n"}, at_least=0, task=2,
                    message="at_least")  # fmt: skip
    yield Case.call("common_imports", {"a": "import json\n", "b": "from os import *\n"},
                    task=2)  # fmt: skip
    for _ in range(20):
        names = {key: NAMES[key] for key in rng.sample(sorted(NAMES), rng.randint(0, 9))}
        yield Case.call("render_module", names, task=3)
    for _ in range(25):
        names = {key: NAMES[key] for key in rng.sample(sorted(NAMES), rng.randint(0, 8))}
        source = module_source(rng, STATEMENTS)
        shared = gen.pick(rng, ("common", "app.imports", "_shared"))
        yield Case.call("use_shared", source, names, shared=shared, task=4)
    for index in range(10):
        # Two names for one module (json, j) in both orders, and names that sort unlike
        # their lines.
        keys = rng.sample(PLAIN, rng.randint(2, 6))
        if index % 2 == 0:
            keys = [key for key in keys if key not in ("j", "json")]
            keys[rng.randint(0, len(keys)) : 0] = gen.pick(rng, (["j", "json"], ["json", "j"]))
        names = {key: NAMES[key] for key in keys}
        yield Case.call("render_module", names, task=3, group="render_module plain order")
    for _ in range(12):
        pool = RELATIVE_STATEMENTS + STATEMENTS
        source = module_source(rng, pool)
        names = {key: NAMES[key] for key in rng.sample(sorted(NAMES), rng.randint(0, 4))}
        names |= {key: RELATIVE[key] for key in rng.sample(sorted(RELATIVE), rng.randint(1, 3))}
        yield Case.call("use_shared", source, names, task=4, group="use_shared relative")
    partial = "import sys, re\nimport json as j, os\nfrom . import views, models as m\n"
    for names in ({"sys": "sys", "os": "os"}, {"re": "re", "j": "json"}, {"j": "json"}):
        yield Case.call("use_shared", partial, names, task=4)
    for _ in range(12):
        yield Case.probe(shared_rewrite, project(rng), rng.randint(1, 3),
                         gen.pick(rng, ("common", "tools.imports")), task=4)  # fmt: skip
