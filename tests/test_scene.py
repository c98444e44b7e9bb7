"""The journey drawing as a user meets it: click, keys, zoom, role filter, and what is drawn."""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontInfo, QFontMetricsF, QImage, QPainter, QWheelEvent
from PySide6.QtWidgets import QApplication

from models import Transition, TransitionKind, bundled_pathway, load_pathway
from pathway_viewer.core.document import PathwayDocument
from pathway_viewer.core.fonts import load_bundled_fonts
from pathway_viewer.journey.items import StepCard
from pathway_viewer.journey.scene import JourneyScene
from pathway_viewer.core.theme import TOL_LIGHT, Theme
from pathway_viewer.journey.view import MAX_ZOOM, MIN_ZOOM, JourneyView


@pytest.fixture
def theme(qapp: QApplication) -> Theme:
    return Theme(font_family=load_bundled_fonts())


@pytest.fixture
def document(qapp: QApplication, small_pathway_file: Path) -> PathwayDocument:
    doc = PathwayDocument()
    doc.load(small_pathway_file)
    return doc


@pytest.fixture
def scene(document: PathwayDocument, theme: Theme) -> JourneyScene:
    return JourneyScene(document, theme)


@pytest.fixture
def view(qtbot, scene: JourneyScene) -> JourneyView:  # noqa: ANN001 - qtbot fixture
    view = JourneyView(scene)
    qtbot.addWidget(view)
    view.resize(1100, 650)
    view.show()
    qtbot.waitExposed(view)
    view.set_zoom(1.0)
    return view


def card_rect(card: StepCard) -> QRectF:
    return card.mapRectToScene(card.card_rect())


def click_card(qtbot, view: JourneyView, step_id: str) -> None:  # noqa: ANN001
    card = view.journey_scene().card(step_id)
    view.centerOn(card)
    pos = view.mapFromScene(card.sceneBoundingRect().center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def empty_viewport_point(view: JourneyView) -> QPoint:
    """A point in the window with nothing drawn under it."""
    rect = view.viewport().rect()
    for x, y in itertools.product(range(20, rect.width() - 20, 37), range(20, rect.height() - 20, 37)):
        if not view.items(QPoint(x, y)):
            return QPoint(x, y)
    raise AssertionError("no empty space in the view")


# --- clicking ---------------------------------------------------------------------------------


def test_clicking_a_card_selects_its_step(qtbot, view: JourneyView, document: PathwayDocument) -> None:  # noqa: ANN001
    click_card(qtbot, view, "collect")
    assert document.selected == "collect"
    assert view.journey_scene().card("collect").is_selected_mark
    click_card(qtbot, view, "fever-care")
    assert document.selected == "fever-care"
    assert not view.journey_scene().card("collect").is_selected_mark


def test_the_pointer_becomes_a_hand_over_a_card(qtbot, view: JourneyView) -> None:  # noqa: ANN001
    card = view.journey_scene().card("collect")
    view.centerOn(card)
    over = view.mapFromScene(card.sceneBoundingRect().center())
    qtbot.mouseMove(view.viewport(), empty_viewport_point(view))
    assert view.viewport().cursor().shape() != Qt.CursorShape.PointingHandCursor
    qtbot.mouseMove(view.viewport(), over)
    assert view.viewport().cursor().shape() == Qt.CursorShape.PointingHandCursor


def test_clicking_empty_space_clears_the_selection(qtbot, view: JourneyView, document: PathwayDocument) -> None:  # noqa: ANN001
    click_card(qtbot, view, "infuse")
    assert document.selected == "infuse"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=empty_viewport_point(view))
    assert document.selected is None
    assert not any(view.journey_scene().card(s).is_selected_mark for s in view.journey_scene().step_ids())


def test_dragging_empty_space_pans_and_keeps_the_selection(qtbot, view: JourneyView, document: PathwayDocument) -> None:  # noqa: ANN001
    document.select("observe")
    view.set_zoom(2.0)
    start = empty_viewport_point(view)
    before = view.horizontalScrollBar().value()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(view.viewport(), start + QPoint(step * 30, 0))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(150, 0))
    assert view.horizontalScrollBar().value() != before
    assert document.selected == "observe"


