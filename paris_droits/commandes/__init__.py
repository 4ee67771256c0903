"""Click commands of the `paris-droits` CLI, one module per domain, attached in paris_droits/cli.py."""
