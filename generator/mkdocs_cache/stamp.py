"""Whether the built site is current: `make site` skips `mkdocs build` when nothing it reads changed.

A second `make site` with nothing changed still made MkDocs read, render and index every page
(72 s of 89 s at 10,000 articles, though every conversion was cached). Like `make` with its
targets, this compares what the build reads with what it read last time, and the site with what
the build left:

- the inputs: every file of the docs folder (path and SHA-256 of its content: a file rewritten
  with the same text is unchanged, an edit within the same second as the build is not missed;
  a file whose size, modification time and inode are as when its digest was last taken is not
  read again, as generator/docs_state.py decides for the generator: `docs-digests.pickle` beside
  the stamp keeps them),
  the configuration as MkDocs reads it (mkdocs.yml with what it INHERITs and its !ENV values
  resolved), the files of each hook and of the theme's custom_dir it lists, the generator's code
  (`generator.cache.code_fingerprint`: its templates, theme partials and hooks), every installed
  package's version, the Python version, SOURCE_DATE_EPOCH and every DOSSIER_* variable;
- the site: every file's path, size and modification time as the finished build left it
  (a page deleted or edited by hand makes the site not current).

`check` exits 0 when both match; when they do not, it drops the stamp and keeps the inputs' hash it
took (`site-stamp.pending.json`), and `record`, after a finished build (`make site` calls it once the
new site is in place), writes that hash with the site's files instead of hashing the inputs again
(at 10,000 articles, reading the stat of every docs file a second time). The hash is of the inputs
as the build found them: a file edited during the build makes the next check build again. The stamp is one JSON file in the MkDocs cache folder beside
docs/ (.dossier-cache/mkdocs/site-stamp.json; `make clean` removes it, and so does deleting the
folder). Anything unreadable is "not current": the site is built as it would be without a stamp.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import platform
import sys
from collections.abc import Iterator
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # run as a file by path, like the hooks
    sys.path.insert(0, str(_ROOT))

from generator.cache import CACHE_DIR_NAME  # noqa: E402
from generator.docs_state import DocsState  # noqa: E402
from generator.mkdocs_cache import CACHE_SUBDIR  # noqa: E402
from generator.mkdocs_cache.installed import folder_state, installed_versions  # noqa: E402

STAMP_NAME = "site-stamp.json"
PENDING_NAME = "site-stamp.pending.json"  # the inputs' hash `check` took, for `record` after the build
DIGESTS_NAME = "docs-digests.pickle"  # each docs file's stat and SHA-256 when last read (kept by `forget`)
_FORMAT = 1


def stamp_path(docs: Path) -> Path:
    """Where the stamp of the site built from this docs folder is kept."""
    return docs.resolve().parent / CACHE_DIR_NAME / CACHE_SUBDIR / STAMP_NAME


def _file_digest(path: Path) -> str:
    with path.open("rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


def _tree_digests(folder: Path) -> list[list[str]]:
    """Each file under folder (sorted relative path) with the SHA-256 of its content.

    A file whose stat is as when its digest was last taken keeps that digest (docs-digests.pickle);
    what was read is kept there for the next check.
    """
    if not folder.is_dir():
        return []
    state = DocsState(folder, _known_digests(folder))
    found = [[path, None] for path, _ in _files_under(str(folder))]
    for entry in found:
        entry[1] = state.digest(entry[0])
        if entry[1] is None:
            raise OSError(f"{folder / entry[0]}: could not be read")
    _keep_digests(folder, state.recordable(found))
    return found


def _digests_path(docs: Path) -> Path:
    return stamp_path(docs).with_name(DIGESTS_NAME)


def _known_digests(docs: Path) -> dict:
    """Each docs file's stat and SHA-256 when last read ({} if none, or unreadable)."""
    try:
        known = pickle.loads(_digests_path(docs).read_bytes())
    except Exception:  # a missing or damaged table only means every file is read
        return {}
    if not isinstance(known, dict) or known.get("folder") != str(docs.resolve()) or not isinstance(known.get("files"), dict):
        return {}
    return known["files"]


