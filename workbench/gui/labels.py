"""Translated names of the codes the core and services use (states, attributes, categories)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from workbench.core.categories import Category


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def state_name(state: str | None) -> str:
    names = {
        "imported": _t("Imported"),
        "in_review": _t("In review"),
        "submitted": _t("Awaiting sign-off"),
        "returned": _t("Returned"),
        "approved": _t("Signed off"),
        "published": _t("Published"),
    }
    return names.get(state or "", state or "")


def attribute_name(attribute: str | None) -> str:
    names = {
        "proactive": _t("Proactive disclosure"),
        "on_request": _t("Disclosure on request"),
        "withheld": _t("Not disclosed"),
    }
    return names.get(attribute or "", attribute or "")


def verdict_name(verdict: str | None) -> str:
    names = {
        "withhold": _t("Withhold"),
        "redact": _t("Redact"),
        "dismiss": _t("Dismissed"),
        None: _t("Undecided"),
    }
    return names.get(verdict, verdict or "")


def queue_name(queue: str) -> str:
    names = {
        "my_reviews": _t("My reviews"),
        "returned_to_me": _t("Returned to me"),
        "awaiting_my_signoff": _t("Awaiting my sign-off"),
        "signed_off": _t("Signed off"),
        "re_review_due": _t("Re-review due"),
        "overdue": _t("Overdue"),
        "all": _t("All documents"),
    }
    return names.get(queue, queue)


def category_name(category: str | Category) -> str:
    names = {
        "state_secret": _t("State secret"),
        "law_prohibited": _t("Prohibited by law"),
        "national_security": _t("National security"),
        "public_safety": _t("Public safety"),
        "economic_security": _t("Economic security"),
        "social_stability": _t("Social stability"),
        "investigation": _t("Investigation and case files"),
        "personal_privacy": _t("Personal privacy"),
        "trade_secret": _t("Trade secret"),
        "intellectual_property": _t("Intellectual property"),
        "process_info": _t("Process information"),
        "internal_affairs": _t("Internal affairs"),
    }
    return names.get(str(category), str(category))


def subtype_name(subtype: str | None) -> str:
    names = {
        "id_card": _t("ID number"),
        "mobile": _t("Mobile phone"),
        "landline": _t("Landline"),
        "bank_card": _t("Bank card"),
        "email": _t("E-mail"),
        "address": _t("Address"),
        "person_name": _t("Person's name"),
        "health": _t("Health"),
        "license_plate": _t("Licence plate"),
    }
    return names.get(subtype or "", subtype or "")


def part_name(location: dict) -> str:
    """Where a hit sits, as a reviewer reads it: part plus page/paragraph/cell."""
    parts = {
        "body": _t("Body"),
        "table": _t("Table"),
        "header": _t("Header"),
        "footer": _t("Footer"),
        "footnote": _t("Footnote"),
        "endnote": _t("Endnote"),
        "comment": _t("Comment"),
        "textbox": _t("Text box"),
        "deleted": _t("Deleted text"),
        "inserted": _t("Inserted text"),
        "metadata": _t("Document properties"),
        "page": _t("Page"),
        "text": _t("Text"),
    }
    part = str(location.get("part", ""))
    label = parts.get(part, part)
    if location.get("page"):
        label = _t("Page %1").replace("%1", str(location["page"])) if part == "page" else \
            f"{label} · " + _t("page %1").replace("%1", str(location["page"]))
    elif location.get("row") is not None and location.get("col") is not None:
        label += " " + _t("row %1, column %2").replace("%1", str(location["row"] + 1)).replace(
            "%2", str(location["col"] + 1))
    elif location.get("paragraph") is not None:
        label += " " + _t("paragraph %1").replace("%1", str(location["paragraph"] + 1))
    elif location.get("line"):
        label += " " + _t("line %1").replace("%1", str(location["line"]))
    return label


#: One calm, distinguishable colour per category (highlight background, legend swatch).
CATEGORY_COLOURS: dict[str, str] = {
    "state_secret": "#f4a3a3",
    "law_prohibited": "#f7b58a",
    "national_security": "#e6a8d7",
    "public_safety": "#f9d48b",
    "economic_security": "#d9c58f",
    "social_stability": "#c7b6ef",
    "investigation": "#b3c6f2",
    "personal_privacy": "#9fdcc4",
    "trade_secret": "#a9d8ef",
    "intellectual_property": "#cfe3a0",
    "process_info": "#e3e0d4",
    "internal_affairs": "#d6d9de",
}


def category_colour(category: str) -> QColor:
    return QColor(CATEGORY_COLOURS.get(category, "#e0e0e0"))