def test_selection_from_elsewhere_is_shown_and_scrolled_into_view(view: JourneyView, document: PathwayDocument) -> None:
    view.set_zoom(2.0)
    view.centerOn(view.journey_scene().card("assess"))
    document.select("fever-care")
    visible = view.visible_scene_rect()
    assert visible.intersects(card_rect(view.journey_scene().card("fever-care")))
    assert view.journey_scene().card("fever-care").is_selected_mark


# --- role filter ------------------------------------------------------------------------------


def test_role_filter_dims_exactly_the_other_steps(scene: JourneyScene, document: PathwayDocument) -> None:
    assert scene.highlighted_steps() == set(document.graph.step_ids)
    document.set_role("nurse")
    assert scene.highlighted_steps() == {"assess", "collect", "infuse", "fever-care"}
    # Faded (words still 4.5:1, tests/test_theme_contrast.py), and the nurse's own steps framed.
    assert scene.card("make-cells").opacity() == 0.8
    assert scene.card("collect").opacity() == 1.0
    assert scene.card("collect").has_role_mark and not scene.card("make-cells").has_role_mark
    # An arrow is strong only when both of its steps are.
    assert not scene.arrow("assess", "collect").is_dimmed
    assert scene.arrow("collect", "make-cells").is_dimmed
    document.set_role("lab")
    assert scene.highlighted_steps() == {"make-cells"}
    document.set_role(None)
    assert scene.highlighted_steps() == set(document.graph.step_ids)
    assert not any(card.has_role_mark for card in scene.all_cards())  # no filter, no frames


# --- keyboard ---------------------------------------------------------------------------------


def test_arrow_keys_move_along_the_journey(qtbot, view: JourneyView, document: PathwayDocument) -> None:  # noqa: ANN001
    view.setFocus()
    assert document.selected is None
    qtbot.keyClick(view, Qt.Key.Key_Down)  # nothing selected: any arrow starts at the start
    assert document.selected == "assess"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert document.selected == "collect"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert document.selected == "make-cells"
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert document.selected == "collect"
    qtbot.keyClick(view, Qt.Key.Key_Down)  # the branch card below it
    assert document.selected == "not-eligible"
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert document.selected == "collect"
    qtbot.keyClick(view, Qt.Key.Key_Up)  # nothing above: stays
    assert document.selected == "collect"


