#!/usr/bin/env python3
"""Annotate a JSON Lines file of articles on a Dask cluster with newsparse.

Each line of the input is an article, `{"id": ..., "text": ...}` (or
`{"id": ..., "path": ...}` with `--base-dir`). The lines are split into
partitions; every partition is piped through `newsparse --input-format
jsonl` on a Dask worker, and the records come back in input order, one per
line, each with its line number in the whole input, as one newsparse
process would have written them.

    # on this machine, a local cluster of two workers
    python3 newsparse_dask.py articles.jsonl records.jsonl --local-workers 2

    # on a real cluster (newsparse installed on every worker)
    python3 newsparse_dask.py articles.jsonl records.jsonl --scheduler tcp://scheduler:8786

Needs Dask distributed (Debian: `apt install python3-distributed`).
"""

import argparse
import re
import subprocess
import sys

import dask.bag
from distributed import Client, LocalCluster

# A record opens `{"schemaVersion":2,"id":<string or number>,"line":<n>`.
LINE = re.compile(
    r'^(\{"schemaVersion":\d+,"id":(?:"(?:[^"\\]|\\.)*"|-?[\d.eE+-]+|true|false|null)),"line":(\d+)'
)


def annotate(partition, command):
    """Pipe one partition's lines through newsparse; its records, in order."""
    lines, offset = partition
    result = subprocess.run(
        command,
        input="".join(lines).encode("utf-8"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        check=False,
    )
    # 1: some line gave an error record, which is in the output like any record.
    if result.returncode not in (0, 1):
        raise RuntimeError(result.stderr.decode("utf-8", "replace"))
    records = result.stdout.decode("utf-8").splitlines(keepends=True)
    # newsparse numbers the lines of what it reads: number them in the whole input.
    return [
        LINE.sub(lambda m: f'{m.group(1)},"line":{int(m.group(2)) + offset}', record, count=1)
        for record in records
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="JSON Lines of {id, text} or {id, path}")
    parser.add_argument("output", help="where the records go, one per line")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", help="address of a running Dask scheduler")
    where.add_argument("--local-workers", type=int, help="start a local cluster of this many workers")
    parser.add_argument("--partitions", type=int, default=8, help="how many pieces (default 8)")
    parser.add_argument(
        "--newsparse",
        default="newsparse",
        help="the command to run on the workers (default: newsparse)",
    )
    parser.add_argument("--base-dir", help="passed on: let `path` rows read files in this folder")
    args = parser.parse_args()

    command = args.newsparse.split() + ["--input-format", "jsonl", "-q"]
    if args.base_dir:
        command += ["--base-dir", args.base_dir]

    with open(args.input, encoding="utf-8") as source:
        lines = [line if line.endswith("\n") else line + "\n" for line in source]
    size = max(1, -(-len(lines) // args.partitions))
    pieces = [(lines[start : start + size], start) for start in range(0, len(lines), size)]

    if args.local_workers:
        cluster = LocalCluster(n_workers=args.local_workers, threads_per_worker=1, processes=True)
        client = Client(cluster)
    else:
        cluster = None
        client = Client(args.scheduler)
    try:
        bag = dask.bag.from_sequence(pieces, npartitions=len(pieces))
        # One partition holds one piece: map each piece to its records, keep the order.
        records = bag.map(annotate, command).compute()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    with open(args.output, "w", encoding="utf-8") as sink:
        for piece in records:
            sink.writelines(piece)
    print(f"newsparse on Dask: {sum(len(piece) for piece in records)} records", file=sys.stderr)


if __name__ == "__main__":
    main()
