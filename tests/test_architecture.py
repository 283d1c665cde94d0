"""Promises about the code itself: the core never imports Streamlit, SQL never carries values,
every query file states its grain, every page is registered."""

from __future__ import annotations

import ast
import re

from tests.conftest import ROOT

SQL_CALLS = {"execute", "executemany", "sql", "query"}


def _py_files(*folders):
    for folder in folders:
        yield from (ROOT / folder).rglob("*.py")


def test_core_never_imports_streamlit():
    offenders = []
    for path in _py_files("danvan"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            if any(n == "streamlit" or n.startswith("streamlit.") for n in names):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_no_sql_text_is_built_from_values():
    """SQL passed to DuckDB is a constant, a queries/ file or a named statement — never an f-string,
    a concatenation or a %-format."""
    offenders = []
    for path in _py_files("danvan", "ui", "app_pages", "tests"):
        if path.name == "test_architecture.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in SQL_CALLS
                and node.args
                and isinstance(node.args[0], ast.JoinedStr | ast.BinOp)
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_every_query_file_states_grain_and_parameters():
    for path in sorted((ROOT / "queries").glob("*.sql")):
        text = path.read_text(encoding="utf-8")
        header = "\n".join(line for line in text.splitlines() if line.startswith("--"))
        assert header.startswith(f"-- {path.stem}:"), path.name
        assert "Grain:" in header, path.name
        used = set(re.findall(r"\$(\w+)", re.sub(r"--.*", "", text)))
        documented = set(re.findall(r"\$(\w+)", header))
        assert used <= documented, (path.name, used - documented)
        assert text == text.lower() or _lower_outside_strings(text), path.name


def _lower_outside_strings(text: str) -> bool:
    code = re.sub(r"--.*", "", text)
    code = re.sub(r"'[^']*'", "''", code)
    return code == code.lower()
