"""政务公开保密审查工作台 (Disclosure Review Workbench): review drafts before they are published."""

import time as _time

#: When the package was first imported: the self-test reports start-up time from here.
STARTED_AT = _time.perf_counter()

__version__ = "0.1.0"
APP_ID = "disclosure-review-workbench"
APP_NAME = "Disclosure Review Workbench"
APP_NAME_ZH = "政务公开保密审查工作台"
