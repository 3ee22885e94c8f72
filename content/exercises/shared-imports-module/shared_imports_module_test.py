import pytest

from shared_imports_module import (
    StarImportError,
    common_imports,
    imported_names,
    render_module,
    use_shared,
)

REPORTS = '''"""Daily sales report."""

from __future__ import annotations

import json
import logging as log
from collections import Counter, defaultdict
from datetime import datetime, timezone

from .models import Sale


def build() -> None:
    import csv  # only when called
'''

EXPORTS = """import json
from collections import (
    Counter,
    OrderedDict,
)
from datetime import timezone
import logging as log

# Serialise the sales for the warehouse.
from .models import Sale
"""

ALERTS = """import json
from datetime import date as datetime, timezone
import logging as log
"""


@pytest.mark.task(taskno=1)
def test_imported_names_maps_each_bound_name_to_its_origin() -> None:
    assert imported_names(REPORTS) == {
        "json": "json",
        "log": "logging",
        "Counter": "collections.Counter",
        "defaultdict": "collections.defaultdict",
        "datetime": "datetime.datetime",
        "timezone": "datetime.timezone",
        "Sale": ".models.Sale",
    }, "top-level imports only, __future__ skipped, aliases bound under their alias"


@pytest.mark.task(taskno=1)
def test_imported_names_edge_cases() -> None:
    assert imported_names("import os.path\nimport xml.etree.ElementTree as ET\n") == {
        "os": "os",
        "ET": "xml.etree.ElementTree",
    }
    assert imported_names("from . import views\nfrom ..core import db as database\n") == {
        "views": ".views",
        "database": "..core.db",
    }
    assert imported_names("import json\nfrom simplejson import loads as json\n") == {
        "json": "simplejson.loads"
    }, "the later import wins"
    with pytest.raises(StarImportError, match="os.path"):
        imported_names("from os.path import *\n")


@pytest.mark.task(taskno=2)
def test_common_imports() -> None:
    sources = {"reports": REPORTS, "exports": EXPORTS, "alerts": ALERTS}
    assert common_imports(sources) == {
        "json": "json",
        "log": "logging",
        "Counter": "collections.Counter",
        "timezone": "datetime.timezone",
    }, "datetime means two things, relative imports stay, one module is not 'common'"
    assert common_imports(sources, at_least=3) == {
        "json": "json",
        "log": "logging",
        "timezone": "datetime.timezone",
    }
    with pytest.raises(ValueError, match="at_least"):
        common_imports(sources, at_least=0)


@pytest.mark.task(taskno=3)
def test_render_module() -> None:
    got = render_module(
        {
            "timezone": "datetime.timezone",
            "json": "json",
            "log": "logging",
            "Counter": "collections.Counter",
            "dt": "datetime.datetime",
            "np": "numpy",
        }
    )
    assert got == (
        '"""Imports shared by the project\'s modules."""\n'
        "\n"
        "import json\n"
        "import logging as log\n"
        "import numpy as np\n"
        "from collections import Counter\n"
        "from datetime import datetime as dt, timezone\n"
        "\n"
        '__all__ = ["Counter", "dt", "json", "log", "np", "timezone"]\n'
    )
    assert render_module({}) == '"""Imports shared by the project\'s modules."""\n\n__all__ = []\n'


@pytest.mark.task(taskno=3)
def test_render_module_sorts_plain_imports_as_whole_lines() -> None:
    got = render_module({"db": "sqlite3", "j": "json", "json": "json", "yaml": "ruamel_yaml"})
    assert got.splitlines()[2:6] == [
        "import json",
        "import json as j",
        "import ruamel_yaml as yaml",
        "import sqlite3 as db",
    ], f"plain lines sorted as whole lines, not by bound name: {got!r}"


@pytest.mark.task(taskno=3)
def test_the_rendered_module_binds_what_it_exports() -> None:
    namespace: dict[str, object] = {}
    exec(render_module({"JSONDecoder": "json.JSONDecoder", "os": "os"}), namespace)
    import json
    import os

    assert namespace["JSONDecoder"] is json.JSONDecoder
    assert namespace["os"] is os
    assert namespace["__all__"] == ["JSONDecoder", "os"]


SHARED = {
    "json": "json",
    "log": "logging",
    "Counter": "collections.Counter",
    "timezone": "datetime.timezone",
}


@pytest.mark.task(taskno=4)
def test_use_shared_rewrites_only_the_shared_imports() -> None:
    assert use_shared(EXPORTS, SHARED) == (
        "from common import Counter, json, log, timezone\n"
        "from collections import OrderedDict\n"
        "\n"
        "# Serialise the sales for the warehouse.\n"
        "from .models import Sale\n"
    ), "one import from the shared module where the first shared import was; the rest stays"


@pytest.mark.task(taskno=4)
def test_use_shared_keeps_everything_else() -> None:
    got = use_shared(REPORTS, SHARED, shared="app.imports")
    assert got == REPORTS.replace(
        "import json\nimport logging as log\nfrom collections import Counter, defaultdict\n"
        "from datetime import datetime, timezone\n",
        "from app.imports import Counter, json, log, timezone\n"
        "from collections import defaultdict\nfrom datetime import datetime\n",
    ), "__future__, the docstring, the relative and the nested imports stay as they are"
    assert use_shared(ALERTS, {"datetime": "datetime.datetime"}) == ALERTS, (
        "datetime is bound to another origin here: nothing to replace, source unchanged"
    )


@pytest.mark.task(taskno=4)
def test_use_shared_keeps_relative_dots_and_counts_lines_like_ast() -> None:
    source = "from .models import Sale, Refund\nfrom . import views, forms\n"
    got = use_shared(source, {"Sale": ".models.Sale", "views": ".views"})
    assert got == "from common import Sale, views\nfrom .models import Refund\nfrom . import forms\n", (
        f"a rewritten relative import keeps its dots: {got!r}"
    )
    odd = "# page\x0cbreak\u2028here\nNOTE = 'a\x85b'\nimport json\nimport os\n"
    got = use_shared(odd, {"json": "json"})
    assert got == odd.replace("import json\n", "from common import json\n"), (
        f"a form feed, U+2028 or \\x85 is not a line end for ast: {got!r}"
    )
