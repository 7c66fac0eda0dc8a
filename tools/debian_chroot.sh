#!/usr/bin/env bash
# Runs a command on a copy of this checkout inside a Debian chroot of another suite (a newer QGIS than the
# host's), for `make test-qgis SUITE=...`. Run as root from the checkout's top folder:
#
#   tools/debian_chroot.sh SUITE DIR "PACKAGES" COMMAND...
#
# The chroot is made once with debootstrap from Debian's own mirror and kept in DIR; it is made again when
# PACKAGES changes. The checkout (tracked and untracked files, not the ignored ones such as .venv and .build)
# is copied to /build/dego in the chroot, so the host's virtual environment and links stay out of it; /tmp is emptied.
# /proc, /sys and /dev are mounted only while the chroot is built or the command runs, and unmounted on any exit.
set -euo pipefail

suite=$1 dir=$2 packages=$3
shift 3
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
stamp=$dir/.dego-packages
want="$suite: $packages"

unmount() {
    local m
    for m in dev sys proc; do
        if mountpoint -q "$dir/$m"; then umount -R "$dir/$m" || umount -R -l "$dir/$m"; fi
    done
}
trap unmount EXIT INT TERM

mount_all() {
    mountpoint -q "$dir/proc" || mount -t proc proc "$dir/proc"
    mountpoint -q "$dir/sys" || mount -t sysfs sysfs "$dir/sys"
    if ! mountpoint -q "$dir/dev"; then
        mount --rbind /dev "$dir/dev"
        mount --make-rslave "$dir/dev"  # unmounting it later must not reach the host's /dev
    fi
}

in_chroot() {
    chroot "$dir" /usr/bin/env -i HOME=/root LANG=C.UTF-8 PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        DEBIAN_FRONTEND=noninteractive \
        ${http_proxy:+http_proxy=$http_proxy} ${https_proxy:+https_proxy=$https_proxy} ${no_proxy:+no_proxy=$no_proxy} \
        "$@"
}

build() {
    unmount
    rm -rf --one-file-system "$dir"
    mkdir -p "$dir"
    local script=()
    # Debian's debootstrap knows the released suites by name; the testing suite is made like sid.
    [ -e "/usr/share/debootstrap/scripts/$suite" ] || script=(/usr/share/debootstrap/scripts/sid)
    debootstrap --variant=minbase "$suite" "$dir" "$mirror" "${script[@]}" >"$dir.log" 2>&1 \
        || { tail -n 20 "$dir.log"; return 1; }
    echo "deb $mirror $suite main" >"$dir/etc/apt/sources.list"
    # testing and sid publish Release files whose Valid-Until can lie in the past between pushes
    echo 'Acquire::Check-Valid-Until "false";' >"$dir/etc/apt/apt.conf.d/99dego-valid-until"
    printf '#!/bin/sh\nexit 101\n' >"$dir/usr/sbin/policy-rc.d"  # no services start in the chroot
    chmod +x "$dir/usr/sbin/policy-rc.d"
    cp /etc/resolv.conf "$dir/etc/resolv.conf"
    mount_all
    in_chroot apt-get update -qq
    in_chroot apt-get install -y -qq --no-install-recommends ca-certificates >/dev/null
    # Certificate authorities this machine adds (e.g. a company proxy's) are needed by pip in the chroot too.
    if compgen -G "/usr/local/share/ca-certificates/*" >/dev/null; then
        cp -r /usr/local/share/ca-certificates/. "$dir/usr/local/share/ca-certificates/"
        in_chroot update-ca-certificates >/dev/null
    fi
    # shellcheck disable=SC2086  # the package list is a space-separated word list
    in_chroot apt-get install -y -qq --no-install-recommends $packages >/dev/null
    in_chroot apt-get clean
    echo "$want" >"$stamp"
}

copy_checkout() {
    rm -rf --one-file-system "$dir/build/dego"
    mkdir -p "$dir/build/dego"
    if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' f; do
            [ -e "$f" ] && printf '%s\0' "$f"
        done | tar -c --null -T - | tar -x -C "$dir/build/dego"
    else
        tar -c --exclude=./.venv --exclude=./.build --exclude=./output --exclude=./dist . | tar -x -C "$dir/build/dego"
    fi
}

git() { command git -c safe.directory="$PWD" "$@"; }  # run by sudo in a checkout of another user

main() {  # one function, read whole before it runs: editing this file during a run cannot derail it
    if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
        echo "debian_chroot: building the $suite chroot in $dir" >&2
        build >&2  # stdout is the command's alone
    fi
    cp /etc/resolv.conf "$dir/etc/resolv.conf"
    # a fresh /tmp per run, as on a booted machine: a run that crashed leaves QGIS's WFS caches and pytest's folders
    rm -rf --one-file-system "$dir/tmp" && mkdir -m 1777 "$dir/tmp"
    mount_all
    copy_checkout
    in_chroot /bin/bash -c 'cd /build/dego && "$@"' bash "$@"
}

main "$@"; exit
