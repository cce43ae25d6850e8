"""Throughput and memory benchmarks of the whole pipeline (`make bench`).

Builds a synthetic corpus by recombining paragraphs of the bundled demo corpus (so the text
looks like the real input: region names, casualty phrases, attributed statements), then
measures, on this machine:

* bare spaCy parsing (the same model, `nlp.pipe`) — the reference speed;
* the analysis pipeline in-process (parse + link + events + claims + propositions);
* end-to-end ingest into SQLite with 1 local process, 2 local worker processes (Dask
  LocalCluster), and a Dask cluster started with the `dask scheduler` / `dask worker` tools;
* ingest into PostgreSQL (if a server answers at 127.0.0.1:5432);
* optionally, scaling from N to 10·N articles (`--scale`).

Writes a JSON report and prints a short table. Timings are reported, never asserted.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from functools import partial
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from watchfloor.ingest import InputError, clean_text, read_inputs  # noqa: E402

CORPUS = ROOT / "src" / "watchfloor" / "demo" / "corpus"


def _tree_rss(root: psutil.Process, *, with_root: bool = True) -> int:
    """Resident bytes of every process under `root` (and of `root` itself unless `with_root`
    is false); a process that exits mid-read counts 0."""
    total = 0
    try:
        processes = [root] if with_root else []
        processes += root.children(recursive=True)
    except psutil.Error:
        return 0
    for process in processes:
        with contextlib.suppress(psutil.Error):
            total += process.memory_info().rss
    return total


class PeakRSS:
    """Samples resident memory while one ingest runs, kept apart by whose it is:

    * `ingest`: the `watchfloor ingest` process and everything under it (the Dask
      LocalCluster's nanny and worker processes of `--workers N`), found as the descendants
      of the `launcher` that started it;
    * `cluster`: the `dask scheduler` / `dask worker` processes this script started for a
      `--dask` run, which do that run's analysis but are not the ingest's children;
    * `bench`: this script itself, which by then holds bare spaCy and two in-process pipelines
      and so must not be counted as the ingest's memory.

    `peak` is the highest sum of `ingest` and `cluster` seen in one sample. Summed RSS counts a
    shared library page once per process that maps it, so for several processes it is an upper
    bound on the memory they need together.
    """

    def __init__(
        self,
        launcher: psutil.Process,
        cluster: list[psutil.Process] | None = None,
        interval: float = 0.2,
    ) -> None:
        self.launcher = launcher
        self.cluster = cluster or []
        self.interval = interval
        self.peak = self.peak_ingest = self.peak_cluster = self.peak_bench = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def sample(self) -> None:
        me = psutil.Process()
        ingest = _tree_rss(self.launcher, with_root=False)
        cluster = sum(_tree_rss(p) for p in self.cluster)
        self.peak = max(self.peak, ingest + cluster)
        self.peak_ingest = max(self.peak_ingest, ingest)
        self.peak_cluster = max(self.peak_cluster, cluster)
        self.peak_bench = max(self.peak_bench, me.memory_info().rss)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakRSS:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


# Runs the ingest as its own child and writes that child's peak RSS (kilobytes, from the kernel)
# to a file. A child's ru_maxrss starts from the RSS of the process that spawned it, so read
# in this script (hundreds of MB of models) it would report the bench, not the ingest; this
# launcher holds a bare interpreter only. It counts reaped descendants too, one at a time: the
# largest single process of the ingest tree, not their sum.
LAUNCHER = """
import resource, subprocess, sys
code = subprocess.call(sys.argv[2:])
with open(sys.argv[1], "w") as out:
    out.write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
sys.exit(code)
"""


def dask_cli_processes() -> list[psutil.Process]:
    """The `dask scheduler` / `dask worker` processes started by this script."""
    found = []
    for child in psutil.Process().children():
        try:
            if any(Path(arg).name == "dask" for arg in child.cmdline()[:2]):
                found.append(child)
        except psutil.Error:
            continue
    return found


def _shift_number(match: re.Match[str], *, shift: int) -> str:
    return str((int(match.group(1)) + shift) % 50 + 1)


def synthetic_articles(n: int, seed: int = 7) -> list[dict[str, str]]:
    paragraphs: list[str] = []
    for item in read_inputs([str(CORPUS)]):
        if isinstance(item, InputError):
            continue
        paragraphs.extend(p for p in clean_text(item.text).split("\n\n") if len(p.split()) > 12)
    rng = random.Random(seed)
    articles = []
    for i in range(n):
        body = rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(4, 7)))
        # vary the numbers so no two synthetic articles are exact copies
        text = "\n\n".join(
            re.sub(r"\b(\d{1,2})\b", partial(_shift_number, shift=i), p) for p in body
        )
        day = 1 + i % 28
        articles.append(
            {
                "id": f"bench-{i}",
                "title": f"Synthetic report {i}",
                "published": f"2025-{1 + i % 12:02d}-{day:02d}T08:00:00Z",
                "text": text,
                "source": "bench",
            }
        )
    return articles


def write_jsonl(articles: list[dict[str, str]], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps(a) + "\n")
    return path


def words_of(articles: list[dict[str, str]]) -> int:
    return sum(len(a["text"].split()) for a in articles)


def _rates(articles: list[dict[str, str]], start: float, cpu: float) -> dict[str, float]:
    """Wall and CPU time since `start` / `cpu`, and the speed they mean for `articles`."""
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "cpu_seconds": time.process_time() - cpu,
        "articles_per_s": len(articles) / seconds,
        "words_per_s": words_of(articles) / seconds,
    }


def bench_bare_spacy(articles: list[dict[str, str]]) -> dict[str, float]:
    import spacy

    from watchfloor.nlp.pipeline import DEFAULT_MODEL

    nlp = spacy.load(DEFAULT_MODEL)
    texts = [a["text"] for a in articles]
    list(nlp.pipe(texts[:5]))
    start, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    return _rates(articles, start, cpu)


def bench_pipeline(articles: list[dict[str, str]], *, embed_cache: bool = True) -> dict[str, float]:
    from watchfloor.nlp import embeddings

    # The synthetic articles recombine demo paragraphs, so most claim sentences repeat and the
    # sentence cache flatters the pipeline; real feeds repeat little unless they carry wire
    # copies. Without the cache the run shows the cost of fresh text.
    embeddings.clear_cache()
    configured = embeddings.set_cache_size(0) if not embed_cache else None
    try:
        return _timed_pipeline(articles)
    finally:
        if configured is not None:
            embeddings.set_cache_size(configured)


def _timed_pipeline(articles: list[dict[str, str]]) -> dict[str, float]:
    from watchfloor.pipeline import Pipeline, PipelineInput

    pipeline = Pipeline()
    list(
        pipeline.analyze_many([PipelineInput(articles[0]["text"])])
    )  # load models outside the timing
    inputs = [PipelineInput(a["text"], a["published"], a["title"]) for a in articles]
    start, cpu = time.perf_counter(), time.process_time()
    events = claims = 0
    for analysis in pipeline.analyze_many(inputs):
        events += len(analysis.events)
        claims += len(analysis.claims)
    return {**_rates(articles, start, cpu), "events": events, "claims": claims}


def run_ingest(
    jsonl: Path,
    db_url: str,
    *,
    workers: int = 1,
    dask: str | None = None,
    cluster: list[psutil.Process] | None = None,
) -> dict[str, float]:
    """End-to-end `watchfloor ingest` in a fresh process (the CLI a user runs), timed outside.
    `cluster`: the processes of the Dask cluster at `dask`, when they run on this machine."""
    cmd = [sys.executable, "-m", "watchfloor", "--db", db_url, "ingest", str(jsonl), "--json"]
    if workers > 1:
        cmd += ["--workers", str(workers)]
    if dask:
        cmd += ["--dask", dask]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    with tempfile.TemporaryDirectory(prefix="watchfloor-bench-rss-") as scratch:
        maxrss_file = Path(scratch) / "maxrss"
        start = time.perf_counter()
        launcher = subprocess.Popen(
            [sys.executable, "-c", LAUNCHER, str(maxrss_file), *cmd],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        # the launcher's own interpreter (~10 MB) is left out: only what it runs is sampled
        with PeakRSS(psutil.Process(launcher.pid), cluster) as rss:
            stdout, stderr = launcher.communicate()
        seconds = time.perf_counter() - start
        largest_kb = int(maxrss_file.read_text()) if maxrss_file.exists() else 0
    if launcher.returncode not in (0, 1):
        raise RuntimeError(f"ingest failed: {stderr[-2000:]}")
    summary = json.loads(stdout.strip().splitlines()[-1])
    stored = summary["stored"]
    result = {
        "seconds": seconds,
        "ingest_seconds": summary["seconds"],
        "stored": stored,
        "articles_per_s": stored / summary["seconds"],
        "articles_per_hour": 3600 * stored / summary["seconds"],
        "peak_rss_mb": rss.peak / 2**20,
        "peak_rss_ingest_mb": rss.peak_ingest / 2**20,
        "max_rss_largest_process_mb": largest_kb / 2**10,
        "bench_process_rss_mb": rss.peak_bench / 2**20,
        "events": summary["events"],
        "claims": summary["claims"],
    }
    if cluster:
        result["peak_rss_dask_cluster_mb"] = rss.peak_cluster / 2**20
    return result


def postgres_url() -> str | None:
    try:
        import psycopg

        name = f"watchfloor_bench_{os.getpid()}"
        with psycopg.connect(
            "host=127.0.0.1 port=5432 dbname=test connect_timeout=3", autocommit=True
        ) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql+psycopg://127.0.0.1:5432/{name}"
    except Exception:  # noqa: BLE001 - no server: skip that row
        return None


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=400, help="articles per run (default 400)")
    parser.add_argument("--scale", action="store_true", help="also ingest 10× the articles (slow)")
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument(
        "--pipeline-only",
        action="store_true",
        help="only bare spaCy vs the in-process pipeline (the speed ratio), no ingest runs",
    )
    parser.add_argument("--skip-postgres", action="store_true")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "report.json")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="watchfloor-bench-"))
    articles = synthetic_articles(args.articles)
    jsonl = write_jsonl(articles, work / "articles.jsonl")
    report: dict[str, object] = {
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "articles": len(articles),
        "words": words_of(articles),
        "words_per_article": words_of(articles) / len(articles),
    }
    rows: list[tuple[str, dict[str, float]]] = []

    def record(name: str, result: dict[str, float]) -> None:
        report[name] = result
        rows.append((name, result))
        print(
            f"{name:28s} {result['articles_per_s']:8.2f} articles/s"
            + (f" {result['words_per_s']:9.0f} words/s" if "words_per_s" in result else "")
            + (
                f"  peak RSS {result['peak_rss_mb']:.0f} MB"
                f" (largest process {result['max_rss_largest_process_mb']:.0f} MB,"
                f" this script {result['bench_process_rss_mb']:.0f} MB apart)"
                if "peak_rss_mb" in result
                else ""
            ),
            flush=True,
        )

    bare = bench_bare_spacy(articles)
    record("bare_spacy", bare)
    fresh = bench_pipeline(articles, embed_cache=False)
    record("pipeline_no_embed_cache", fresh)
    analysed = bench_pipeline(articles)
    record("pipeline_in_process", analysed)
    report["pipeline_vs_bare_spacy"] = analysed["words_per_s"] / bare["words_per_s"]
    # The same ratio in CPU seconds: steadier than wall time on a machine shared with other
    # work (both runs are single-threaded).
    report["pipeline_vs_bare_spacy_cpu"] = bare["cpu_seconds"] / analysed["cpu_seconds"]
    report["pipeline_no_embed_cache_vs_bare_spacy"] = fresh["words_per_s"] / bare["words_per_s"]
    report["pipeline_no_embed_cache_vs_bare_spacy_cpu"] = bare["cpu_seconds"] / fresh["cpu_seconds"]
    if args.pipeline_only:
        print(
            f"\npipeline speed / bare spaCy: {report['pipeline_vs_bare_spacy']:.2f} "
            f"(CPU time: {report['pipeline_vs_bare_spacy_cpu']:.2f}); without the sentence "
            f"cache {report['pipeline_no_embed_cache_vs_bare_spacy']:.2f} "
            f"(CPU time: {report['pipeline_no_embed_cache_vs_bare_spacy_cpu']:.2f})"
        )
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(report, indent=2))
        shutil.rmtree(work, ignore_errors=True)
        return
    one = run_ingest(jsonl, f"sqlite:///{work / 'one.db'}")
    record("ingest_sqlite_1_worker", one)
    two = run_ingest(jsonl, f"sqlite:///{work / 'two.db'}", workers=2)
    record("ingest_sqlite_2_workers", two)
    report["speedup_2_vs_1"] = two["articles_per_s"] / one["articles_per_s"]
    if not args.skip_dask:
        from watchfloor.batch import dask_command_line_cluster

        with dask_command_line_cluster(2, env={"PYTHONPATH": str(ROOT / "src")}) as address:
            record(
                "ingest_dask_cli_2_workers",
                run_ingest(
                    jsonl,
                    f"sqlite:///{work / 'dask.db'}",
                    dask=address,
                    cluster=dask_cli_processes(),
                ),
            )
    if not args.skip_postgres and (pg := postgres_url()):
        record("ingest_postgresql_2_workers", run_ingest(jsonl, pg, workers=2))
    if args.scale:
        big = write_jsonl(synthetic_articles(args.articles * 10, seed=11), work / "big.jsonl")
        record("ingest_sqlite_1_worker_10x", run_ingest(big, f"sqlite:///{work / 'big1.db'}"))
        record(
            "ingest_sqlite_2_workers_10x",
            run_ingest(big, f"sqlite:///{work / 'big2.db'}", workers=2),
        )
        report["speedup_2_vs_1_10x"] = (
            report["ingest_sqlite_2_workers_10x"]["articles_per_s"]  # type: ignore[index]
            / report["ingest_sqlite_1_worker_10x"]["articles_per_s"]  # type: ignore[index]
        )
        report["scaling_10x_throughput_ratio"] = (
            report["ingest_sqlite_2_workers_10x"]["articles_per_s"]  # type: ignore[index]
            / report["ingest_sqlite_2_workers"]["articles_per_s"]  # type: ignore[index]
        )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2))
    if "speedup_2_vs_1_10x" in report:
        print(
            f"2 workers vs 1 at {args.articles * 10} articles: {report['speedup_2_vs_1_10x']:.2f}x"
        )
    print(
        f"\npipeline speed / bare spaCy: {report['pipeline_vs_bare_spacy']:.2f}; "
        f"2 workers vs 1: {report['speedup_2_vs_1']:.2f}x; report in {args.out}"
    )
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
