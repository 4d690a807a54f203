"""Module-level regexes compiled on first use, not at import.

Python compiles a regex in Python code (re._parser, re._compiler): a module that builds a
dozen at import costs a cold `coach review "a short draft"` milliseconds for patterns most
drafts never reach (prices, weights, phone numbers). A `Lazy` stands where the pattern
stood; the first time a method is asked for it compiles the pattern, and keeps each method
it hands out in its own attributes, so later calls are one attribute read, as before."""

from __future__ import annotations

import re
from typing import Any, cast


class Lazy:
    """A regex compiled when first used: `.search`, `.match`, `.finditer`, ... as re.Pattern's."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)
        self.pattern = pattern  # read without compiling (a pattern built from another's source)

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if no method was asked for yet)."""
        found = self.__dict__.get("_compiled")
        if found is None:
            found = self.__dict__["_compiled"] = re.compile(*self._source)
        return found

    def __getattr__(self, name: str) -> Any:
        # Called only for a name not yet kept: the pattern's own attribute, kept from now on.
        if name.startswith("__"):
            raise AttributeError(name)
        value = getattr(self.compiled, name)
        setattr(self, name, value)
        return value


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, compiled when first used (typed as the pattern it stands for)."""
    return cast("re.Pattern[str]", Lazy(pattern, flags))
