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
_INERT_OPENER = "[\u2060%"  # "[", WORD JOINER (invisible), "%": looks like "[%" and opens no expression


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
    """For print layout labels, which evaluate `[% … %]` (legend names: `legend_name`): each `[%` of the outside text
    becomes a constant expression printing "[%", so the text prints literally and none of it is evaluated."""
    return str(text).replace("[%", _LITERAL_OPENER)


def legend_name(text: object) -> str:
    """For legend layer names (the layer's name, a legend title): a `[%` of the outside text gets an invisible
    word joiner. Not `layout_text`'s constant expression: any `[%` in a legend name makes QGIS count the layer's
    features in a background task at every legend refresh (a whole WFS download; on QGIS 3.22 that task could
    hang), and the layer tree would show the expression."""
    return str(text).replace("[%", _INERT_OPENER)
