"""The builder of this report's package (from a checkout: it reads `seeds/` and `schema/`; not in the wheel).

`python -m tongzhou_data.build` rebuilds `datasets/`; see `run.build`.
"""

from .curated import CurationError
from .run import BuildError, assemble, build, load_schemas, main

__all__ = ["BuildError", "CurationError", "assemble", "build", "load_schemas", "main"]
