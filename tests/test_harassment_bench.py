"""bench/bench_harassment.py picks a caller model by letter: a → bench.caller_model, any other
letter x → bench.caller_model_x (so a third model, caller_model_c, runs with --model c), and
after z the names za, zb… → bench.caller_model_za…"""

import sys
import types

import pytest

from bench import bench_harassment


def test_a_is_the_projects_own_model_and_b_the_independent_one():
    assert bench_harassment.caller_model("a").__name__ == "bench.caller_model"
    assert bench_harassment.caller_model("b").__name__ == "bench.caller_model_b"


def test_any_other_letter_is_bench_caller_model_of_that_letter(monkeypatch):
    # A stand-in for a model module written later (like caller_model_c): importlib finds it
    # in sys.modules under the name the letter must map to.
    for name in ("q", "zq"):
        later = types.ModuleType(f"bench.caller_model_{name}")
        monkeypatch.setitem(sys.modules, f"bench.caller_model_{name}", later)
        assert bench_harassment.caller_model(name) is later


@pytest.mark.parametrize("name", ["", "C", "ab", "zC", "zab", "z1", "1", "../x"])
def test_a_model_name_is_one_lowercase_letter_or_z_and_one(name):
    with pytest.raises(ValueError):
        bench_harassment.caller_model(name)


def test_the_command_line_takes_any_letter_and_refuses_others(capsys):
    assert bench_harassment._model_letter("c") == "c"
    assert bench_harassment._model_letter("za") == "za"
    with pytest.raises(SystemExit):
        bench_harassment.main(["--model", "C"])
    assert "调用模型须为一个小写字母" in capsys.readouterr().err
