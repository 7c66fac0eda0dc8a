"""Text from outside the plugin (catalogue, boundary service, server answers) made harmless where it goes.

Qt guesses whether a string is rich text (labels, tooltips), and QGIS renders its message bar, log panel, task
tooltips, layer metadata and Layer Properties as HTML: markup in outside text would be live there (an `<img>`
naming a slow file freezes QGIS, an `<a href>` is a link). Print layouts evaluate `[% … %]` in label texts and
legend names. Every outside text passes through one of these functions on its way in; nothing else in the plugin
escapes. See docs/security.md.
"""
from __future__ import annotations

import html

_LITERAL_OPENER = "[% '[%' %]"  # an expression that prints "[%": what a layout shows for a literal "[%"


def html_text(text: object) -> str:
    """For a sink that renders HTML (message bar, log panel, layer metadata): markup shows as text."""
    return html.escape(str(text), quote=False)


def rich_text(text: object) -> str:
    """For a sink where Qt guesses the format (tooltips): always rich text, with the outside text escaped in it,
    so it shows literally, line breaks kept."""
    return "<p>" + html_text(text).replace("\n", "<br>") + "</p>"


def inert(text: object) -> str:
    """For a sink shown as plain text in one place and as HTML in another (task descriptions: the task list and
    the status bar tooltip; layer names: the layer tree and Layer Properties): without angle brackets nothing
    can become markup, and nothing shows as an entity."""
    return str(text).replace("<", "‹").replace(">", "›")


def layout_text(text: object) -> str:
    """For print layout texts (labels, legend names), which evaluate `[% … %]`: each `[%` of the outside text
    becomes a constant expression printing "[%", so the text prints literally and none of it is evaluated."""
    return str(text).replace("[%", _LITERAL_OPENER)
