"""Administration: users and roles, department settings (administrators only)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.gui import menus, ops
from workbench.gui.context import AppContext

if TYPE_CHECKING:
    from workbench.gui.main_window import MainWindow

from workbench.gui.i18n import tx

log = logging.getLogger("workbench.gui.admin")

ROLES = ("reviewer", "supervisor", "admin")


class UsersDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersDialog")
        self._ctx = ctx
        self.setWindowTitle(tx("Admin", "Users and roles"))
        self.resize(760, 420)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                tx("Admin", "User name"),
                tx("Admin", "Full name"),
                tx("Admin", "Roles"),
                tx("Admin", "Active"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        add = QPushButton(tx("Admin", "Add user…"))
        add.clicked.connect(self.add_user)
        toggle = QPushButton(tx("Admin", "Enable / disable"))
        toggle.clicked.connect(self.toggle_active)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(toggle)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.users: tuple = ()
        self.reload()

    def reload(self) -> None:
        ops.list_users(ctx=self._ctx, parent=self).success(self._show).run_in_background()

    def _show(self, users: tuple) -> None:
        self.users = users
        self.table.setRowCount(len(users))
        for index, user in enumerate(users):
            roles = "、".join(menus.role_name(r) for r in ROLES if r in user.roles)
            values = (
                user.username + ("  [DEMO]" if user.is_demo else ""),
                user.display_name,
                roles,
                tx("Admin", "Yes") if user.active else tx("Admin", "No"),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, user.user_id)
                self.table.setItem(index, column, item)

    def add_user(self) -> None:
        dialog = AddUserDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        ops.add_user(ctx=self._ctx, parent=self, **dialog.values()).success(
            lambda _u: self.reload()
        ).run_in_background()

    def toggle_active(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.users):
            return
        user = self.users[row]
        ops.set_user_active(
            ctx=self._ctx, parent=self, user_id=user.user_id, active=not user.active
        ).success(lambda _u: self.reload()).run_in_background()


class AddUserDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tx("Admin", "Add user"))
        form = QFormLayout(self)
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.roles = {role: QCheckBox(menus.role_name(role)) for role in ROLES}
        form.addRow(tx("Admin", "User name"), self.username)
        form.addRow(tx("Admin", "Full name"), self.display_name)
        form.addRow(tx("Admin", "Password"), self.password)
        row = QHBoxLayout()
        for box in self.roles.values():
            row.addWidget(box)
        form.addRow(tx("Admin", "Roles"), row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        return {
            "username": self.username.text().strip(),
            "display_name": self.display_name.text().strip(),
            "password": self.password.text(),
            "roles": [r for r, box in self.roles.items() if box.isChecked()],
        }


class SettingsDialog(QDialog):
    """Department settings: sign-off chain, re-review interval, deadlines, sign-in lockout."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._ctx = ctx
        self.setWindowTitle(tx("Admin", "Department settings"))
        form = QFormLayout(self)
        self.department = QLineEdit()
        self.department.setObjectName("departmentName")
        form.addRow(tx("Admin", "Department name"), self.department)
        self.chain = QLineEdit()
        self.chain.setToolTip(tx("Admin", "Steps separated by commas, e.g. 初审, 复审, 终审"))
        self.re_review = QSpinBox(minimum=1, maximum=60)
        self.deadline = QSpinBox(minimum=1, maximum=60)
        self.failures = QSpinBox(minimum=1, maximum=100)
        self.lockout = QSpinBox(minimum=1, maximum=24 * 60)
        form.addRow(tx("Admin", "Sign-off steps after the reviewer"), self.chain)
        form.addRow(
            tx("Admin", "Re-review interval for withheld documents (months)"), self.re_review
        )
        form.addRow(tx("Admin", "Working days allowed per step"), self.deadline)
        form.addRow(tx("Admin", "Failed sign-ins before the account locks"), self.failures)
        form.addRow(tx("Admin", "Lockout after too many failed sign-ins (minutes)"), self.lockout)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.loaded = None
        ops.department_settings(ctx=ctx, parent=self).success(self._show).run_in_background()

    def _show(self, values) -> None:
        self.loaded = values
        self.department.setText(values.department_name)
        self.chain.setText(", ".join(values.signoff_chain))
        self.re_review.setValue(values.re_review_months)
        self.deadline.setValue(values.step_deadline_days)
        self.failures.setValue(values.login_max_failures)
        self.lockout.setValue(values.login_lockout_minutes)

    def save(self) -> None:
        if self.loaded is None:
            return
        chain = [s.strip() for s in self.chain.text().replace("，", ",").split(",") if s.strip()]
        wanted = {
            "department_name": self.department.text().strip(),
            "signoff_chain": chain,
            "re_review_months": self.re_review.value(),
            "step_deadline_days": self.deadline.value(),
            "login_max_failures": self.failures.value(),
            "login_lockout_minutes": self.lockout.value(),
        }
        current = {
            "department_name": self.loaded.department_name,
            "signoff_chain": list(self.loaded.signoff_chain),
            "re_review_months": self.loaded.re_review_months,
            "step_deadline_days": self.loaded.step_deadline_days,
            "login_max_failures": self.loaded.login_max_failures,
            "login_lockout_minutes": self.loaded.login_lockout_minutes,
        }
        for key, value in wanted.items():
            if value != current[key]:
                ops.update_setting(
                    ctx=self._ctx, parent=self, key=key, value=value
                ).run_in_background()
        self.accept()


def open_users(window: MainWindow) -> None:
    dialog = UsersDialog(window.ctx, window)
    dialog.open()
    window.users_dialog = dialog


def open_settings(window: MainWindow) -> None:
    dialog = SettingsDialog(window.ctx, window)
    dialog.open()
    window.settings_dialog = dialog
