"""Small factories: make_order(**overrides) and friends, each with sensible defaults."""

import datetime as dt
import functools
import itertools

from models import Category, Department, User, WorkOrder

_seq = itertools.count(1)


def make_department(name=None, **overrides):
    name = name or f"测试单位{next(_seq)}"
    return Department.get_or_create(name=name, defaults=overrides)[0]


def make_category(name="社会服务类", parent=None, **overrides):
    return Category.get_or_create(name=name, parent=parent, defaults=overrides)[0]


def make_user(role, password="test-password-123", **overrides):
    if role == "department" and "department" not in overrides:
        overrides["department"] = make_department()
    overrides.setdefault("username", f"{role}{next(_seq)}")
    user = User(role=role, **overrides)
    user.password_hash = _hash_of(password)
    user.save()
    return user


@functools.cache
def _hash_of(password):
    """The real argon2 hash (User.set_password), made once per password: a hash takes
    0.1–0.2 s and hundreds of tests make users with the same password."""
    user = User()
    user.set_password(password)
    return user.password_hash


def make_order(**overrides):
    """A NEW phone order received 2020-01-10 09:00 unless told otherwise."""
    if "category" not in overrides:
        overrides["category"] = make_category()
    # Far above the demo's numbers (2020 + 0000001…), so a test may load the demo beside them
    # however many users and orders earlier tests made with the same counter.
    overrides.setdefault("case_no", f"2020{9_000_000 + next(_seq):07d}")
    overrides.setdefault("received_at", dt.datetime(2020, 1, 10, 9, 0))
    overrides.setdefault("content", "来电反映小区路灯不亮，希望尽快维修。")
    overrides.setdefault("caller_phone", "13812345678")
    return WorkOrder.create(**overrides)
