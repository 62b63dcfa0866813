"""A team server's password, kept only where the user agreed: the operating system's keyring.

Never in the app's settings file. Where no keyring is available (a desktop without one, a
headless machine), nothing is kept and the user is asked each time, or libpq finds the
password in ~/.pgpass or PGPASSWORD as always.
"""

from __future__ import annotations

SERVICE = "CPM Desktop team server"


def keyring_available() -> bool:
    """True when the system has a keyring the password can be kept in."""
    import keyring  # noqa: PLC0415 - loaded when a server is connected to, not at start
    from keyring.backends import fail  # noqa: PLC0415

    return not isinstance(keyring.get_keyring(), fail.Keyring)


def kept_password(address: str) -> str | None:
    """The password kept for a server address (no password in it), or None."""
    import keyring  # noqa: PLC0415
    from keyring.errors import KeyringError  # noqa: PLC0415

    try:
        return keyring.get_password(SERVICE, address)
    except KeyringError:
        return None


def keep_password(address: str, password: str) -> None:
    """Keep the password for a server address in the keyring (the user agreed)."""
    import keyring  # noqa: PLC0415

    keyring.set_password(SERVICE, address, password)


def forget_password(address: str) -> None:
    """Remove a kept password (it no longer works, or the user unticked the box)."""
    import keyring  # noqa: PLC0415
    from keyring.errors import KeyringError  # noqa: PLC0415

    try:
        keyring.delete_password(SERVICE, address)
    except KeyringError:
        return
