"""Persistence: SQLAlchemy models, engines and Alembic migrations (the only SQLAlchemy user)."""
