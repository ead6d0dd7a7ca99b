#!/usr/bin/env bash
# Pack the package, install the tarball into a temporary global prefix, and
# run the installed `newsparse` on the seed: what a user of `npm i -g` gets.
set -euo pipefail
cd "$(dirname "$0")/.."

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
tarball=$(npm pack --silent --pack-destination "$scratch" | tail -n 1)
npm install --global --prefix "$scratch/prefix" --no-audit --no-fund "$scratch/$tarball" >/dev/null
# compromise builds the word lists at build time only: the installed package runs without it.
if [ -e "$scratch/prefix/lib/node_modules/newsparse/node_modules/compromise" ]; then
  echo "pack: the installed package pulled in compromise" >&2
  exit 1
fi
seed=$(ls seeds/*.txt | head -n 1)
output=$("$scratch/prefix/bin/newsparse" "$seed")
node -e '
  const record = JSON.parse(process.argv[1])
  if (record.schemaVersion !== 2 || record.paragraphs.length === 0) process.exit(1)
  console.log(`pack: installed newsparse ${process.argv[2]} ran on the seed: ${record.paragraphs.length} paragraphs`)
' "$output" "$("$scratch/prefix/bin/newsparse" --version)"
