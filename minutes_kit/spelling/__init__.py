"""Spelling: the English lexicon, tokenizing prose, and judging which unknown words are typos."""
