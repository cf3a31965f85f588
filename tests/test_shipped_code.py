"""The product (portal/) stands without the developers' tools and the tests.

Shipped modules (everything under portal/ but the tests) import neither tools/, nor a
tests module, nor a dependency of the `test` extra; production settings do not install
the tools, while the development settings (`make demo`, `make bench`) do.
"""

import ast
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parent.parent
# The `test` extra of pyproject.toml (import names): never needed by the product.
TEST_ONLY = {
    "aiosmtpd",
    "axe_playwright_python",
    "factory",
    "faker",
    "hypothesis",
    "playwright",
    "pytest",
    "pytest_django",
    "time_machine",
    "wagtail_factories",
}
# The settings of developers' machines and of the test run, which name the tools' apps.
SETTINGS_WITH_TOOLS = {"portal/settings/dev.py", "portal/settings/test.py"}
# A module named in a string (settings, import_module): tools, or a tests module.
_MODULE_STRING = re.compile(r"^(?:tools|portal(?:\.\w+)*\.tests)(?:\.\w+)*$")
TOOL_COMMANDS = {"load_demo", "bench", "bench_corpus", "bench_probe"}


def _module(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, root: Path):
    """(line, module) for every module `path` imports or names in a string."""
    module = _module(path, root)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, *([node.module] if node.module else [])])
            yield node.lineno, base
            for alias in node.names:  # `from portal.news import tests`
                yield node.lineno, f"{base}.{alias.name}"
        elif isinstance(node, ast.Constant) and _MODULE_STRING.match(str(node.value)):
            yield node.lineno, node.value


def _forbidden(module: str) -> bool:
    parts = module.split(".")
    return parts[0] == "tools" or parts[0] in TEST_ONLY or "tests" in parts


def violations(root: Path, package: str = "portal") -> list[str]:
    """`file:line module` for every forbidden import of the shipped modules."""
    found = []
    for path in sorted((root / package).rglob("*.py")):
        relative = path.relative_to(root)
        if "tests" in relative.parts or relative.as_posix() in SETTINGS_WITH_TOOLS:
            continue
        for line, module in _imports(path, root):
            if _forbidden(module):
                found.append(f"{relative}:{line} {module}")
    return found


def test_shipped_modules_import_no_tool_test_code_or_test_dependency():
    assert violations(REPOSITORY) == []


def test_the_check_finds_each_kind_of_forbidden_import(tmp_path):
    app = tmp_path / "portal" / "news"
    (app / "tests").mkdir(parents=True)
    (app / "__init__.py").write_text("")
    (app / "tests" / "__init__.py").write_text("import pytest\n")  # tests may
    (app / "views.py").write_text(
        "import wagtail_factories\n"
        "from tools.demo import data\n"
        "from .tests.factories import ArticlePageFactory\n"
        "from . import tests\n"
        "from aiosmtpd.controller import Controller\n"
        'SETTINGS = "portal.mailing.tests.worker_settings"\n'
        "from portal.news.models import ArticlePage\n"  # allowed
    )
    assert violations(tmp_path) == [
        "portal/news/views.py:1 wagtail_factories",
        "portal/news/views.py:2 tools.demo",
        "portal/news/views.py:2 tools.demo.data",
        "portal/news/views.py:3 portal.news.tests.factories",
        "portal/news/views.py:3 portal.news.tests.factories.ArticlePageFactory",
        "portal/news/views.py:4 portal.news.tests",
        "portal/news/views.py:5 aiosmtpd.controller",
        "portal/news/views.py:5 aiosmtpd.controller.Controller",
        "portal/news/views.py:6 portal.mailing.tests.worker_settings",
    ]


def _apps_and_commands(settings_module: str) -> dict:
    script = (
        "import json, django\n"
        "django.setup()\n"
        "from django.conf import settings\n"
        "from django.core.management import get_commands\n"
        "print(json.dumps({'apps': settings.INSTALLED_APPS, 'commands': sorted(get_commands())}))"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings_module,
        "SECRET_KEY": "settings-test-only-" + "x" * 40,
        "ALLOWED_HOSTS": "mission.example.org",
        "SITE_URL": "https://mission.example.org",
    }
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_production_settings_install_no_tool():
    production = _apps_and_commands("portal.settings.production")
    assert [app for app in production["apps"] if app.startswith("tools")] == []
    assert not {"portal.demo", "portal.bench"} & set(production["apps"])
    assert TOOL_COMMANDS.isdisjoint(production["commands"])
    assert {"serve", "bake", "import_legacy"} <= set(production["commands"])


@pytest.mark.parametrize("settings_module", ["portal.settings.dev", "tools.bench.settings"])
def test_development_and_benchmark_settings_have_the_tools(settings_module):
    assert set(_apps_and_commands(settings_module)["commands"]) >= TOOL_COMMANDS
