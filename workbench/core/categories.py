"""The twelve negative-list categories (a contract: ids appear in data, exports and JSON)."""

from __future__ import annotations

from enum import StrEnum


class Category(StrEnum):
    """Negative-list category ids, fixed by DESIGN.md."""

    STATE_SECRET = "state_secret"
    LAW_PROHIBITED = "law_prohibited"
    NATIONAL_SECURITY = "national_security"
    PUBLIC_SAFETY = "public_safety"
    ECONOMIC_SECURITY = "economic_security"
    SOCIAL_STABILITY = "social_stability"
    INVESTIGATION = "investigation"
    PERSONAL_PRIVACY = "personal_privacy"
    TRADE_SECRET = "trade_secret"
    INTELLECTUAL_PROPERTY = "intellectual_property"
    PROCESS_INFO = "process_info"
    INTERNAL_AFFAIRS = "internal_affairs"


class PrivacySubtype(StrEnum):
    """Subtypes of ``personal_privacy`` hits (extendable, never renamed)."""

    ID_CARD = "id_card"
    MOBILE = "mobile"
    LANDLINE = "landline"
    BANK_CARD = "bank_card"
    EMAIL = "email"
    ADDRESS = "address"
    PERSON_NAME = "person_name"
    HEALTH = "health"
    LICENSE_PLATE = "license_plate"


class Withholding(StrEnum):
    """Whether a category must be withheld (条例第十四、十五条) or may be (第十六条)."""

    MANDATORY = "mandatory"
    DISCRETIONARY = "discretionary"


#: The default legal ground per category, as cited on review forms.
#: Grounds are articles of 《中华人民共和国政府信息公开条例》(2019年修订) unless noted.
DEFAULT_LEGAL_GROUND: dict[Category, str] = {
    Category.STATE_SECRET: "条例第十四条；《中华人民共和国保守国家秘密法》",
    Category.LAW_PROHIBITED: "条例第十四条",
    Category.NATIONAL_SECURITY: "条例第十四条",
    Category.PUBLIC_SAFETY: "条例第十四条",
    Category.ECONOMIC_SECURITY: "条例第十四条",
    Category.SOCIAL_STABILITY: "条例第十四条",
    Category.INVESTIGATION: "条例第十四条、第十六条",
    Category.PERSONAL_PRIVACY: "条例第十五条",
    Category.TRADE_SECRET: "条例第十五条",
    Category.INTELLECTUAL_PROPERTY: "条例第十五条",
    Category.PROCESS_INFO: "条例第十六条第二款",
    Category.INTERNAL_AFFAIRS: "条例第十六条第一款",
}

CATEGORY_NAME_ZH: dict[Category, str] = {
    Category.STATE_SECRET: "国家秘密",
    Category.LAW_PROHIBITED: "法律、行政法规禁止公开",
    Category.NATIONAL_SECURITY: "危及国家安全",
    Category.PUBLIC_SAFETY: "危及公共安全",
    Category.ECONOMIC_SECURITY: "危及经济安全",
    Category.SOCIAL_STABILITY: "危及社会稳定",
    Category.INVESTIGATION: "刑事侦查、行政调查与执法案卷",
    Category.PERSONAL_PRIVACY: "个人隐私",
    Category.TRADE_SECRET: "商业秘密",
    Category.INTELLECTUAL_PROPERTY: "知识产权保护",
    Category.PROCESS_INFO: "过程性信息",
    Category.INTERNAL_AFFAIRS: "内部事务信息",
}

CATEGORY_WITHHOLDING: dict[Category, Withholding] = {
    c: (
        Withholding.DISCRETIONARY
        if c in (Category.PROCESS_INFO, Category.INTERNAL_AFFAIRS)
        else Withholding.MANDATORY
    )
    for c in Category
}
