"""Support Journal: tend the support system that keeps you well, from the terminal."""

__version__ = "0.1.0"
