"""`python -m paris_droits …` runs the `paris-droits` command line."""

from paris_droits.interfaces.cli.principal import main

main(prog_name="paris-droits")
