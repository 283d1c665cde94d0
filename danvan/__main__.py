"""`python -m danvan …`: the command line (see danvan/cli.py)."""

from danvan.cli import main

raise SystemExit(main())
