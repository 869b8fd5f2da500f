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
        """`path: message`, safe for a terminal: control characters shown, an odd path quoted, a long line cut."""
        from policylens.render.safe import quote_path, visible_line

        message = visible_line(self.message)
        return capped(f"{quote_path(self.path)}: {message}" if self.path else message)


ECHO_LIMIT = 80  # characters of a user's value an error message quotes
LINE_LIMIT = 1000  # characters of an error line at most (a value quoted whole somewhere `echo` was not used)


def echo(value: object, limit: int = ECHO_LIMIT) -> str:
    """A user's value quoted in an error message (as `repr`); past `limit` characters, its start, an ellipsis and its length.

    `explain QQQ…` with a 100 KB argument wrote a 100 KB stderr line (u42h; every unknown name, option value, profile
    key and configuration value did the same).  Every message that quotes what the user typed or wrote goes through it.
    """
    from policylens.render.safe import shown_repr  # (u47h2) a name's byte that is not UTF-8 as `\xe9`, not `\udce9`

    text = value if isinstance(value, str) else str(value)
    if len(text) <= limit:
        return shown_repr(text)
    return f"{shown_repr(text[:limit])}… ({len(text):,} characters)"


def capped(line: str, limit: int = LINE_LIMIT) -> str:
    """An error line of at most about `limit` characters: a longer one keeps its start and end and says what it left out.

    The net under `echo`: a message that quotes a value whole (typer's own `Invalid value for '--format': …`) stays
    one readable line.
    """
    if len(line) <= limit:
        return line
    keep = limit // 2
    return f"{line[:keep]}… [{len(line) - 2 * keep:,} characters not shown] …{line[-keep:]}"


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
