"""Where the review's advice comes from while Coach runs: the packs and the admins'
layers, compiled per workspace and channel, reloaded when files change.

    source = AdviceSource(local_root=Path("advice-local"))
    source.advice_for("T1", "C9")   # compiled Advice for that channel (cached)
    source.reload()                 # re-read files; a broken file keeps its last good version

A file that breaks (bad YAML, a wrong key, an override that no longer fits) is
reported with file, line and key, to the log and to `listeners`, and the last
good version of that file stays in use; a file that never loaded is left out.
Compiled advice is cached per place and shared by the channels without a layer.

A reload reads, parses and compiles into new tables without holding the lock that
reviews take; the new tables replace the old ones in one step at the end. Any error
while reading, parsing, merging or compiling one file is that file's error: the
reload itself never raises.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.engine.advice import Advice, pack_dirs, shared_advice
from bot.engine.checks.registry import TYPES
from bot.engine.examplefile import beside
from bot.engine.packcache import PackCache
from bot.engine.rules import Rule, RuleError, RuleSet, display_path, rule_files
from bot.engine.validate import Extra, cached_outcome
from bot.layers.files import (
    CHANNELS,
    LayerFile,
    layer_dir,
    layer_files,
    layer_name,
    parse_layer_file,
    safe_name,
)
from bot.layers.places import (
    FileState,
    Key,
    Place,
    Tables,
    apply_file,
    collect,
    compile_place,
    is_rule_file,
    place_key,
)
from bot.layers.stack import Stack, write_switch

log = logging.getLogger("coach.advice")


@dataclass(frozen=True)
class ReloadReport:
    """What a reload found: the files that changed, every current problem, and the new ones."""

    changed: tuple[str, ...] = ()
    errors: tuple[RuleError, ...] = ()  # every file error now (packs and layers)
    new_errors: tuple[RuleError, ...] = ()  # errors in the files that changed
    warnings: tuple[RuleError, ...] = ()
    kept: tuple[str, ...] = ()  # files whose last good version is still in use
    seconds: float = 0.0
    owners: dict[str, str | None] = field(default_factory=dict)  # file -> its workspace (None: packs)

    def errors_for(self, workspace: str | None) -> list[RuleError]:
        """The new errors this workspace's admins should hear about (pack errors concern all)."""
        return [e for e in self.new_errors if self.owners.get(e.path) in (None, workspace)]


class _PackFiles:
    """The pack cache `coach review` reads (bot.engine.packcache), opened when a reload first
    meets a pack file it must read: a bot's start, a cron `coach nudge` or `coach rules` took
    ~2 s validating the same 300 files again on every run. Layer files are always parsed."""

    def __init__(self) -> None:
        self.cache: PackCache | None = None

    def rule(self, file: Path, text: str, shown: str, extra: Extra) -> tuple[Rule | None, list[RuleError]]:
        if self.cache is None:
            self.cache = PackCache(TYPES)
        return cached_outcome(self.cache, file.absolute(), text.encode("utf-8"), text, shown, TYPES, extra)

    def save(self) -> None:
        if self.cache is not None:
            self.cache.save()


