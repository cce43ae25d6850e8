"""Watchfloor: an evidence-backed knowledge base of actors, places, events and claims."""

__version__ = "0.1.0"
