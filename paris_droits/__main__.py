"""`python -m paris_droits …` runs the `paris-droits` command line."""

import sys

from paris_droits.interfaces.cli.principal import main

sys.exit(main(prog_name="paris-droits"))
