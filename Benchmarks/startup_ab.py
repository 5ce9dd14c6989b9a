#!/usr/bin/env python3
"""Compares the open-and-quit time of two margin builds head to head, with less for scale.

Each round runs build A, build B and less once on an 80x24 pty with `q` typed ahead (timed from fork to
exit, output drained), so the builds see the same machine load; the medians of N rounds are printed with
their ratio to less. Each build has its own data folder, opened once before timing (the article is known,
as when someone reopens it).

Usage: python3 Benchmarks/startup_ab.py ARTICLE N [--a PATH] [--b PATH]
       (defaults: /tmp/margin-base and /tmp/margin-new, two copies of release builds, see PERFORMANCE.md)
"""
import argparse
import fcntl
import os
import pty
import select
import shutil
import statistics
import struct
import tempfile
import termios
import time


def run(argv, env):
    """Runs argv on a new 80x24 pty with `q` typed ahead; returns seconds from fork to exit."""
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        os.execvpe(argv[0], argv, env)
    os.write(fd, b"q")
    while True:
        try:
            ready, _, _ = select.select([fd], [], [], 10)
            if not ready or not os.read(fd, 65536):
                break
        except OSError:
            break  # EIO: the child closed the terminal
    os.waitpid(pid, 0)
    os.close(fd)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("article")
    parser.add_argument("rounds", type=int)
    parser.add_argument("--a", default="/tmp/margin-base")
    parser.add_argument("--b", default="/tmp/margin-new")
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="margin-startup-ab-")
    try:
        base = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "TERM": "xterm-256color", "LANG": "C.UTF-8",
                "HOME": work, "LESSHISTFILE": "-", "LESS": ""}
        commands = {}
        for name, binary in [("a", args.a), ("b", args.b)]:
            env = dict(base, MARGINALIA_HOME=os.path.join(work, name, "data"),
                       XDG_CONFIG_HOME=os.path.join(work, name, "config"))
            commands[f"{name} {binary}"] = ([binary, args.article], env)
        commands["less"] = ([shutil.which("less"), args.article], base)
        for name, (argv, env) in commands.items():
            if name != "less":
                run(argv, env)  # the article becomes known to this build's data folder
        times = {name: [] for name in commands}
        for _ in range(args.rounds):
            for name, (argv, env) in commands.items():
                times[name].append(run(argv, env))
        less = statistics.median(times["less"])
        for name, values in times.items():
            median = statistics.median(values)
            print(f"{name:40} median {median * 1000:6.2f} ms  ratio {median / less:4.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
