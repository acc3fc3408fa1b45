"""The sign-in dialog shown on every start after the first."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workbench import APP_NAME_ZH
from workbench.core.errors import WorkbenchError
from workbench.gui import ops, settings
from workbench.gui.context import AppContext
from workbench.gui.errors import describe, show_error
from workbench.gui.i18n import LANGUAGES
from workbench.services.actors import CurrentUser

log = logging.getLogger("workbench.gui.login")


class LoginDialog(QDialog):
    """User name and password; the password check runs in the background (it is slow on
    purpose), and a refusal is shown inside the dialog rather than in a second window."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 demo_hint: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self._ctx = ctx
        self.user: CurrentUser | None = None
        self.setWindowTitle(self.tr("Sign in"))
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{APP_NAME_ZH}</h2>")
        layout.addWidget(heading)
        form = QFormLayout()
        self.username = QLineEdit(settings.get("last/username"))
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get("language"))))
        self.language.currentIndexChanged.connect(self._language_changed)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Language"), self.language)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("blockers")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        if demo_hint:
            hint = QLabel(self.tr("Demo workspace: sign in as demo_reviewer or demo_supervisor "
                                  "(password: demo-password)."))
            hint.setObjectName("demoBanner")
            hint.setWordWrap(True)
            layout.addWidget(hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        (self.password if self.username.text() else self.username).setFocus()

    def _language_changed(self) -> None:
        settings.put("language", self.language.currentData())
        self.message.setText(self.tr("The language applies from the next start."))

    def sign_in(self) -> None:
        if not self.username.text().strip() or not self.password.text():
            self.message.setText(self.tr("Enter the user name and the password."))
            return
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Checking…"))
        ops.login(ctx=self._ctx, parent=self, username=self.username.text(),
                  password=self.password.text()).success(self._signed_in).failure(
            self._refused).run_in_background()

    def _signed_in(self, user: CurrentUser) -> None:
        settings.put("last/username", user.username)
        self.user = user
        self._ctx.set_user(user)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(exc, WorkbenchError):
            show_error(exc, self)
        self.password.clear()
        self.password.setFocus()
        self.message.setText(describe(exc)[0])
