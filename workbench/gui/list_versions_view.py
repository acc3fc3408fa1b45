"""The negative list's versions and what changed between two of them (per category)."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workbench.gui import labels, ops
from workbench.gui.context import AppContext

log = logging.getLogger("workbench.gui.negative_list")

#: How many entries of one kind the diff lists before it says "and N more".
SHOWN = 40


def short(version: str) -> str:
    return version[:12]


class VersionsPane(QWidget):
    """Recorded versions (newest first) and the difference between a chosen pair."""

    diff_shown = Signal(object)  # the ListDiff on display (tests wait for it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionsPane")
        self._ctx = ctx
        self.versions: tuple = ()
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("versions")
        self.table.setHorizontalHeaderLabels([self.tr("Version"), self.tr("Recorded"),
                                              self.tr("Scans"), self.tr("Content")])
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setMaximumHeight(170)
        self.old = QComboBox()
        self.old.setObjectName("oldVersion")
        self.new = QComboBox()
        self.new.setObjectName("newVersion")
        self.diff = QTextBrowser()
        self.diff.setObjectName("versionDiff")
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Compare")))
        pick.addWidget(self.old, 1)
        pick.addWidget(QLabel(self.tr("with")))
        pick.addWidget(self.new, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(pick)
        layout.addWidget(self.diff, 1)
        self.old.currentIndexChanged.connect(lambda _i: self.compare())
        self.new.currentIndexChanged.connect(lambda _i: self.compare())

    def reload(self) -> None:
        ops.list_versions(ctx=self._ctx, parent=self).success(self._loaded).run_in_background()

    def _loaded(self, versions: tuple) -> None:
        self.versions = versions
        self.table.setRowCount(len(versions))
        for row, version in enumerate(versions):
            name = short(version.version) + (self.tr(" (current)") if version.is_current
                                             else "")
            when = version.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
            content = version.description if version.complete else self.tr(
                "%1 (recorded by an older version: only the department's additions can be "
                "compared)").replace("%1", version.description)
            for column, text in enumerate((name, when, str(version.scans), content)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, version.version)
                item.setToolTip(version.version)
                self.table.setItem(row, column, item)
        for combo in (self.old, self.new):
            combo.blockSignals(True)
            combo.clear()
            for version in versions:
                combo.addItem(f"{short(version.version)}  "
                              f"{version.created_at.astimezone():%Y-%m-%d %H:%M}",
                              version.version)
            combo.blockSignals(False)
        # Default: what the last change did (the one before the newest, against the newest).
        self.new.setCurrentIndex(0)
        self.old.setCurrentIndex(min(1, len(versions) - 1))
        self.compare()

    def compare(self) -> None:
        old, new = self.old.currentData(), self.new.currentData()
        if not old or not new:
            empty = self.tr("No versions recorded yet.")
            self.diff.setHtml(f"<p>{html.escape(empty)}</p>")
            return
        ops.diff_versions(ctx=self._ctx, parent=self, old=old, new=new).success(
            self._show).run_in_background()

    def _show(self, diff) -> None:
        self.diff.setHtml(self.render(diff))
        self.diff_shown.emit(diff)

    def render(self, diff) -> str:
        parts = []
        if not diff.complete:
            parts.append("<p><i>" + html.escape(self.tr(
                "One of the versions was recorded without its baseline terms: only the "
                "department's additions are compared.")) + "</i></p>")
        if not diff.categories:
            parts.append("<p>" + html.escape(self.tr("No difference.")) + "</p>")
        for category in diff.categories:
            name = (self.tr("All categories") if category.category == "*"
                    else labels.category_name(category.category))
            colour = labels.category_colour(category.category).name()
            parts.append(f'<h4><span style="background:{colour}">&nbsp;&nbsp;&nbsp;</span> '
                         f"{html.escape(name)}</h4><ul>")
            for kind, entries in ((self.tr("terms"), category.terms),
                                  (self.tr("exceptions"), category.exceptions),
                                  (self.tr("rules"), category.rules)):
                parts.extend(self._lines(kind, entries))
            parts.append("</ul>")
        return "".join(parts)

    def _sources(self, sources: str) -> str:
        """"internal_affairs.x, overlay:本单位补充" -> "baseline + 本单位补充"."""
        names = []
        for source in sources.split(", "):
            name = source.removeprefix("overlay:") if source.startswith("overlay:") else \
                self.tr("baseline")
            if name not in names:
                names.append(name)
        return " + ".join(names)

    def _lines(self, kind: str, entries) -> list[str]:
        out = []
        for label, colour, values in (
                (self.tr("Added %1"), "#166534", entries.added),
                (self.tr("Removed %1"), "#991b1b", entries.removed),
                (self.tr("Changed %1"), "#92400e",
                 tuple(f"{text} ({self._sources(old)} → {self._sources(new)})"
                       for text, old, new in entries.changed))):
            if not values:
                continue
            shown = "、".join(html.escape(v) for v in values[:SHOWN])
            if len(values) > SHOWN:
                shown += html.escape(self.tr(" and %1 more").replace(
                    "%1", str(len(values) - SHOWN)))
            out.append(f'<li><b style="color:{colour}">'
                       f"{html.escape(label.replace('%1', kind))} ({len(values)})</b>: "
                       f"{shown}</li>")
        return out
