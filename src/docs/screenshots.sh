#!/usr/bin/env bash
# Regenerates the README screenshots from the current build, on Linux, under a private Xvfb.
#
#   mvn -B -o -q package -DskipTests
#   bash src/docs/screenshots.sh [OUT_DIR]        (default src/docs/screenshots)
#
# Needs Xvfb, xdotool and ImageMagick (apt-get install -y xvfb xdotool imagemagick); installs nothing.
# Each shot set runs the jar in its own user.home, so no preference, autosave or remembered import
# leaks from one set into another or from the user's own ~/.seqlab. Takes about 8 minutes on 2 cores,
# most of it training (margarine twice, MovieLens one epoch).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
OUT=$(mkdir -p "${1:-src/docs/screenshots}" && cd "${1:-src/docs/screenshots}" && pwd)
JAR="$ROOT/target/seqlab.jar"
PURCHASES="$ROOT/src/docs/purchases.csv"

if [[ ! -f "$JAR" || ! -d "$ROOT/target/lib" ]]; then
    echo "screenshots: target/seqlab.jar or target/lib is missing; build first: mvn -B -o -q package -DskipTests" >&2
    exit 1
fi
missing=()
for tool in Xvfb xdotool import convert; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
if (( ${#missing[@]} )); then
    echo "screenshots: ${missing[*]} not found; install them with: apt-get install -y xvfb xdotool imagemagick" >&2
    exit 1
fi

TMP=$(mktemp -d /tmp/seqlab-shots.XXXXXX)
touch "$TMP/started"
XVFB_PID=""
APP_PID=""
WIN=""
HOME_DIR=""

log() { echo "screenshots: $*" >&2; }
fail() { log "FAILED: $*"; exit 1; }

# The launcher relaunches itself with tuned JVM options: the window belongs to the child JVM.
app_pids() {
    [[ -n "$APP_PID" ]] || return 0
    pgrep -P "$APP_PID" || true
    echo "$APP_PID"
}

stop_app() {
    [[ -n "$APP_PID" ]] || return 0
    local pids
    pids=$(app_pids | tr '\n' ' ')
    kill $pids 2>/dev/null || true
    # the JVM writes its class-data archive on the way out (a few seconds); then it is killed for good
    for _ in $(seq 1 40); do
        kill -0 $pids 2>/dev/null || break
        sleep 0.5
    done
    kill -9 $pids 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
    WIN=""
    # the next set must not find this window while it is being destroyed
    for _ in $(seq 1 40); do
        xdotool search --name '^SeqLab' >/dev/null 2>&1 || break
        sleep 0.25
    done
}

cleanup() {
    local rc=$?
    stop_app
    if [[ -n "$XVFB_PID" ]]; then
        kill "$XVFB_PID" 2>/dev/null || true
        wait "$XVFB_PID" 2>/dev/null || true
    fi
    find "$ROOT" -maxdepth 1 -name 'hs_err_pid*.log' -newer "$TMP/started" -delete 2>/dev/null || true
    if (( rc != 0 )); then
        log "the app's output is kept in $TMP (*.log)"
        find "$TMP" -name 'hs_err_pid*.log' -print >&2 || true
    else
        rm -rf "$TMP"
    fi
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_xvfb() {
    local d
    for d in 91 92 93 94 95 96 97 98 99; do
        [[ -e /tmp/.X$d-lock || -e /tmp/.X11-unix/X$d ]] && continue
        Xvfb ":$d" -screen 0 1400x1000x24 -nolisten tcp >"$TMP/xvfb.log" 2>&1 &
        XVFB_PID=$!
        export DISPLAY=":$d"
        for _ in $(seq 1 40); do
            xdotool getdisplaygeometry >/dev/null 2>&1 && return 0
            kill -0 "$XVFB_PID" 2>/dev/null || break
            sleep 0.25
        done
        kill "$XVFB_PID" 2>/dev/null || true
        XVFB_PID=""
    done
    fail "no free X display among :91..:99 (or Xvfb did not start; see $TMP/xvfb.log)"
}

# start_app SET TITLE_PART [java -D options...]: runs the jar in its own user.home and waits until the
# window's title names the data (SeqLab - sequences.txt), i.e. the sample has been opened.
start_app() {
    local set=$1 title=$2
    shift 2
    HOME_DIR="$TMP/$set/home"
    mkdir -p "$HOME_DIR"
    (cd "$TMP/$set" && exec java -Duser.home="$HOME_DIR" -Duser.language=en "$@" -jar "$JAR") \
        >"$TMP/$set.log" 2>&1 &
    APP_PID=$!
    WIN=$(timeout 120 xdotool search --sync --name '^SeqLab' 2>/dev/null | head -1) \
        || fail "$set: no SeqLab window within 120 s (see $TMP/$set.log)"
    local i
    for i in $(seq 1 240); do
        [[ "$(xdotool getwindowname "$WIN" 2>/dev/null)" == *"$title"* ]] && break
        (( i == 240 )) && fail "$set: the title never named $title (it is '$(xdotool getwindowname "$WIN")')"
        sleep 0.5
    done
    # the deferred tabs load just after the window shows
    sleep 3
}

key() { xdotool key --window "$WIN" "$@" 2>/dev/null; }

# Clicks at x,y inside the window; the pointer stays in the window, which keeps the keyboard focus
# (no window manager: the focus follows the pointer).
click() {
    xdotool mousemove --window "$WIN" "$1" "$2"
    sleep 0.3
    xdotool click 1
    sleep 0.3
}

type_text() {
    xdotool type --delay 40 "$1" 2>/dev/null
}

# Every run the workbench records is autosaved to ~/.seqlab/autosave.seqlab (written atomically after
# the run ends), so its appearance says training has ended without looking at the screen.
wait_trained() {
    local limit=$1 file="$HOME_DIR/.seqlab/autosave.seqlab" start=$SECONDS
    local before
    before=$(stat -c %Y "$file" 2>/dev/null || echo none)
    while :; do
        if [[ -s "$file" && "$(stat -c %Y "$file")" != "$before" ]]; then
            break
        fi
        kill -0 "$APP_PID" 2>/dev/null || fail "the app ended while training (see $TMP/*.log)"
        (( SECONDS - start > limit )) && fail "training did not end within $limit s"
        sleep 1
    done
    log "trained in $((SECONDS - start)) s"
    # the last epoch's charts and the status line settle
    sleep 2
}

shot() {
    sleep "${2:-1}"
    import -window "$WIN" "$OUT/$1.png"
    log "wrote $OUT/$1.png ($(identify -format '%wx%h' "$OUT/$1.png"))"
}

presentation_720p() {
    key ctrl+shift+p
    xdotool windowmove "$WIN" 0 0 windowsize "$WIN" 1280 720
    sleep 3
}

# --- margarine: settings, training, prediction by labels, presentation (English) ---
margarine_set() {
    start_app margarine sequences.txt -Dseqlab.sample=margarine
    key ctrl+2
    shot settings
    key F5
    wait_trained 900
    key ctrl+3
    shot training
    key ctrl+4
    click 550 133
    type_text "Parkay stick; Blue Bonnet stick"
    shot prediction 2
    key ctrl+3
    presentation_720p
    shot presentation-en
    stop_app
}

# --- the same in Spanish, presentation mode only ---
spanish_set() {
    start_app spanish sequences.txt -Dseqlab.sample=margarine -Duser.language=es
    key F5
    wait_trained 900
    key ctrl+3
    presentation_720p
    shot presentation-es
    stop_app
}

# --- toy: trace and embeddings after "1 2" ---
toy_set() {
    start_app toy toy.txt -Dseqlab.sample=toy
    key F5
    wait_trained 600
    key ctrl+7
    sleep 1
    click 470 144
    type_text "1 2"
    shot trace 3
    key ctrl+8
    sleep 2
    click 208 144
    type_text "2"
    key Return
    sleep 1
    click 415 144   # Reset view: Find zooms onto the item; the whole map with the item still selected
    shot embeddings 2
    stop_app
}

# --- the import dialog on a purchases table (src/docs/purchases.csv: unfamiliar column names,
# dd/MM/yyyy dates, one impossible date, 31/02/2024) ---
import_set() {
    mkdir -p "$TMP/shop"
    cp "$PURCHASES" "$TMP/shop/purchases.csv"
    start_app import toy.txt -Dseqlab.import="$TMP/shop/purchases.csv"
    local dialog
    dialog=$(timeout 60 xdotool search --sync --name '^Import table' 2>/dev/null | head -1) \
        || fail "import: the Import dialog did not open"
    sleep 3
    # the main window with the dialog over it, as the user sees it: the main window's area of the screen,
    # since a window's own image leaves out (blacks out) another window lying over it
    sleep 1
    eval "$(xdotool getwindowgeometry --shell "$WIN")"
    import -window root -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" +repage "$OUT/import.png"
    log "wrote $OUT/import.png (${WIDTH}x${HEIGHT}, the main window with the dialog over it)"
    stop_app
}

# --- the notebook lesson, mid-way: step 4 of 7 after its training, with the prediction it explains ---
lesson_set() {
    start_app lesson toy.txt -Dseqlab.sample=toy
    # Samples > The notebook (lesson): the menu opened by a click and walked by keys (moving the pointer
    # onto the popup would move the focus and close it)
    click 88 14
    sleep 0.7
    xdotool key Down Down Down Down Return
    sleep 2
    local do_x=1034 do_y=675 next_x=1163 next_y=731
    click $do_x $do_y        # step 1: load the toy data with the notebook's settings
    sleep 2
    click $next_x $next_y
    click $do_x $do_y        # step 2: show the training samples
    sleep 1
    click $next_x $next_y
    click $do_x $do_y        # step 3: train (if the lesson did not open, nothing trains and this fails)
    wait_trained 300
    click $next_x $next_y
    click $do_x $do_y        # step 4: show the prediction
    shot lesson 2
    stop_app
}

# --- MovieLens, one epoch: trace and embeddings ---
movielens_set() {
    start_app movielens ratings.csv -Dseqlab.sample=movielens
    key ctrl+2
    sleep 1
    click 234 275            # Epochs
    key ctrl+a
    type_text "1"
    key Tab
    sleep 0.5
    key F5
    wait_trained 1200
    key ctrl+7
    sleep 1
    click 470 144
    type_text "1 260 296"
    shot trace-movielens 4
    key ctrl+8
    sleep 3
    click 208 144
    type_text "260"
    key Return
    sleep 1
    click 415 144
    shot embeddings-movielens 3
    stop_app
}

start_xvfb
log "Xvfb on $DISPLAY, writing to $OUT"
# SEQLAB_SHOTS="toy lesson" makes only those sets (while working on one)
for set in ${SEQLAB_SHOTS:-margarine toy import lesson spanish movielens}; do
    "${set}_set"
done
log "done in $SECONDS s"
