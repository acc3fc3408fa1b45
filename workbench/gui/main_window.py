"""The main window: queues on the left, the document table, open documents as tabs."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from workbench import APP_NAME_ZH, __version__
from workbench.core.roles import Role
from workbench.gui import menus, ops, settings
from workbench.gui.category_chips import CategoryChipsDelegate
from workbench.gui.context import AppContext
from workbench.gui.document_model import DocumentTableModel, column_of
from workbench.gui.import_results import ImportResultsDialog
from workbench.gui.queue_panel import QueuePanel

log = logging.getLogger("workbench.gui")


class MainWindow(QMainWindow):
    """Everything a reviewer or supervisor does starts here."""

    imported = Signal(object)  # the list of per-file outcomes of the last import
    document_opened = Signal(int)

    def __init__(self, ctx: AppContext, *, demo: bool = False) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.ctx = ctx
        self.setWindowTitle(f"{APP_NAME_ZH} {__version__}")
        self.setAcceptDrops(True)
        self.resize(1280, 800)

        self.queues = QueuePanel(ctx)
        self.model = DocumentTableModel(ctx, self)
        self.table = QTableView()
        self.table.setObjectName("documents")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(column_of("updated"), Qt.SortOrder.DescendingOrder)
        self.chips = CategoryChipsDelegate(self.table)
        self.table.setItemDelegateForColumn(column_of("categories"), self.chips)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The title takes what the other columns leave, so no horizontal scroll bar appears
        # at 1280 pixels; the others keep widths that fit their content.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(column_of("title"), QHeaderView.ResizeMode.Stretch)
        for column, width in (("doc_number", 140), ("state", 64), ("attribute", 84),
                              ("hits", 108), ("categories", 172), ("reviewer", 96),
                              ("step_due", 84), ("updated", 120)):
            header.resizeSection(column_of(column), width)
        self.table.doubleClicked.connect(lambda index: self.open_document(
            self.model.row_at(index.row()).document_id))
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search title, issuing no. or file name"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=300)
        self._search_timer.timeout.connect(
            lambda: self.model.set_query(search=self.search.text()))
        self.search.textChanged.connect(lambda _t: self._search_timer.start())

        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.table)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.addTab(list_page, self.tr("Documents"))
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.tabs.tabCloseRequested.connect(self.close_tab)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.queues)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([210, 1070])
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        if demo:
            banner = QLabel(self.tr("DEMO workspace: sample documents and demo accounts, not "
                                    "for real reviews."))
            banner.setObjectName("demoBanner")
            banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            central_layout.addWidget(banner)
        central_layout.addWidget(self.splitter)
        self.setCentralWidget(central)

        self._build_actions()
        self._build_status_bar()
        self.queues.queue_selected.connect(lambda q: self.model.set_query(queue=q))
        ctx.changed.connect(self._on_change)
        ctx.user_changed.connect(lambda _u: self.start())
        self._restore()

    # ---------------------------------------------------------------- building

    def _build_actions(self) -> None:
        style = self.style()
        self.import_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon),
                                     self.tr("Import files…"), self)
        self.import_action.setObjectName("importAction")
        self.import_action.setShortcut(QKeySequence.StandardKey.Open)
        self.import_action.triggered.connect(self.choose_files)
        self.import_folder_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_DirIcon), self.tr("Import folder…"), self)
        self.import_folder_action.triggered.connect(self.choose_folder)
        self.refresh_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload), self.tr("Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        self.open_action = QAction(self.tr("Open document"), self)
        self.open_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.open_action.triggered.connect(self.open_selected)
        self.table.addAction(self.open_action)

        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.import_folder_action)
        toolbar.addAction(self.refresh_action)
        toolbar.addSeparator()
        toolbar.addWidget(self.search)
        self.addToolBar(toolbar)
        menus.build_menus(self)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.user_label = QLabel()
        self.user_label.setObjectName("statusUser")
        self.role_label = QLabel()
        self.db_label = QLabel()
        self.db_label.setObjectName("statusDatabase")
        self.list_label = QLabel()
        self.list_label.setObjectName("statusList")
        for label in (self.user_label, self.role_label, self.db_label, self.list_label):
            bar.addPermanentWidget(label)

    def _restore(self) -> None:
        geometry = settings.get("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        splitter = settings.get("main/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        header = settings.get("documents/header")
        if isinstance(header, QByteArray) and not header.isEmpty():
            self.table.horizontalHeader().restoreState(header)

    def save_layout(self) -> None:
        settings.put("main/geometry", self.saveGeometry())
        settings.put("main/splitter", self.splitter.saveState())
        settings.put("documents/header", self.table.horizontalHeader().saveState())

    # ---------------------------------------------------------------- state

    def start(self) -> None:
        """Fill the window for the signed-in person."""
        user = self.ctx.user
        if user is None:
            return
        self.user_label.setText(self.tr("User: %1").replace("%1", user.label))
        roles = [menus.role_name(r) for r in (Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN)
                 if r in user.roles]
        self.role_label.setText(self.tr("Role: %1").replace("%1", "、".join(roles)))
        workspace = self.ctx.workspace
        if workspace is not None:
            kind = self.tr("local database") if workspace.kind == "local" else \
                self.tr("server database")
            self.db_label.setText(kind)
            self.db_label.setToolTip(workspace.display)
        self.import_action.setEnabled(user.has(Role.REVIEWER))
        self.import_folder_action.setEnabled(user.has(Role.REVIEWER))
        menus.update_menus(self)
        self.refresh_list_version()
        self.queues.rebuild()

    def refresh_list_version(self) -> None:
        ops.negative_list_version(ctx=self.ctx, parent=self).success(
            self._show_list_version).failure(lambda _e: None).run_in_background()

    def _show_list_version(self, version: str) -> None:
        # The hash is long; its first characters identify it (the tooltip has it whole).
        self.list_label.setText(self.tr("Negative list: %1").replace("%1", version[:12]))
        self.list_label.setToolTip(version)

    def refresh(self) -> None:
        self.queues.refresh()
        self.model.reload()

    def _on_change(self, change: object) -> None:
        self.queues.refresh()
        self.model.reload()
        if str(getattr(change, "action", "")).startswith("negative_list."):
            self.refresh_list_version()

    # ---------------------------------------------------------------- import

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import documents"), settings.get("last/import_dir"),
            self.tr("Documents (*.docx *.pdf *.txt *.doc *.wps *.rtf *.odt *.ofd);;"
                    "All files (*)"))
        if names:
            settings.put("last/import_dir", str(Path(names[0]).parent))
            self.import_paths([Path(n) for n in names])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder"),
                                                  settings.get("last/import_dir"))
        if folder:
            settings.put("last/import_dir", folder)
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> None:
        """Import and scan files and folders in the background, then list what happened."""
        ops.import_files(ctx=self.ctx, parent=self, paths=paths,
                         title=self.tr("Importing and scanning…")).success(
            self._imported).run_in_background()

    def _imported(self, outcomes: list) -> None:
        self.queues.refresh()
        self.model.reload()
        dialog = ImportResultsDialog(outcomes, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.last_import_dialog = dialog
        self.imported.emit(outcomes)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.import_action.isEnabled():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # ---------------------------------------------------------------- documents

    def open_selected(self) -> None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self.open_document(row.document_id)

    def open_document(self, document_id: int) -> QWidget:
        from workbench.gui.document_view import DocumentView

        for i in range(1, self.tabs.count()):
            widget = self.tabs.widget(i)
            if getattr(widget, "document_id", None) == document_id:
                self.tabs.setCurrentIndex(i)
                return widget
        view = DocumentView(self.ctx, document_id, self)
        view.title_changed.connect(lambda title, v=view: self.tabs.setTabText(
            self.tabs.indexOf(v), title[:24]))
        view.closed.connect(lambda v=view: self.close_tab(self.tabs.indexOf(v)))
        index = self.tabs.addTab(view, self.tr("Document %1").replace("%1", str(document_id)))
        self.tabs.setCurrentIndex(index)
        view.load()
        self.document_opened.emit(document_id)
        return view

    def current_document_view(self):
        widget = self.tabs.currentWidget()
        return widget if hasattr(widget, "document_id") else None

    def close_tab(self, index: int) -> None:
        if index <= 0:
            return
        widget = self.tabs.widget(index)
        self.tabs.removeTab(index)
        widget.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        super().closeEvent(event)
