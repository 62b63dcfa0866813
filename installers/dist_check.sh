#!/bin/sh
# Run the built one-folder app the way a user's machine would: copied to a fresh folder, with
# no virtualenv, no PYTHONPATH and an empty home. Exercises the CLI, both exports (the PDF's
# fonts come from inside the bundle) and an offscreen render of the main window, then prints
# the bundle's size. Usage: installers/dist_check.sh [dist/cpm-desktop]   (make dist-check)
set -eu

BUNDLE=${1:-dist/cpm-desktop}
LIMIT_MB=150
[ -x "$BUNDLE/cpm-desktop" ] || { echo "dist-check: no $BUNDLE/cpm-desktop; run make dist" >&2; exit 1; }
BUNDLE=$(cd "$BUNDLE" && pwd)

TMP=$(mktemp -d "${TMPDIR:-/tmp}/cpm-dist-check.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
cp -a "$BUNDLE" "$TMP/app"
mkdir "$TMP/home" "$TMP/work"
cd "$TMP/work"

run() {  # run the bundled app in a clean environment; keep its output for a failure
  env -i PATH=/usr/bin:/bin HOME="$TMP/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    "$TMP/app/cpm-desktop" "$@" >"$TMP/out" 2>&1
}

check() {  # check NAME FILE -- ARGS: run ARGS, require exit 0 and a non-empty FILE
  name=$1; file=$2; shift 3
  if run "$@" && [ -s "$file" ]; then
    printf 'ok    %-22s %s (%s bytes)\n' "$name" "$file" "$(wc -c <"$file" | tr -d ' ')"
  else
    printf 'FAIL  %-22s cpm-desktop %s\n' "$name" "$*"
    sed 's/^/      /' "$TMP/out"
    exit 1
  fi
}

check "demo" demo.cpm -- demo demo.cpm
check "check" demo.cpm -- check --db demo.cpm
grep -q "integrity:    ok" "$TMP/out" || { echo "FAIL  check: no 'integrity: ok'"; cat "$TMP/out"; exit 1; }
check "export xlsx" plan.xlsx -- export xlsx --db demo.cpm --project NHL-WMS -o plan.xlsx
check "export pdf" pack.pdf -- export pdf --db demo.cpm --project NHL-WMS -o pack.pdf
grep -q "DejaVuSans" pack.pdf || { echo "FAIL  export pdf: the bundled DejaVu fonts are not embedded"; exit 1; }
check "--screenshot" window.png -- --db demo.cpm --screenshot window.png --project NHL-WMS
check "FILE.cpm (association)" opened.png -- demo.cpm --screenshot opened.png
# A missing file given the way a file manager does: exit 2 and one line.
if run missing.cpm --screenshot never.png; then echo "FAIL  missing file: exit 0"; exit 1; fi
[ "$(wc -l <"$TMP/out")" -eq 1 ] || { echo "FAIL  missing file: not one line"; cat "$TMP/out"; exit 1; }
printf 'ok    %-22s %s\n' "missing FILE.cpm" "$(cat "$TMP/out")"

# X11's platform plugin (XWayland's too) is not run here (offscreen): at least its libraries
# resolve. The Wayland one needs libwayland-*, which a Wayland desktop always has.
if command -v ldd >/dev/null 2>&1; then
  for plugin in "$TMP"/app/_internal/PySide6/Qt/plugins/platforms/libqxcb.so; do
    if ldd "$plugin" | grep -q "not found"; then
      echo "FAIL  $(basename "$plugin"): $(ldd "$plugin" | grep "not found" | tr -s ' \t' ' ')"
      exit 1
    fi
  done
  printf 'ok    %-22s %s\n' "X11 plugin libraries" "libqxcb.so: all resolve"
fi

size_kb=$(du -sk "$TMP/app" | cut -f1)
size_mb=$(( (size_kb + 1023) / 1024 ))
echo "bundle: $(du -sh "$BUNDLE" | cut -f1) in $BUNDLE ($(find "$BUNDLE" -type f | wc -l | tr -d ' ') files)"
if [ "$size_mb" -gt "$LIMIT_MB" ]; then
  echo "FAIL  bundle is ${size_mb} MB, over the ${LIMIT_MB} MB target; the largest parts:"
  du -sh "$BUNDLE"/_internal/* | sort -h | tail
  exit 1
fi
echo "dist-check: all checks passed (${size_mb} MB <= ${LIMIT_MB} MB)"
