"""Provides the template search path, variant discovery and the sandboxed Jinja environment."""

from __future__ import annotations

import contextlib
import functools
import marshal
import os
import re
import sys
from collections.abc import Callable, Mapping, MutableMapping, Sequence
from dataclasses import replace
from pathlib import Path
from types import BuiltinMethodType, CodeType, MethodType, SimpleNamespace
from typing import Any

from jinja2 import (
    BytecodeCache,
    ChoiceLoader,
    Environment,
    FileSystemBytecodeCache,
    FileSystemLoader,
    StrictUndefined,
    Template,
    TemplateNotFound,
)
from jinja2 import __version__ as jinja_version
from jinja2.bccache import Bucket
from jinja2.exceptions import SecurityError
from jinja2.loaders import split_template_path
from jinja2.runtime import Context, Macro
from jinja2.sandbox import ImmutableSandboxedEnvironment

from wizard.core import filters
from wizard.core.dataclass_cache import dataclass
from wizard.core.languages import language, pack_file, read_toml
from wizard.core.outputs import names
from wizard.core.sanitize import for_terminal
from wizard.core.shaping import Phrase

OUTPUTS: tuple[str, ...] = names()  # the registry's order (data/outputs.toml)
_RANK = re.compile(r"^(\d+)-")


def builtin_templates() -> Path:
    """Templates ship inside the wheel as wizard/templates; a checkout has them at the top."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "templates", here.parent / "templates"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("profile-wizard's templates are missing from the installation")


@dataclass(frozen=True)
class Variant:
    """One template file: the output it writes, its name, its rank and where it comes from."""

    lang: str
    output: str
    name: str
    rank: int
    path: Path
    origin: str  # "built-in" or the templates directory it was found in
    overrides: Path | None = None  # the file of the same name it hides in a later directory

    @property
    def template_name(self) -> str:
        return f"{self.lang}/{self.output}/{self.path.name}"


class TemplateSet:
    """The variants available per language and output: user directories first, then built-ins."""

    def __init__(self, user_dirs: Sequence[Path] = ()) -> None:
        self.dirs: tuple[Path, ...] = (*user_dirs, builtin_templates())
        self._envs: dict[str, ImmutableSandboxedEnvironment] = {}
        self._variants: dict[tuple[str, str], tuple[Variant, ...]] = {}

    def variants(self, lang: str, output: str) -> tuple[Variant, ...]:
        """Variants in rank order; a user file with a built-in's name replaces it."""
        key = (lang, output)
        if key not in self._variants:
            found: dict[str, Variant] = {}
            for d in self.dirs:
                origin = "built-in" if d == self.dirs[-1] else str(d)
                for path in sorted((d / lang / output).glob("*.j2")):
                    m = _RANK.match(path.stem)
                    # a file name is text from outside: its name is shown in the app,
                    # kept in the store and printed, so it carries no escape sequence
                    name = for_terminal(path.stem[m.end():] if m else path.stem)
                    if name not in found:
                        rank = int(m.group(1)) if m else 50
                        found[name] = Variant(lang, output, name, rank, path, origin)
                    elif found[name].overrides is None and found[name].path.parent != path.parent:
                        found[name] = replace(found[name], overrides=path)
            self._variants[key] = tuple(sorted(found.values(), key=lambda v: (v.rank, v.name)))
        return self._variants[key]

    def environment(self, lang: str) -> ImmutableSandboxedEnvironment:
        if lang not in self._envs:
            self._envs[lang] = make_environment(self.dirs, lang)
        return self._envs[lang]

    def template(self, variant: Variant) -> Template:
        # The loaders are searched in the same order as `variants`, so the name finds this file.
        return self.environment(variant.lang).get_template(variant.template_name)


class RootedLoader(FileSystemLoader):
    """A file loader that refuses any file outside its directory, even through a symbolic link.

    FileSystemLoader already rejects `..` and absolute names; a link inside a shared template
    pack could still point at /etc/passwd or a private file, so the resolved path is checked.
    """

    def __init__(self, root: Path) -> None:
        super().__init__(str(root))
        self.root = root

    def get_source(self, environment: Environment, template: str,
                   ) -> tuple[str, str, Callable[[], bool]]:
        path = self.root.joinpath(*split_template_path(template))  # rejects `..`
        # checked before reading, so not even the opening of the file happens
        if path.exists() and not path.resolve().is_relative_to(self.root.resolve()):
            raise SecurityError(f"template '{template}' links to a file outside {self.root}")
        _readable(path, template)
        return super().get_source(environment, template)


# A template is a few kB (the largest built-in one is under 3 kB); a file of megabytes is
# something else, and compiling it took seconds before failing as "takes longer than 1 s".
MAX_TEMPLATE_BYTES = 100_000


