"""Entry point for `python -m generator`.

Ctrl-C at any moment ends in one line and exit code 130, never a traceback: generator.cli turns it
into a message once it is imported; this catches what comes before (its import) and what escapes
it (a Ctrl-C while the message of another failure is printed).
"""
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


sys.exit(_run())
