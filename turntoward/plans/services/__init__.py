"""Writes for plans, split by tool. Each takes the acting user, keyword-only."""
