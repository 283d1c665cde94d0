"""Where the project's files are: the repository, data/ and the default warehouse (importing
this costs nothing, so the command line can name the default without loading the warehouse code)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
DEFAULT_DB = DATA / "warehouse.duckdb"
