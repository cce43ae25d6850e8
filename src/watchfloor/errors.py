"""One catalogue of user-facing errors, with codes (spaCy style).

A `UserError` is something the user can fix (a bad path, a bad URL, a missing token); the CLI
prints it as one line and exits non-zero, never with a traceback.
"""

from __future__ import annotations

CATALOGUE: dict[str, str] = {
    "W001": "bad database URL",
    "W002": "database not reachable",
    "W003": "input not found",
    "W004": "unknown export kind or format",
    "W005": "knowledge-base data file invalid",
    "W006": "unknown actor, proposition or record id",
    "W007": "SQLite cannot take concurrent writers from several machines",
    "W008": "optional dependency missing",
    "W009": "invalid option value",
    "W010": "Dask scheduler not reachable",
    "W011": "gold file invalid",
    "W012": "watch rule invalid",
    "W013": "monitor sources file invalid",
}


class UserError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return f"{self.message} [{self.code}]"