class AdviceSource:
    """The packs plus the admins' layers, compiled per place, reloadable."""

    def __init__(self, packs: Sequence[Path] | None = None, local_root: Path | None = None, quiet: bool = False):
        self.packs = [Path(p) for p in (packs if packs is not None else pack_dirs())]
        self.local_root = Path(local_root) if local_root is not None else None
        self.listeners: list[Callable[[ReloadReport], None]] = []
        self.quiet = quiet  # no log lines (the CLI prints errors itself)
        self._lock = threading.RLock()  # what reviews take: held only to read or swap the tables
        self._reload_lock = threading.RLock()  # one reload at a time; parsing happens under this one only
        self._tables = Tables()
        self._workspace_of: dict[str, str | None] = {}  # shown path -> workspace (None for packs)
        self._seen: dict[str, set[str]] = {}  # workspace -> errors already shown to its admins
        self.generation = 0
        self.watcher: Any = None  # the AdviceWatcher reloading this source, when one runs
        self.last_report = ReloadReport()
        self.reload()

    # -- what reviews use -------------------------------------------------------------

    def advice_for(self, workspace: str | None = None, channel: str | None = None) -> Advice:
        """The compiled advice of a workspace and channel (the nearest layer that exists)."""
        with self._lock:
            tables = self._tables
        key = place_key(tables, workspace, channel)
        advice = tables.compiled.get(key)
        if advice is None:  # every place on disk is compiled by reload; this is the packs before the first
            advice = tables.compiled.setdefault(key, self._compile(key, tables.places[key]))
        return advice

    def stack(self, workspace: str | None = None, channel: str | None = None) -> Stack:
        """The merged rules, with provenance, of a place."""
        with self._lock:
            tables = self._tables
        return tables.places[place_key(tables, workspace, channel)].stack

    def rule(self, rule_id: str, workspace: str | None = None, channel: str | None = None) -> Rule | None:
        entry = self.stack(workspace, channel).get(rule_id)
        return entry.rule() if entry else None

    # -- compatibility: a source stands in for the packs-only Advice ----------------

    @property
    def base(self) -> Advice:
        return self.advice_for(None, None)

    @property
    def rules(self) -> list[Rule]:
        return self.base.rules

    def get(self, rule_id: str) -> Rule | None:
        return self.base.get(rule_id)

    # -- errors ----------------------------------------------------------------------

    @property
    def errors(self) -> list[RuleError]:
        """Every current problem of the packs and of every layer on disk."""
        return list(self.last_report.errors)

    def errors_for(self, workspace: str | None) -> list[RuleError]:
        """The current errors of the packs and of this workspace's layers."""
        return [e for e in self.last_report.errors if self._concerns(e, workspace)]

    def unseen_errors(self, workspace: str) -> list[RuleError]:
        """Errors this workspace's admins have not been told about yet (then marked as told)."""
        with self._lock:
            seen = self._seen.setdefault(workspace, set())
            fresh = [e for e in self.errors_for(workspace) if str(e) not in seen]
            seen.update(str(e) for e in fresh)
            return fresh

    def _concerns(self, error: RuleError, workspace: str | None) -> bool:
        owner = self._workspace_of.get(error.path)
        return owner is None or workspace is None or owner == workspace

    # -- reloading ---------------------------------------------------------------------

    def watched_paths(self) -> list[Path]:
        paths = [p for p in self.packs if p.exists()]
        if self.local_root is not None:
            self.local_root.mkdir(parents=True, exist_ok=True)
            paths.append(self.local_root)
        return paths

    def reload(self) -> ReloadReport:
        """Re-read every file; rebuild what changed; report problems (and tell listeners
        when something changed). Reviews keep using the current tables meanwhile."""
        started = time.perf_counter()
        with self._reload_lock:
            initial = self.generation == 0
            files = dict(self._tables.files)
            changed = self._read_files(files)
            if not changed and not initial:
                return ReloadReport(errors=self.last_report.errors, warnings=self.last_report.warnings,
                                    kept=self.last_report.kept, owners=self.last_report.owners,
                                    seconds=time.perf_counter() - started)
            tables = Tables(files, on_disk=frozenset(self._places_on_disk(files)))
            for workspace, channel in sorted(tables.on_disk, key=lambda p: (p[0] or "", p[1] or "")):
                place = self._place(tables, workspace, channel)
                tables.compiled[(workspace, channel)] = self._compile((workspace, channel), place)
            errors, warnings, kept = collect(tables)
            before = {str(e) for e in self.last_report.errors}
            new_errors = tuple(e for e in errors if str(e) not in before)
            report = ReloadReport(tuple(sorted(display_path(p) for p in changed)), tuple(errors), new_errors,
                                  tuple(warnings), tuple(kept), time.perf_counter() - started,
                                  dict(self._workspace_of))
            current = {str(e) for e in errors}
            with self._lock:
                self._tables = tables
                self.generation += 1
                for seen in self._seen.values():
                    seen &= current
                self.last_report = report
        if not self.quiet:
            self._log(report, initial)
        if not initial:
            for listener in list(self.listeners):
                try:
                    listener(report)
                except Exception:  # a listener's bug must not stop reloads
                    log.exception("advice reload listener failed")
        return report

    def _compile(self, key: Key, place: Place) -> Advice:
        """A place's advice, compiled. The packs alone, read as the bundled files state them, are the process's
        shared compilation (shared_advice): a start, a cron `coach nudge` or a reload after a layer edit does not
        compile them again (~0.4 s)."""
        if key == (None, None) and not place.kept and self.packs == pack_dirs():
            rules = place.stack.rules()
            shared = shared_advice(RuleSet(rules, list(place.errors)))  # compiled from what was just read, if new
            if shared.errors == place.errors and shared.rules == rules:
                return shared
        return compile_place(place)

    def _log(self, report: ReloadReport, initial: bool) -> None:
        for error in report.new_errors:
            log.warning("advice file error: %s", error)
        for path in report.kept:
            log.warning("advice: keeping the last good version of %s", path)
        if not initial:
            log.info("advice reloaded in %.0f ms: %s", report.seconds * 1000, ", ".join(report.changed) or "no change")

    def _all_files(self) -> list[Path]:
        files = [f for root in self.packs if root.is_dir() for f in rule_files(root)]
        if self.local_root is not None and self.local_root.is_dir():
            for ws in sorted(p for p in self.local_root.iterdir() if p.is_dir() and safe_name(p.name)):
                files += layer_files(ws)
                channels = ws / CHANNELS
                if channels.is_dir():
                    for ch in sorted(p for p in channels.iterdir() if p.is_dir() and safe_name(p.name)):
                        files += layer_files(ch)
        return files

    def _read_files(self, files: dict[Path, FileState]) -> list[Path]:
        """Read every file; parse those whose text changed (into `files`). Returns the changed paths."""
        changed: list[Path] = []
        present = set()
        cache = _PackFiles()
        for file in self._all_files():
            present.add(file)
            try:
                text = file.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                text = f"\0unreadable {exc}"
            extra, seen = beside(file, text) if self._is_pack(file) else (None, text)  # its examples file too
            state = files.get(file)
            if state is not None and state.text == seen:
                continue
            changed.append(file)
            shown = display_path(file)
            self._workspace_of[shown] = self._workspace_of_path(file)
            if text.startswith("\0unreadable"):
                parsed, errors = None, [RuleError(shown, 1, "", f"cannot read: {text[12:]}")]
            else:
                parsed, errors = self._parse(file, text, shown, cache, extra)
            last_good = state.last_good if state else None
            files[file] = FileState(seen, parsed, errors, last_good)
        for gone in set(files) - present:
            del files[gone]
            changed.append(gone)
        cache.save()
        return changed

    def _parse(self, file: Path, text: str, shown: str, cache: _PackFiles,
               extra: Extra = None) -> tuple[LayerFile | Rule | None, list[RuleError]]:
        try:
            if self._is_pack(file):
                return cache.rule(file, text, shown, extra)
            return parse_layer_file(text, shown)
        except Exception as exc:  # whatever a file holds, it is that file's error, never the reload's
            log.debug("advice file %s could not be read", shown, exc_info=True)
            return None, [RuleError(shown, 1, "", f"cannot be read: {type(exc).__name__}: {exc}")]

    def _is_pack(self, file: Path) -> bool:
        return any(file.is_relative_to(root) for root in self.packs)

    def _workspace_of_path(self, file: Path) -> str | None:
        if self.local_root is None or not file.is_relative_to(self.local_root):
            return None
        return file.relative_to(self.local_root).parts[0]

    def _places_on_disk(self, files: dict[Path, FileState]) -> set[Key]:
        """The places that have a layer file: (workspace, None) or (workspace, channel)."""
        places: set[Key] = {(None, None)}
        for file in files:
            ws = self._workspace_of_path(file)
            if ws is None:
                continue
            parts = file.relative_to(self.local_root).parts  # type: ignore[arg-type]
            if len(parts) == 2:
                places.add((ws, None))
            elif len(parts) == 4 and parts[1] == CHANNELS:
                places.add((ws, parts[2]))
        return places

    # -- building places -------------------------------------------------------------------

    def _place(self, tables: Tables, workspace: str | None, channel: str | None) -> Place:
        key = (workspace, channel)
        place = tables.places.get(key)
        if place is not None:
            return place
        if workspace is None:
            place = self._packs_place(tables.files)
        else:
            below = self._place(tables, workspace, None) if channel is not None else self._place(tables, None, None)
            assert self.local_root is not None
            folder = layer_dir(self.local_root, workspace, channel)
            place = self._layer_place(tables.files, below, layer_name(workspace, channel), folder)
        tables.places[key] = place
        return place

    def _packs_place(self, files: dict[Path, FileState]) -> Place:
        rules: list[Rule] = []
        errors: list[RuleError] = []
        kept: list[str] = []
        seen: dict[str, str] = {}
        pack_of: dict[str, str] = {}
        for file in sorted(f for f in files if self._is_pack(f)):
            state = files[file]
            rule = state.parsed if isinstance(state.parsed, Rule) else None
            if rule is None and isinstance(state.last_good, Rule):
                rule = state.last_good
                kept.append(display_path(file))
            if rule is None:
                continue
            if rule.id in seen:
                line = rule.lines.line(("id",)) if rule.lines else 1
                errors.append(RuleError(rule.path, line, "id", f"duplicate id {rule.id!r} (also in {seen[rule.id]})"))
                continue
            seen[rule.id] = rule.path
            pack_of[rule.id] = next(f"pack {root.name}" for root in self.packs if file.is_relative_to(root))
            if rule is state.parsed:
                state.last_good = rule
            rules.append(rule)
        folders = ", ".join(display_path(p) for p in self.packs)
        stack = Stack.from_rules(rules, "packs", folders, layer_of=lambda rule: pack_of[rule.id])
        return Place(stack, errors, [], kept)

    def _layer_place(self, files: dict[Path, FileState], below: Place, name: str, folder: Path) -> Place:
        stack = below.stack.copy()
        stack.layers.append((name, display_path(folder)))
        place = Place(stack, list(below.errors), list(below.warnings), list(below.kept))
        present = [f for f in layer_files(folder) if f in files]
        # New rules first, so that the layer's overrides may tune them too.
        ordered = sorted(present, key=lambda f: not is_rule_file(files[f]))
        for file in ordered:
            state = files[file]
            candidates: list[LayerFile] = []
            if isinstance(state.parsed, LayerFile):
                candidates.append(state.parsed)
            if isinstance(state.last_good, LayerFile) and state.last_good is not state.parsed:
                candidates.append(state.last_good)
            for n, candidate in enumerate(candidates):
                problems, warnings = apply_file(stack, candidate, name)
                if n == 0 and candidate is state.parsed:
                    place.errors.extend(problems)
                    place.warnings.extend(warnings)
                if not problems:
                    if candidate is state.parsed:
                        state.last_good = candidate
                    else:
                        place.kept.append(candidate.shown)
                    break
        return place

    # -- admins' switches ----------------------------------------------------------------------

    def set_status(self, rule_id: str, status: str, workspace: str, channel: str | None = None) -> Path:
        """Switch a rule on, off or to shadow for a workspace (or one channel of it):
        writes the layer's switches.yaml, then reloads."""
        if self.local_root is None:
            raise ValueError("no folder for local advice is configured (COACH_ADVICE_LOCAL)")
        if status not in ("active", "shadow", "off"):
            raise ValueError(f"unknown status {status!r}")
        if self.stack(workspace, channel).get(rule_id) is None:
            raise KeyError(rule_id)
        with self._reload_lock:
            file = write_switch(layer_dir(self.local_root, workspace, channel), rule_id, status)
            self.reload()
        return file

    def places(self) -> Iterable[Key]:
        with self._lock:
            return list(self._tables.places)
