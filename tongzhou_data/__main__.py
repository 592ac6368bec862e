"""`python -m tongzhou_data`: the same as the `tongzhou-data` command."""

import sys

from .cli import main

sys.exit(main())
