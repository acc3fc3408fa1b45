"""Exports: review forms, audit trail, statistics (Qt-free and database-free, from plain records).

Every writer takes a record from :mod:`workbench.reporting.records` and an output path, writes
atomically (temporary file beside the target, then rename) and returns the file's SHA-256. Bad
records raise ``ValidationError``; unwritable paths and full disks raise ``EnvironmentProblem``.

The writers are imported on first use (PEP 562): openpyxl, reportlab and python-docx cost
start-up time that a command which exports nothing should not pay.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from workbench.reporting.audit_csv import write_audit_csv
    from workbench.reporting.audit_pdf import write_audit_pdf
    from workbench.reporting.audit_verify import (
        ExportVerification,
        verify_audit_csv,
        verify_audit_xlsx,
    )
    from workbench.reporting.audit_xlsx import write_audit_xlsx
    from workbench.reporting.review_form_docx import write_review_form_docx
    from workbench.reporting.review_form_pdf import write_review_form_pdf
    from workbench.reporting.statistics_xlsx import write_statistics_xlsx

_WHERE = {
    "ExportVerification": "audit_verify",
    "verify_audit_csv": "audit_verify",
    "verify_audit_xlsx": "audit_verify",
    "write_audit_csv": "audit_csv",
    "write_audit_pdf": "audit_pdf",
    "write_audit_xlsx": "audit_xlsx",
    "write_review_form_docx": "review_form_docx",
    "write_review_form_pdf": "review_form_pdf",
    "write_statistics_xlsx": "statistics_xlsx",
}

__all__ = [
    "ExportVerification",
    "verify_audit_csv",
    "verify_audit_xlsx",
    "write_audit_csv",
    "write_audit_pdf",
    "write_audit_xlsx",
    "write_review_form_docx",
    "write_review_form_pdf",
    "write_statistics_xlsx",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'workbench.reporting' has no attribute {name!r}")
    return getattr(importlib.import_module(f"workbench.reporting.{module}"), name)
