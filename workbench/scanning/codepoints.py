"""A text as an array of its code points, for the passes that read it in array operations."""

from __future__ import annotations

import numpy as np


def code_points(text: str) -> np.ndarray:
    """``text`` as an array of code points (a lone surrogate is kept, not an error)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
