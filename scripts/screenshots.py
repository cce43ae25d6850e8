"""Screenshots of every dashboard view, taken with Debian's headless Chromium.

    .venv/bin/python scripts/screenshots.py                       # the small sample DB
    .venv/bin/python scripts/screenshots.py --db sqlite:///demo.db --prefix demo-

Writes docs/screenshots/<prefix><view>.png and prints any console error or off-host request.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from watchfloor.api.background import CHROMIUM, CHROMIUM_ARGS  # noqa: E402


def sample_db() -> str:
    from tests.sample_data import populate

    from watchfloor.store.db import get_engine

    url = f"sqlite:///{tempfile.mkdtemp(prefix='watchfloor-shots-')}/sample.db"
    populate(get_engine(url))
    return url


def pick_targets(db: str) -> dict[str, str]:
    """Interesting records to show: the busiest document, actor and proposition."""
    from watchfloor.store import queries
    from watchfloor.store.db import get_engine, session_scope

    with session_scope(get_engine(db)) as session:
        docs = queries.list_documents(session, queries.Filters(limit=200))
        best_doc = max(
            docs,
            key=lambda d: len(queries.get_document(session, d["id"])["highlights"]),
            default=None,
        )
        actors = queries.list_actors(session, queries.Filters(limit=50))
        scored = [(len(queries.get_actor(session, a["id"])["events"]), a["id"]) for a in actors]
        props = queries.list_propositions(session, queries.Filters(limit=1))
        first_event = (
            queries.get_document(session, best_doc["id"])["events"][:1] if best_doc else []
        )
    return {
        "doc": str(best_doc["id"]) if best_doc else "",
        "event": first_event[0]["id"] if first_event else "",
        "actor": max(scored)[1] if scored else "",
        "proposition": props[0]["id"] if props else "",
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="SQLAlchemy URL (default: a fresh copy of the test sample DB)")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--prefix", default="", help="file name prefix, e.g. 'demo-'")
    parser.add_argument("--width", type=int, default=1440)
    parser.add_argument("--height", type=int, default=900)
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} not found: apt-get install chromium", file=sys.stderr)
        return 2

    from playwright.sync_api import sync_playwright
    from tests.browser.conftest import Watch, watched_page

    from watchfloor.api.app import create_app
    from watchfloor.api.background import serve_in_thread

    db = args.db or sample_db()
    targets = pick_targets(db)
    views = {
        "map": "#/map",
        "timeline": "#/timeline",
        "network": "#/network",
        "claims-board": "#/claims",
        "ledger": f"#/claims/{targets['proposition']}",
        "documents": "#/documents",
        "document": f"#/document/{targets['doc']}?hl={targets['event']}",
        "actor": f"#/actor/{targets['actor']}",
    }
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    watch = Watch()
    with serve_in_thread(create_app(db, open_reads=True)) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            # the browser tests' page: no request may leave the server's host
            with watched_page(browser, base, watch) as page:
                page.set_viewport_size({"width": args.width, "height": args.height})
                for name, fragment in views.items():
                    page.goto("about:blank")  # a full load per view: data-ready is this view's
                    page.goto(f"{base}/{fragment}")
                    page.wait_for_selector("body[data-ready]")
                    page.wait_for_load_state("networkidle")
                    page.wait_for_timeout(400)
                    path = out / f"{args.prefix}{name}.png"
                    page.screenshot(path=str(path), full_page=False)
                    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
        except AssertionError:
            pass  # the watch holds what went wrong; it is listed below
        browser.close()
    problems = (
        [f"off-host request: {url}" for url in watch.offsite]
        + [f"console error: {text}" for text in watch.console_errors]
        + [f"page error: {text}" for text in watch.page_errors]
        + [f"dialog: {text}" for text in watch.dialogs]
    )
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
