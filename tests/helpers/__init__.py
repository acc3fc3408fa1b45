"""Shared test helpers (database servers, fixture files)."""
