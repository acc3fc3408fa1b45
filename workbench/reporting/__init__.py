"""Exports: review forms, audit trail, statistics, publishable copies."""
