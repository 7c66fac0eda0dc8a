"""The base of every error that carries a code: the code is stable (the GUI translates it), the text is English
detail for the log and the skipped-entries list."""
from __future__ import annotations


class CodedError(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
