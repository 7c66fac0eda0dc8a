"""The rules behind docs/security.md that need no server: outside text, XML depth, style image paths, redirects."""
from __future__ import annotations

import pytest

from dego_plugin.layers.qml_safety import style_refusal
from dego_plugin.service import http, settings
from dego_plugin.service.http import FetchError
from dego_plugin.toolbelt.outside_text import html_text, inert, layout_text, legend_name, rich_text
from dego_plugin.toolbelt.xml import MAX_XML_DEPTH, parsed_xml


def test_outside_text_for_each_kind_of_sink():
    hostile = '<img src="/dev/zero"> & [% env(\'HOME\') %]'
    assert html_text(hostile) == '&lt;img src="/dev/zero"&gt; &amp; [% env(\'HOME\') %]'
    assert rich_text("a\nb <i>") == "<p>a<br>b &lt;i&gt;</p>"  # always rich text, so shown as written
    assert inert(hostile) == '‹img src="/dev/zero"› & [% env(\'HOME\') %]'
    assert layout_text(hostile) == '<img src="/dev/zero"> & [% \'[%\' %] env(\'HOME\') %]'
    assert legend_name(hostile) == '<img src="/dev/zero"> & [\u2060% env(\'HOME\') %]'  # no "[%": nothing counted


def test_xml_nested_deeper_than_qt_can_take_is_refused_before_parsing():
    assert parsed_xml("<a>" * MAX_XML_DEPTH + "</a>" * MAX_XML_DEPTH) is not None
    assert parsed_xml("<a>" * (MAX_XML_DEPTH + 1) + "</a>" * (MAX_XML_DEPTH + 1)) is None
    assert parsed_xml("<a>" * 100_000 + "</a>" * 100_000) is None  # QDomDocument would crash QGIS on this
    assert parsed_xml("<a><b></a>") is None


def test_image_paths_a_style_may_name():
    def qml(path):
        return f'<qgis><renderer-v2><layer class="SvgMarker"><Option type="Map"><Option name="name" value="{path}"/>' \
               f'</Option></layer></renderer-v2></qgis>'

    hosts = settings.allowed_hosts()
    for fine in ("", "base64:PHN2Zy8+", "gpsicons/plane.svg", "circle", "https://service.pdok.nl/symbolen/a.svg"):
        assert style_refusal(qml(fine), hosts) is None, fine
    for bad in ("/dev/zero", "C:/Users/a.svg", "\\\\fileserver\\share\\a.svg", "../../../etc/a.svg", "file:///a.svg",
                "https://127.0.0.2/a.svg", "data:image/svg+xml,abc"):
        assert style_refusal(qml(bad), hosts).code == "resource", bad


def test_a_redirect_from_https_to_http_or_to_another_server_is_not_followed():
    hosts = ("service.pdok.nl",)
    assert http._next_hop("https://service.pdok.nl/a", "/b", hosts) == "https://service.pdok.nl/b"
    for target in ("http://service.pdok.nl/b", "https://evil.example/b"):
        with pytest.raises(FetchError) as refused:
            http._next_hop("https://service.pdok.nl/a", target, hosts)
        assert refused.value.code == "redirect_refused", target