def _readable(path: Path, name: str) -> None:
    """Refuse a template file that is a FIFO or a device (Jinja called it "no template"), or
    too large to be one; a missing file is left to Jinja's TemplateNotFound."""
    import stat

    from wizard.core.errors import UserError

    try:
        st = path.stat()
    except OSError:
        return
    if stat.S_ISDIR(st.st_mode):
        return
    if not stat.S_ISREG(st.st_mode):
        raise UserError("template_not_regular", name=name)
    if st.st_size > MAX_TEMPLATE_BYTES:
        raise UserError("template_too_large", name=name, size=st.st_size,
                        limit=MAX_TEMPLATE_BYTES)


class PackedLoader(RootedLoader):
    """The built-in templates, each language's compiled into one file of the user's cache.

    Loading 19 templates one by one from Jinja's bytecode cache reads each source, hashes it
    and opens its cache file: ~8 ms of every `render`. The pack is one read, and is used
    while every template file of the language keeps its size and modification time (and
    Python and Jinja their versions); otherwise it is compiled again. An environment without
    a bytecode cache (the capped sandbox compiles with its limits) loads as Jinja does.
    """

    def __init__(self, root: Path) -> None:
        super().__init__(root)
        self._packs: dict[str, dict[str, CodeType]] = {}

    def load(self, environment: Environment, name: str,
             globals: MutableMapping[str, Any] | None = None) -> Template:
        cache = environment.bytecode_cache
        directory = getattr(cache, "directory", None)
        code = self._pack(environment, name.partition("/")[0], directory).get(name) \
            if isinstance(directory, str) else None
        if code is None:  # not a built-in template file: Jinja's own way, and its error
            return super().load(environment, name, globals)
        return environment.template_class.from_code(environment, code, globals or {}, None)

    def _pack(self, environment: Environment, lang: str, directory: str,
              ) -> dict[str, CodeType]:
        if lang not in self._packs:
            self._packs[lang] = self._read_or_compile(environment, lang, Path(directory))
        return self._packs[lang]

    def _read_or_compile(self, environment: Environment, lang: str, directory: Path,
                         ) -> dict[str, CodeType]:
        stamp = (sys.implementation.cache_tag, jinja_version, type(environment).__qualname__,
                 _stamps(self.root, lang))
        entry = directory / f"pack-{_file_safe(lang)}.marshal"
        with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
            cached = marshal.loads(entry.read_bytes())
            if isinstance(cached, tuple) and len(cached) == 2 and cached[0] == stamp:
                codes: dict[str, CodeType] = cached[1]
                return codes
        codes = {}
        for name, _, _ in stamp[3]:
            with contextlib.suppress(Exception):  # a broken file: loaded as Jinja does, it says so
                source, filename, _ = self.get_source(environment, name)
                codes[name] = environment.compile(source, name, filename)
        from wizard.core.fileio import write_private

        with contextlib.suppress(OSError, ValueError):
            write_private(entry, marshal.dumps((stamp, codes)), durable=False)
        return codes


def _stamps(root: Path, lang: str) -> tuple[tuple[str, int, int], ...]:
    """Every template file of `lang` under `root` (its name, size and modification time)."""
    found = []
    folders = [f"{lang}"]
    while folders:
        rel = folders.pop()
        with contextlib.suppress(OSError), os.scandir(root / rel) as entries:
            for e in entries:
                if e.is_dir():
                    folders.append(f"{rel}/{e.name}")
                elif e.name.endswith(".j2"):
                    st = e.stat()
                    found.append((f"{rel}/{e.name}", st.st_size, st.st_mtime_ns))
    return tuple(sorted(found))


def _file_safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in name)


class _Sandbox(ImmutableSandboxedEnvironment):
    """The sandbox, told that the answer sections it is given are plain data.

    Every `person.role` in a template asks the sandbox whether the attribute is safe, through
    checks meant for arbitrary objects; for our own namespaces of strings the answer is known.
    """

    def is_safe_attribute(self, obj: object, attr: str, value: object) -> bool:
        if type(obj) in _DATA_TYPES and not attr.startswith("_"):
            return True
        return bool(super().is_safe_attribute(obj, attr, value))

    def getattr(self, obj: Any, attribute: str) -> Any:
        """`person.role` on our own namespaces without the sandbox's general checks: their
        public attributes are plain data (never a `str.format`, which the sandbox wraps), so
        the answer is the one the full path gives, a fifth of the cost of every render."""
        if type(obj) in _PLAIN_TYPES and not attribute.startswith("_"):
            try:
                value = getattr(obj, attribute)
            except AttributeError:
                pass
            else:
                if not isinstance(value, _METHOD_TYPES):
                    return value
        return super().getattr(obj, attribute)

    def call(__self, __context: Context, __obj: Any, *args: Any,
             **kwargs: Any) -> Any:
        """`{{ f.doing() }}`: a frame's sentence is already said; the sandbox's checks of a
        callable are for the others."""
        if type(__obj) is Said and not args and not kwargs:
            return __obj
        if type(__obj) is Macro:
            # a template's own macro (a frame with arguments, ~130 calls a profile): always
            # safe to call, and given no context (Jinja's Context.call, without its lookups)
            kwargs.pop("_block_vars", None)
            kwargs.pop("_loop_vars", None)
            return __obj(*args, **kwargs)
        return super().call(__context, __obj, *args, **kwargs)


