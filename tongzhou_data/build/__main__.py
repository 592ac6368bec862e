"""`python -m tongzhou_data.build`: rebuild `datasets/` from `seeds/` and `schema/`."""

import sys

from .run import main

sys.exit(main())
