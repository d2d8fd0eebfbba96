"""``portal/`` is the foundation: it imports no feature app (BRIEF §12).

Every module under ``portal/`` is read as source (never imported) and every import in it is
checked, at the top or inside a function, and so are the strings that name a feature
module for something else to import (``import_module("home.demo")``, a list of module
paths). Feature apps may import ``portal``; the other way round is a cycle in waiting.
"""

import ast
import importlib.util
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
PORTAL = ROOT / "portal"

# The project's settings and root URLconf are its composition root: naming every app
# (INSTALLED_APPS, ``include("search.urls")``) is their job, not an import by the foundation.
COMPOSITION_ROOT = {"portal/urls.py"}
COMPOSITION_ROOT_DIRS = {"portal/settings"}
IMPORTING_CALLS = {"import_module", "__import__", "import_string", "include"}


def feature_apps():
    """Apps of this project other than ``portal``: each has a folder at the root."""
    apps = set()
    for name in settings.INSTALLED_APPS:
        top = name.split(".")[0]
        if top != "portal" and (ROOT / top / "__init__.py").exists():
            apps.add(top)
    return apps


def _call_name(node):
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _is_feature(name, apps):
    return name.split(".")[0] in apps


def _names_a_feature_module(value, apps):
    """True for a dotted path such as ``home.demo`` that is an importable module."""
    if (
        "." not in value
        or not _is_feature(value, apps)
        or not value.replace(".", "").isidentifier()
    ):
        return False
    try:
        return importlib.util.find_spec(value) is not None
    except (ImportError, ValueError):
        return False


def violations(source, apps, filename="<source>", composition_root=False):
    """``(line, what)`` for each import of a feature app in ``source``."""
    found = []
    for node in ast.walk(ast.parse(source, filename=filename)):
        if isinstance(node, ast.Import):
            found += [
                (node.lineno, f"import {a.name}") for a in node.names if _is_feature(a.name, apps)
            ]
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and node.module and _is_feature(node.module, apps):
                found.append((node.lineno, f"from {node.module} import …"))
        elif isinstance(node, ast.Call) and _call_name(node) in IMPORTING_CALLS:
            first = node.args[0] if node.args else None
            if (
                isinstance(first, ast.Constant)
                and isinstance(first.value, str)
                and _is_feature(first.value, apps)
                and not composition_root
            ):
                found.append((node.lineno, f"{_call_name(node)}({first.value!r})"))
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and not composition_root
            and _names_a_feature_module(node.value, apps)
        ):
            found.append((node.lineno, f"module path {node.value!r}"))
    return found


def portal_modules():
    return sorted(PORTAL.rglob("*.py"))


def _in_composition_root(relative):
    return relative in COMPOSITION_ROOT or any(
        relative.startswith(folder + "/") for folder in COMPOSITION_ROOT_DIRS
    )


def test_the_feature_apps_are_known():
    assert {"home", "guides", "directory", "search"} <= feature_apps()


def test_portal_imports_no_feature_app():
    apps = feature_apps()
    found = []
    for path in portal_modules():
        relative = path.relative_to(ROOT).as_posix()
        source = path.read_text(encoding="utf-8")
        for line, what in violations(source, apps, relative, _in_composition_root(relative)):
            found.append(f"{relative}:{line}: {what}")
    assert len(portal_modules()) > 20  # the scan reads the whole package
    assert not found, "portal/ must not import a feature app:\n" + "\n".join(found)


@pytest.mark.parametrize(
    "source",
    [
        "from home.models import SiteSettings",
        "import guides.blocks",
        "import os, directory.search as search",
        "def f():\n    from search.service import search\n",
        "class A:\n    def m(self):\n        import home\n",
        "import importlib\nimportlib.import_module('home.demo')",
        "from django.utils.module_loading import import_string\nimport_string('search.views.x')",
        "MODULES = ('portal.pagination', 'home.models')",
    ],
)
def test_the_scan_finds_every_kind_of_import(source):
    assert violations(source, {"home", "guides", "directory", "search"})


@pytest.mark.parametrize(
    "source",
    [
        "from portal.models import SiteSettings",
        "from . import signals",
        "from .models import BasePage",
        "import homely",
        "PAGE_TYPES = ['home.HomePage', 'guides.GuidePage']",  # model labels, not modules
        "text = 'Read home. Then guides.'",
    ],
)
def test_the_scan_lets_the_foundation_be(source):
    assert violations(source, {"home", "guides", "directory", "search"}) == []


def test_the_composition_root_may_mount_feature_urls():
    source = "from django.urls import include\nurlpatterns = [include('search.urls')]"
    apps = {"search"}
    assert violations(source, apps)
    assert violations(source, apps, composition_root=True) == []
    # …but even there, a real import statement is refused.
    assert violations("from search import views", apps, composition_root=True)


def _module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _top_level_imports(tree, module, is_package):
    """Modules imported when ``module`` is executed (imports inside functions run later)."""
    package = module if is_package else module.rpartition(".")[0]
    for node in tree.body:
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                target = f"{base}.{node.module}" if node.module else base
            else:
                target = node.module
            yield target
            yield from (f"{target}.{alias.name}" for alias in node.names)


def import_graph(root_package):
    modules = {}
    for path in sorted((ROOT / root_package).rglob("*.py")):
        if "migrations" not in path.parts:
            modules[_module_name(path)] = path
    graph = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        targets = _top_level_imports(tree, name, path.name == "__init__.py")
        graph[name] = sorted({t for t in targets if t in modules and t != name})
    return graph


def find_cycle(graph):
    """One import cycle as a list of modules, or None."""
    state = {}

    def visit(node, trail):
        state[node] = "open"
        for nxt in graph.get(node, ()):
            if state.get(nxt) == "open":
                return [*trail[trail.index(nxt) :], nxt]
            if nxt not in state:
                cycle = visit(nxt, [*trail, nxt])
                if cycle:
                    return cycle
        state[node] = "done"
        return None

    for start in graph:
        if start not in state:
            cycle = visit(start, [start])
            if cycle:
                return cycle
    return None


def test_portal_has_no_import_cycle():
    graph = import_graph("portal")
    assert "portal.models.settings" in graph
    assert find_cycle(graph) is None, " → ".join(find_cycle(graph))


def test_the_cycle_finder_finds_one():
    graph = {
        "portal.models": ["portal.models.settings"],
        "portal.models.settings": ["portal.blocks"],
        "portal.blocks": ["portal.emergency"],
        "portal.emergency": ["portal.models"],
    }
    assert find_cycle(graph) == [
        "portal.models",
        "portal.models.settings",
        "portal.blocks",
        "portal.emergency",
        "portal.models",
    ]
    assert find_cycle({"a": ["b"], "b": []}) is None
