"""Headless-Chromium tests of the HTML viewer (marked `browser`; skipped when Chromium cannot start)."""
