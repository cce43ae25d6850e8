from __future__ import annotations

from dataclasses import dataclass


@dataclass
class InputError:
    """One bad input (file, line, row, item or URL). Readers yield these instead of raising so
    one broken row never stops a batch."""

    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"
