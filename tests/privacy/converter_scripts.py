"""Load a vendored corpus's converter script (``tests/data/external/**/extract_*.py``) as a
module: the scripts are standalone files next to their data, not part of a package."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType


def load_converter(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"converter_{path.parent.name}_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
