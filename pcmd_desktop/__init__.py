"""PCMD Desktop: offline records and reports for prostitution prevention and control work."""

__version__ = "0.1.0"
