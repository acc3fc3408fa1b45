"""Translated names of the codes the core and services use (states, attributes, categories)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from workbench.core.categories import Category
from workbench.gui.i18n import tx


def state_name(state: str | None) -> str:
    names = {
        "imported": tx("Labels", "Imported"),
        "in_review": tx("Labels", "In review"),
        "submitted": tx("Labels", "Awaiting sign-off"),
        "returned": tx("Labels", "Returned"),
        "approved": tx("Labels", "Signed off"),
        "published": tx("Labels", "Published"),
    }
    return names.get(state or "", state or "")


def attribute_name(attribute: str | None) -> str:
    names = {
        "proactive": tx("Labels", "Proactive disclosure"),
        "on_request": tx("Labels", "Disclosure on request"),
        "withheld": tx("Labels", "Not disclosed"),
    }
    return names.get(attribute or "", attribute or "")


def verdict_name(verdict: str | None) -> str:
    names = {
        "withhold": tx("Labels", "Withhold"),
        "redact": tx("Labels", "Redact"),
        "dismiss": tx("Labels", "Dismissed"),
        None: tx("Labels", "Undecided"),
    }
    return names.get(verdict, verdict or "")


def phase_name(phase: str) -> str:
    """The phases of importing and scanning (``core.progress.PHASES``); "" for other text."""
    names = {
        "reading": tx("Labels", "Reading…"),
        "extracting": tx("Labels", "Extracting the text…"),
        "scanning": tx("Labels", "Scanning against the negative list…"),
        "saving": tx("Labels", "Saving…"),
    }
    return names.get(phase, "")


def queue_name(queue: str) -> str:
    names = {
        "my_reviews": tx("Labels", "My reviews"),
        "returned_to_me": tx("Labels", "Returned to me"),
        "awaiting_my_signoff": tx("Labels", "Awaiting my sign-off"),
        "signed_off": tx("Labels", "Signed off"),
        "re_review_due": tx("Labels", "Re-review due"),
        "overdue": tx("Labels", "Overdue"),
        "all": tx("Labels", "All documents"),
    }
    return names.get(queue, queue)


def category_name(category: str | Category) -> str:
    names = {
        "state_secret": tx("Labels", "State secret"),
        "law_prohibited": tx("Labels", "Prohibited by law"),
        "national_security": tx("Labels", "National security"),
        "public_safety": tx("Labels", "Public safety"),
        "economic_security": tx("Labels", "Economic security"),
        "social_stability": tx("Labels", "Social stability"),
        "investigation": tx("Labels", "Investigation and case files"),
        "personal_privacy": tx("Labels", "Personal privacy"),
        "trade_secret": tx("Labels", "Trade secret"),
        "intellectual_property": tx("Labels", "Intellectual property"),
        "process_info": tx("Labels", "Process information"),
        "internal_affairs": tx("Labels", "Internal affairs"),
    }
    return names.get(str(category), str(category))


def category_short(category: str | Category) -> str:
    """Two characters (or one short word) per category, for the compact table column."""
    names = {
        "state_secret": tx("Labels", "Secret"),
        "law_prohibited": tx("Labels", "Law"),
        "national_security": tx("Labels", "Nat. security"),
        "public_safety": tx("Labels", "Safety"),
        "economic_security": tx("Labels", "Economy"),
        "social_stability": tx("Labels", "Stability"),
        "investigation": tx("Labels", "Case files"),
        "personal_privacy": tx("Labels", "Privacy"),
        "trade_secret": tx("Labels", "Trade"),
        "intellectual_property": tx("Labels", "IP"),
        "process_info": tx("Labels", "Process"),
        "internal_affairs": tx("Labels", "Internal"),
    }
    return names.get(str(category), str(category))


def subtype_name(subtype: str | None) -> str:
    names = {
        "id_card": tx("Labels", "ID number"),
        "mobile": tx("Labels", "Mobile phone"),
        "landline": tx("Labels", "Landline"),
        "bank_card": tx("Labels", "Bank card"),
        "email": tx("Labels", "E-mail"),
        "address": tx("Labels", "Address"),
        "person_name": tx("Labels", "Person's name"),
        "health": tx("Labels", "Health"),
        "license_plate": tx("Labels", "Licence plate"),
    }
    # Subtypes the scanner adds beyond these have no translation yet: show the category only
    # rather than an untranslated code.
    return names.get(subtype or "", "")


def part_name(location: dict) -> str:
    """Where a hit sits, as a reviewer reads it: part plus page/paragraph/cell."""
    parts = {
        "body": tx("Labels", "Body"),
        "table": tx("Labels", "Table"),
        "header": tx("Labels", "Header"),
        "footer": tx("Labels", "Footer"),
        "footnote": tx("Labels", "Footnote"),
        "endnote": tx("Labels", "Endnote"),
        "comment": tx("Labels", "Comment"),
        "textbox": tx("Labels", "Text box"),
        "deleted": tx("Labels", "Deleted text"),
        "inserted": tx("Labels", "Inserted text"),
        "metadata": tx("Labels", "Document properties"),
        "page": tx("Labels", "Page"),
        "text": tx("Labels", "Text"),
    }
    part = str(location.get("part", ""))
    label = parts.get(part, part)
    if location.get("page"):
        label = (
            tx("Labels", "Page %1").replace("%1", str(location["page"]))
            if part == "page"
            else f"{label} · " + tx("Labels", "page %1").replace("%1", str(location["page"]))
        )
    elif location.get("row") is not None and location.get("col") is not None:
        label += " " + tx("Labels", "row %1, column %2").replace(
            "%1", str(location["row"] + 1)
        ).replace("%2", str(location["col"] + 1))
    elif location.get("paragraph") is not None:
        label += " " + tx("Labels", "paragraph %1").replace("%1", str(location["paragraph"] + 1))
    elif location.get("line"):
        label += " " + tx("Labels", "line %1").replace("%1", str(location["line"]))
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
