"""Inline SVG charts for the report: one small chart per metric and locale.

Plain SVG strings, no plotting library: the report must be one self-contained file that a
regulator opens years later without our software, and weasyprint turns the same SVG into
vector graphics in the PDF.
"""

from __future__ import annotations

import math
from html import escape

TUNED = "#1f5fa8"
BASE = "#b5452b"


def _nice_range(values: list[float]) -> tuple[float, float]:
    # At least 5 points tall, so noise of a few tenths does not look like a cliff.
    lo, hi = min(values), max(values)
    span = max(hi - lo, 5.0)
    lo = max(0.0, math.floor(lo - 0.15 * span))
    hi = math.ceil(max(hi + 0.15 * span, lo + 5.0))
    return lo, hi


def metric_chart(title: str, points: list[dict], base: dict | None, *, lower_is_better: bool = False,
                 y_range: tuple[float, float] | None = None, width: int = 230, height: int = 150) -> str:
    """Checkpoint scores as a line with 95% whiskers; the base as a dashed line with its band.

    points: [{"step": int, "score": float, "ci_low": float|None, "ci_high": float|None}]
    base:   {"score": float, "ci_low": ..., "ci_high": ...} or None
    y_range: fixed axis (pass (0, 100) for pass rates), else fitted to the values
    """
    left, right, top, bottom = 34, 8, 20, 26
    pw, ph = width - left - right, height - top - bottom
    values = [p["score"] for p in points if p["score"] is not None]
    values += [v for p in points for v in (p.get("ci_low"), p.get("ci_high")) if v is not None]
    if base is not None:
        values += [v for v in (base.get("score"), base.get("ci_low"), base.get("ci_high")) if v is not None]
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">',
             f'<text x="{left}" y="13" font-size="11" font-weight="bold">{escape(title)}'
             f'{" (lower is better)" if lower_is_better else ""}</text>']
    if not values:
        parts.append(f'<text x="{left}" y="{top + ph / 2}" font-size="10">no data</text></svg>')
        return "".join(parts)
    y0, y1 = y_range or _nice_range(values)

    def y(v: float) -> float:
        return top + ph - (v - y0) / (y1 - y0) * ph

    n = len(points)

    inset = 10  # keep the first and last points and their whiskers off the frame

    def x(i: int) -> float:
        return left + (pw / 2 if n == 1 else inset + i * (pw - 2 * inset) / (n - 1))

    parts.append(f'<rect x="{left}" y="{top}" width="{pw}" height="{ph}" fill="#fafafa" stroke="#ccc"/>')
    for v in sorted({y0, round((y0 + y1) / 2), y1}):  # whole numbers, each at its true height
        parts.append(f'<text x="{left - 3}" y="{y(v) + 3:.1f}" font-size="9" text-anchor="end">{v:.0f}</text>')
    if base is not None and base.get("score") is not None:
        if base.get("ci_low") is not None and base.get("ci_high") is not None:
            top_band, bottom_band = y(base["ci_high"]), y(base["ci_low"])
            parts.append(f'<rect x="{left}" y="{top_band:.1f}" width="{pw}" '
                         f'height="{max(bottom_band - top_band, 0.5):.1f}" '
                         f'fill="{BASE}" fill-opacity="0.10"/>')
        parts.append(f'<line x1="{left}" x2="{left + pw}" y1="{y(base["score"]):.1f}" y2="{y(base["score"]):.1f}" '
                     f'stroke="{BASE}" stroke-width="1.5" stroke-dasharray="5,3"/>')
    coords = []
    for i, p in enumerate(points):
        if p["score"] is None:
            continue
        cx, cy = x(i), y(p["score"])
        coords.append(f"{cx:.1f},{cy:.1f}")
        if p.get("ci_low") is not None and p.get("ci_high") is not None:
            parts.append(f'<line x1="{cx:.1f}" x2="{cx:.1f}" y1="{y(p["ci_low"]):.1f}" y2="{y(p["ci_high"]):.1f}" '
                         f'stroke="{TUNED}" stroke-opacity="0.5"/>')
        parts.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="2.5" fill="{TUNED}"/>')
        parts.append(f'<text x="{cx:.1f}" y="{top + ph + 12}" font-size="9" text-anchor="middle">{p["step"]}</text>')
    if len(coords) > 1:
        parts.append(f'<polyline points="{" ".join(coords)}" fill="none" stroke="{TUNED}" stroke-width="1.5"/>')
    parts.append(f'<text x="{left + pw / 2}" y="{height - 2}" font-size="9" text-anchor="middle">step</text>')
    parts.append("</svg>")
    return "".join(parts)


def legend() -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="440" height="16" role="img" aria-label="legend">'
            f'<circle cx="6" cy="8" r="3" fill="{TUNED}"/><text x="14" y="12" font-size="10">checkpoint '
            f'(whisker: 95% interval)</text><line x1="200" x2="225" y1="8" y2="8" stroke="{BASE}" '
            f'stroke-width="1.5" stroke-dasharray="5,3"/><text x="231" y="12" font-size="10">base model '
            f'(band: 95% interval)</text></svg>')
