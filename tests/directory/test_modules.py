"""The directory's modules import one another in one direction only: no cycle, not even
through imports written inside functions."""

import ast
import importlib
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "directory"
MODULES = sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__")


def _imports(name):
    """(directory modules imported by ``directory/<name>.py``, imports not at top level)."""
    tree = ast.parse((PACKAGE / f"{name}.py").read_text(encoding="utf-8"))
    top_level = set(tree.body)
    found, nested = set(), []
    for node in ast.walk(tree):
        targets = []
        if isinstance(node, ast.ImportFrom):
            if node.level == 1:  # from . import x / from .x import y
                targets = [node.module] if node.module else [a.name for a in node.names]
            elif (node.module or "").startswith("directory"):
                parts = node.module.split(".")
                targets = [parts[1]] if len(parts) > 1 else [a.name for a in node.names]
        elif isinstance(node, ast.Import):
            targets = [a.name.split(".")[1] for a in node.names if a.name.startswith("directory.")]
        targets = [t.split(".")[0] for t in targets if t.split(".")[0] in MODULES]
        found.update(targets)
        if targets and node not in top_level:
            nested.append(node.lineno)
    return found, nested


def _graph():
    return {name: _imports(name)[0] for name in MODULES}


def _cycle(graph):
    """One cycle of ``graph`` as a list of modules, or None."""
    state = {}

    def visit(node, path):
        state[node] = "open"
        for target in sorted(graph[node]):
            if state.get(target) == "open":
                return [*path[path.index(target) :], target]
            if target not in state:
                found = visit(target, [*path, target])
                if found:
                    return found
        state[node] = "done"
        return None

    for start in sorted(graph):
        if start not in state:
            found = visit(start, [start])
            if found:
                return found
    return None


def test_the_scan_sees_the_imports():
    graph = _graph()
    assert {"presenter", "reports", "search", "hours"} <= graph["models"]
    assert "models" in graph["wagtail_hooks"]
    assert _cycle({"a": {"b"}, "b": {"a"}}) == ["a", "b", "a"]  # the detector works


def test_no_import_cycle_in_the_directory():
    assert _cycle(_graph()) is None


@pytest.mark.parametrize("module", ["presenter", "reports", "search", "datainclusion", "geo"])
def test_the_modules_the_models_use_do_not_import_the_models(module):
    assert "models" not in _graph()[module]


@pytest.mark.parametrize("module", MODULES)
def test_each_module_imports_and_late_imports_give_their_reason(module):
    importlib.import_module(f"directory.{module}")
    lines = (PACKAGE / f"{module}.py").read_text(encoding="utf-8").splitlines()
    for lineno in _imports(module)[1]:
        above = lines[lineno - 2].strip()
        assert above.startswith("# Late:"), f"directory/{module}.py:{lineno} needs its reason"
