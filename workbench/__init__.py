"""政务公开保密审查工作台 (Disclosure Review Workbench): review drafts before they are published."""

__version__ = "0.1.0"
APP_ID = "disclosure-review-workbench"
APP_NAME = "Disclosure Review Workbench"
APP_NAME_ZH = "政务公开保密审查工作台"
