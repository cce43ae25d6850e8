"""The `watchfloor` command line (Typer + Rich)."""

from __future__ import annotations

import importlib
import os

# The matrices the pipeline multiplies are small (a chunk of claims × a few hundred
# paraphrases): BLAS worker threads only contend with spaCy, the ONNX runtime and the other
# ingest workers, which made them ~10× slower on a busy 2-core machine. Set before numpy loads;
# an explicit setting in the environment still wins.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from watchfloor.cli.app import app  # noqa: E402

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
