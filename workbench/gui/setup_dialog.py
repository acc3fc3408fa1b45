"""First run: department name, which database, the first administrator, and the demo offer."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from workbench.config import default_sqlite_path, load_config, save_config
from workbench.core.errors import WorkbenchError
from workbench.gui import demo, settings
from workbench.gui.context import AppContext
from workbench.gui.errors import describe, show_error
from workbench.services import users
from workbench.services.actors import CurrentUser
from workbench.services.workspace import Workspace

log = logging.getLogger("workbench.gui.setup")


def probe_database(url: str) -> str:
    """Open the database without migrating it and read its revision (the connection test)."""
    workspace = Workspace.open(url, migrate=False)
    try:
        info = workspace.info()
        return f"{info.kind}: {info.display}"
    finally:
        workspace.close()


def open_and_set_up(url: str, *, username: str, display_name: str, password: str,
                    department: str, with_demo: bool) -> tuple[Workspace, CurrentUser, bool]:
    """Worker side of the dialog: migrate, create the first admin, optionally the demo."""
    workspace = Workspace.open(url)
    try:
        users.create_first_admin(workspace, username, password, display_name)
        admin = users.login(workspace, username, password)
        demo.save_department_name(workspace, admin, department)
        if with_demo:
            demo.create_demo_workspace(workspace, admin)
    except BaseException:
        workspace.close()
        raise
    return workspace, admin, with_demo


class SetupDialog(QDialog):
    """Collects the first-run answers; on success ``ctx`` holds the workspace and the admin."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupDialog")
        self._ctx = ctx
        self.demo_created = False
        self.setWindowTitle(self.tr("Set up the workbench"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Welcome. Answer three questions to start; IT staff can change "
                               "the database later in the configuration file."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.department = QLineEdit()
        self.department.setObjectName("department")
        self.department.setPlaceholderText(self.tr("e.g. District Government Office"))
        dept_box = QGroupBox(self.tr("1. Department"))
        QFormLayout(dept_box).addRow(self.tr("Department name"), self.department)
        layout.addWidget(dept_box)

        db_box = QGroupBox(self.tr("2. Database"))
        db_layout = QVBoxLayout(db_box)
        self.local = QRadioButton(self.tr("On this computer (%1)").replace(
            "%1", str(default_sqlite_path())))
        self.server = QRadioButton(self.tr("Shared PostgreSQL server of the department"))
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.server)
        self.local.setChecked(True)
        self.url = QLineEdit(load_config().db_url or "")
        self.url.setObjectName("dbUrl")
        self.url.setPlaceholderText("postgresql://user:password@server:5432/workbench")
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("testConnection")
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.url, 1)
        row.addWidget(self.test_button)
        db_layout.addWidget(self.local)
        db_layout.addWidget(self.server)
        db_layout.addLayout(row)
        db_layout.addWidget(self.test_result)
        layout.addWidget(db_box)
        self.server.toggled.connect(self._kind_changed)
        self.test_button.clicked.connect(self.test_connection)

        admin_box = QGroupBox(self.tr("3. First administrator"))
        form = QFormLayout(admin_box)
        self.username = QLineEdit("admin")
        self.username.setObjectName("adminUser")
        self.display_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setObjectName("adminPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("adminRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.display_name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Repeat password"), self.repeat)
        layout.addWidget(admin_box)

        self.with_demo = QCheckBox(self.tr("Also create a DEMO workspace: sample documents and "
                                           "two demo accounts (demo_reviewer, "
                                           "demo_supervisor) to try the workbench"))
        self.with_demo.setObjectName("withDemo")
        layout.addWidget(self.with_demo)
        self.message = QLabel()
        self.message.setObjectName("blockers")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        self.buttons.accepted.connect(self.finish)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._kind_changed()

    def database_url(self) -> str:
        return self.url.text().strip() if self.server.isChecked() else \
            str(default_sqlite_path())

    def _kind_changed(self) -> None:
        self.url.setEnabled(self.server.isChecked())
        self.test_button.setEnabled(self.server.isChecked())

    def test_connection(self) -> None:
        url = self.database_url()
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Connecting…"))
        self._ctx.runner.run_task(lambda: probe_database(url), self._tested, self._test_failed)

    def _tested(self, where: str) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setText(self.tr("Connected (%1).").replace("%1", where))

    def _test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setText(self.tr("Cannot connect: %1").replace("%1", describe(exc)[1]))

    def finish(self) -> None:
        problem = self._check()
        if problem:
            self.message.setText(problem)
            return
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Preparing the database…"))
        url = self.database_url()
        config = replace(load_config(), db_url=url if self.server.isChecked() else None)
        username, password = self.username.text().strip(), self.password.text()
        display_name, department = self.display_name.text().strip(), self.department.text()
        with_demo = self.with_demo.isChecked()
        save_config(config)
        self._ctx.runner.run_task(
            lambda: open_and_set_up(url, username=username, display_name=display_name,
                                    password=password, department=department.strip(),
                                    with_demo=with_demo),
            self._done, self._failed)

    def _check(self) -> str:
        if not self.department.text().strip():
            return self.tr("Enter the department's name.")
        if self.server.isChecked() and not self.url.text().strip():
            return self.tr("Enter the server's address, or choose this computer.")
        if not self.username.text().strip():
            return self.tr("Enter a user name for the administrator.")
        if self.password.text() != self.repeat.text():
            return self.tr("The two passwords differ.")
        return ""

    def _done(self, result: tuple[Workspace, CurrentUser, bool]) -> None:
        workspace, admin, self.demo_created = result
        if self.demo_created:
            settings.put("demo/db", workspace.display)
        self._ctx.workspace = workspace
        self._ctx.set_user(admin)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, WorkbenchError):
            text, detail = describe(exc)
            self.message.setText(f"{text}\n{detail}" if detail != text else text)
        else:
            self.message.setText(describe(exc)[0])
            show_error(exc, self)
