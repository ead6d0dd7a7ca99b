#!/usr/bin/env bash
# The README's two commands, as a new user runs them: in a fresh clone of this
# repository in an empty temporary folder, with nothing beside it (no
# ../shared), each exactly as the README writes it.
set -euo pipefail
cd "$(dirname "$0")/.."

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
git clone --quiet . "$scratch/newsparse"
# The two fenced commands after "Both commands work on a fresh machine".
mapfile -t commands < <(awk '/Both commands work on a fresh machine/{found=1} found && /^npm install && /{print} /^## Use/{exit}' README.md)
if [ "${#commands[@]}" -ne 2 ]; then
  echo "fresh clone: expected the README's two commands, found ${#commands[@]}" >&2
  exit 1
fi
for command in "${commands[@]}"; do
  (cd "$scratch/newsparse" && bash -c "$command" > "$scratch/out.log" 2>&1) || {
    tail -40 "$scratch/out.log" >&2
    echo "fresh clone: \`$command\` failed" >&2
    exit 1
  }
  echo "fresh clone: \`$command\` passed"
done
