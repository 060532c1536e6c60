"""Synthetic demo data: Phường Chương Dương's year 2018 (scale 1) or the city's (scale N),
built on the plan 24/KH-UBND of 2018. Every person, name and number is invented."""

from __future__ import annotations

from pcmd_desktop.services.demo.generator import MAX_SCALE, DemoData, find_commune, generate_demo

__all__ = ["MAX_SCALE", "DemoData", "find_commune", "generate_demo"]
