"""Code the simulated assistant writes: snippets per stack, unified diffs, build and runtime errors.

Snippets are ``string.Template`` sources (``$name`` slots; ``$$`` is a literal dollar, used for
JS template literals) filled from an :class:`AppContext`. Errors are coherent with the code:
an :class:`ErrorCase` carries the log the build/browser shows, the cause the assistant explains,
and the line change that fixes it, so fix-loop turns read like a real debugging session.

One module per kind of output: :mod:`.context` (the app context, template filling, the error
case type), :mod:`.snippets`, :mod:`.diffs`, :mod:`.build_errors`, :mod:`.runtime_errors`.
Callers use the names re-exported here (``codegen.snippet``, ``codegen.build_error`` ...).
"""

from transforms.simulator.codegen.build_errors import build_error
from transforms.simulator.codegen.context import AppContext, ErrorCase, fill, py_type, ts_type
from transforms.simulator.codegen.diffs import (
    FEATURE_INSERTS,
    Diff,
    env_file_diff,
    feature_edit,
    fix_edit,
    modify_diff,
    new_file_diff,
)
from transforms.simulator.codegen.runtime_errors import runtime_error
from transforms.simulator.codegen.snippets import (
    ENV_EXAMPLE,
    SHELL,
    SNIPPETS,
    Snippet,
    env_example,
    shell_session,
    snippet,
)

__all__ = [
    "ENV_EXAMPLE",
    "FEATURE_INSERTS",
    "SHELL",
    "SNIPPETS",
    "AppContext",
    "Diff",
    "ErrorCase",
    "Snippet",
    "build_error",
    "env_example",
    "env_file_diff",
    "feature_edit",
    "fill",
    "fix_edit",
    "modify_diff",
    "new_file_diff",
    "py_type",
    "runtime_error",
    "shell_session",
    "snippet",
    "ts_type",
]
