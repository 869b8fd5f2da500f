"""User-facing errors: one line on stderr and exit code 2, never a traceback; warnings counted past a limit."""

from __future__ import annotations

from collections.abc import Iterable


class UserError(Exception):
    """A problem with the user's input or options; reported as `policylens: path: message`."""

    exit_code = 2

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        """`path: message`, safe for a terminal: control characters shown, an odd path quoted."""
        from policylens.render.safe import quote_path, visible_line

        message = visible_line(self.message)
        return f"{quote_path(self.path)}: {message}" if self.path else message


def reject_empty_paths(paths: Iterable[str]) -> None:
    """An empty path argument is an error, never the current folder: `policylens check "$FILE"` with FILE unset."""
    if any(p == "" for p in paths):
        raise UserError("an empty path was given (an unset variable?); name a file or folder, or '.' for the current folder")


def cap_warnings(warnings: list[str], *, since: int, limit: int, what: str) -> None:
    """Keep the first `limit` warnings added after `since`, then one line counting the rest (`what` names them).

    A file can ask for thousands of one warning (3,000 misspelt suppression comments, 3,000 `<iframe srcdoc>`):
    each was a line on stderr.
    """
    if len(warnings) - since > limit:
        more = len(warnings) - since - limit
        del warnings[since + limit :]
        warnings.append(f"{more:,} more {what} are not listed")
