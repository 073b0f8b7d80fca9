"""Run Support Journal with ``python -m supportjournal``."""

from supportjournal.cli import main

main()