def test_enter_activates_the_selected_step(qtbot, view: JourneyView, document: PathwayDocument) -> None:  # noqa: ANN001
    view.setFocus()
    document.select("infuse")
    with qtbot.waitSignal(view.sig_activated, timeout=1000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == ["infuse"]


def test_home_fits_the_whole_journey(qtbot, view: JourneyView) -> None:  # noqa: ANN001
    view.set_zoom(3.0)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    visible = view.visible_scene_rect()
    scene = view.journey_scene()
    for step_id in scene.step_ids():
        assert visible.contains(card_rect(scene.card(step_id))), step_id


# --- zoom -------------------------------------------------------------------------------------


def test_zoom_is_clamped(qtbot, view: JourneyView) -> None:  # noqa: ANN001
    levels: list[float] = []
    view.sig_zoom_changed.connect(levels.append)
    for _ in range(40):
        view.zoom_in()
    assert view.zoom_level == pytest.approx(MAX_ZOOM)
    assert levels and max(levels) <= MAX_ZOOM + 1e-9
    for _ in range(80):
        view.zoom_out()
    assert view.zoom_level == pytest.approx(MIN_ZOOM)


def test_wheel_zooms_in_around_the_cursor(view: JourneyView) -> None:
    scene = view.journey_scene()
    target = card_rect(scene.card("infuse")).center()
    view.centerOn(target)
    pos = view.mapFromScene(target)
    before = view.zoom_level
    event = QWheelEvent(
        QPointF(pos), QPointF(view.viewport().mapToGlobal(pos)), QPoint(0, 0), QPoint(0, 120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom_level > before
    # The point under the cursor stays (about) under the cursor.
    after = view.mapToScene(pos)
    assert math.hypot(after.x() - target.x(), after.y() - target.y()) < 10


# --- what is drawn ----------------------------------------------------------------------------


@pytest.mark.parametrize("which", ["small", "bundled", "generated"])
def test_no_two_cards_overlap_and_no_arrow_crosses_a_card(
    which: str, qapp: QApplication, theme: Theme, small_pathway_file: Path, tmp_path: Path
) -> None:
    doc = PathwayDocument()
    if which == "generated":  # a dense 60-step journey: stacked branches and many loop-backs
        from benchmarks.generate import write_pathway

        doc.load(write_pathway(tmp_path / "generated.yaml", 60))
    else:
        doc.load(small_pathway_file if which == "small" else None)
    scene = JourneyScene(doc, theme)
    rects = {s: card_rect(scene.card(s)) for s in scene.step_ids()}
    for a, b in itertools.combinations(rects, 2):
        assert not rects[a].intersects(rects[b]), (a, b)
    for arrow in scene.arrows():
        path = arrow.path()
        for step_id, rect in rects.items():
            if step_id in arrow.key:
                continue
            inner = rect.adjusted(3, 3, -3, -3)
            hits = [path.pointAtPercent(i / 200) for i in range(201)]
            assert not any(inner.contains(p) for p in hits), f"{arrow.key} crosses {step_id}"
    if which == "generated":
        return  # so crowded that a few labels must overlap a card edge
    # Labels never cover a card.
    for arrow in scene.arrows():
        if arrow.label:
            for step_id, rect in rects.items():
                assert not arrow.label_rect().intersects(rect.adjusted(4, 4, -4, -4)), (arrow.key, step_id)


def test_every_transition_has_an_arrow_styled_by_kind(scene: JourneyScene, document: PathwayDocument) -> None:
    assert len(scene.arrows()) == len(document.pathway.transitions)
    styles = {}
    for t in document.pathway.transitions:
        arrow = scene.arrow(t.from_, t.to)
        assert arrow.kind is t.kind
        pen = arrow.pen()
        styles.setdefault(t.kind, set()).add((pen.style(), tuple(pen.dashPattern()), pen.color().name()))
        if t.kind is TransitionKind.main:
            assert pen.style() == Qt.PenStyle.SolidLine
            assert arrow.label_item is None
        else:
            assert pen.style() != Qt.PenStyle.SolidLine
            assert arrow.label_item is not None and " ".join(arrow.label_item.lines) == t.label
    # Each kind has one look, and the three looks differ in line pattern (not only colour).
    assert all(len(looks) == 1 for looks in styles.values())
    patterns = {kind: next(iter(looks))[:2] for kind, looks in styles.items()}
    assert len(set(patterns.values())) == 3
    # Main arrows are the thickest.
    main_width = scene.arrow("assess", "collect").pen().widthF()
    assert main_width > scene.arrow("assess", "not-eligible").pen().widthF()


def test_loop_back_does_not_lie_on_the_forward_arrow(scene: JourneyScene) -> None:
    forward = scene.arrow("observe", "fever-care").path()
    back = scene.arrow("fever-care", "observe").path()
    forward_points = [forward.pointAtPercent(i / 100) for i in range(101)]
    middle = back.pointAtPercent(0.5)
    nearest = min(math.hypot(p.x() - middle.x(), p.y() - middle.y()) for p in forward_points)
    assert nearest > 25
    # It bulges away from the main row (below it, since the branch is below).
    assert middle.y() > card_rect(scene.card("observe")).bottom()


def test_main_journey_is_one_straight_line(scene: JourneyScene, document: PathwayDocument) -> None:
    path = document.graph.main_path
    for a, b in zip(path, path[1:]):
        line = scene.arrow(a, b).path()
        ys = {round(line.pointAtPercent(i / 10).y(), 1) for i in range(11)}
        assert len(ys) == 1, (a, b)


def test_self_loop_is_a_small_loop_by_its_card(qapp: QApplication, theme: Theme, small_pathway_file: Path) -> None:
    pathway = load_pathway(small_pathway_file)
    again = Transition(from_="make-cells", to="make-cells", kind=TransitionKind.loop_back, label="try again")
    doc = PathwayDocument()
    doc.set_pathway(pathway.model_copy(update={"transitions": [*pathway.transitions, again]}))
    scene = JourneyScene(doc, theme)
    loop = scene.arrow("make-cells", "make-cells").path().boundingRect()
    card = card_rect(scene.card("make-cells"))
    assert loop.width() < 120 and loop.height() < 120
    assert card.adjusted(-80, -80, 80, 80).contains(loop)


def test_cards_show_phase_title_timing_and_secondary_look(scene: JourneyScene) -> None:
    collect = scene.card("collect")
    assert collect.band_text == "Make"
    assert collect.title_lines == ["Cell collection"]
    assert collect.meta_text == "3 to 6 hours \u00b7 4 weeks before"  # patients read no negative days
    scene.document.set_audience("clinician")
    assert scene.card("collect").meta_text == "3 to 6 hours \u00b7 day -28"
    scene.document.set_audience("patient")
    assert collect.is_main
    branch = scene.card("not-eligible")
    assert not branch.is_main
    assert "usual care goes on" in scene.card("not-eligible").toolTip()
    # Zoomed out, a long part-of-journey name above a card ends in "..."; pointing at the
    # card gives it whole.
    pathway = scene.document.pathway
    phase = pathway.phase_of(pathway.step("collect"))
    assert phase is not None and f"Part of the journey: {phase.title}" in collect.toolTip()


def test_long_titles_make_every_card_grow_to_hold_them(qapp: QApplication, theme: Theme, small_pathway_file: Path) -> None:
    pathway = load_pathway(small_pathway_file)
    long_title = "A very long step title that keeps going and going well past what any card can hold"
    steps = [s.model_copy(update={"title": long_title}) if s.id == "infuse" else s for s in pathway.steps]
    doc = PathwayDocument()
    doc.set_pathway(pathway.model_copy(update={"steps": steps}))
    scene = JourneyScene(doc, theme)  # kept: a collected scene deletes its cards
    card = scene.card("infuse")
    lines = card.title_lines
    metrics = QFontMetricsF(card.title_font())
    assert " ".join(lines) == long_title  # every word, none cut
    assert all(metrics.horizontalAdvance(line) <= card.card_rect().width() - 20 for line in lines)
    assert card.card_rect().height() > 120  # taller than the default card
    # All cards grow alike, so the columns and the main line stay straight.
    assert {c.card_rect().height() for c in scene.all_cards()} == {card.card_rect().height()}


def test_a_title_past_six_lines_is_shortened_at_whole_lines(qapp: QApplication, theme: Theme, small_pathway_file: Path) -> None:
    pathway = load_pathway(small_pathway_file)
    long_title = " ".join(["a very long step title that keeps going"] * 6)
    steps = [s.model_copy(update={"title": long_title}) if s.id == "infuse" else s for s in pathway.steps]
    doc = PathwayDocument()
    doc.set_pathway(pathway.model_copy(update={"steps": steps}))
    scene = JourneyScene(doc, theme)
    lines = scene.card("infuse").title_lines
    assert len(lines) == 6
    assert lines[-1].endswith("\u2026")


def test_a_long_german_word_breaks_with_a_hyphen_not_an_ellipsis(qapp: QApplication, theme: Theme, small_pathway_file: Path) -> None:
    pathway = load_pathway(small_pathway_file)
    title = "Nachsorgeuntersuchungstermin Lymphozytendepletionschemotherapie"
    steps = [s.model_copy(update={"title": title}) if s.id == "infuse" else s for s in pathway.steps]
    doc = PathwayDocument()
    doc.set_pathway(pathway.model_copy(update={"steps": steps, "language": "de"}))
    scene = JourneyScene(doc, theme)
    card = scene.card("infuse")
    lines = card.title_lines
    metrics = QFontMetricsF(card.title_font())
    assert "".join(line[:-1] if line.endswith("-") else line + " " for line in lines).strip() == title
    assert any(line.endswith("-") for line in lines)
    assert not any("\u2026" in line for line in lines)
    assert all(metrics.horizontalAdvance(line) <= card.card_rect().width() - 20 for line in lines)


def test_a_long_phase_name_gets_a_second_line_on_every_card(qapp: QApplication, theme: Theme, small_pathway_file: Path) -> None:
    pathway = load_pathway(small_pathway_file)
    name = "Nachbeobachtung und Erholung nach der Lymphozytendepletion"
    phases = [p.model_copy(update={"title": name}) if i == 0 else p for i, p in enumerate(pathway.phases)]
    doc = PathwayDocument()
    doc.set_pathway(pathway.model_copy(update={"phases": phases, "language": "de"}))
    scene = JourneyScene(doc, theme)
    card = next(c for c in scene.all_cards() if doc.pathway.step(c.step_id).phase == phases[0].id)
    lines = card.band_text.split("\n")
    assert len(lines) > 1  # the band grows rather than cutting the name
    assert "\u2026" not in card.band_text
    assert " ".join(lines).replace("- ", "").replace("-", "") == name.replace("-", "")


def test_tooltip_text_from_the_file_is_not_html(qapp: QApplication, theme: Theme, small_pathway_file: Path) -> None:
    pathway = load_pathway(small_pathway_file)
    steps = [
        s.model_copy(update={"patient_summary": "<b>bold</b> & <img src=x>"}) if s.id == "infuse" else s
        for s in pathway.steps
    ]
    doc = PathwayDocument()
    doc.set_pathway(pathway.model_copy(update={"steps": steps}))
    scene = JourneyScene(doc, theme)
    tip = scene.card("infuse").toolTip()
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;img src=x&gt;" in tip
    assert "<img" not in tip


# --- pixels -----------------------------------------------------------------------------------


def render_card(scene: JourneyScene, step_id: str, scale: float = 3.0) -> tuple[QImage, QRectF]:
    rect = card_rect(scene.card(step_id))
    image = QImage(round(rect.width() * scale), round(rect.height() * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    with scene.export_mode():
        scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    return image, rect


def test_phase_band_is_drawn_in_the_phase_colour(scene: JourneyScene) -> None:
    # 'make' sets its own colour; 'check' has none, so it gets the first palette colour.
    for step_id, expected in (("collect", QColor("#9ecae1")), ("assess", QColor(TOL_LIGHT[0]))):
        image, _ = render_card(scene, step_id)
        band_height = scene.card(step_id).band_rect().height() * 3
        for fx, fy in ((0.80, 0.5), (0.9, 0.3), (0.95, 0.7)):  # right of the short band text
            pixel = image.pixelColor(round(image.width() * fx), round(band_height * fy))
            assert abs(pixel.red() - expected.red()) <= 4, (step_id, pixel.name())
            assert abs(pixel.green() - expected.green()) <= 4, (step_id, pixel.name())
            assert abs(pixel.blue() - expected.blue()) <= 4, (step_id, pixel.name())


def test_card_text_is_real_glyphs_not_tofu(scene: JourneyScene, theme: Theme) -> None:
    card = scene.card("collect")
    font = card.title_font()
    assert QFontInfo(font).family() == theme.font_family == "Noto Sans"
    assert all(QFontMetricsF(font).inFontUcs4(ord(c)) for c in card.title_lines[0])
    image, _ = render_card(scene, "collect")
    # The title line: tall letters (C, l, t) rise above short ones (e, o, c, n); tofu boxes are
    # all the same height, so the tops of the ink would be level.
    top = round((card.band_rect().bottom() + 2) * 3)
    bottom = round((card.band_rect().bottom() + 7 + QFontMetricsF(font).lineSpacing()) * 3)
    tops = []
    for x in range(image.width()):
        for y in range(top, bottom):
            if image.pixelColor(x, y).lightness() < 90:
                tops.append(y)
                break
    assert len(tops) > 60, "no title ink"
    ink_height = bottom - min(tops)
    assert max(tops) - min(tops) > 0.15 * ink_height


def ink_under_band(image: QImage, band: float) -> int:
    """How much darker than white the card is between its phase band and its bottom border."""
    return sum(
        255 - image.pixelColor(x, y).lightness()
        for x in range(3, image.width() - 3)
        for y in range(round(band) + 1, image.height() - 3)
    )


def test_far_out_cards_are_coloured_blocks_but_exports_keep_every_word(scene: JourneyScene) -> None:
    # Zoomed far out, words would be a pixel or two high: the screen shows each card as a block
    # in its phase colour. A picture saved at that size still has the words.
    scale = 0.18
    band = scene.card("collect").band_rect().height() * scale
    screen = render_card_without_export(scene, "collect", scale)
    exported, _ = render_card(scene, "collect", scale=scale)
    assert ink_under_band(screen, band) < 200  # a plain white block
    assert ink_under_band(exported, band) > 5 * max(ink_under_band(screen, band), 200)
    pixel = screen.pixelColor(screen.width() // 2, round(band / 2))
    expected = QColor("#9ecae1")
    assert abs(pixel.red() - expected.red()) <= 12 and abs(pixel.blue() - expected.blue()) <= 12, pixel.name()
    # Close up, the screen shows the words too.
    assert ink_under_band(render_card_without_export(scene, "collect", 1.0), band / scale) > 20000


def render_card_without_export(scene: JourneyScene, step_id: str, scale: float) -> QImage:
    rect = card_rect(scene.card(step_id))
    image = QImage(round(rect.width() * scale), round(rect.height() * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    return image


def test_export_mode_hides_the_selection_ring_then_restores_it(scene: JourneyScene, document: PathwayDocument) -> None:
    document.select("infuse")
    card = scene.card("infuse")
    ring_point = card.mapToScene(QPointF(card.card_rect().center().x(), -3.5))
    source = QRectF(ring_point.x() - 2, ring_point.y() - 2, 4, 4)

    def ring_colour() -> QColor:
        image = QImage(4, 4, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        scene.render(painter, QRectF(image.rect()), source)
        painter.end()
        return image.pixelColor(2, 2)

    selection = scene.theme.selection_color
    assert ring_colour().name() == selection.name()
    with scene.export_mode():
        assert ring_colour().name() != selection.name()
    assert ring_colour().name() == selection.name()
    assert card.is_selected_mark


def test_bundled_pathway_builds(qapp: QApplication, theme: Theme) -> None:
    doc = PathwayDocument()
    doc.load(None)
    scene = JourneyScene(doc, theme)
    assert set(scene.step_ids()) == {s.id for s in load_pathway(bundled_pathway()).steps}


def test_document_and_scene_are_collected_safely_in_any_order(qapp: QApplication, theme: Theme, small_pathway_file: Path) -> None:
    # Cards once kept a reference to the document: with the scene owned by the document, the
    # garbage collector then freed them mid-teardown and the process crashed.
    import gc

    for owner in ("document", "none"):
        for _ in range(5):
            doc = PathwayDocument()
            doc.load(small_pathway_file)
            scene = JourneyScene(doc, theme)
            doc.select("infuse")
            if owner == "document":
                scene.setParent(doc)
            del scene, doc
            gc.collect()


def test_far_out_labels_are_not_drawn_as_empty_boxes(scene: JourneyScene) -> None:
    # Below the scale where words are left out, an empty white box would look like missing
    # text; the label is left out entirely and the line's style carries the meaning.
    from pathway_viewer.journey.arrows import ArrowLabel

    label = next(item for item in scene.items() if isinstance(item, ArrowLabel))
    rect = label.sceneBoundingRect()

    def render(scale: float) -> QImage:
        image = QImage(max(1, round(rect.width() * scale)), max(1, round(rect.height() * scale)), QImage.Format.Format_ARGB32)
        image.fill(QColor("#000000"))
        painter = QPainter(image)
        scene.render(painter, QRectF(image.rect()), rect)
        painter.end()
        return image

    def label_changes_the_picture(scale: float) -> bool:
        with_label = render(scale)
        label.setVisible(False)
        without = render(scale)
        label.setVisible(True)
        return with_label != without

    assert label_changes_the_picture(1.0)  # close up: a label box with its words
    assert not label_changes_the_picture(0.2)  # far out: nothing, not an empty box


BASIC_LEGEND = ["Main journey", "Another path, only if needed", "Going back to an earlier step"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # The bundled journey has end steps ("Standard care continues") and an "at the same
        # time" step and, not wrapped, no numbered stubs; small.yaml has none of these.
        (None, [*BASIC_LEGEND, "At the same time, not another way", "A step only some people need",
                "The journey stops at this step"]),
        ("small.yaml", [*BASIC_LEGEND, "A step only some people need"]),
        # Every step on the main line and one way back: no dashed arrow, no dashed card,
        # so neither is explained (the tester's Spanish file, required fields only).
        ("rodilla_minimo_es.yaml", ["Main journey", "Going back to an earlier step"]),
    ],
)
def test_the_legend_explains_what_this_journey_draws(theme: Theme, name: str | None, expected: list[str]) -> None:
    # Zoomed out, an end step's card shows only its thick bar: the legend says what it means,
    # but only where the journey has such a step.
    doc = PathwayDocument()
    doc.load(Path(__file__).parent / "data" / name if name else None)
    legend = JourneyScene(doc, theme).legend()
    assert legend is not None
    assert legend.texts() == expected


def test_a_journey_with_nothing_to_explain_gets_no_empty_legend_box(theme: Theme, tmp_path: Path) -> None:
    # One step, no arrows: every row of the legend is left out, and so is its frame (an empty
    # rounded box under the card, on the map, in exports and in the handout picture).
    import yaml

    data = yaml.safe_load((Path(__file__).parent / "data" / "rodilla_minimo_es.yaml").read_text(encoding="utf-8"))
    data["steps"] = data["steps"][:1]
    data["transitions"] = []
    one = tmp_path / "one_step.yaml"
    one.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    doc = PathwayDocument()
    doc.load(one)
    assert doc.pathway is not None and len(doc.pathway.steps) == 1
    scene = JourneyScene(doc, theme)
    assert scene.legend() is None
    assert len(scene.all_cards()) == 1


def test_labels_keep_off_the_main_journey_not_off_a_side_path_that_continues_by_a_main_arrow(
    qapp: QApplication, theme: Theme, small_pathway_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A side step may go on with an arrow of kind main ("fever care" -> "fever check"): it is
    # not on the main journey, is routed as a side line, and labels may cross it as they may
    # any side line; they were kept off it as if it were the main line.
    import pathway_viewer.journey.scene as scene_module

    text = small_pathway_file.read_text(encoding="utf-8").replace("transitions:\n", (
        "  - id: fever-check\n    title: Fever check\n    phase: watch\n"
        "    patient_summary: A nurse checks the fever has gone.\n    clinical_details: Temperature.\n"
        "    duration: {min: 1, max: 2, unit: days}\n    setting: [outpatient]\n"
        "    care_team:\n      - {role: nurse, does: Checks you.}\n    sources: [src-b]\n"
        "transitions:\n  - {from: fever-care, to: fever-check, label: once treated}\n"
    ))
    path = tmp_path / "side_main.yaml"
    path.write_text(text, encoding="utf-8")
    kept_off: list[list[tuple[str, str]]] = []
    real = scene_module.place_labels

    def spy(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202 - passes through whatever the scene gives
        kept_off.append(list(args[6] if len(args) > 6 else kwargs.get("main", ())))
        return real(*args, **kwargs)

    monkeypatch.setattr(scene_module, "place_labels", spy)
    document = PathwayDocument()
    document.load(path)
    JourneyScene(document, theme).ensure_labels()
    assert kept_off
    main_path = document.graph.main_path
    assert all(sorted(lines) == sorted(zip(main_path, main_path[1:])) for lines in kept_off), kept_off
