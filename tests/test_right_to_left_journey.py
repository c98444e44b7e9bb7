"""A right-to-left pathway's journey runs from right to left: its start at the right, each
next step to its left, wrapped rows going on at the right again, Left the key to go on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
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
    card = scene.card(main[0])
    assert card.sceneBoundingRect().width() > 0 and card.isVisible()


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
