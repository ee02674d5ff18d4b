"""attribution — find direct quotations in news, decide who said them, and audit them."""

__version__ = "0.1.0"
