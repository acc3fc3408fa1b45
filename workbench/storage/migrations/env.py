"""Alembic environment: runs on the connection the workbench hands over (never its own URL)."""

from alembic import context

from workbench.storage.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only via workbench.storage.migrations_runner
    raise RuntimeError("Run migrations through `workbench db upgrade`.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite needs table rebuilds for most ALTERs
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
