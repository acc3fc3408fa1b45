"""Alembic migrations shipped inside the package (applied at start-up and by `db upgrade`)."""
