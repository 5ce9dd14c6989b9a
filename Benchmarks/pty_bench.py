#!/usr/bin/env python3
"""Runs `margin` and `less` side by side through an 80x24 pseudo-terminal and prints the ratios.

Scenarios (issue 4):
  open-quit  open an article and quit with `q` typed ahead (open to first frame to exit); seed article
             and a 100 MB article (margin only has the < 1 s target there, less is shown for scale)
  scroll     1,000 x `j` then `q` on a 10 MB article

Each run is timed from fork to exit (the program's output is drained as it comes). Runs alternate
between the programs; the median of --runs is reported. margin gets a fresh data folder (MARGINALIA_HOME)
reset before each run to the state after one warm-up open-and-quit (an article opened before, read from
the top, as less reads it).

Usage: python3 Benchmarks/pty_bench.py [--margin PATH] [--runs N]
Build the measured binary first:
  swift build -c release -Xswiftc -static-executable -Xlinker -ltinfo --product margin
"""
import argparse
import fcntl
import os
import pty
import select
import shutil
import statistics
import struct
import sys
import tempfile
import termios
import time

ROWS, COLS = 24, 80


def run(argv, keys, env):
    """Runs argv on a new pty with `keys` typed ahead; returns seconds from fork to exit."""
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        os.execvpe(argv[0], argv, env)
    os.write(fd, keys)
    while True:
        try:
            ready, _, _ = select.select([fd], [], [], 10)
            if not ready:
                os.kill(pid, 9)
                raise RuntimeError(f"{argv[0]} did not finish")
            if not os.read(fd, 65536):
                break
        except OSError:
            break  # EIO: the child closed the terminal
    _, status = os.waitpid(pid, 0)
    elapsed = time.perf_counter() - start
    os.close(fd)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(argv)} exited with {os.waitstatus_to_exitcode(status)}")
    return elapsed


def median_times(commands, keys, runs):
    """Median times; margin's data folder is reset before each run to a snapshot taken after one warm-up
    open-and-quit, so every run starts at the top of an article opened before (margin restores reading
    positions, and less always starts at the top)."""
    data = commands["margin"][1]["MARGINALIA_HOME"]
    snapshot = data + ".snapshot"
    shutil.rmtree(data, ignore_errors=True)
    run(commands["margin"][0], b"q", commands["margin"][1])
    shutil.rmtree(snapshot, ignore_errors=True)
    shutil.copytree(data, snapshot)
    times = {name: [] for name in commands}
    for _ in range(runs):
        for name, (argv, env) in commands.items():
            if name == "margin":
                shutil.rmtree(data, ignore_errors=True)
                shutil.copytree(snapshot, data)
            times[name].append(run(argv, keys, env))
    return {name: statistics.median(values) for name, values in times.items()}


def write_article(path, megabytes):
    """A scraped-page-shaped article: title, blank line, paragraphs of ~500 bytes."""
    words = ("the number of troops committed will be limited North Korea has effectively crossed the Rubicon "
             "Europe traditionally gateway West Pyongyang neutral diplomats stationed capitals").split()
    target = int(megabytes * 1_000_000)
    with open(path, "w", encoding="utf-8") as f:
        f.write("A generated article for the pager benchmark\n\n")
        written, n, seed = 0, 0, 42
        while written < target:
            n += 1
            parts = [f"Paragraph {n}:"]
            length = len(parts[0])
            while length < 500:
                seed = (seed * 6364136223846793005 + 1442695040888963407) % (1 << 64)
                word = words[(seed >> 33) % len(words)]
                parts.append(word)
                length += len(word) + 1
            text = " ".join(parts) + ".\n\n"
            f.write(text)
            written += len(text)


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--margin", default=os.path.join(root, ".build/release/margin"))
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    less = shutil.which("less")
    if not less or not os.path.exists(args.margin):
        sys.exit(f"need less and {args.margin} (build it first)")

    work = tempfile.mkdtemp(prefix="margin-pty-bench-")
    try:
        base = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "TERM": "xterm-256color", "LANG": "C.UTF-8",
                "HOME": work, "LESSHISTFILE": "-", "LESS": ""}
        margin_env = dict(base, MARGINALIA_HOME=os.path.join(work, "data"), XDG_CONFIG_HOME=os.path.join(work, "config"))
        seed = os.path.join(root, "seeds/000_c0a91f7480b9ba36.txt")
        ten = os.path.join(work, "article-10MB.txt")
        hundred = os.path.join(work, "article-100MB.txt")
        write_article(ten, 10)
        write_article(hundred, 100)

        def both(path):
            return {"margin": ([args.margin, path], margin_env), "less": ([less, path], base)}

        print(f"pty {COLS}x{ROWS}, median of {args.runs} runs, margin = {args.margin}")
        rows = []
        for label, path, keys, runs in [
            ("open-quit, seed article", seed, b"q", args.runs),
            ("open-quit, 100 MB article", hundred, b"q", max(3, args.runs // 3)),
            ("1000 x j then q, 10 MB article", ten, b"j" * 1000 + b"q", args.runs),
        ]:
            result = median_times(both(path), keys, runs)
            ratio = result["margin"] / result["less"]
            rows.append((label, result["margin"], result["less"], ratio))
        print(f"{'scenario':34} {'margin':>10} {'less':>10} {'margin/less':>12}")
        for label, m, l, ratio in rows:
            print(f"{label:34} {m * 1000:8.1f}ms {l * 1000:8.1f}ms {ratio:11.2f}x")
        print("targets: seed open-quit <= 1.5x less; 100 MB open-quit < 1000 ms; 1000 x j <= 1.0x less")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