class Said(str):
    """A frame's sentence, worked out once: `{{ f.doing() }}` and `{{ f.doing }}` both print it."""

    def __call__(self) -> Said:
        return self


class Frames:
    """The sentence frames of a language (`<lang>/frames.j2`) for one profile, as `f` in every
    template: each macro is rendered on first use and kept, since the variants of a profile
    share their sentences (the About and the pitch both say where you are going)."""

    def __init__(self, module: Any) -> None:
        self._module = module

    def __getattr__(self, name: str) -> Any:
        """The first use of a frame; it is then kept as an attribute, which Python finds
        without calling this again (a profile's variants ask for frames ~100 times)."""
        if name.startswith("_"):
            raise AttributeError(name)
        macro = getattr(self._module, name)
        # a frame that takes arguments is called as it is
        value = macro if getattr(macro, "arguments", ()) else Said(macro())
        self.__dict__[name] = value
        return value


_DATA_TYPES = (SimpleNamespace, Phrase, Frames)
# Not Phrase: a str, whose `format` the sandbox must wrap.
_PLAIN_TYPES = (SimpleNamespace, Frames)
_METHOD_TYPES = (MethodType, BuiltinMethodType)


def with_frames(env: Environment, lang: str, ctx: Mapping[str, Any]) -> dict[str, Any]:
    """`ctx` with `f`, the frames of `lang` made with it (none when the language has none)."""
    out = dict(ctx)
    try:
        module = env.get_template(f"{lang}/frames.j2").make_module(out)
    except TemplateNotFound:
        return out
    out["f"] = Frames(module)
    return out


class Unavailable(Exception):
    """Raised by a template's `{{ unavailable() }}`: this variant does not fit these answers
    (a headline about an organisation for someone without one) and is not offered."""


def _unavailable(reason: str = "") -> str:
    raise Unavailable(reason)


def make_environment(dirs: Sequence[Path], lang: str, sandbox: type[_Sandbox] = _Sandbox,
                     ) -> ImmutableSandboxedEnvironment:
    """A sandboxed environment: shared templates cannot reach Python internals or files
    (`sandbox`: a stricter one, wizard.core.template_budget's for templates not built in)."""
    lng = language(lang)
    env = sandbox(
        # the built-ins alone (every built-in variant renders with them) load from a pack
        loader=PackedLoader(dirs[0]) if len(dirs) == 1 else
        ChoiceLoader([RootedLoader(d) for d in dirs]),
        autoescape=False,
        undefined=StrictUndefined,
        trim_blocks=False,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        auto_reload=False,
        bytecode_cache=_bytecode_cache(),
    )
    env.filters.update(
        cap=functools.partial(filters.cap, lang=lng),
        sentence=functools.partial(filters.sentence, lang=lng),
        phrase=filters.phrase,
        join_list=functools.partial(filters.join_list, lang=lng),
        join_or=lambda items: filters.join_list(items, lng, lng.or_word),
        with_article=functools.partial(filters.with_article, lang=lng),
        a=functools.partial(filters.with_article, lang=lng),
        first_claim=functools.partial(filters.first_claim, lang=lng),
    )
    env.globals["unavailable"] = _unavailable
    # the pack's words its frames share with its checks (grammar.toml [template_words]: the
    # Italian forms that take the subjunctive), one list both read
    env.globals["pack_words"] = _template_words(lang)
    return env


def _template_words(lang: str) -> dict[str, Any]:
    path = pack_file(lang, "grammar.toml")
    words = read_toml(path).get("template_words", {}) if path.is_file() else {}
    return dict(words) if isinstance(words, dict) else {}


class _QuietBytecodeCache(FileSystemBytecodeCache):
    """Compiled templates on disk; a cache that cannot be read or written is simply not used."""

    def load_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):
            super().load_bytecode(bucket)

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def _bytecode_cache() -> BytecodeCache | None:
    """Compiling the templates is most of a cold `render` (~25 ms); loading them is ~2 ms.

    Entries are keyed by template file and checked against its source, so an edited template
    is compiled again. The directory is the user's own (0700): cached code is run.
    """
    from wizard.core.fileio import private_dir
    from wizard.core.paths import cache_dir

    directory = cache_dir() / "templates"
    try:
        private_dir(directory)
    except OSError:
        return None
    return _QuietBytecodeCache(str(directory))
