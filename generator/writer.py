"""Write: replace the generated files in docs/ in one swap; a failed run leaves docs/ as it was.

Hand-written files beside the generated ones are carried over and never overwritten; files whose
bytes did not change are carried over too (same inode, same mtime), so MkDocs sees no change there.
"""
from __future__ import annotations

import filecmp
import glob
import json
import os
import shutil
import signal
import stat
import threading
from collections.abc import Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from generator.errors import BuildAborted
from generator.slugs import STATE_DIR

MANIFEST = f"{STATE_DIR}/manifest.json"


@dataclass(frozen=True)
class WriteSummary:
    """What the write changed."""

    written: int
    unchanged: int
    removed: int


def write_docs(files: Mapping[str, bytes], docs_dir: Path) -> WriteSummary:
    """Replace the generated part of docs_dir with `files` (docs-relative POSIX path -> bytes).

    `files` may keep its values on disk (generator/spool.py): they are read one at a time.
    """
    _check_paths(files)
    files = _WithManifest(files, _manifest(files))
    old_generated = _old_manifest(docs_dir)
    hand_written = [p for p in _all_files(docs_dir) if p not in old_generated and p != MANIFEST]
    clashes = sorted(set(hand_written) & set(files))
    if clashes:
        raise BuildAborted(
            f"{docs_dir / clashes[0]}: a hand-written file is where the generator writes a page; "
            "rename or move it (the generator never overwrites files it did not write)"
        )
    _remove_leftovers(docs_dir)
    if set(files) == old_generated and _all_unchanged(files, docs_dir):
        return WriteSummary(0, len(files), 0)  # docs/ is already what this run would write: nothing to swap
    staging = docs_dir.parent / f".{docs_dir.name}.staging-{os.getpid()}"
    try:
        summary = _stage(files, hand_written, old_generated, docs_dir, staging)
        _swap(staging, docs_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return summary


class _WithManifest(Mapping):
    """The files and the manifest, without copying the files' values."""

    def __init__(self, files: Mapping[str, bytes], manifest: bytes):
        self.files, self.manifest = files, manifest

    def __getitem__(self, path: str) -> bytes:
        return self.manifest if path == MANIFEST else self.files[path]

    def __iter__(self):
        yield from (path for path in self.files if path != MANIFEST)
        yield MANIFEST

    def __len__(self) -> int:
        return len(self.files) + (MANIFEST not in self.files)

    def __contains__(self, path) -> bool:
        return path == MANIFEST or path in self.files

    def holder(self, path: str) -> Path | None:
        """The file on disk that holds the value of path, if the files are kept on disk."""
        holder = getattr(self.files, "holder", None)
        return holder(path) if holder is not None and path != MANIFEST else None


def _unchanged(files: _WithManifest, path: str, old: str) -> bool:
    """Whether old (a path in docs/) is a plain file (not a link) with the bytes of files[path]."""
    # Paths as strings, not Path objects: this runs for every page of docs/ (33,000 at 10,000 articles).
    try:
        status = os.lstat(old)
        if not stat.S_ISREG(status.st_mode):
            return False
        holder = files.holder(path)
        if holder is not None and str(holder) == old:
            return True  # the value is this very file (checked against its digest when it was kept)
        if holder is not None:  # compared block by block: knowledge.json is 150 MB at 10,000 articles
            return filecmp.cmp(holder, old, shallow=False)
        content = files[path]
        if status.st_size != len(content):
            return False
        with open(old, "rb") as stream:
            return stream.read() == content
    except OSError:
        return False


def _all_unchanged(files: _WithManifest, docs_dir: Path) -> bool:
    """Whether every file is in docs/ with these bytes already (a plain file, not a link)."""
    return all(_unchanged(files, path, os.path.join(docs_dir, path)) for path in files)


def _remove_leftovers(docs_dir: Path) -> None:
    """Remove the staging and retired trees of earlier runs that were killed (their process is gone).

    A tree named with our own process id is an old one too (process ids are reused): this run has
    not made its own yet.
    """
    for leftover in docs_dir.parent.glob(f".{glob.escape(docs_dir.name)}.*-*"):
        kind, _, pid = leftover.name[len(docs_dir.name) + 2:].rpartition("-")
        if kind in ("staging", "old") and pid.isdigit() and (int(pid) == os.getpid() or not process_running(int(pid))):
            shutil.rmtree(leftover, ignore_errors=True)


def process_running(pid: int) -> bool:
    """Whether a process with this id exists."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, owned by someone else
    return True


def _check_paths(files: Mapping[str, bytes]) -> None:
    """Refuse paths that leave docs/ and paths that collide on case-insensitive file systems."""
    seen: dict[str, str] = {}
    for path in sorted(files):
        parts = [part for part in path.split("/") if part not in ("", ".")]
        if path.startswith("/") or ".." in parts or not parts:
            raise BuildAborted(f"internal error: generated path {path!r} leaves the docs folder")
        folded = path.casefold()
        if folded in seen:
            raise BuildAborted(f"two generated pages would share one file on some systems: {seen[folded]!r} and {path!r}")
        seen[folded] = path


def _manifest(files: Mapping[str, bytes]) -> bytes:
    """The list of generated files, so that the next run knows what it may replace."""
    return (json.dumps(sorted([*files, MANIFEST]), ensure_ascii=False, indent=0) + "\n").encode("utf-8")


def _old_manifest(docs_dir: Path) -> set[str]:
    """The files the previous run generated (none if there was no previous run)."""
    try:
        return set(json.loads((docs_dir / MANIFEST).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return set()


def _all_files(docs_dir: Path) -> list[str]:
    """Every file under docs_dir, docs-relative, sorted."""
    if not docs_dir.is_dir():
        return []
    found = []
    for root, dirs, names in os.walk(docs_dir):
        dirs.sort()
        folder = Path(root).relative_to(docs_dir).as_posix()
        prefix = "" if folder == "." else folder + "/"
        found += [prefix + name for name in names]
    return sorted(found)


def _stage(files, hand_written, old_generated, docs_dir: Path, staging: Path) -> WriteSummary:
    """Build the complete new docs tree beside the old one."""
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    folders = _Folders(staging)
    for path in hand_written:
        _carry_over(os.path.join(docs_dir, path), folders.made_for(path))
    written = unchanged = 0
    for path in sorted(files):
        old = os.path.join(docs_dir, path)
        if path in old_generated and _unchanged(files, path, old):
            _carry_over(old, folders.made_for(path))
            unchanged += 1
        else:
            target = Path(folders.made_for(path))
            holder = files.holder(path)
            if holder is not None:
                shutil.copyfile(holder, target)  # streamed, never read whole
            else:
                target.write_bytes(files[path])
            written += 1
    removed = len(old_generated - set(files))
    return WriteSummary(written, unchanged, removed)


class _Folders:
    """The folders of the new tree, each made once (a tree of 33,000 files has a few dozen)."""

    def __init__(self, root: Path):
        self.root, self.made = str(root), {""}

    def made_for(self, path: str) -> str:
        """The path of a file of the tree (docs-relative), its folder made."""
        folder = path.rpartition("/")[0]
        if folder not in self.made:
            os.makedirs(os.path.join(self.root, folder), exist_ok=True)
            self.made.add(folder)
        return os.path.join(self.root, path)


def _carry_over(source: str, target: str) -> None:
    """Put an existing file into the new tree (its folder made by _Folders) without copying its bytes when possible."""
    if os.path.islink(source):
        os.symlink(os.readlink(source), target)
        return
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _swap(staging: Path, docs_dir: Path) -> None:
    """Put the new tree in place of the old one with two renames; the old tree comes back if the second fails.

    Ctrl-C and SIGTERM are held until the renames are done (or undone) and the old tree removed: the
    run then ends as if they had come a moment later, with the new docs/ complete. docs/ is never
    missing or half-written.
    """
    retired = docs_dir.parent / f".{docs_dir.name}.old-{os.getpid()}"
    with _signals_held():
        if docs_dir.exists():
            docs_dir.rename(retired)
        try:
            staging.rename(docs_dir)
        except BaseException:
            if retired.exists() and not docs_dir.exists():
                retired.rename(docs_dir)
            raise
        shutil.rmtree(retired, ignore_errors=True)


@contextmanager
def _signals_held():
    """Hold SIGINT and SIGTERM during the block and deliver them after it (main thread only: signals come there)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    pending: list[int] = []
    previous = {number: signal.signal(number, lambda received, _frame: pending.append(received))
                for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, signal.SIG_DFL if handler is None else handler)
        for number in pending[:1]:
            signal.raise_signal(number)


def clean_docs(docs_dir: Path) -> int:
    """Remove the generated files (and the folders they leave empty); hand-written files stay."""
    generated = _old_manifest(docs_dir)
    for path in sorted(generated, reverse=True):
        (docs_dir / path).unlink(missing_ok=True)
    for root, dirs, names in sorted(os.walk(docs_dir, topdown=False), reverse=True):
        if Path(root) != docs_dir and not os.listdir(root):
            os.rmdir(root)
    return len(generated)
