"""Per-wijk pages (compositions/wijk_pages.py): a map's PDF holds the municipality's page, then one page per wijk,
each naming and showing its wijk; on real QGIS against the reference service, read back with poppler."""
from __future__ import annotations

import re
import subprocess
import unicodedata

import pytest
from qgis.core import QgsLayoutItemScaleBar
from qgis.PyQt.QtCore import Qt

from dego_plugin.compositions import map_set
from dego_plugin.compositions.export import ExportOptions, file_stem
from dego_plugin.compositions.layout import ITEM_MAP
from dego_plugin.compositions.scale_bar import nice_step
from dego_plugin.compositions.wijk_pages import wijk_entry
from dego_plugin.dialogs.transitievisie_dialog import TransitievisieDialog
from dego_plugin.service.http import fetch
from dego_plugin.tools.refservice import demo_data, styles

from composition_helpers import map_set_for
from test_compositions import DEMO, LEGEND_COLOURS, PAGE_POINTS, colours_in, pdf_pages, render_page, wait


def pdf_text(path, page: int) -> str:
    text = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(path), "-"],
                          capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", text)


SCALE_BAR = re.compile(r"^\s*0((?:\s+\d+(?:[.,]\d+)?){2,})\s+(k?m)\s*$", re.MULTILINE)


def scale_bar_labels(text: str):
    """The scale bar's labels on a page ("0   250   500   750   1000 m") as (numbers after 0, unit)."""
    found = SCALE_BAR.findall(text)
    assert len(found) == 1, text
    numbers, unit = found[0]
    return [float(n.replace(",", ".")) for n in numbers.split()], unit


def is_one_two_five(value: float) -> bool:
    return any(abs(value - step * 10.0 ** k) <= 1e-9 * value for step in (1, 2, 2.5, 5) for k in range(-3, 7))


def assert_one_two_five_scale_bar(text: str, page: int) -> float:
    """The labels are multiples of one step of 1, 2, 2.5 or 5 × 10^k, in m below 1 km; returns it in metres."""
    numbers, unit = scale_bar_labels(text)
    step = numbers[0]
    assert is_one_two_five(step), (page, numbers, unit)
    assert numbers == [step * i for i in range(1, len(numbers) + 1)], (page, numbers)
    metres = step * (1000 if unit == "km" else 1)
    assert (unit == "m") == (metres < 1000), (page, numbers, unit)
    return metres


@pytest.mark.parametrize("largest, step", [(0.97, 0.5), (900, 500), (1000, 1000), (2400, 2000), (2600, 2500),
                                           (4999, 2500), (7300, 5000), (12, 10), (0, 0)])
def test_scale_bar_steps_are_one_two_five(largest, step):
    assert nice_step(largest) == pytest.approx(step)


