"""HTTP benchmark of the production server, run by hand (not part of the test suite).

    .venv/bin/python bench/http_bench.py [--requests 40] [--concurrency 4]

It creates a temporary SQLite database, migrates it and loads the demo (``manage.py
migrate``, ``manage.py load_demo``, production settings), then starts the server exactly as
``make serve`` does (that very make target: collectstatic, gunicorn with portal/gunicorn.py)
on a free port of 127.0.0.1, with ``SECURE_SSL_REDIRECT=false`` because it speaks plain
local HTTP. It sends ``--requests`` requests to each demo page (home, a guide, the directory
with a query, a fiche, the search, a static file served by WhiteNoise) from
``--concurrency`` threads, prints latency figures (p50, p95, max) and requests per second as
seen by the client (network stack included), then stops the server.

``DATABASE_URL`` and the other variables of the environment are not used for the database:
the run never touches a real one. ``REDIS_URL`` / ``ELASTICSEARCH_URL`` still apply if set.
"""

import argparse
import json
import os
import random
import re
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STARTUP_TIMEOUT = 120  # seconds for collectstatic and the first worker
STOP_TIMEOUT = 30

# Printed as JSON by `manage.py shell`: one live page of each kind, found in the data
# rather than by slug, so that the bench follows the demo content when it changes.
FIND_PAGES = """
import json
from wagtail.models import Page
def first(model):
    page = (Page.objects.live().public().filter(content_type__model=model,
            locale__language_code="fr").order_by("path").first())
    return page.url if page else None
print(json.dumps({"guide": first("guidepage"), "fiche": first("organisationpage"),
                  "directory": first("directorypage")}))
"""


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def manage(env, *args, capture=False):
    return subprocess.run(  # noqa: S603 (our own manage.py and arguments)
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=capture,
        text=True,
        timeout=900,
    )


def fetch(url, timeout=30):
    """(status, seconds, body, headers) of one GET on a fresh connection."""
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 (local)
            body = response.read()
            status, headers = response.status, response.headers
    except urllib.error.HTTPError as error:
        body, status, headers = error.read(), error.code, error.headers
    return status, time.perf_counter() - started, body, headers


def wait_until_up(base, server, log_path):
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"make serve stopped (exit {server.returncode}):\n{log_path.read_text()}")
        try:
            if fetch(f"{base}/robots.txt", timeout=2)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    sys.exit(f"make serve did not answer within {STARTUP_TIMEOUT} s:\n{log_path.read_text()}")


def stop(server):
    """SIGTERM to make and gunicorn (their own process group), SIGKILL if they linger."""
    if server.poll() is not None:
        return
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def demo_paths(env, base):
    found = json.loads(manage(env, "shell", "--no-imports", "-c", FIND_PAGES, capture=True).stdout)
    missing = [kind for kind, url in found.items() if not url]
    if missing:
        sys.exit(f"The demo has no live page for: {', '.join(missing)}")
    paths = {
        "home": "/",
        "guide": found["guide"],
        "directory + query": f"{found['directory']}?q=caf%C3%A9",
        "fiche": found["fiche"],
        "search": "/recherche/?q=solitude",
    }
    home = fetch(f"{base}/")[2].decode()
    stylesheet = re.search(r'href="(/static/css/portal\.[0-9a-f]+\.css)"', home)
    if not stylesheet:
        sys.exit("The home page links no hashed stylesheet: is collectstatic's manifest in use?")
    paths["static (WhiteNoise)"] = stylesheet.group(1)
    return paths


def run(base, paths, requests, concurrency):
    for path in paths.values():  # warm-up, not counted: first imports, template loading
        status, _seconds, _body, headers = fetch(base + path)
        if status != 200:
            sys.exit(f"{path} answered {status} before the run")
    static_cache = headers.get("Cache-Control", "")

    jobs = [(name, path) for name, path in paths.items() for _ in range(requests)]
    random.Random(9).shuffle(jobs)
    timings = {name: [] for name in paths}
    errors = []
    lock = threading.Lock()

    def one(job):
        name, path = job
        status, seconds, _body, _headers = fetch(base + path)
        with lock:
            timings[name].append(seconds)
            if status != 200:
                errors.append((path, status))

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        list(pool.map(one, jobs))
    elapsed = time.perf_counter() - started
    return timings, errors, elapsed, static_cache


def report(timings, errors, elapsed, static_cache, *, concurrency, workers):
    total = sum(len(values) for values in timings.values())
    print(f"gunicorn, {workers} workers; {concurrency} client threads; {total} requests")
    print(f"{'page':<22}{'n':>5}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}")
    every = []
    for name, values in timings.items():
        every += values
        print(
            f"{name:<22}{len(values):>5}{statistics.median(values) * 1000:>10.1f}"
            f"{percentile(values, 0.95) * 1000:>10.1f}{max(values) * 1000:>10.1f}"
        )
    print(
        f"{'all':<22}{len(every):>5}{statistics.median(every) * 1000:>10.1f}"
        f"{percentile(every, 0.95) * 1000:>10.1f}{max(every) * 1000:>10.1f}"
    )
    print(f"throughput: {total / elapsed:.1f} requests/s over {elapsed:.1f} s")
    print(f"static file Cache-Control: {static_cache or '(none)'}")
    if errors:
        print(f"{len(errors)} answers other than 200, e.g. {errors[:5]}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=40, help="requests per page (1-1000)")
    parser.add_argument("--concurrency", type=int, default=4, help="client threads (1-32)")
    args = parser.parse_args()
    if not 1 <= args.requests <= 1000 or not 1 <= args.concurrency <= 32:
        parser.error("--requests must be within 1-1000 and --concurrency within 1-32")

    with tempfile.TemporaryDirectory(prefix="lien-http-bench-") as tmp_name:
        tmp = Path(tmp_name)
        port = free_port()
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "DATABASE_URL": f"sqlite:///{tmp / 'bench.sqlite3'}",
            "STATIC_ROOT": str(tmp / "static"),
            "MEDIA_ROOT": str(tmp / "media"),
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "false",
            "PUBLIC_BASE_URL": "",
        }
        env.pop("DEBUG", None)
        workers = env.setdefault("WEB_CONCURRENCY", "2")
        print("Migrating a temporary SQLite database and loading the demo…", flush=True)
        manage(env, "migrate", "--no-input", "--verbosity", "0")
        manage(env, "load_demo", capture=True)

        log_path = tmp / "server.log"
        with log_path.open("w") as log:
            # The make target itself; -o: the virtualenv is taken as installed.
            command = ["make", "--no-print-directory", "-o", ".venv/.installed", "serve"]
            server = subprocess.Popen(  # noqa: S603 (fixed command)
                [*command, "HOST=127.0.0.1", f"PORT={port}"],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        base = f"http://127.0.0.1:{port}"
        try:
            started = time.monotonic()
            wait_until_up(base, server, log_path)
            print(f"make serve answered after {time.monotonic() - started:.1f} s on {base}")
            paths = demo_paths(env, base)
            timings, errors, elapsed, static_cache = run(
                base, paths, args.requests, args.concurrency
            )
        finally:
            stop(server)
        report(
            timings, errors, elapsed, static_cache, concurrency=args.concurrency, workers=workers
        )
        access = [line for line in log_path.read_text().splitlines() if '"GET ' in line]
        with_address = [line for line in access if "127.0.0.1" in line]
        print(f"access log: {len(access)} lines, {len(with_address)} with a client address")
        if errors or with_address:
            sys.exit(1)


if __name__ == "__main__":
    main()
