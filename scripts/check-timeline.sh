#!/usr/bin/env bash
# Checks the timeline page in a real browser: headless Chromium (Debian's
# package, installed when missing) opens the samples' timeline with
# ?selftest, which steps through every frame with ArrowRight key events and
# checks the frame shown, the factions drawn and that no faction moves; then
# it opens the first and the last frame by #frame=N and screenshots them into
# output/ (timeline-frame-1.png, timeline-frame-last.png).
#
# Usage: scripts/check-timeline.sh [CORPUS...]      (default: samples)
# Environment: FACTIONGRAPH  the binary (default .build/release/factiongraph,
#                            built when missing)
#              OUTPUT_DIR    where screenshots go (default output)
set -euo pipefail
cd "$(dirname "$0")/.."

binary=${FACTIONGRAPH:-.build/release/factiongraph}
output_dir=${OUTPUT_DIR:-output}
corpus=("$@")
[ ${#corpus[@]} -gt 0 ] || corpus=(samples)
sudo=""
[ "$(id -u)" = 0 ] || sudo=sudo

find_chromium() { command -v chromium || command -v chromium-browser || true; }
if [ -z "$(find_chromium)" ]; then
  echo "Installing chromium (Debian package)"
  $sudo apt-get install -y chromium || { $sudo apt-get update && $sudo apt-get install -y chromium; }
fi
chromium=$(find_chromium)

if [ ! -x "$binary" ]; then
  swift build -c release --product factiongraph
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
page="$work/timeline.html"
"$binary" timeline "${corpus[@]}" -o "$page" 2> "$work/timeline.err" || { cat "$work/timeline.err" >&2; exit 1; }

# Chromium in a container: no sandbox (root), no GPU; its own throw-away
# profile; its chatter (D-Bus and so on) to a log shown only on failure.
browse() {
  timeout 180 "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --user-data-dir="$work/profile" --virtual-time-budget=10000 "$@" 2>> "$work/chromium.log"
}
fail() {
  echo "timeline check FAILED: $*" >&2
  exit 1
}
chromium_failed() {
  tail -n 20 "$work/chromium.log" >&2 2>/dev/null || true
  fail "$@"
}

started=$EPOCHREALTIME
dom=$(browse --dump-dom "file://$page?selftest") || chromium_failed "chromium exited with status $?"
result=$(grep -o '<pre id="selftest">[^<]*</pre>' <<< "$dom" | sed -e 's/<[^>]*>//g' || true)
[ -n "$result" ] || chromium_failed "the page wrote no self-test result"
case "$result" in
  "ok "*" frames") ;;
  *) fail "self-test: $result" ;;
esac
frames=$(awk '{print $2}' <<< "$result")
elapsed=$(awk -v a="$started" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
echo "self-test in chromium: $result ($elapsed s; page $(wc -c < "$page") bytes)"

mkdir -p "$output_dir"
shots=$(cd "$output_dir" && pwd)
for frame in 0 $((frames - 1)); do
  name=$([ "$frame" = 0 ] && echo 1 || echo last)
  # The address opens the frame: the page must show it.
  stage=$(browse --dump-dom "file://$page#frame=$frame" | grep -o '<div id="stage"[^>]*>' || true)
  grep -q "data-frame=\"$frame\"" <<< "$stage" || fail "#frame=$frame opened ${stage:-nothing}"
  shot="$shots/timeline-frame-$name.png"
  rm -f "$shot"
  browse --window-size=1400,900 --screenshot="$shot" "file://$page#frame=$frame" > /dev/null || chromium_failed "screenshot of frame $frame"
  [ "$(head -c 4 "$shot" 2>/dev/null | od -An -c | tr -d ' ')" = '211PNG' ] || fail "no screenshot at $shot"
  echo "frame $((frame + 1)) of $frames: $output_dir/timeline-frame-$name.png"
done
echo "timeline check passed"
