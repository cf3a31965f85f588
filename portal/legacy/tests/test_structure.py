"""The importer's modules stay small, import each other without cycles, and import
nothing inside functions (where a cycle would hide)."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]
PREFIX = "portal.legacy"
MAX_LINES = 400


def _modules() -> dict[str, Path]:
    """Dotted name (within the package) → file, tests and migrations left out."""
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        if parts[0] in ("tests", "migrations"):
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _target(node: ast.ImportFrom, module: str, alias: str) -> str | None:
    """The package module an import refers to, if it is one."""
    if node.level:
        base = module.split(".")[: -node.level]
        name = ".".join([*base, *filter(None, [node.module])])
    elif (node.module or "").startswith(PREFIX + "."):
        name = node.module[len(PREFIX) + 1 :]
    else:
        return None
    return name if name else alias


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    graph = {}
    for module, path in modules.items():
        targets = set()
        for node in ast.parse(path.read_text()).body:
            if isinstance(node, ast.ImportFrom):
                for alias in node.names:
                    target = _target(node, module, alias.name)
                    if target in modules:
                        targets.add(target)
                    elif target and f"{target}.{alias.name}" in modules:
                        targets.add(f"{target}.{alias.name}")  # from . import detect
        graph[module] = targets
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """A cycle of imports, as the modules along it, or None."""
    state: dict[str, str] = {}
    path: list[str] = []

    def visit(node):
        state[node] = "open"
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == "open":
                return path[path.index(target) :] + [target]
            if target not in state:
                cycle = visit(target)
                if cycle:
                    return cycle
        state[node] = "done"
        path.pop()
        return None

    for node in sorted(graph):
        if node not in state:
            cycle = visit(node)
            if cycle:
                return cycle
    return None


def test_the_cycle_finder_finds_cycles():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) is None


def test_no_import_cycles():
    graph = _graph()
    assert graph["extract"] >= {"detect", "segment", "archive", "kinds"}  # the graph is read
    assert find_cycle(graph) is None


def test_no_imports_inside_functions():
    hidden = []
    for module, path in _modules().items():
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                hidden += [
                    f"{module}.{node.name}"
                    for inner in ast.walk(node)
                    if isinstance(inner, (ast.Import, ast.ImportFrom))
                ]
    assert hidden == []


def test_modules_stay_small():
    sizes = {module: len(path.read_text().splitlines()) for module, path in _modules().items()}
    assert {module: n for module, n in sizes.items() if n > MAX_LINES} == {}
