"""The unit tree as seen on one day (`UnitDirectory`), and the whole history of the list
(`UnitHistory`): every version of every unit and the successions between them.

The tree in force for a period is the tree on the period's last day: a 2018 report
prints the 2018 names and lists the 2018 districts; a 2025-H2 report lists the units of
the two-level list. A unit's *scope* is the set of unit codes whose records count as
that unit's: the units under it on that day, the units that ended under it without a
successor (an abolished district's own records fall to the city), and, for a unit made
by a merge, its predecessors as they were on the day before (their records, of any
date, are its history). An old unit split among several new units counts towards one of
them only, its *principal* successor (the one that kept its code, else the lowest code),
so that a consolidated report never counts a record twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache

from pcmd_desktop.domain.text import fold
from pcmd_desktop.domain.units import LEVELS, AdminUnit, Succession


def iso(day: date | str) -> str:
    return day if isinstance(day, str) else day.isoformat()


def day_before(day: str) -> str:
    return (date.fromisoformat(day) - timedelta(days=1)).isoformat()


class UnitDirectory:
    """Units by code on one day: each code's version in force (else its last version
    before the day, else its first after), the tree of the units in force, and a name
    search over them that ignores tones. Built from versions all in force, it is the
    plain tree of one list."""

    def __init__(self, units: Iterable[AdminUnit], day: str | None = None):
        by_code: dict[str, list[AdminUnit]] = {}
        for u in units:
            by_code.setdefault(u.code, []).append(u)
        chosen: dict[str, AdminUnit] = {}
        live: set[str] = set()
        for code, versions in by_code.items():
            if len(versions) == 1 and (day is None or versions[0].in_force(day)):
                chosen[code] = versions[0]
                live.add(code)
                continue
            versions.sort(key=lambda u: u.valid_from or "")
            now = [u for u in versions if day is None or u.in_force(day)]
            if now:
                chosen[code] = now[-1]
                live.add(code)
                continue
            ended = [u for u in versions if u.valid_to is not None and u.valid_to < (day or "")]
            chosen[code] = ended[-1] if ended else versions[0]
        self.day = day
        self._by_code = chosen
        self._live = live
        self._children: dict[str, list[AdminUnit]] = {}
        for code in live:
            u = chosen[code]
            if u.parent_code and u.parent_code in live:
                self._children.setdefault(u.parent_code, []).append(u)
        for kids in self._children.values():
            kids.sort(key=lambda u: u.code)
        self._folded_cache: list[tuple[AdminUnit, str, str]] | None = None

    @property
    def _folded(self) -> list[tuple[AdminUnit, str, str]]:
        """Each unit's folded name followed by its parents', so "chuong duong hoan kiem"
        finds it; made at the first search (most trees are never searched)."""
        if self._folded_cache is None:
            chosen, out = self._by_code, []
            own = {code: fold(u.name) for code, u in chosen.items()}
            for code in sorted(self._live):
                u = chosen[code]
                hay, p, seen = own[code], u.parent_code, {code}
                while p and p in own and p not in seen:
                    seen.add(p)
                    hay += " " + own[p]
                    p = chosen[p].parent_code
                out.append((u, own[code], hay))
            self._folded_cache = out
        return self._folded_cache

    def get(self, code: str) -> AdminUnit | None:
        """The code's version on this day, or its nearest one (a unit that has ended)."""
        return self._by_code.get(code)

    def in_force(self, code: str) -> bool:
        return code in self._live

    def __contains__(self, code: str) -> bool:
        return code in self._by_code

    def __len__(self) -> int:
        return len(self._live)

    def all(self) -> list[AdminUnit]:
        """The units in force."""
        return [self._by_code[c] for c in sorted(self._live)]

    def parent(self, unit: AdminUnit) -> AdminUnit | None:
        return self._by_code.get(unit.parent_code) if unit.parent_code else None

    def children(self, code: str) -> list[AdminUnit]:
        """The units in force directly under `code`."""
        return list(self._children.get(code, []))

    def descendants(self, code: str) -> list[AdminUnit]:
        out: list[AdminUnit] = []
        stack = list(self._children.get(code, []))
        while stack:
            u = stack.pop()
            out.append(u)
            stack.extend(self._children.get(u.code, []))
        return out

    def subtree_codes(self, code: str) -> list[str]:
        """`code` and the codes of every unit in force below it."""
        return [code, *(u.code for u in self.descendants(code))]

    def is_within(self, code: str, ancestor: str) -> bool:
        """True when `code` is `ancestor` or lies below it."""
        u, seen = self._by_code.get(code), set()
        while u is not None and u.code not in seen:
            if u.code == ancestor:
                return True
            seen.add(u.code)
            u = self._by_code.get(u.parent_code) if u.parent_code else None
        return False

    def full_name(self, unit: AdminUnit) -> str:
        """'Phường Chương Dương, Quận Hoàn Kiếm, Thành phố Hà Nội'."""
        names, seen = [unit.name], {unit.code}
        p = self.parent(unit)
        while p is not None and p.code not in seen:
            seen.add(p.code)
            names.append(p.name)
            p = self.parent(p)
        return ", ".join(names)

    def search(self, query: str, limit: int = 50) -> list[AdminUnit]:
        """Units in force whose name (or the name of a parent) contains every word of the
        query, ignoring case and tones; a code typed whole finds that unit. Communes of a
        district named in the query come too ("chuong duong hoan kiem")."""
        q = fold(query).split()
        if not q:
            return []
        code = query.strip()
        exact = self._by_code.get(code) if code in self._live else None
        own_hits: list[AdminUnit] = []
        parent_hits: list[AdminUnit] = []
        for u, name, hay in self._folded:
            if u is exact or not all(w in hay for w in q):
                continue
            # A unit whose own name holds the words ranks before the units inside it.
            (own_hits if all(w in name for w in q) else parent_hits).append(u)
        by_level = LEVELS.index
        own_hits.sort(key=lambda u: by_level(u.level))
        hits = ([exact] if exact else []) + own_hits + parent_hits
        return hits[:limit]


