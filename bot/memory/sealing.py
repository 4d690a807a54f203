"""Workspace bot tokens sealed at rest, so a database dump or backup alone hands out none.

COACH_TOKEN_KEY holds one or more Fernet keys (AES-128-CBC with an HMAC-SHA256, from the
`cryptography` package), comma-separated, newest first: the first seals, any of them opens,
so a key is rotated by putting the new one in front, restarting (every stored token is
resealed with it at start-up) and then dropping the old one. Sealed values are stored as
`fernet:<token>`; a value without the prefix was stored before a key was set and is read
as it is, then sealed at the next start-up. Without a key, tokens are stored as given (the
README says so, and `coach run` warns once).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

PREFIX = "fernet:"


class TokenKeyError(Exception):
    """A stored token cannot be opened with the keys given, or a key is not a key."""


@dataclass(frozen=True)
class Sealer:
    keys: tuple[str, ...] = ()

    @classmethod
    def from_setting(cls, setting: str) -> Sealer:
        """COACH_TOKEN_KEY as written -> a Sealer; TokenKeyError names a key that is not one."""
        sealer = cls(tuple(k.strip() for k in setting.split(",") if k.strip()))
        sealer.check()
        return sealer

    def check(self) -> None:
        from cryptography.fernet import Fernet

        for number, key in enumerate(self.keys, 1):
            try:
                Fernet(key)
            except ValueError:
                raise TokenKeyError(f"COACH_TOKEN_KEY: key {number} is not a Fernet key (32 bytes in "
                                    "URL-safe base64); `coach token-key` prints a new one.") from None

    @cached_property
    def _fernet(self):  # a MultiFernet; imported only when a key is set
        from cryptography.fernet import Fernet, MultiFernet

        return MultiFernet([Fernet(k) for k in self.keys])

    def seal(self, value: str) -> str:
        if not self.keys or not value or value.startswith(PREFIX):
            return value
        return PREFIX + self._fernet.encrypt(value.encode()).decode()

    def open(self, value: str) -> str:
        if not value.startswith(PREFIX):
            return value
        if not self.keys:
            raise TokenKeyError("A workspace token is stored sealed but COACH_TOKEN_KEY is not set.")
        from cryptography.fernet import InvalidToken

        try:
            return self._fernet.decrypt(value[len(PREFIX):].encode()).decode()
        except InvalidToken:
            raise TokenKeyError("A workspace token was sealed with a key that is not in "
                                "COACH_TOKEN_KEY (keep the old key after the new one while rotating).") from None

    def renew(self, value: str) -> str:
        """The value sealed with the newest key: plain ones sealed, older seals re-sealed."""
        if not self.keys or not value:
            return value
        if not value.startswith(PREFIX):
            return self.seal(value)
        return PREFIX + self._fernet.rotate(value[len(PREFIX):].encode()).decode()


def new_key() -> str:
    from cryptography.fernet import Fernet

    return Fernet.generate_key().decode()
