#!/usr/bin/env python3
"""Build corpus/rNN.txt and gold/rNN.json from the article definitions in src/art_*.py.

The builder of ../probes3 (same layout, checks and self-check against shared/eval/score.py),
run on this set's folder with its word range for long news copy (220-450 words) and its
size (20 articles).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "probes3" / "src"))

import build as base  # noqa: E402 - probes3's builder, found first on the path

base.ROOT = HERE.parent
base.MIN_WORDS, base.MAX_WORDS = 220, 450
base.N_ARTICLES = 20

if __name__ == "__main__":
    base.main()
