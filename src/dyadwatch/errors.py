"""One exception tree; each error carries a code, a message and a hint saying what to do next."""

from __future__ import annotations


class DyadwatchError(Exception):
    """Base of every error dyadwatch raises on purpose."""

    code = "error"
    exit_code = 1

    def __init__(self, message: str, *, hint: str = "", code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class InputError(DyadwatchError):
    """The user's input cannot be read or makes no sense (a record is rejected, or a path is wrong)."""

    code = "bad_input"
    exit_code = 2


class FetchError(InputError):
    """A URL could not be fetched."""

    code = "fetch_failed"


class ConfigError(DyadwatchError):
    code = "bad_config"
    exit_code = 2


class StoreError(DyadwatchError):
    code = "store_error"
    exit_code = 3


class NotFoundError(DyadwatchError):
    code = "not_found"
    exit_code = 4
