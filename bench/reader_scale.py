"""How the reader's time grows with one article's size: CPU seconds and MB per second at each size.

usage: python -m bench.reader_scale [--sizes 0.5,2,8,20] (megabytes)

The seed size limit (generator.read.reader.MAX_SEED_BYTES) keeps real articles small; this reads
larger texts directly with the reader's stages (decode, normalise, analyse) to show that nothing in
them is quadratic: the exponent between two sizes is 1.0 for linear growth, 2.0 for quadratic.
"""
from __future__ import annotations

import math
import sys
import time

from generator.read.decode import decode_bytes
from generator.read.normalise import normalise_text
from generator.read.reader import analyse


def article_of(size: int) -> bytes:
    """A headline and numbered paragraphs of varied sentences, about `size` bytes."""
    sentences = ("The river rose through the night and reached the old bridge before dawn.",
                 "Officials opened two schools as shelters and asked people to leave low streets.",
                 "Trains on the valley line stopped at noon; buses took their passengers on.",
                 "Farmers moved cattle to higher fields while volunteers filled sandbags.")
    parts, total, number = [b"Flood report from the valley\n\n"], 0, 0
    while total < size:
        part = f"Report {number}. {sentences[number % 4]} {sentences[(number + 1) % 4]}\n\n".encode()
        parts.append(part)
        total += len(part)
        number += 1
    return b"".join(parts)


def read_seconds(raw: bytes) -> float:
    """CPU seconds the reader's stages take over these bytes."""
    start = time.process_time()
    decoded = decode_bytes(raw)
    analyse(normalise_text(decoded.text), "big.txt", decoded.encoding)
    return time.process_time() - start


def main(argv: list[str]) -> int:
    """Print one row per size, with the growth exponent from the size before."""
    sizes = [float(s) for s in argv[argv.index("--sizes") + 1].split(",")] if "--sizes" in argv else [0.5, 2, 8, 20]
    print(f"{'MB':>6} {'CPU s':>8} {'MB/s':>8} {'exponent':>9}")
    previous: tuple[float, float] | None = None
    for megabytes in sizes:
        seconds = read_seconds(article_of(int(megabytes * 1e6)))
        exponent = (f"{math.log(seconds / previous[1]) / math.log(megabytes / previous[0]):9.2f}"
                    if previous and seconds > 0 and previous[1] > 0 else f"{'':>9}")
        print(f"{megabytes:6g} {seconds:8.2f} {megabytes / max(seconds, 1e-9):8.2f} {exponent}")
        previous = (megabytes, seconds)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
