"""How the domain's enumerations are stored: as readable text, with a CHECK constraint."""

import enum

from sqlalchemy import Enum


def text_enum(enum_class: type[enum.StrEnum]) -> Enum:
    """Store an enum by value, with a CHECK constraint listing the allowed values."""
    return Enum(
        enum_class,
        native_enum=False,
        create_constraint=True,
        length=20,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )
