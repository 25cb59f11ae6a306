"""The one error type services raise for a request they cannot carry out."""

from __future__ import annotations


class ServiceError(Exception):
    """A clear, user-facing reason a service refused; nothing was written."""

    def __init__(
        self, message: str, *, field: str | None = None, code: str = "invalid"
    ):
        super().__init__(message)
        self.message = message
        self.field = field
        self.code = code