class UnitHistory:
    """Every version of every unit and the successions: the tree on any day, each
    unit's predecessors and successors, and what a unit's figures cover."""

    def __init__(self, versions: Iterable[AdminUnit], successions: Iterable[Succession] = ()):
        self._versions: dict[str, list[AdminUnit]] = {}
        for u in versions:
            self._versions.setdefault(u.code, []).append(u)
        for vs in self._versions.values():
            vs.sort(key=lambda u: u.valid_from or "")
        self.successions = sorted(set(successions), key=lambda s: (s.since, s.new_code, s.old_code))
        self._into: dict[str, list[Succession]] = {}
        self._out_of: dict[str, list[Succession]] = {}
        for s in self.successions:
            self._into.setdefault(s.new_code, []).append(s)
            self._out_of.setdefault(s.old_code, []).append(s)
        # Every code that has ever been directly under a code, and the units that ended
        # without a successor, by the parent they last had.
        self._below: dict[str, set[str]] = {}
        for u in self.versions():
            if u.parent_code:
                self._below.setdefault(u.parent_code, set()).add(u.code)
        self._orphans: dict[str, list[AdminUnit]] = {}
        for code, vs in self._versions.items():
            last = vs[-1]
            if last.valid_to and code not in self._out_of and last.parent_code:
                self._orphans.setdefault(last.parent_code, []).append(last)
        self.at = lru_cache(maxsize=16)(self._at)
        self._scope_cache: dict[tuple[str, str], frozenset[str]] = {}
        self._under_cache: dict[str, frozenset[str]] = {}

    # Versions ----------------------------------------------------------------------
    def versions(self, code: str | None = None) -> list[AdminUnit]:
        if code is not None:
            return list(self._versions.get(code, []))
        return [u for vs in self._versions.values() for u in vs]

    def __contains__(self, code: str) -> bool:
        return code in self._versions

    def version_on(self, code: str, day: date | str) -> AdminUnit | None:
        """The version of `code` in force on `day`, None when the code was not in force."""
        d = iso(day)
        for u in self._versions.get(code, ()):
            if u.in_force(d):
                return u
        return None

    def reporting_day(self, code: str, start: date | str, end: date | str) -> str | None:
        """The day whose tree a unit's report of the period start..end follows: the last
        day when the unit is in force then; its own last day when it ended within the
        period (a district's final report, to the parent it had); else None."""
        a, b = iso(start), iso(end)
        if self.version_on(code, b) is not None:
            return b
        ended = [v.valid_to for v in self._versions.get(code, ())
                 if v.valid_to and a <= v.valid_to < b]  # fmt: skip
        return max(ended) if ended else None

    def latest(self, code: str) -> AdminUnit | None:
        vs = self._versions.get(code)
        return vs[-1] if vs else None

    def _at(self, day: str) -> UnitDirectory:
        return UnitDirectory(self.versions(), day)

    def tree(self, day: date | str) -> UnitDirectory:
        """The tree in force on `day` (cached)."""
        return self.at(iso(day))

    # Successions -------------------------------------------------------------------
    def successors(self, code: str) -> list[Succession]:
        return list(self._out_of.get(code, []))

    def predecessors(self, code: str) -> list[Succession]:
        return list(self._into.get(code, []))

    def principal_successor(self, old_code: str, since: str | None = None) -> str | None:
        """The successor that counts an old unit's records (see the module's note)."""
        outs = [s for s in self._out_of.get(old_code, []) if since is None or s.since == since]
        if not outs:
            return None
        same = [s for s in outs if s.new_code == old_code]
        return (same or sorted(outs, key=lambda s: s.new_code))[0].new_code

    def current_successors(self, code: str, day: date | str) -> list[AdminUnit]:
        """The units in force on `day` that took `code`'s territory, following chains of
        successions; [] when the code is itself in force or has no successor."""
        d = iso(day)
        if self.version_on(code, d) is not None:
            return []
        out: dict[str, AdminUnit] = {}
        stack, seen = [code], set()
        while stack:
            c = stack.pop()
            for s in self._out_of.get(c, []):
                if (s.new_code, s.since) in seen or s.since > d:
                    continue
                seen.add((s.new_code, s.since))
                v = self.version_on(s.new_code, d)
                if v is not None:
                    out[v.code] = v
                else:
                    stack.append(s.new_code)
        return [out[c] for c in sorted(out)]

    # Scope ---------------------------------------------------------------------------
    def scope(self, code: str, day: date | str) -> frozenset[str]:
        """The unit codes whose records count as `code`'s when seen on `day`."""
        key = (code, iso(day))
        if key not in self._scope_cache:
            out: set[str] = set()
            self._collect(code, key[1], out, set())
            self._scope_cache[key] = frozenset(out)
        return self._scope_cache[key]

    def _collect(self, code: str, day: str, out: set[str], seen: set[tuple[str, str]]) -> None:
        if (code, day) in seen:
            return
        seen.add((code, day))
        out.add(code)
        versions = self._versions.get(code, [])
        version = self.version_on(code, day)
        if version is None and versions:
            first, ended = versions[0], [v for v in versions if v.valid_to and v.valid_to < day]
            if day < (first.valid_from or ""):
                # Before the unit existed, its figures are its predecessors'.
                for s in self._into.get(code, []):
                    if self.principal_successor(s.old_code, s.since) == code:
                        self._collect(s.old_code, day, out, seen)
                return
            if ended:  # after it ended: as on its last day
                version, day = ended[-1], ended[-1].valid_to or day
        if version is None:
            return
        for child in self.tree(day).children(code):
            self._collect(child.code, day, out, seen)
        for orphan in self._orphans.get(code, []):
            if orphan.valid_to and orphan.valid_to < day:
                self._collect(orphan.code, orphan.valid_to, out, seen)
        for s in self._into.get(code, []):
            started = s.since <= day and (version.valid_from or "") <= s.since
            if started and self.principal_successor(s.old_code, s.since) == code:
                self._collect(s.old_code, day_before(s.since), out, seen)

    def every_code_under(self, code: str) -> frozenset[str]:
        """Codes that have ever been below `code` or succeeded into it: what a database
        of `code` may hold records of, at any date (cached: every record checks it)."""
        if code in self._under_cache:
            return self._under_cache[code]
        out: set[str] = set()
        stack = [code]
        while stack:
            c = stack.pop()
            if c in out:
                continue
            out.add(c)
            stack.extend(self._below.get(c, ()))
            stack.extend(s.old_code for s in self._into.get(c, []))
        self._under_cache[code] = frozenset(out)
        return self._under_cache[code]