def test_a_map_with_pages_per_wijk_has_the_municipality_page_then_one_page_per_wijk(served_catalogue, tmp_path,
                                                                                     qgis_app, qtbot):
    with map_set_for(served_catalogue, tmp_path, ["energielabels"], DEMO, wijk_pages=True) as made:
        project, catalogue, municipality, preset = made.project, made.catalogue, made.municipality, made.presets[0]
        assert wijk_entry(catalogue).id == "wijken" and len(made.layouts) == 1
        outcome = []
        map_set.export_layouts(made.layouts, ExportOptions(str(tmp_path), combined_pdf=True, combined_name="alle",
                                                                   wijk_pages=True), outcome.append)
        assert wait(lambda: outcome, 90)
        assert outcome[0].failures == [] and len(outcome[0].files) == 2

        wijken = sorted((w for w in demo_data.wijken() if w["gemeentecode"] == DEMO), key=lambda w: w["wijkcode"])
        assert len(wijken) == 3
        path = tmp_path / f"{file_stem(made.layouts[0].name())}.pdf"
        # "auto": upright for the tall municipality, on its side for each of its wide wijken.
        assert preset.orientation == "auto"
        assert pdf_pages(path) == [PAGE_POINTS[(preset.paper, "portrait")]] + [
            PAGE_POINTS[(preset.paper, "landscape")]] * len(wijken)
        assert len(pdf_pages(tmp_path / "alle.pdf")) == 1 + len(wijken)  # the combined PDF holds them too
        # Scale bars in 1-2-5 steps (QGIS's own fit-width gave 0.9 km), on the municipality page and each wijk
        # page, the wijk pages at a larger scale than the municipality (so a shorter step).
        steps = [assert_one_two_five_scale_bar(pdf_text(path, page), page) for page in range(1, 2 + len(wijken))]
        assert all(step < steps[0] for step in steps[1:]), steps
        overview = " ".join(pdf_text(path, 1).split())
        assert f"Gemeente {municipality.name}" in overview
        assert not any(w["wijknaam"] in overview for w in wijken)
        for page, wijk in enumerate(wijken, start=2):
            text = " ".join(pdf_text(path, page).split())
            assert f"{wijk['wijknaam']} – Gemeente {municipality.name}" in text, (page, text[:200])
            assert preset.title in text

        # A wijk page shows that wijk's panden, zoomed in, and the map is clipped to the wijk: the map frame's
        # corners (outside every wijk shape) are blank while its middle holds energy-label colours.
        image = render_page(path, tmp_path, 2)
        frame = made.layouts[0].itemById(ITEM_MAP).sceneBoundingRect()
        px = 50 / 25.4
        left, top, right, bottom = (int(frame.left() * px), int(frame.top() * px), int(frame.right() * px),
                                    int(frame.bottom() * px))
        labels = LEGEND_COLOURS["energielabel-wfs"][:7]
        w, h = right - left, bottom - top
        middle = (left + w // 4, top + h // 4, right - w // 4, bottom - h // 4)
        assert len(colours_in(image, middle, labels)) >= 2
        corner = (left + 3, top + 3, left + w // 12, top + h // 12)
        assert colours_in(image, corner, labels + [styles.WIJK_COLOUR], 20) == set()

        # The dialog's "Pages per wijk" box gives the same PDF.
        dialog = TransitievisieDialog(project, catalogue, municipality, lambda url: fetch(url).body,
                                      lambda level, text: None)
        qtbot.addWidget(dialog)
        for row in range(dialog.preset_list.count()):
            item = dialog.preset_list.item(row)
            item.setCheckState(Qt.CheckState.Checked if row == 0 else Qt.CheckState.Unchecked)
        dialog.folder.setFilePath(str(tmp_path / "dialog"))
        assert dialog.wijk_pages.text() == "Pages per wijk"
        dialog.wijk_pages.setChecked(True)
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.cancel_button.isEnabled(), timeout=60000)
        assert len(pdf_pages(tmp_path / "dialog" / path.name)) == 1 + len(wijken)

        # Made again without pages per wijk: the "(per wijk)" layouts of the earlier runs are gone.
        def layout_names():
            return sorted(layout.name() for layout in project.layoutManager().printLayouts())

        assert any("(per wijk" in name for name in layout_names())
        again = map_set.make_layouts(project, catalogue, [preset], municipality)
        assert not again.failures and layout_names() == [again.layouts[0].name()]


def class_label(value: float) -> str:
    """The legend label of a corporatiebezit share, as QGIS's graduated renderer picks the class (the first
    whose range holds the value)."""
    return next(label for low, high, label, _ in styles.WONINGCORPORATIE_CLASSES if low <= value <= high)


def legend_labels(text: str):
    flat = " ".join(text.split())
    return {label for *_, label, _ in styles.WONINGCORPORATIE_CLASSES
            if re.search(r"(?<![\d.])" + re.escape(label), flat)}


def test_a_wijk_page_legend_lists_the_classes_of_that_wijk_only(served_catalogue, tmp_path, qgis_app):
    """The wijk page's map shows some of the neighbouring buurten in its margin; the legend follows the wijk, as
    the council reads it."""
    with map_set_for(served_catalogue, tmp_path, ["eigendom"], DEMO, wijk_pages=True) as made:
        outcome = []
        map_set.export_layouts(made.layouts, ExportOptions(str(tmp_path), wijk_pages=True), outcome.append)
        assert wait(lambda: outcome, 90) and outcome[0].failures == []
        path = tmp_path / f"{file_stem(made.layouts[0].name())}.pdf"

    buurten = [b for b in demo_data.buurten() if b["gemeentecode"] == DEMO]
    expected = {b["wijkcode"]: set() for b in buurten}
    for buurt in buurten:
        expected[buurt["wijkcode"]].add(class_label(buurt["woningcorporatie_woningen_percentage"]))
    everything = set().union(*expected.values())
    assert legend_labels(pdf_text(path, 1)) == everything  # the municipality page
    for page, code in enumerate(sorted(expected), start=2):
        assert legend_labels(pdf_text(path, page)) == expected[code], (page, code)
    assert any(labels != everything for labels in expected.values())  # the test tells the two filters apart


def test_the_scale_bar_refits_when_the_map_moves_but_keeps_a_segment_size_the_user_set(served_catalogue, tmp_path,
                                                                                         qgis_app):
    with map_set_for(served_catalogue, tmp_path, ["energielabels"], DEMO) as made:
        layout = made.layouts[0]
        bar = next(item for item in layout.items() if isinstance(item, QgsLayoutItemScaleBar))
        map_item = layout.itemById(ITEM_MAP)
        def metres():
            return bar.unitsPerSegment() * (1000 if bar.unitLabel() == "km" else 1)

        overview = metres()
        extent = map_item.extent()
        extent.scale(0.2)  # the designer zooms in on the map
        map_item.zoomToExtent(extent)
        assert metres() < overview and is_one_two_five(metres())

        bar.setUnitsPerSegment(0.3)  # the user's own choice in the designer
        map_item.zoomToExtent(made.layouts[0].itemById(ITEM_MAP).extent().buffered(500))
        assert bar.unitsPerSegment() == 0.3
