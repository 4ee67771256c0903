"""The `paris-droits` command line (click), one module per domain; commands import the library lazily so that `--help` stays fast."""
