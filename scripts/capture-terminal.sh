#!/usr/bin/env bash
# Print a terminal capture of `newsprep run`: a run, a no-change run and a refused run, in a real terminal (tmux),
# as a user sees the screen once each progress bar is gone. docs/terminal.md shows its output;
# tests/e2e/test_terminal_capture.py re-runs the same commands on the same folders and compares every line but the
# wall time, so the page cannot drift from what the CLI prints.
#
#   scripts/capture-terminal.sh > /tmp/capture.txt   (then paste it into docs/terminal.md)
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
demo=$(mktemp -d)
session="newsprep-capture-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$demo"' EXIT

# The demo folders (the test builds the same): the invented fixture articles, an empty file and a photo; an empty
# folder, as a share that is not mounted looks.
mkdir "$demo/articles" "$demo/empty"
cp "$repo"/tests/fixtures/raw/* "$demo/articles/"
: >"$demo/articles/empty.txt"
printf '\x89PNG\r\n\x1a\n' >"$demo/articles/photo.png"

tmux new-session -d -s "$session" -x 200 -y 60 -c "$demo" \
  "env -i HOME=$HOME TERM=xterm-256color PATH=$repo/.venv/bin:/usr/bin:/bin PREFECT_HOME=$repo/.prefect PS1='$ ' bash --norc --noprofile"

prompt_back() { # the last non-empty line of the pane is a bare prompt again
  [[ "$(tmux capture-pane -p -t "$session" | sed '/^$/d' | tail -n 1)" == '$' ]]
}
until prompt_back; do sleep 0.2; done
for command in "newsprep run articles --out processed" 'echo "exit $?"' \
  "newsprep run articles --out processed" 'echo "exit $?"' \
  "newsprep run empty --out processed" 'echo "exit $?"'; do
  tmux send-keys -t "$session" -l "$command"
  tmux send-keys -t "$session" Enter
  sleep 0.5
  until prompt_back; do sleep 0.5; done
done
tmux capture-pane -p -t "$session" -S - | sed '/^$/d' | sed '$d'
