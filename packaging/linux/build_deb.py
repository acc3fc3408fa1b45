"""Wrap a built bundle (dist/workbench-<id>-<version>/) into a .deb for UOS/Kylin desktops.

    python packaging/linux/build_deb.py dist/workbench-example-finance-0.1.0

Installs the bundle under /opt/workbench-<id>/, the commands ``workbench-<id>`` (window) and
``workbench-<id>-cli`` in /usr/bin, a desktop entry and the icon. The user's database and
settings live in their home folder, never under /opt, so installing a newer .deb over an older
one keeps them; the first start of the new version migrates the database.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DESKTOP_ENTRY = """[Desktop Entry]
Type=Application
Version=1.0
Name={name}
Name[zh_CN]={name}
GenericName=Disclosure Review Workbench
Comment=政务公开保密审查：先审查、后公开
Exec=/usr/bin/{command} %F
Icon={command}
Terminal=false
Categories=Office;
MimeType=application/vnd.openxmlformats-officedocument.wordprocessingml.document;application/pdf;text/plain;
StartupWMClass=workbench
"""

CONTROL = """Package: {package}
Version: {version}
Section: misc
Priority: optional
Architecture: {arch}
Maintainer: {maintainer}
Installed-Size: {size_kb}
Depends: libegl1, libgl1, libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, libfontconfig1,
 libdbus-1-3
Recommends: fonts-noto-cjk | fonts-wqy-zenhei, libreoffice-writer
Description: {name}
 Confidentiality review of government documents before publication
 (政务公开保密审查工作台). Department build: {department}.
"""

LAUNCHER = """#!/bin/sh
exec /opt/{package}/{program} "$@"
"""


def _arch() -> str:
    try:
        return subprocess.run(["dpkg", "--print-architecture"], check=True,
                              capture_output=True, text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "amd64"


def _icon(installed: Path) -> Path:
    """The bundle's icon, else the checkout's (a bundle built before the icon existed)."""
    for candidate in (installed / "_internal" / "resources" / "icons" / "workbench.png",
                      Path(__file__).resolve().parents[2] / "resources" / "icons"
                      / "workbench.png"):
        if candidate.is_file():
            return candidate
    raise SystemExit("No application icon found (resources/icons/workbench.png); rebuild the "
                     "bundle from a complete checkout.")


def build_deb(bundle: Path, out_dir: Path, *, version: str | None = None,
              maintainer: str = "IT <it@localhost>") -> Path:
    """Build the package and return its path. ``version`` overrides the bundle's version."""
    info = json.loads((bundle / "_internal" / "build_info.json").read_text(encoding="utf-8"))
    department = info["department"]
    version = version or info["version"]
    package = f"workbench-{department}"
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "pkg"
        target = root / "opt" / package
        shutil.copytree(bundle, target, symlinks=True)
        for program, command in (("workbench", package), ("workbench-cli", f"{package}-cli")):
            launcher = root / "usr" / "bin" / command
            launcher.parent.mkdir(parents=True, exist_ok=True)
            launcher.write_text(LAUNCHER.format(package=package, program=program))
            launcher.chmod(0o755)
        apps = root / "usr" / "share" / "applications"
        apps.mkdir(parents=True)
        (apps / f"{package}.desktop").write_text(
            DESKTOP_ENTRY.format(name=info["display_name"], command=package), encoding="utf-8")
        icon_src = _icon(target)
        icon_dir = root / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps"
        icon_dir.mkdir(parents=True)
        shutil.copy2(icon_src, icon_dir / f"{package}.png")
        size_kb = sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) // 1024
        debian = root / "DEBIAN"
        debian.mkdir()
        (debian / "control").write_text(CONTROL.format(
            package=package, version=version, arch=_arch(), maintainer=maintainer,
            size_kb=size_kb, name=info["display_name"], department=department),
            encoding="utf-8")
        out_dir.mkdir(parents=True, exist_ok=True)
        output = out_dir / f"{package}_{version}_{_arch()}.deb"
        # gzip: fast to build, and read by the older dpkg of UOS/Kylin releases.
        subprocess.run(["dpkg-deb", "--build", "--root-owner-group", "-Zgzip", str(root),
                        str(output)], check=True, stdout=subprocess.DEVNULL,
                       env={**os.environ, "SOURCE_DATE_EPOCH": "0"})
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the dist/workbench-<id>-<version>/ folder")
    parser.add_argument("-o", "--out", type=Path, default=Path("dist"))
    parser.add_argument("--version", help="package version (default: the bundle's)")
    parser.add_argument("--maintainer", default="IT <it@localhost>")
    args = parser.parse_args(argv)
    if not (args.bundle / "_internal" / "build_info.json").is_file():
        print(f"{args.bundle} is not a workbench bundle (no _internal/build_info.json).",
              file=sys.stderr)
        return 2
    if shutil.which("dpkg-deb") is None:
        print("dpkg-deb is needed (Debian, UOS and Kylin have it).", file=sys.stderr)
        return 2
    print(build_deb(args.bundle, args.out, version=args.version, maintainer=args.maintainer))
    return 0


if __name__ == "__main__":
    sys.exit(main())
