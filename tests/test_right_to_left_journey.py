"""A right-to-left pathway's journey runs from right to left: its start at the right, each
next step to its left, wrapped rows going on at the right again, Left the key to go on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from models import load_pathway
from models.mirror import reads_right_to_left
from pathway_viewer.core.document import PathwayDocument
from pathway_viewer.core.fonts import load_bundled_fonts
from pathway_viewer.core.theme import Theme
from pathway_viewer.journey.scene import JourneyScene
from window_helpers import open_window, test_settings

DATA = Path(__file__).parent / "data"
ARABIC = DATA / "lupus_short_ar.yaml"
ARABIC_LONGER = DATA / "cataract_ar.yaml"
GERMAN_WITH_ONE_ARABIC_TITLE = DATA / "lupus_kurz_de.yaml"


def _scene(path: Path) -> JourneyScene:
    document = PathwayDocument()
    document.set_pathway(load_pathway(path))
    return JourneyScene(document, Theme(font_family=load_bundled_fonts()))


def _lefts(scene: JourneyScene) -> list[float]:
    graph = scene.document.graph
    assert graph is not None
    return [scene.card(step).sceneBoundingRect().left() for step in graph.main_path]


def _points_left(scene: JourneyScene, source: str, target: str) -> bool:
    path = scene.arrow(source, target).path()
    return path.pointAtPercent(1).x() < path.pointAtPercent(0).x()


def test_an_arabic_journey_starts_at_the_right_and_its_arrows_point_left(qapp) -> None:  # noqa: ANN001
    scene = _scene(ARABIC)
    lefts = _lefts(scene)
    assert lefts == sorted(lefts, reverse=True) and len(set(lefts)) == len(lefts)
    main = scene.document.graph.main_path  # type: ignore[union-attr]
    assert all(_points_left(scene, a, b) for a, b in zip(main, main[1:]))
    # The cards' words are not mirrored: the title still reads from the card's right edge.
    from pathway_viewer.journey.item_style import PADDING
    from test_right_to_left import title_ink

    left, right, width = title_ink(scene, main[0])
    assert abs(right - (width - PADDING)) <= 3 and left < right


def test_one_arabic_title_in_a_german_pathway_leaves_its_journey_left_to_right(qapp) -> None:  # noqa: ANN001
    scene = _scene(GERMAN_WITH_ONE_ARABIC_TITLE)
    lefts = _lefts(scene)
    assert lefts == sorted(lefts)
    main = scene.document.graph.main_path  # type: ignore[union-attr]
    assert not any(_points_left(scene, a, b) for a, b in zip(main, main[1:]))


def test_without_a_language_the_title_s_script_decides(tmp_path: Path) -> None:
    text = ARABIC.read_text(encoding="utf-8")
    assert "\nlanguage: ar\n" in text
    unlabelled = tmp_path / "no_language.yaml"
    unlabelled.write_text(text.replace("\nlanguage: ar\n", "\n"), encoding="utf-8")
    pathway = load_pathway(unlabelled)
    assert pathway.language == "en"  # the format's default, not what the file says
    assert reads_right_to_left(pathway)
    assert reads_right_to_left(load_pathway(ARABIC))
    assert not reads_right_to_left(load_pathway(GERMAN_WITH_ONE_ARABIC_TITLE))


def test_wrapped_into_rows_each_row_runs_from_the_right_and_the_start_opens_in_view(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), ARABIC_LONGER, size=(1000, 700))
    scene, view = window.scene, window.view
    qtbot.waitUntil(lambda: scene.columns_per_row is not None, timeout=3000)
    per_row = scene.columns_per_row
    main = scene.document.graph.main_path  # type: ignore[union-attr]
    assert per_row is not None and per_row < len(main), "the journey should wrap at this size"
    rows = [main[i:i + per_row] for i in range(0, len(main), per_row)]
    for row in rows:
        lefts = [scene.card(step).sceneBoundingRect().left() for step in row]
        assert lefts == sorted(lefts, reverse=True)
    # Every row starts at the same right edge, as lines of Arabic text do.
    starts = {round(scene.card(row[0]).sceneBoundingRect().right()) for row in rows}
    assert len(starts) == 1
    start = scene.card(main[0]).sceneBoundingRect()
    assert view.visible_scene_rect().contains(start)


def test_left_goes_on_along_an_arabic_journey_and_right_goes_back(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), ARABIC)
    main = window.scene.document.graph.main_path  # type: ignore[union-attr]
    view = window.current_view()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Left)  # nothing chosen: the journey's start
    assert window.document.selected == main[0]
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert window.document.selected == main[1]
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert window.document.selected == main[0]


def _with_an_end(tmp_path: Path, language: str) -> Path:
    import yaml

    data = yaml.safe_load(ARABIC_LONGER.read_text(encoding="utf-8"))
    last = _scene(ARABIC_LONGER).document.graph.main_path[-1]  # type: ignore[union-attr]
    for step in data["steps"]:
        if step["id"] == last:
            step["end"] = True
    data["language"] = language
    path = tmp_path / f"with_end_{language}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _dark_at(scene: JourneyScene, step_id: str, fraction: float) -> bool:
    """Whether the card is drawn dark ``fraction`` of the way across, halfway down its body."""
    from test_right_to_left import card_image

    image, inner, offset = card_image(scene, step_id, 2)
    band = scene.card(step_id).band_rect().bottom()
    y = round((offset + band + (inner.height() - band) / 2) * 2)
    x = round((offset + inner.width() * fraction) * 2)
    return QColor(image.pixel(x, y)).lightness() < 90


def test_an_end_card_s_stop_bar_stands_on_the_side_its_journey_would_go_on(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    for language, stop_side, other_side in (("ar", 0.01, 0.99), ("en", 0.99, 0.01)):
        scene = _scene(_with_an_end(tmp_path, language))
        last = scene.document.graph.main_path[-1]  # type: ignore[union-attr]
        assert _dark_at(scene, last, stop_side), language
        assert not _dark_at(scene, last, other_side), language


def _head_side(scene: JourneyScene) -> str:
    """Which end of the legend's first sample (the main journey's arrow) has its head: the
    head is the only part drawn a few pixels above the line."""
    from PySide6.QtGui import QImage, QPainter

    legend = scene.legend()
    assert legend is not None
    rect = legend.boundingRect()
    image = QImage(round(rect.width()), round(rect.height()), QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), legend.sceneBoundingRect().adjusted(0, 0, 0, 0))
    painter.end()
    scale = image.width() / legend.sceneBoundingRect().width()
    # Across the first row (from 12 px down), the lines where only a short run is dark: the
    # head above and below the line the sample is drawn along.
    heads = []
    for y in range(round(12 * scale), round(44 * scale)):
        dark = [x for x in range(round(10 * scale), round(86 * scale)) if QColor(image.pixel(x, y)).lightness() < 120]
        if 0 < len(dark) <= 14 * scale:
            heads += dark
    assert heads, "no arrowhead found in the legend"
    dark = heads
    return "left" if sum(dark) / len(dark) < 48 * scale else "right"


def test_the_legend_s_arrows_point_the_way_the_journey_runs(qapp) -> None:  # noqa: ANN001
    assert _head_side(_scene(ARABIC)) == "left"
    assert _head_side(_scene(GERMAN_WITH_ONE_ARABIC_TITLE)) == "right"
