"""`python -m kg` runs the command line, as the `kg` script does."""

from kg.cli import app

app(prog_name="kg")
