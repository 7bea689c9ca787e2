"""REST API under a bounded load: requests/s and p50/p95 latency for the index, search and article routes.

A server (`dyadwatch serve`, its own process) is started on the sample database and on a synthetic store of
--store-size articles (built as in benchmarks/scale.py); this process is the client, on loopback. Per route:
--requests sequential requests on one keep-alive connection give p50/p95 latency, then the same number spread
over --clients threads give requests/s. The index is asked with the same parameters every time, as a
dashboard does; its first answer (before the per-process cache holds it) is reported on its own.

Run from the repository root: python benchmarks/api_load.py [--requests 200] [--clients 4] [--store-size 100000]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

import dyadwatch
from benchlib import machine_info
from scale import synthetic_store

from scoring import SAMPLE_ROOT, command_line, md_table


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=200, help="requests per route")
    parser.add_argument("--clients", type=int, default=4, help="client threads for the requests/s run")
    parser.add_argument("--store-size", type=int, default=100_000, help="articles in the synthetic store")
    parser.add_argument("--port", type=int, default=8931, help="port for the server")
    return parser.parse_args(argv)


def start_server(db: str, port: int) -> subprocess.Popen[bytes]:
    server = subprocess.Popen(
        [str(Path(sys.executable).with_name("dyadwatch")), "serve", "--port", str(port), "--db", db],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/pair", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not start")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def load(base: str, route: str, requests: int, clients: int) -> tuple[float, float, float, float]:
    """(first-request ms, p50 ms, p95 ms, requests/s) for one route."""
    with httpx.Client(base_url=base, timeout=60) as client:
        started = time.perf_counter()
        assert client.get(route).status_code == 200, route
        first = (time.perf_counter() - started) * 1000
        latencies = []
        for _ in range(requests):
            started = time.perf_counter()
            answer = client.get(route)
            latencies.append((time.perf_counter() - started) * 1000)
            assert answer.status_code == 200, (route, answer.text[:200])
    share = max(requests // clients, 1)

    def worker() -> None:
        with httpx.Client(base_url=base, timeout=60) as client:
            for _ in range(share):
                client.get(route)

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    rate = share * clients / (time.perf_counter() - started)
    return first, statistics.median(latencies), percentile(latencies, 0.95), rate


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    print(f"`{command_line(['benchmarks/api_load.py', *argv])}`\n")
    print(f"Machine: {machine_info()}\n")
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        sample = f"sqlite:///{Path(folder) / 'sample.db'}"
        dyadwatch.ingest(SAMPLE_ROOT, db=sample)
        stores = [("sample", sample), (f"synthetic {args.store_size:,}",
                                        synthetic_store(sample, args.store_size, Path(folder) / "big.db"))]  # fmt: skip
        for name, db in stores:
            server = start_server(db, args.port)
            try:
                base = f"http://127.0.0.1:{args.port}"
                article = httpx.get(f"{base}/api/articles", params={"q": "summit", "limit": 1}, timeout=60).json()[0]
                routes = {
                    "index (monthly)": "/api/index?grain=month",
                    "search (q=summit)": "/api/articles?q=summit&limit=20",
                    "one article": f"/api/articles/{article['id']}",
                }
                for label, route in routes.items():
                    first, p50, p95, rate = load(base, route, args.requests, args.clients)
                    rows.append([name, label, first, p50, p95, rate])
            finally:
                server.terminate()
                server.wait(timeout=30)
    print(f"## API latency on loopback ({args.requests} requests per route; requests/s over {args.clients} "
          "client threads)\n")  # fmt: skip
    print(md_table(["store", "route", "first request ms", "p50 ms", "p95 ms", "requests/s"], rows, digits=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
