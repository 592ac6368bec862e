"""The checks CI makes of the repository itself run as tests, so that the README's test command is the
whole of CI: lint, and frictionless with the cross-table checks over the published package."""

from __future__ import annotations

import ast
import subprocess
import sys

from conftest import ROOT


def test_ruff_finds_nothing_to_fix():
    out = subprocess.run([sys.executable, "-m", "ruff", "check", "."], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_the_code_is_formatted_as_ruff_formats_it():
    out = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", "."], cwd=ROOT, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_validation_script_finds_the_published_package_valid():
    script = ROOT / "validation" / "frictionless_report.py"
    out = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "frictionless: valid; problems in all: 0" in out.stdout


def test_no_function_in_the_package_is_over_50_lines():
    import ast

    long = []
    for path in sorted((ROOT / "tongzhou_data").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno >= 50:
                long.append(
                    f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({node.end_lineno - node.lineno + 1} lines)"
                )
    assert long == []


def test_no_module_of_the_package_binds_a_name_twice():
    """A constant or function bound twice at a module's top level silently replaces the first binding for every use,
    the earlier code's too (two merged branches each adding a CLAUSE_END did so)."""
    twice = []
    for path in sorted((ROOT / "tongzhou_data").rglob("*.py")):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                bound = [node.name]
            elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                bound = [n.id for target in targets for n in ast.walk(target) if isinstance(n, ast.Name)]
            else:
                continue
            twice += [f"{path.relative_to(ROOT)}:{node.lineno} {name}" for name in bound if name in seen]
            seen.update(bound)
    assert twice == []


def test_mypy_finds_nothing():
    """The package's types hold (the models are static code, so `td.records` is typed for users too)."""
    out = subprocess.run(
        [sys.executable, "-m", "mypy", "-p", "tongzhou_data"], cwd=ROOT, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stdout + out.stderr


def _imports_between_parts() -> dict[str, set[str]]:
    """For each part of the package (a subpackage, or a top-level module), the other parts it imports."""
    package = ROOT / "tongzhou_data"
    edges: dict[str, set[str]] = {}
    for path in package.rglob("*.py"):
        inside = path.relative_to(package).parts
        part = inside[0].removesuffix(".py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = list(inside[:-1])[: len(inside) - node.level]
                target = [*base, *(node.module or "").split(".")] if node.module else base
                names = [target[0]] if target else [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("tongzhou_data."):
                names = [(node.module or "").split(".")[1]]
            else:
                continue
            edges.setdefault(part, set()).update(name for name in names if name != part)
    return edges


def test_the_parts_of_the_package_import_each_other_without_a_cycle():
    """Layers: the parser (`extract`) imports no other subpackage; no part imports one that imports it back."""
    edges = _imports_between_parts()
    assert not edges.get("extract", set()) & {"build", "checks", "publish"}, edges["extract"]
    assert {"build", "checks", "extract", "publish"} <= set(edges)  # the walk found the subpackages

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        return any(n == goal or (n not in seen and reaches(n, goal, seen | {n})) for n in edges.get(start, ()))

    cycles = sorted(part for part in edges if reaches(part, part, {part}))
    assert not cycles, cycles
