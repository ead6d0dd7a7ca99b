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

# The published types compile in a TypeScript project of its own, with
# skipLibCheck off: every type they name comes with the package's dependencies.
consumer="$scratch/consumer"
mkdir -p "$consumer"
(cd "$consumer" && npm init -y >/dev/null && npm install --no-audit --no-fund "$scratch/$tarball" >/dev/null)
cat >"$consumer/index.ts" <<'TS'
import { annotate, type ArticleRecord, createProcessor, recordSchema } from 'newsparse'
const record: ArticleRecord = annotate('KARACHI: The port reopened on Tuesday.')
const processor = createProcessor()
console.log(record.schemaVersion, recordSchema.title, typeof processor.processSync)
TS
cat >"$consumer/tsconfig.json" <<'JSON'
{
  "compilerOptions": {
    "strict": true,
    "skipLibCheck": false,
    "module": "nodenext",
    "moduleResolution": "nodenext",
    "target": "es2022",
    "types": [],
    "noEmit": true
  },
  "files": ["index.ts"]
}
JSON
node_modules/.bin/tsc -p "$consumer/tsconfig.json"
echo "pack: the published types compile with skipLibCheck off"
