"""The `paris-droits` command line (click), one module per domain; commands import the library lazily so that `--help` stays fast."""

from paris_droits.interfaces.cli import francais

# Before any command is declared: click words some labels (FILE, …) when a type is created.
francais.installer()
