"""Use cases: one function per user action, one transaction, one audit event."""
