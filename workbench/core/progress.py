"""Qt-free progress and cancellation: the core reports, the GUI or CLI adapts (STYLE habit 4)."""

from __future__ import annotations

import threading
from typing import Protocol

from workbench.core.errors import CancelledError


class ProgressSink(Protocol):
    """Receives progress from long work and says whether to stop."""

    def update(self, done: int, total: int | None, message: str = "") -> None: ...

    def cancelled(self) -> bool: ...


class NullProgress:
    """Default sink: reports nowhere, never cancels."""

    def update(self, done: int, total: int | None, message: str = "") -> None:
        return None

    def cancelled(self) -> bool:
        return False


class CancelToken:
    """A thread-safe flag; a front end sets it, workers check it between units of work."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    def cancelled(self) -> bool:
        return self._event.is_set()


def check_cancelled(sink: ProgressSink) -> None:
    """Raise ``CancelledError`` if the sink asks to stop; call between units of work."""
    if sink.cancelled():
        raise CancelledError("Cancelled by the user.", code="cancelled")


#: The phases of importing and scanning a document, reported as the message (front ends
#: translate them): reading the file or the stored text, extracting, scanning, saving.
PHASES = ("reading", "extracting", "scanning", "saving")


class PhaseProgress:
    """A step's own ``(done, total)`` reported under its phase code, with the outer cancel."""

    def __init__(self, sink: ProgressSink, phase: str) -> None:
        self._sink = sink
        self.phase = phase

    def update(self, done: int, total: int | None, message: str = "") -> None:
        self._sink.update(done, total, self.phase)

    def cancelled(self) -> bool:
        return self._sink.cancelled()


def enter_phase(sink: ProgressSink, phase: str) -> PhaseProgress:
    """Stop if asked to (a phase boundary is a safe place), then announce ``phase``."""
    check_cancelled(sink)
    sink.update(0, None, phase)
    return PhaseProgress(sink, phase)
