"""The brief's typefaces: the official faces when the office has them, free CJK fonts otherwise.

GB/T 9704-2012 asks for 方正小标宋简体 (masthead, title), 黑体 (一、), 楷体_GB2312 (（一）)
and 仿宋_GB2312 (body). They are licensed, so the office drops the files it owns into
FONTS_DIR (see fonts/README.md); file names vary, so faces are matched by the family names
inside the files (read with fontTools), in any language of the name table. A face
installed system-wide (known to fontconfig) is used by name. Missing faces fall back to
Noto CJK (Debian fonts-noto-cjk) — every stack ends with a font that has every glyph.
"""

import functools
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

FONT_SUFFIXES = (".ttf", ".otf", ".ttc", ".otc")

# role -> (official family names in order of preference, free fallback families, weight of the fallback)
ROLES = {
    "title": (
        ("方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05", "方正小标宋"),
        ("Noto Serif CJK SC",),
        700,
    ),
    "heiti": (("黑体", "SimHei", "方正黑体简体", "FZHei-B01S"), ("Noto Sans CJK SC",), 700),
    "kaiti": (
        ("楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "方正楷体简体", "FZKai-Z03S"),
        ("Noto Serif CJK SC",),
        400,
    ),
    "fangsong": (
        ("仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "方正仿宋简体", "FZFangSong-Z02S"),
        ("Noto Serif CJK SC",),
        400,
    ),
}
# Last resorts that fonts-noto-cjk guarantees: between them every CJK glyph.
LAST_RESORT = ("Noto Serif CJK SC", "Noto Sans CJK SC")


def _names(font):
    """Family and full names a font file declares (name IDs 1, 4, 16), all languages."""
    names = set()
    for record in font["name"].names:
        if record.nameID in (1, 4, 16):
            try:
                names.add(record.toUnicode().strip())
            except UnicodeDecodeError:
                continue
    return names


def scan_folder(folder: str | os.PathLike[str]) -> dict[str, str]:
    """{family name: file path} of the fonts in `folder` (sub-folders too); unreadable files skipped."""
    from fontTools.ttLib import TTCollection, TTFont

    found = {}
    root = Path(folder)
    if not root.is_dir():
        return found
    for path in sorted(root.rglob("*")):
        if path.suffix.lower() not in FONT_SUFFIXES or not path.is_file():
            continue
        try:
            if path.suffix.lower() in (".ttc", ".otc"):
                # @font-face loads the first face of a collection: only that one can be used.
                font = TTCollection(str(path), lazy=True).fonts[0]
            else:
                font = TTFont(str(path), lazy=True)
            for name in _names(font):
                found.setdefault(name, str(path))
        except Exception:  # a broken or foreign file must not stop the brief
            continue
    return found


@functools.lru_cache(maxsize=1)
def system_families() -> frozenset[str]:
    """Families fontconfig knows (installed system-wide); empty without fc-list."""
    if not shutil.which("fc-list"):
        return frozenset()
    output = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True, check=False).stdout
    return frozenset(name.strip() for line in output.splitlines() for name in line.split(","))


def _folder_key(folder):
    root = Path(folder)
    if not root.is_dir():
        return ()
    return tuple(sorted((str(p), p.stat().st_mtime_ns) for p in root.rglob("*") if p.is_file()))


@functools.lru_cache(maxsize=8)
def _plan(folder, key):
    files = scan_folder(folder)
    system = system_families()
    faces, roles = [], {}
    for role, (official, fallback, fallback_weight) in ROLES.items():
        chosen = None
        for name in official:
            if name in files:
                alias = f"brief-{role}"
                faces.append({"family": alias, "url": Path(files[name]).resolve().as_uri(), "source": name})
                chosen = {"family": alias, "official": name, "file": files[name]}
                break
            if name in system:
                chosen = {"family": name, "official": name, "file": ""}
                break
        families = ([chosen["family"]] if chosen else []) + [f for f in fallback if f in system or f in LAST_RESORT]
        families += [f for f in LAST_RESORT if f not in families]
        roles[role] = {
            "stack": ", ".join(f'"{f}"' for f in families),
            "weight": 400 if chosen else fallback_weight,
            "official": chosen["official"] if chosen else "",
            "file": chosen["file"] if chosen else "",
        }
    return {"faces": faces, "roles": roles}


def font_plan(folder: str | os.PathLike[str] | None) -> dict[str, Any]:
    """What the brief's stylesheet needs: @font-face sources and a family stack per role.

    {"faces": [{"family", "url", "source"}], "roles": {role: {"stack", "weight", "official", "file"}}}
    Re-scans the folder only when its files change.
    """
    folder = os.fspath(folder or "")
    return _plan(folder, _folder_key(folder))
