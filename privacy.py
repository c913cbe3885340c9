"""Masking of callers' personal data: department and leader accounts, their exports and
the brief see `138****5678` and `姜某某` (docs/RULES.md § Masking of personal data).

Plain functions with no Flask import, so screens, exports and the brief mask alike.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flask_login import AnonymousUserMixin

    from models import User

# Roles that see callers' phone numbers and names in full.
FULL_VIEW_ROLES = ("operator", "supervisor")


def mask_phone(phone: str | None) -> str:
    """138****5678: keep the first three and last four digits of a number long enough.

    Short numbers keep only their last digit visible; empty stays empty.
    """
    phone = (phone or "").strip()
    if not phone:
        return ""
    if len(phone) >= 8:
        return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]
    return "*" * (len(phone) - 1) + phone[-1]


def mask_name(name: str | None) -> str:
    """姜某某: the family name (first character) followed by 某 for every other character.

    A one-character name becomes 某; at least two 某 are used so the length isn't revealed
    for short names (姜某某 for 姜三 as for 姜小明).
    """
    name = (name or "").strip()
    if not name:
        return ""
    if len(name) == 1:
        return "某"
    return name[0] + "某" * max(2, len(name) - 1)


def sees_personal_data(user: "User | AnonymousUserMixin | None") -> bool:
    """True when this user may see callers' numbers and names unmasked."""
    return bool(user) and getattr(user, "role", None) in FULL_VIEW_ROLES
