#!/usr/bin/env bash
# GNU parallel as the mapper's engine: the same stream through one process
# and through `parallel --pipe --keep-order -j 2` gives byte-identical output,
# but for `"line"`: each process numbers the lines of the block it reads.
set -euo pipefail
cd "$(dirname "$0")/.."

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
node scripts/make-stream.mjs 1200 > "$scratch/in.jsonl"
# Exit 1 is expected: the fixtures include binary and broken inputs, which give error records.
node bin/newsparse.js --input-format jsonl -q < "$scratch/in.jsonl" > "$scratch/one.jsonl" 2>/dev/null || [ $? -eq 1 ]
# parallel exits with the number of chunks that failed; the output is what counts.
parallel --will-cite --pipe --keep-order -j 2 --block 40k \
  node bin/newsparse.js --input-format jsonl -q < "$scratch/in.jsonl" > "$scratch/parallel.jsonl" 2>/dev/null || true
# The recipe for several hosts, with this one as its only login (`:` runs locally, no ssh).
parallel --will-cite --pipe --keep-order --sshlogin 2/: --block 40k \
  node "$PWD/bin/newsparse.js" --input-format jsonl -q < "$scratch/in.jsonl" > "$scratch/hosts.jsonl" 2>/dev/null || true
# `"line":N` follows `"id"` at the start of each record: drop it before comparing.
for name in one parallel hosts; do
  sed -E 's/^(\{"schemaVersion":[0-9]+,"id":[^,]*),"line":[0-9]+/\1/' "$scratch/$name.jsonl" > "$scratch/$name.cut"
done
lines=$(wc -l < "$scratch/parallel.jsonl")
if ! cmp -s "$scratch/one.cut" "$scratch/parallel.cut" || ! cmp -s "$scratch/one.cut" "$scratch/hosts.cut" || [ "$lines" -lt 1000 ]; then
  echo "parallel: output differs from a single process ($lines lines)" >&2
  exit 1
fi
echo "parallel: $lines records through parallel --pipe --keep-order -j 2 and --sshlogin 2/:, byte-identical to one process but for \"line\""
