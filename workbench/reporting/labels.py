"""Chinese wording printed in the exports, and the validation of the codes it is looked up by."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from workbench.core.attributes import ATTRIBUTE_NAME_ZH, DisclosureAttribute
from workbench.core.categories import CATEGORY_NAME_ZH, Category, PrivacySubtype
from workbench.core.errors import ValidationError

PRODUCT_NAME = "政务公开保密审查工作台"

SIGNOFF_OUTCOME_ZH = {"approved": "同意", "returned": "退回"}

AUDIT_OUTCOME_ZH = {"ok": "成功", "refused": "拒绝", "failed": "失败"}

ROLE_ZH = {"reviewer": "审查人", "supervisor": "审核人", "admin": "管理员"}

PRIVACY_SUBTYPE_ZH = {
    PrivacySubtype.ID_CARD: "身份证号",
    PrivacySubtype.MOBILE: "手机号码",
    PrivacySubtype.LANDLINE: "固定电话",
    PrivacySubtype.BANK_CARD: "银行卡号",
    PrivacySubtype.EMAIL: "电子邮箱",
    PrivacySubtype.ADDRESS: "住址",
    PrivacySubtype.PERSON_NAME: "姓名",
    PrivacySubtype.HEALTH: "健康信息",
    PrivacySubtype.LICENSE_PLATE: "车牌号",
}

_SHA256 = re.compile(r"[0-9a-f]{64}")


def attribute_zh(value: str | None) -> str:
    """主动公开 / 依申请公开 / 不予公开; an empty string when not decided yet."""
    if value is None or value == "":
        return ""
    try:
        return ATTRIBUTE_NAME_ZH[DisclosureAttribute(value)]
    except ValueError:
        raise ValidationError(f"Unknown disclosure attribute {value!r}.",
                              code="export_attribute", value=value) from None


def category_zh(value: str) -> str:
    try:
        return CATEGORY_NAME_ZH[Category(value)]
    except ValueError:
        raise ValidationError(f"Unknown negative-list category {value!r}.",
                              code="export_category", value=value) from None


def subtype_zh(value: str | None) -> str:
    if not value:
        return ""
    try:
        return PRIVACY_SUBTYPE_ZH[PrivacySubtype(value)]
    except (ValueError, KeyError):
        return value  # subtypes are extendable: print the id rather than refuse the form


def signoff_outcome_zh(value: str) -> str:
    try:
        return SIGNOFF_OUTCOME_ZH[value]
    except KeyError:
        raise ValidationError(f"Unknown sign-off outcome {value!r}.",
                              code="export_signoff_outcome", value=value) from None


def check_sha256(value: str | None, what: str, *, optional: bool = False) -> None:
    if value is None and optional:
        return
    if not isinstance(value, str) or not _SHA256.fullmatch(value):
        raise ValidationError(f"{what} is not a lower-case SHA-256 hex digest: {value!r}.",
                              code="export_sha256", field=what)


def local_time(moment: datetime | None) -> datetime:
    """The moment in the PC's local time zone (what a person in the office reads)."""
    moment = moment or datetime.now(UTC)
    if moment.tzinfo is None:  # naive values from the services are UTC, as stored
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()


def format_datetime(moment: datetime | None) -> str:
    """2025年3月4日 14:05 (local time)."""
    if moment is None:
        return ""
    local = local_time(moment)
    return f"{local.year}年{local.month}月{local.day}日 {local:%H:%M}"


def format_date(day: date | datetime | None) -> str:
    """2025年3月4日 (the way dates are written on official forms)."""
    if day is None:
        return ""
    if isinstance(day, datetime):
        day = local_time(day).date()
    return f"{day.year}年{day.month}月{day.day}日"
