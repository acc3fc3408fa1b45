"""Department profiles: what one department's build carries (name, database, chain, overlay).

A profile is ``resources/departments/<id>.toml``. IT staff write one per department and build an
installer with ``WORKBENCH_DEPARTMENT=<id> pyinstaller build_installer.spec``. The profile's
settings are the department's *defaults*: an administrator can change the sign-off chain and
intervals later in the application, and those changes live in the (shared) database.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench.core.errors import ValidationError
from workbench.paths import bundle_root, resource

PROFILE_DIR = ("departments",)
DEFAULT_PROFILE_ID = "default"
BUILD_INFO_FILENAME = "build_info.json"
_ID_PATTERN = re.compile(r"^[a-z][a-z0-9_-]{0,39}$")


@dataclass(frozen=True)
class DepartmentProfile:
    """A validated department profile."""

    id: str
    display_name: str
    db_url: str | None = None  # None: embedded SQLite on each PC
    signoff_chain: tuple[str, ...] = ("审核",)
    re_review_months: int = 12
    step_deadline_days: int = 5  # working days per sign-off step
    negative_list_overlay: Path | None = None
    logo: Path | None = None
    attribute_stamp: str = "footer"  # footer | header | none: where the publishable copy says it
    source: Path | None = field(default=None, compare=False)


# key -> (type, required); types checked by hand so the message can name the key and file.
_SCHEMA: dict[str, tuple[type | tuple[type, ...], bool]] = {
    "id": (str, True),
    "display_name": (str, True),
    "database": (dict, False),
    "signoff": (dict, False),
    "review": (dict, False),
    "negative_list": (dict, False),
    "branding": (dict, False),
    "publishing": (dict, False),
}


def profiles_dir() -> Path:
    return resource(*PROFILE_DIR)


def available_profiles() -> list[str]:
    # Overlays sit next to profiles as <id>.overlay.toml; a profile id never has a dot.
    return sorted(p.stem for p in profiles_dir().glob("*.toml") if "." not in p.stem)


def _fail(path: Path, message: str) -> ValidationError:
    return ValidationError(f"Department profile {path}: {message}", code="profile_invalid",
                           path=str(path))


def _get(table: dict[str, Any], key: str, kind: type | tuple[type, ...], path: Path,
         where: str, default: Any) -> Any:
    if key not in table:
        return default
    value = table[key]
    # bool is an int subclass; a count given as `true` is a mistake, not 1.
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        expected = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__
                                                                           for k in kind)
        raise _fail(path, f"'{where}{key}' must be {expected}, not {value!r}.")
    return value


def load_profile_file(path: Path) -> DepartmentProfile:
    """Read and validate one profile file; every problem names the file and the key."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise _fail(path, f"cannot be read ({exc.strerror}).") from exc
    except UnicodeDecodeError as exc:
        raise _fail(path, "is not UTF-8 text.") from exc
    except tomllib.TOMLDecodeError as exc:
        raise _fail(path, f"is not valid TOML ({exc}).") from exc
    unknown = sorted(set(data) - set(_SCHEMA))
    if unknown:
        raise _fail(path, f"unknown key(s) {', '.join(unknown)}; known: "
                          f"{', '.join(_SCHEMA)}.")
    for key, (kind, required) in _SCHEMA.items():
        if required and key not in data:
            raise _fail(path, f"the key '{key}' is required.")
        _get(data, key, kind, path, "", None)
    profile_id = data["id"]
    if not _ID_PATTERN.match(profile_id):
        raise _fail(path, f"'id' must be lowercase letters, digits, '-' or '_' (got "
                          f"{profile_id!r}).")
    if profile_id != path.stem:
        raise _fail(path, f"'id' is {profile_id!r} but the file is named {path.name}; they "
                          "must match.")
    if not data["display_name"].strip():
        raise _fail(path, "'display_name' must not be empty.")

    database = data.get("database", {})
    db_url = _get(database, "url", str, path, "database.", "local").strip()
    if db_url and db_url != "local" and not db_url.startswith(("postgresql://",
                                                               "postgresql+psycopg://")):
        raise _fail(path, "'database.url' must be \"local\" or a postgresql:// URL.")

    signoff = data.get("signoff", {})
    chain = _get(signoff, "chain", list, path, "signoff.", ["审核"])
    if not chain or len(chain) > 5 or not all(isinstance(s, str) and s.strip() for s in chain):
        raise _fail(path, "'signoff.chain' must list 1 to 5 step names, e.g. "
                          "[\"初审\", \"复审\", \"终审\"].")
    if len(set(chain)) != len(chain):
        raise _fail(path, "'signoff.chain' names a step twice.")

    review = data.get("review", {})
    months = _get(review, "re_review_months", int, path, "review.", 12)
    if not 1 <= months <= 60:
        raise _fail(path, "'review.re_review_months' must be between 1 and 60.")
    deadline = _get(review, "step_deadline_days", int, path, "review.", 5)
    if not 1 <= deadline <= 60:
        raise _fail(path, "'review.step_deadline_days' must be between 1 and 60.")

    overlay_name = _get(data.get("negative_list", {}), "overlay", str, path,
                        "negative_list.", None)
    overlay = _existing(path, overlay_name, "negative_list.overlay")
    logo = _existing(path, _get(data.get("branding", {}), "logo", str, path, "branding.", None),
                     "branding.logo")
    stamp = _get(data.get("publishing", {}), "attribute_stamp", str, path, "publishing.",
                 "footer")
    if stamp not in ("footer", "header", "none"):
        raise _fail(path, "'publishing.attribute_stamp' must be footer, header or none.")
    return DepartmentProfile(
        id=profile_id, display_name=data["display_name"].strip(),
        db_url=None if db_url in ("", "local") else db_url,
        signoff_chain=tuple(s.strip() for s in chain), re_review_months=months,
        step_deadline_days=deadline, negative_list_overlay=overlay, logo=logo,
        attribute_stamp=stamp, source=path,
    )


def _existing(profile_path: Path, name: str | None, key: str) -> Path | None:
    if name is None:
        return None
    target = (profile_path.parent / name).resolve()
    if not target.is_file():
        raise _fail(profile_path, f"'{key}' names {name}, which does not exist next to the "
                                  "profile.")
    return target


def load_profile(profile_id: str) -> DepartmentProfile:
    if not _ID_PATTERN.match(profile_id):
        raise ValidationError(f"Not a department id: {profile_id!r}.", code="profile_invalid")
    path = profiles_dir() / f"{profile_id}.toml"
    if not path.is_file():
        known = ", ".join(available_profiles()) or "none"
        raise ValidationError(f"No department profile '{profile_id}' in {profiles_dir()} "
                              f"(available: {known}).", code="profile_missing")
    return load_profile_file(path)


def build_info() -> dict[str, Any]:
    """What the installer build recorded (department, version, build time); empty from source."""
    path = bundle_root() / BUILD_INFO_FILENAME
    if not getattr(sys, "frozen", False) and not path.is_file():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def active_profile_id(configured: str | None = None) -> str:
    """``WORKBENCH_DEPARTMENT`` > the build's department > this PC's config > ``default``."""
    return (os.environ.get("WORKBENCH_DEPARTMENT") or build_info().get("department")
            or configured or DEFAULT_PROFILE_ID)


def active_profile(configured: str | None = None) -> DepartmentProfile:
    return load_profile(active_profile_id(configured))
