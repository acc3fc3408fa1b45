"""The document's text with every hit highlighted in its category's colour."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QContextMenuEvent, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget

from workbench.core.categories import Category
from workbench.gui import labels
from workbench.services.results import HitView


class TextPane(QPlainTextEdit):
    """Read-only text; extra selections draw the hits (cheap even for long documents).

    ``hit_clicked`` reports the hit under a click; ``mark_requested`` asks to mark the selected
    text as a category (the view calls the service).
    """

    hit_clicked = Signal(int)
    mark_requested = Signal(str, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentText")
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 11.0))
        self.setFont(font)
        self._hits: list[HitView] = []
        self._current: int | None = None
        self._painting = False
        self.document().setUndoRedoEnabled(False)
        self.cursorPositionChanged.connect(self._cursor_moved)

    def set_document(self, text: str, hits: list[HitView]) -> None:
        if self.toPlainText() != text:
            self.setPlainText(text)
        self._hits = hits
        self._paint()

    def set_current(self, hit_id: int | None) -> None:
        self._current = hit_id
        hit = next((h for h in self._hits if h.hit_id == hit_id), None)
        if hit is not None:
            cursor = QTextCursor(self.document())
            cursor.setPosition(min(hit.start, len(self.toPlainText())))
            self._painting = True  # moving the cursor here is not a click on a hit
            self.setTextCursor(cursor)
            self._painting = False
            self.centerCursor()
        self._paint()

    def _paint(self) -> None:
        # The text is read-only, so hits are formatted into the document itself: one edit block
        # per repaint, and the highlight survives scrolling without extra selections.
        document = self.document()
        length = len(self.toPlainText())
        self._painting = True
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.setCharFormat(QTextCharFormat())
        for hit in self._hits:
            if hit.start >= length:
                continue
            cursor.setPosition(hit.start)
            cursor.setPosition(min(hit.end, length), QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(self._format(hit))
        cursor.endEditBlock()
        self._painting = False

    def _format(self, hit: HitView) -> QTextCharFormat:
        fmt = QTextCharFormat()
        colour = labels.category_colour(hit.category)
        if hit.verdict == "dismiss":
            fmt.setForeground(QColor("#8a9099"))
            fmt.setFontStrikeOut(True)
        else:
            fmt.setBackground(colour)
        if hit.verdict in ("withhold", "redact"):
            fmt.setFontWeight(QFont.Weight.Bold)
        if hit.hit_id == self._current:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor("#10325e"))
            fmt.setBackground(colour.darker(125))
        return fmt

    def _cursor_moved(self) -> None:
        if self._painting:
            return
        cursor = self.textCursor()
        if cursor.hasSelection():
            return
        position = cursor.position()
        for hit in self._hits:
            if hit.start <= position < hit.end:
                self.hit_clicked.emit(hit.hit_id)
                return

    def selected_span(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return cursor.selectionStart(), cursor.selectionEnd()

    def category_menu(self, parent: QWidget | None = None) -> QMenu:
        """"Mark as" menu of the twelve categories for the selected text."""
        menu = QMenu(self.tr("Mark selection as"), parent or self)
        span = self.selected_span()
        menu.setEnabled(span is not None)
        for category in Category:
            action = menu.addAction(labels.category_name(category))
            action.setData(str(category))
            if span is not None:
                action.triggered.connect(lambda _c=False, c=str(category), s=span:
                                         self.mark_requested.emit(c, s[0], s[1]))
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        menu.addSeparator()
        menu.addMenu(self.category_menu(menu))
        menu.exec(event.globalPos())
        menu.deleteLater()
