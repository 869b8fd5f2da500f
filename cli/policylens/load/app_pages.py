"""A named app screen read as the page it shows: Flutter (`.dart`), Qt Quick (`.qml`), ArkUI (`.ets`), SwiftUI (`.swift`).

`load.load` asks `app_screen` first for a file whose name gives no format: one reader per suffix (`_READERS`), each
rendering the screen's text widgets as HTML (`load.dart`, `load.qml`, `load.arkts`, `load.swift_page`), with the map of
where each rendered character came from in the source (`load.page_columns`) and what the reader left unread.  A Flutter
source may instead keep its document in `'''` constants behind a menu (`load.dart.dart_documents`): then that text,
not the screen, is the page.  Each reader is imported only for its own suffix.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from policylens.load.page_columns import ColumnMap


class AppPage(NamedTuple):
    """What a named app source renders: `page`, the HTML of its screen (None: it renders none), `columns`, where that
    HTML's text came from, `notes`, what its reader left unread, and for a Flutter source `documents`, its `'''` document
    constants with the rest blanked, and `unclosed`, a note on a `'''` never closed."""

    page: str | None
    columns: ColumnMap | None
    notes: list[str]
    documents: str | None = None
    unclosed: str | None = None


def _dart(text: str) -> AppPage:
    from policylens.load.dart import dart_documents, render_dart, shows_documents, unclosed_triple
    from policylens.load.page_columns import ColumnMap

    columns: ColumnMap | None = ColumnMap()
    notes: list[str] = []
    page = render_dart(text, columns, notes=notes)
    documents = dart_documents(text)  # (u45a2) texts in `'''` constants behind a menu
    if page is not None and documents is not None and not shows_documents(page, documents):
        # (u46k, eval/blind/round46 xingjishi-dart) a helper class whose own widgets are toasts and a sheet and whose
        # document constant another file shows: the document is the file's text, not the toasts
        page, columns, notes = None, None, []
    elif page is not None:
        documents = None
    return AppPage(page, columns, notes, documents, unclosed_triple(text))  # (u46l) a `'''` never closed: said, always


def _qml(text: str) -> AppPage:
    from policylens.load.qml import render_qml  # a Qt Quick page: its `Text { text: … }` items

    notes: list[str] = []
    return AppPage(render_qml(text, notes), None, notes)


def _ets(text: str) -> AppPage:
    from policylens.load.arkts import render_ets  # a HarmonyOS ArkUI page: its `Text('…')` components
    from policylens.load.page_columns import ColumnMap

    columns = ColumnMap()
    notes: list[str] = []
    return AppPage(render_ets(text, columns, notes=notes), columns, notes)


def _swift(text: str) -> AppPage:
    from policylens.load.page_columns import ColumnMap
    from policylens.load.swift import blank_comments
    from policylens.load.swift_page import render_swift  # (u43j) a SwiftUI view: its `Text("…")` views

    columns = ColumnMap()
    return AppPage(render_swift(blank_comments(text), columns), columns, [])


_READERS: dict[str, Callable[[str], AppPage]] = {".dart": _dart, ".qml": _qml, ".ets": _ets, ".swift": _swift}


def app_screen(path: str, text: str) -> AppPage | None:
    """The screen a named app source shows (`AppPage`), or None when `path` names no app source read this way."""
    dot = path.rfind(".")
    reader = _READERS.get(path[dot:].lower()) if dot >= 0 else None
    return reader(text) if reader is not None else None
