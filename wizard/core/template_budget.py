"""Provides the budget a coach's own template renders within, and the one way every template
is rendered.

The built-in templates are ours and tested: they render in this process, fast (a whole profile
in about a millisecond). Any other template renders in a separate process
(wizard.core.template_worker) in a capped sandbox: `range()`, repetition (`'x' * 10**9`) and
powers have limits, a text may not pass MAX_OUTPUT characters, the process may not pass
MEMORY_MB, and a render that takes longer than `seconds()` is stopped. Every breach is one
TemplateProblem line, the same in `render`, `templates check` and the app; whatever a template
writes, its escape sequences and control characters never reach the output.
"""

from __future__ import annotations

import functools
import math
import os
from collections.abc import Callable, Mapping
from typing import Any

from jinja2.runtime import Context, Undefined
from jinja2.sandbox import ImmutableSandboxedEnvironment

from wizard.core.errors import UserError
from wizard.core.lazyre import lazy
from wizard.core.sanitize import strip_controls
from wizard.core.templates import TemplateSet, Variant, _Sandbox, with_frames

SECONDS = 1.0  # per text; a template that fits LinkedIn renders in well under a millisecond
MAX_OUTPUT = 100_000  # characters of one text; the longest LinkedIn text has 2,600
MAX_RANGE = 10_000  # numbers in one range()
MAX_REPEAT = 100_000  # characters or items that `*` may make
MAX_POWER_DIGITS = 1_000  # digits of a ** result
MEMORY_MB = 256  # memory the worker may use beyond what it needs to start


def seconds() -> float:
    """The time budget of one text; PROFILE_WIZARD_TEMPLATE_SECONDS sets another (a test, a
    very slow machine)."""
    try:
        value = float(os.environ.get("PROFILE_WIZARD_TEMPLATE_SECONDS", SECONDS))
    except ValueError:
        return SECONDS
    return value if 0 < value <= 60 else SECONDS


class TemplateProblem(UserError):
    """A template that failed or broke its budget: `where` is its file (and line)."""


class BudgetExceeded(TemplateProblem):
    """Raised inside the sandbox when a template asks for more than the budget allows."""


def render(templates: TemplateSet, variant: Variant, ctx: Mapping[str, Any]) -> str:
    """The text `variant` writes for `ctx`, without escape sequences or control characters."""
    if variant.origin == "built-in":
        builtin = _builtin(templates)
        raw = builtin.template(variant).render(_framed(builtin, variant.lang, ctx))
    else:
        from wizard.core.template_worker import worker

        raw = worker().render(templates.dirs[:-1], variant, ctx)
    return strip_controls(raw)


def _framed(templates: TemplateSet, lang: str, ctx: Mapping[str, Any]) -> Mapping[str, Any]:
    """`ctx` with the built-in frames as `f`, made once per profile: the context of one
    render is shared by every variant, so the frames are kept in it."""
    if "f" in ctx:
        return ctx
    framed = with_frames(templates.environment(lang), lang, ctx)
    if isinstance(ctx, dict) and "f" in framed:
        ctx["f"] = framed["f"]
    return framed


def _builtin(templates: TemplateSet) -> TemplateSet:
    """A set that loads the built-ins only: a user file can never stand in for one of them."""
    return templates if len(templates.dirs) == 1 else _builtin_set()


@functools.cache
def _builtin_set() -> TemplateSet:
    return TemplateSet()


def capped_range(*args: int) -> range:
    numbers = range(*args)
    if len(numbers) > MAX_RANGE:
        raise BudgetExceeded("template_range", limit=MAX_RANGE)
    return numbers


def _repeat(left: Any, right: Any) -> Any:
    for seq, n in ((left, right), (right, left)):
        if isinstance(seq, str | list | tuple) and isinstance(n, int) and \
                len(seq) * max(n, 0) > MAX_REPEAT:
            raise BudgetExceeded("template_repeat", limit=MAX_REPEAT)
    return left * right


def _power(base: Any, exponent: Any) -> Any:
    if isinstance(base, int) and isinstance(exponent, int) and abs(base) > 1 and exponent > 0 \
            and exponent * math.log10(abs(base)) > MAX_POWER_DIGITS:
        raise BudgetExceeded("template_power", limit=MAX_POWER_DIGITS)
    return base**exponent


_WIDTH = lazy(r"%[-+ #0]*(\d+)?(?:\.(\d+))?")


def _modulo(left: Any, right: Any) -> Any:
    if isinstance(left, str):  # printf-style: "%0999999999d" % 1 is a gigabyte
        for width, precision in _WIDTH.findall(left):
            if max(int(width or 0), int(precision or 0)) > MAX_REPEAT:
                raise BudgetExceeded("template_repeat", limit=MAX_REPEAT)
    return left % right


_BINOPS: dict[str, Callable[[Any, Any], Any]] = {"*": _repeat, "**": _power, "%": _modulo}


class CappedSandbox(_Sandbox):
    """The templates' sandbox with limits on the operators that make huge values at once."""

    intercepted_binops = frozenset(_BINOPS)

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        op = _BINOPS.get(operator)
        return op(left, right) if op else super().call_binop(context, operator, left, right)


def _undefined_first(f: Callable[..., Any]) -> Callable[..., Any]:
    """A filter that, given an undefined name, says so ("'persn' is undefined") instead of
    failing inside with a TypeError about StrictUndefined."""
    @functools.wraps(f)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        for value in (*args, *kwargs.values()):
            if isinstance(value, Undefined):
                value._fail_with_undefined_error()
        return f(*args, **kwargs)

    return guarded


def capped_lipsum(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> str:
    """Jinja's placeholder text, a few paragraphs at most."""
    from jinja2.utils import generate_lorem_ipsum

    if not all(isinstance(v, int) for v in (n, min, max)) or n > 20 or max > 200:
        raise BudgetExceeded("template_repeat", limit=MAX_REPEAT)
    return str(generate_lorem_ipsum(n, html, min, max))


_FOR_UNDEFINED = frozenset({"default", "d"})  # the filters made to receive an undefined name


def cap(env: ImmutableSandboxedEnvironment) -> ImmutableSandboxedEnvironment:
    """Apply the limits that live in an environment's globals and filters."""
    env.globals["range"] = capped_range
    env.globals["lipsum"] = capped_lipsum  # lipsum(10**6) writes a book
    env.filters = {name: f if name in _FOR_UNDEFINED else _undefined_first(f)
                   for name, f in env.filters.items()}
    env.bytecode_cache = None  # compiled with the limits, not with what a cache holds
    env.auto_reload = True  # the worker outlives a TemplateSet: an edited file is read again
    return env
