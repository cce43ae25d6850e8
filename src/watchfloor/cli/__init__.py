"""The `watchfloor` command line (Typer + Rich)."""

from __future__ import annotations

import importlib

from watchfloor.cli.app import app

# Command modules register themselves on `app` when imported; optional ones may be absent
# while a feature is being built, and the rest of the CLI still works.
COMMAND_MODULES = (
    "watchfloor.cli.core",
    "watchfloor.cli.listings",
    "watchfloor.cli.manage",
    "watchfloor.cli.exports",
    "watchfloor.cli.alerts",
    "watchfloor.cli.tokens",
)


def _register() -> None:
    for name in COMMAND_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise


def main() -> None:
    _register()
    app()


_register()

__all__ = ["app", "main"]
