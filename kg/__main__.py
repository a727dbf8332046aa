"""`python -m kg ...` is the `kg` command (for a checkout that is not the installed one)."""
from .cli import main

main()
