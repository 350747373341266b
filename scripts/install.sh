#!/usr/bin/env bash
# Builds the release binary and installs it with its resource bundles:
#   scripts/install.sh [PREFIX]        (default PREFIX: /usr/local; needs write access there)
# The binary and the *.resources bundles it reads (dictionary, decision model, samples, OpenAPI document)
# go to PREFIX/lib/accord; PREFIX/bin/accord is a symbolic link to it, so `accord` is on the PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=${1:-/usr/local}
swift build -c release --product accord
bin=$(swift build -c release --show-bin-path)
mkdir -p "$prefix/lib/accord" "$prefix/bin"
rm -rf "$prefix/lib/accord/"*.resources
cp "$bin/accord" "$prefix/lib/accord/accord"
cp -R "$bin"/*.resources "$prefix/lib/accord/"
ln -sf "$prefix/lib/accord/accord" "$prefix/bin/accord"
echo "installed: $prefix/bin/accord -> $prefix/lib/accord/accord ($("$prefix/bin/accord" --version))"
