"""Entry point for `python -m generator`.

Ctrl-C at any moment ends in one line and exit code 130, never a traceback: generator.cli turns it
into a message once it is imported; this catches what comes before (its import) and what escapes
it (a Ctrl-C while the message of another failure is printed). Nothing is imported here that the
interpreter's start-up has not already loaded (os, sys): a Ctrl-C during `import logging` at the top
of this file came before the handler and printed a traceback (CI, once compiled modules were kept).
"""
import os
import sys


def _run() -> int:
    started = False
    try:
        from generator.cli import main
        started = True
        return main()
    except KeyboardInterrupt:
        sys.stderr.write("ERROR: interrupted while reporting how the run ended\n" if started
                         else "ERROR: interrupted while starting; nothing was written\n")
        return 130


def _exit(code: int) -> None:
    """End the process with this code; after a handled Ctrl-C, directly, so that the code stays 130.

    CPython marks a Ctrl-C as unhandled when it lands inside exec() of a string (dataclasses build
    their methods that way) even if the program catches it, and then ends itself with SIGINT at
    exit (bpo-1054041, gh-128130): exit code -2 instead of the 130 the message promises.
    """
    if code != 130:
        sys.exit(code)
    logging = sys.modules.get("logging")  # only loaded, and so only to be flushed, once the command has started
    if logging is not None:
        logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more can be said
            pass
    os._exit(130)


_exit(_run())
