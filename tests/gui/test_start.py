"""Start-up: first-run setup (local database, first admin, PostgreSQL connection test), sign-in
(wrong password, lockout), and opening the database in the background with Retry."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from argon2 import PasswordHasher
from PySide6.QtWidgets import QApplication

from workbench.config import load_config
from workbench.gui import prompts
from workbench.gui.context import AppContext
from workbench.gui.login_dialog import LoginDialog
from workbench.gui.open_database import OpenDatabaseDialog
from workbench.gui.setup_dialog import SetupDialog
from workbench.services import passwords, settings, users

pytestmark = pytest.mark.gui

UNREACHABLE = "postgresql+psycopg://nobody@127.0.0.1:1/none"
PASSWORD = "correct-horse-1"


@pytest.fixture(autouse=True)
def _fast_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    cheap = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)
    monkeypatch.setattr(passwords, "_hasher", lambda: cheap)


@pytest.fixture
def bare_ctx(ui_app: QApplication, sync_runner) -> Iterator[AppContext]:
    """No database open yet, as at start-up; tasks run inline."""
    ctx = AppContext(None, runner=sync_runner)
    yield ctx
    ctx.close()
    ctx.deleteLater()


@pytest.fixture
def live_ctx(ui_app: QApplication) -> Iterator[AppContext]:
    """No database open yet; tasks run on real worker threads."""
    ctx = AppContext(None)
    yield ctx
    ctx.close()
    ctx.deleteLater()


def test_setup_on_this_computer_creates_the_first_admin(qtbot, bare_ctx):
    dialog = SetupDialog(bare_ctx)
    qtbot.addWidget(dialog)
    assert dialog.local.isChecked() and not dialog.test_button.isEnabled()
    dialog.finish()
    assert "department" in dialog.message.text()  # asks for what is missing first
    dialog.department.setText("某区人民政府办公室")
    dialog.password.setText(PASSWORD)
    dialog.repeat.setText(PASSWORD + "x")
    dialog.finish()
    assert "differ" in dialog.message.text()
    dialog.repeat.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        dialog.finish()
    assert bare_ctx.user is not None and bare_ctx.user.username == "admin"
    assert bare_ctx.workspace is not None and bare_ctx.workspace.kind == "local"
    assert load_config().db_url is None  # the embedded database
    assert settings.get_settings(bare_ctx.workspace, bare_ctx.user).department_name == \
        "某区人民政府办公室"
    assert not dialog.demo_created


def test_setup_with_a_weak_password_says_why(qtbot, bare_ctx):
    dialog = SetupDialog(bare_ctx)
    qtbot.addWidget(dialog)
    dialog.department.setText("某区")
    dialog.password.setText("short")
    dialog.repeat.setText("short")
    dialog.finish()
    assert "8 characters" in dialog.message.text()
    assert dialog.buttons.isEnabled()


def test_connection_test_against_an_unreachable_server(qtbot, bare_ctx):
    dialog = SetupDialog(bare_ctx)
    qtbot.addWidget(dialog)
    dialog.server.setChecked(True)
    dialog.url.setText(UNREACHABLE)
    dialog.test_button.click()
    text = dialog.test_result.text()
    assert text.startswith("Cannot connect:") and "Traceback" not in text
    assert "server" in text.lower()
    assert dialog.test_button.isEnabled()


@pytest.mark.postgres
def test_connection_test_against_the_live_server(qtbot, bare_ctx, pg_url):
    dialog = SetupDialog(bare_ctx)
    qtbot.addWidget(dialog)
    dialog.server.setChecked(True)
    dialog.url.setText(pg_url)
    dialog.test_button.click()
    assert dialog.test_result.text().startswith("Connected (server:")


def _login(qtbot, ctx) -> LoginDialog:
    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    return dialog


def test_login_wrong_password_then_lockout(qtbot, ctx):
    ws = ctx.workspace
    users.create_first_admin(ws, "admin", PASSWORD)
    admin = users.login(ws, "admin", PASSWORD)
    settings.update_setting(ws, admin, "login_max_failures", 2)
    users.add_user(ws, admin, "li", ["reviewer"], PASSWORD, "李审查")
    dialog = _login(qtbot, ctx)
    dialog.username.setText("li")
    dialog.password.setText("wrong-password")
    dialog.sign_in()
    assert "check the user name and the password" in dialog.message.text()
    assert dialog.password.text() == "" and dialog.buttons.isEnabled()
    dialog.password.setText("wrong-again")
    dialog.sign_in()  # the second failure locks the account
    dialog.password.setText(PASSWORD)
    dialog.sign_in()  # even the right password is refused while locked
    assert "locked" in dialog.message.text()
    assert ctx.user is None


def test_login_succeeds(qtbot, ctx):
    users.create_first_admin(ctx.workspace, "admin", PASSWORD)
    dialog = _login(qtbot, ctx)
    dialog.username.setText("admin")
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        dialog.sign_in()
    assert ctx.user is not None and ctx.user.username == "admin"


def test_unreachable_server_offers_retry_and_another_database(qtbot, live_ctx, monkeypatch):
    dialog = OpenDatabaseDialog(live_ctx, UNREACHABLE)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=20_000) as failed:
        dialog.start()
        # The window stays responsive while the worker waits for the server.
        assert not dialog.retry.isEnabled()
    assert getattr(failed.args[0], "code", "") in ("db_unreachable", "environment")
    text = dialog.message.text()
    assert "could not be opened" in text and "nobody" not in text  # no credentials shown
    assert dialog.retry.isEnabled() and dialog.change.isEnabled()

    # Retry fails the same way; "Change database…" to this computer then opens.
    with qtbot.waitSignal(dialog.failed, timeout=20_000):
        dialog.retry.click()
    monkeypatch.setattr(prompts, "ask_text", lambda *_a, **_k: "")
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.change.click()
    assert dialog.opened is not None and dialog.opened.needs_first_admin
    assert dialog.opened.workspace.kind == "local"
    assert load_config().db_url is None
    dialog.opened.workspace.close()
