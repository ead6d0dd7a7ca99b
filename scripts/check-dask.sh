#!/usr/bin/env bash
# Dask distributed as the engine past one machine: every article of
# ../shared/corpora as a JSON Lines stream, through one newsparse process and
# through examples/dask/newsparse_dask.py on a local cluster of two workers;
# the two outputs must be byte-identical.
set -euo pipefail
cd "$(dirname "$0")/.."

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
node -e '
  const { readdirSync, readFileSync } = require("node:fs")
  const { join, relative } = require("node:path")
  const root = join("..", "shared", "corpora")
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".txt"))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
  for (const path of files)
    process.stdout.write(JSON.stringify({ id: relative(root, path), text: readFileSync(path, "utf8") }) + "\n")
' > "$scratch/in.jsonl"
node bin/newsparse.js --input-format jsonl -q < "$scratch/in.jsonl" > "$scratch/one.jsonl" 2>/dev/null || [ $? -eq 1 ]
# Debian's Dask is installed for Debian's Python.
# (Its workers' scratch space goes into ours, not a `dask-worker-space` left in the temp folder.)
DASK_TEMPORARY_DIRECTORY="$scratch" /usr/bin/python3 examples/dask/newsparse_dask.py "$scratch/in.jsonl" "$scratch/dask.jsonl" \
  --local-workers 2 --partitions 8 --newsparse "node $PWD/bin/newsparse.js" 2>"$scratch/dask.log" || {
  cat "$scratch/dask.log" >&2
  exit 1
}
lines=$(wc -l < "$scratch/dask.jsonl")
if ! cmp -s "$scratch/one.jsonl" "$scratch/dask.jsonl" || [ "$lines" -lt 3800 ]; then
  echo "dask: output differs from a single process ($lines lines)" >&2
  exit 1
fi
echo "dask: $lines records from a LocalCluster of 2 workers, byte-identical to one process"
