#!/usr/bin/env bash
# What is big in the wasm: per-crate totals and the largest functions, from the last
# `cargo xtask build` (target/wasm32-unknown-unknown/wasm-release/app.wasm, which still has
# its name section; wasm-bindgen removes it, with its ~5 000 descriptor exports, for dist/).
#
#   scripts/bench/twiggy.sh [N]    top N functions (default 30)
#
# Installs twiggy 0.8.0 into .tools/ on first use (`cargo install`, ~3 min).
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-30}
wasm=target/wasm32-unknown-unknown/wasm-release/app.wasm
[[ -f $wasm ]] || { echo "no $wasm: run cargo xtask build first" >&2; exit 1; }
if [[ ! -x .tools/bin/twiggy ]]; then
  cargo install twiggy --version 0.8.0 --locked --root .tools
fi
csv=$(mktemp)
trap 'rm -f "$csv"' EXIT
.tools/bin/twiggy top -n 1000000 -f csv "$wasm" >"$csv"
python3 - "$csv" "$n" <<'PY'
import collections, csv, re, sys
rows = list(csv.DictReader(open(sys.argv[1])))
n = int(sys.argv[2])
def crate(name):
    if name.startswith("data segment"):
        return "(data: .rodata strings, tables)"
    if "wbindgen_describe" in name or name.startswith("export "):
        return "(wasm-bindgen descriptors: removed by wasm-bindgen)"
    s = re.sub(r"^[<&(\[\s*]*(?:mut |dyn |impl )*", "", name).lstrip("<(&*[ ")
    m = re.match(r"([A-Za-z_][A-Za-z0-9_]*)", s)
    k = m.group(1) if m else name[:30]
    return {"T": "(generic: <T as …>)", "A": "(generic: <A as …>)", "F": "(generic: <F as …>)"}.get(k, k)
by = collections.Counter(); count = collections.Counter()
for r in rows:
    name, size = r["Name"], int(r["ShallowSize"])
    if "function names" in name or name.startswith("custom section"):
        continue
    by[crate(name)] += size; count[crate(name)] += 1
shipped = sum(v for k, v in by.items() if not k.startswith("(wasm-bindgen"))
print(f"code + data that ships: {shipped:,} bytes (before compression)\n")
print(f"{'bytes':>9} {'share':>6} {'items':>6}  crate")
for k, v in by.most_common(25):
    if k.startswith("(wasm-bindgen"):
        continue
    print(f"{v:>9,} {100 * v / shipped:5.1f}% {count[k]:>6}  {k}")
print(f"\nlargest {n} functions:")
funcs = [r for r in rows if "function names" not in r["Name"] and not r["Name"].startswith(("custom section", "data segment", "export "))]
funcs.sort(key=lambda r: -int(r["ShallowSize"]))
for r in funcs[:n]:
    print(f"{int(r['ShallowSize']):>7,}  {r['Name'][:150]}")
PY
