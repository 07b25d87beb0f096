#!/usr/bin/env python3
"""Runs a command on a pseudo-terminal of a given size and prints what it
wrote (stdout and stderr both go to the terminal, as for a person).

usage: pty_run.py COLUMNS ROWS [--stdin-pipe] COMMAND [ARG]...

The window size is set with TIOCSWINSZ before the command starts, so the
program sees a real terminal of that width (COLUMNS is removed from its
environment). With --stdin-pipe, standard input is an empty pipe instead of
the terminal. Exits with the command's exit code.
"""
import fcntl
import os
import pty
import struct
import sys
import termios


def main():
    cols, rows = int(sys.argv[1]), int(sys.argv[2])
    args = sys.argv[3:]
    pipe_stdin = False
    if args and args[0] == "--stdin-pipe":
        pipe_stdin, args = True, args[1:]
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    env = dict(os.environ)
    env.pop("COLUMNS", None)
    env.pop("LINES", None)
    pid = os.fork()
    if pid == 0:
        os.setsid()
        fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
        if pipe_stdin:
            r, w = os.pipe()
            os.close(w)
            os.dup2(r, 0)
        else:
            os.dup2(slave, 0)
        os.dup2(slave, 1)
        os.dup2(slave, 2)
        os.close(master)
        os.close(slave)
        os.execvpe(args[0], args, env)
    os.close(slave)
    out = bytearray()
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    _, status = os.waitpid(pid, 0)
    sys.stdout.buffer.write(bytes(out))
    sys.exit(os.waitstatus_to_exitcode(status))


if __name__ == "__main__":
    main()