def _keep_digests(docs: Path, recorded: dict) -> None:
    """Keep the digests taken, for the next check (atomically; failing to only costs time)."""
    path = _digests_path(docs)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.{os.getpid()}")
        partial.write_bytes(pickle.dumps({"folder": str(docs.resolve()), "files": recorded}, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(partial, path)
    except OSError:
        pass


def _tree_states(folder: Path) -> list[list]:
    """Each file under folder (sorted relative path) with its size and modification time."""
    found = []
    for path, entry in _files_under(str(folder)) if folder.is_dir() else ():
        state = entry.stat()
        found.append([path, state.st_size, state.st_mtime_ns])
    return found


def _files_under(folder: str, prefix: str = "") -> Iterator[tuple[str, os.DirEntry]]:
    """Each file under folder (its relative path with /, and its entry) in the order of sorted(Path.rglob("*")),
    entering no linked folder as rglob does not. Strings, not Path objects: pathlib was most of a check's time."""
    with os.scandir(folder) as listing:
        entries = sorted(listing, key=lambda entry: entry.name)
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from _files_under(entry.path, f"{prefix}{entry.name}/")
        elif entry.is_file():
            yield prefix + entry.name, entry


def _listed_files(config: dict, base: Path) -> list:
    """The hooks and the theme's custom_dir the configuration lists, with their files' digests."""
    found = []
    for hook in sorted(str(h) for h in config.get("hooks") or []):
        path = base / hook
        found.append([hook, _file_digest(path) if path.is_file() else None])
    theme = config.get("theme")
    custom_dir = theme.get("custom_dir") if isinstance(theme, dict) else None
    if custom_dir:
        found.append([str(custom_dir), folder_state(base / str(custom_dir))])
    return found


def inputs_key(config_file: Path, docs: Path) -> str:
    """A hash of everything `mkdocs build` reads to make the site (see the module's docstring)."""
    from mkdocs.utils.yaml import yaml_load

    from generator.cache import code_fingerprint

    with config_file.open("rb") as stream:
        config = yaml_load(stream)
    versions = installed_versions()
    variables = sorted((name, value) for name, value in os.environ.items()
                       if name.startswith("DOSSIER_") or name == "SOURCE_DATE_EPOCH")
    parts = [_FORMAT, str(config_file.resolve()), config, _listed_files(config, config_file.resolve().parent),
             code_fingerprint(), versions, platform.python_version(), variables, str(docs.resolve()),
             _tree_digests(docs)]
    text = json.dumps(parts, sort_keys=True, default=repr, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _stamp(key: str, site: Path) -> dict:
    return {"inputs": key, "site": str(site.resolve()), "files": _tree_states(site)}


def is_current(config_file: Path, docs: Path, site: Path) -> bool:
    """Whether site/ is what `mkdocs build` would make now: the inputs and the site as the last record left them."""
    try:
        stored = _stored(docs, site)
        return stored is not None and _matches(stored, inputs_key(config_file, docs), site)
    except (OSError, ValueError, TypeError, AttributeError):
        return False


def check(config_file: Path, docs: Path, site: Path) -> bool:
    """is_current; when the site is not current, the stamp is dropped and the inputs' hash kept for `record`."""
    try:
        key = inputs_key(config_file, docs)
        if _matches(_stored(docs, site), key, site):
            return True
    except (OSError, ValueError, TypeError, AttributeError):
        key = None
    forget(docs)
    if key is not None:
        _write_atomically(_pending_path(docs), json.dumps(_pending(key, config_file, docs)))
    return False


def _stored(docs: Path, site: Path) -> dict | None:
    """The stamp of the site as recorded (None if there is none for this site folder)."""
    try:
        stored = json.loads(stamp_path(docs).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return stored if isinstance(stored, dict) and stored.get("site") == str(site.resolve()) else None


def _matches(stored: dict | None, key: str, site: Path) -> bool:
    return stored is not None and site.is_dir() and stored == _stamp(key, site)


def _pending_path(docs: Path) -> Path:
    return stamp_path(docs).with_name(PENDING_NAME)


def _pending(key: str, config_file: Path, docs: Path) -> dict:
    return {"inputs": key, "config": str(config_file.resolve()), "docs": str(docs.resolve())}


def _taken_pending(config_file: Path, docs: Path) -> str | None:
    """The inputs' hash the last check took for this configuration and docs folder (and it is dropped), or None."""
    path = _pending_path(docs)
    try:
        pending = json.loads(path.read_text(encoding="utf-8"))
        path.unlink()
    except (OSError, ValueError):
        return None
    if not isinstance(pending, dict) or not isinstance(pending.get("inputs"), str):
        return None
    return pending["inputs"] if pending == _pending(pending["inputs"], config_file, docs) else None


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)


def record(config_file: Path, docs: Path, site: Path) -> None:
    """Remember the inputs (as the last check found them, else as they are now) and the site of a finished build."""
    key = _taken_pending(config_file, docs) or inputs_key(config_file, docs)
    _write_atomically(stamp_path(docs), json.dumps(_stamp(key, site)))


def forget(docs: Path) -> None:
    """Drop the stamp (the site is being rebuilt: a failed build must not leave an old stamp current)."""
    stamp_path(docs).unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    """`check` (exit 0: current, 1: build it), `record` after a build, `forget` (the next check builds)."""
    parser = argparse.ArgumentParser(prog="python -m generator.mkdocs_cache.stamp", description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("check", "record", "forget"))
    parser.add_argument("--config", type=Path, default=Path("mkdocs.yml"), help="the MkDocs configuration file")
    parser.add_argument("--docs", type=Path, required=True, help="the docs folder MkDocs reads")
    parser.add_argument("--site", type=Path, required=True, help="the site folder it builds")
    args = parser.parse_args(argv)
    if args.action == "forget":
        forget(args.docs)
        return 0
    if args.action == "record":
        try:
            record(args.config, args.docs, args.site)
        except OSError as error:  # the site is built; only the next build's shortcut is lost
            print(f"{stamp_path(args.docs)}: could not record the built site ({error.strerror}); "
                  "the next `make site` builds it again", file=sys.stderr)
        return 0
    if check(args.config, args.docs, args.site):
        print(f"{args.site}: up to date (nothing in {args.docs}, {args.config}, the theme, the hooks or the "
              f"installed packages changed since it was built); `make clean` or deleting "
              f"{stamp_path(args.docs)} forces a build")
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
