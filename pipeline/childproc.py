"""Child processes that end with the process that started them."""

from __future__ import annotations

import signal


def die_with_parent(signum: int = signal.SIGTERM) -> None:
    """In a child process: be sent `signum` when the parent dies, even by SIGKILL (Linux only; else nothing)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signum)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
