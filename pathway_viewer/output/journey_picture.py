"""The journey for the printed handout: wrapped into rows as the window draws it, sized so a
card's title reads on paper, and cut into one picture per page, each page filled.

The drawing is the window's own (:class:`JourneyScene` wrapped into rows, in export mode:
no selection, white background). Only the choice differs: the text size and the row length
are picked for a page, not for a window, so that every card title is at least
:data:`TITLE_PT` on paper (:data:`LARGE_TITLE_PT` in large print).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from models import Pathway

from ..core.document import PathwayDocument
from ..core.fonts import load_bundled_fonts
from ..core.theme import TEXT_SIZES, make_theme
from ..journey.scene import JourneyScene
from .paged_text import FOOTER_MM, MARGIN_MM, NOTICE_MM
from .print_html import BODY_PT, LARGE_PRINT_PT

# Card titles on paper. 9 pt is the smallest type the handout prints elsewhere (its source
# notes) and what the window counts as readable on screen; large print asks for 14 pt, short
# titles close to its 16-pt body. The README says the same under "Using it".
TITLE_PT = 9.0
LARGE_TITLE_PT = 14.0
# Room on paper: the page's text, less the footer and notice lines. A handout for a paper of
# its own (the clinic's, or the printer's) fills that paper's pages; for any other, the room
# that is on A4 and Letter alike: A4's width (the narrower paper) and Letter's height (the
# shorter). The first picture also leaves room for its heading and the two lines of
# explanation above it (the others start a page of their own).
PAPER_MM = (210.0, 279.4)
PAPERS_MM = {"a4": (210.0, 297.0), "letter": (215.9, 279.4)}
HEADING_MM = 34.0
# A card title's size in picture pixels: 40 pixels across 9 pt is about 320 dots per inch,
# crisp in print; across 14 pt about 200, still crisp for type that large, and the pages of
# a large-print handout stay quick to write and to print.
TITLE_PICTURE_PX = 40
# Whatever the titles' size, the picture prints at this many dots per inch or more: large
# titles (large print, a short journey drawn large) once gave 196, and the map's small
# labels and numbers blurred in print.
LEAST_DPI = 200
# A label between two cards side by side: lines of a few words ("not eligible, or / you say
# no"), not one word a line as in the window's narrow gaps; paper has room for it.
PAPER_LABEL_EMS = 8.0
CONTINUED_MM = 10.0  # the band under a picture the journey continues from
MM_PER_PT = 25.4 / 72


@dataclass(frozen=True)
class Room:
    """How much paper a picture may take, and the least card title size on it."""

    width_mm: float
    height_mm: float  # a whole page's text height
    first_mm: float  # the first picture's, under its heading
    title_pt: float
    text_scale: float  # the handout's type, times this (large print)


def picture_room(large_print: bool = False, paper: str | None = None) -> Room:
    """The room for pictures on ``paper`` ("a4", "letter"; None: on both)."""
    scale = LARGE_PRINT_PT / BODY_PT if large_print else 1.0
    width, height = PAPERS_MM.get(paper or "", PAPER_MM)
    body = height - 2 * MARGIN_MM - (FOOTER_MM + NOTICE_MM) * scale
    return Room(width - 2 * MARGIN_MM, body, body - HEADING_MM * scale, LARGE_TITLE_PT if large_print else TITLE_PT, scale)


@dataclass(frozen=True)
class Plan:
    """The drawing chosen for the page: text size (percent), row length and scale."""

    text_size: int
    per_row: int
    mm_per_px: float  # paper millimetres per scene pixel
    title_px: int  # a card title's font size in scene pixels
    groups: list[QRectF]  # scene rectangles, one per picture (rows whole, in reading order)
    splits: int = 0  # rows cut between their cards (taller than a page at this size)
    wide_labels: bool = False  # gaps between columns wider than the window's, for labels

    @property
    def title_pt(self) -> float:
        return self.title_px * self.mm_per_px / MM_PER_PT

    @property
    def height_mm(self) -> float:
        return sum(group.height() for group in self.groups) * self.mm_per_px


def render_journey_pictures(
    pathway: Pathway, *, audience: str = "patient", large_print: bool = False, paper: str | None = None,
    progress: Callable[[], None] | None = None,
) -> list[QImage]:
    """The journey as one picture per page of ``paper`` ("a4", "letter"; None: pictures that
    fit both), each with its dots per metre set so it prints at its planned size; empty if
    nothing is drawn. ``progress`` is called between the steps of the work (a window lets
    itself repaint there: the pictures take a second or two)."""
    room = picture_room(large_print, paper)
    tick = progress or (lambda: None)
    # The gaps between columns wide enough for labels of a few words a line, and the window's
    # narrower ones: the wider where they take no more pages.
    scenes = []
    for text_size, label_ems in itertools.product(TEXT_SIZES, (PAPER_LABEL_EMS, None)):
        scene = _scene(pathway, audience, text_size, label_ems)
        tick()
        if scene.columns():
            scenes.append((scene, text_size, label_ems))
    # Wrapping the journey into rows (placing its numbered stubs and labels) is most of the
    # time: the choices are wrapped and measured in the order of a cheap estimate of their
    # paper (those that look wide enough to read first), until none left can take fewer
    # pages than the best found.
    estimates = sorted(
        (too_wide, estimate, label_ems is None, -per_row, index, per_row)
        for index, (scene, _, label_ems) in enumerate(scenes)
        for too_wide, estimate, per_row in _estimates(scene, room)
    )
    # None reads at the least size: the shortest rows (the largest titles there are).
    tried = [(_least_pages(estimate, room), index, per_row) for _, estimate, *_, index, per_row in estimates]
    tried = tried[: 3 * MOST_TRIED] or [(1, i, 1) for i in range(len(scenes))]
    # The fewest pages any choice left among the first few could take (past those, the
    # first that reads is taken).
    fewest_left = list(itertools.accumulate(reversed([least for least, *_ in tried[:MOST_TRIED]]), min))[::-1]
    fewest_left += [0] * (len(tried) - len(fewest_left))
    chosen: tuple[Plan, JourneyScene] | None = None
    for count, ((_, index, per_row), fewest) in enumerate(zip(tried, fewest_left)):
        readable = chosen is not None and _cost(chosen[0], room)[0] == 0
        if readable and (count >= MOST_TRIED or _cost(chosen[0], room)[1] <= fewest):
            break
        scene, text_size, label_ems = scenes[index]
        scene.set_columns_per_row(per_row)
        plan = _measure(scene, text_size, per_row, scene.theme.card_title_font().pixelSize(), room)
        tick()
        if plan is None:
            continue
        plan = replace(plan, wide_labels=label_ems is not None)
        if chosen is None or _cost(plan, room) < _cost(chosen[0], room):
            chosen = plan, scene
    if chosen is None:
        return []
    plan, scene = chosen
    scene.set_columns_per_row(plan.per_row)
    return _draw(scene, plan, room, tick)


def _scene(pathway: Pathway, audience: str, text_size: int, label_ems: float | None) -> JourneyScene:
    document = PathwayDocument()
    document.set_audience(audience)
    document.set_pathway(pathway)
    # Light colours: the scene's export mode then draws black on white, as printed.
    # Cards of one size at every text size: the text size is what is chosen here, to read on paper.
    return JourneyScene(
        document, make_theme("light", load_bundled_fonts(), text_size), label_ems=label_ems, cards_follow_text=False,
        labels_widen=False,
    )


def _cost(plan: Plan, room: Room) -> tuple[float, ...]:
    """Lower is better: titles readable; the fewest pictures (pages), the journey at a glance;
    then rows whole; then labels of a few words a line; then the larger titles."""
    if plan.title_pt >= room.title_pt - 1e-6:
        return 0, len(plan.groups), plan.splits, not plan.wide_labels, -plan.title_pt
    return 1, -plan.title_pt  # none reads at that size: the largest titles there are


# Wraps drawn and measured (a wrap takes up to a tenth of a second): as many as it takes to
# find one whose titles read, then up to this many in all. On the bundled pathway and the
# test journeys, more never gave fewer pages (measured up to every choice there is).
MOST_TRIED = 6
SCALES = 8  # sizes tried between the smallest readable and the page's width


def _estimates(scene: JourneyScene, room: Room) -> list[tuple[bool, float, int]]:
    """(whether the rows look too wide, paper mm, row length) for each row length at which
    every title may read at ``room.title_pt``: a cheap estimate (no wrap, no labels: a
    little low) of the paper the drawing takes at the smallest readable size. Rows a little
    too wide by it are kept (the labels, left out, change the width too)."""
    title_px = scene.theme.card_title_font().pixelSize()
    readable = room.title_pt * MM_PER_PT / title_px  # the fewest paper mm per scene pixel
    estimates = []
    for per_row in range(scene.columns(), 0, -1):
        width, height = scene.size_at(per_row)
        widest = room.width_mm / (width + 16)
        if widest < readable * 0.85:
            continue  # too wide for readable titles
        estimates.append((widest < readable, (height + 16) * readable, per_row))
    return estimates


def _least_pages(estimate_mm: float, room: Room) -> int:
    """The fewest pages a drawing estimated at ``estimate_mm`` high can take (the estimate
    taken a tenth lower still, for safety)."""
    rest = estimate_mm * 0.9 - room.first_mm
    return 1 + max(0, math.ceil(rest / room.height_mm))


def _measure(scene: JourneyScene, text_size: int, per_row: int, title_px: int, room: Room) -> Plan | None:
    source = scene.journey_rect().adjusted(-8, -8, 8, 8)
    if source.isEmpty():
        return None
    solid = _solid(scene)
    rows = _rows(scene, source, solid)
    # From the smallest size whose titles read (the fewest pages) up to the page's width (the
    # largest titles): the largest on the fewest pages wins. The floor is taken a hair higher,
    # so rounding on the way to the page never takes a title under it.
    readable = room.title_pt * 1.01 * MM_PER_PT / title_px
    widest = room.width_mm / source.width()
    if widest <= readable:
        scales = [widest]
    else:
        scales = [readable * (widest / readable) ** (i / SCALES) for i in range(SCALES + 1)]
    cuts = _cut_lines(rows, solid)
    plans = [Plan(text_size, per_row, scale, title_px, *_paged(cuts, solid, scale, room, source)) for scale in scales]
    return min(plans, key=lambda plan: _cost(plan, room))


# A page the picture leaves more than a third empty, while the journey goes on, looks like
# its end: pages are filled at least this far wherever the cuts allow it.
LEAST_FILL = 2 / 3


def _paged(
    cuts: list[tuple[float, bool]], solid: list[QRectF], mm_per_px: float, room: Room, source: QRectF
) -> tuple[list[QRectF], int]:
    """The picture cut into pages, and how many cuts went through a row (between its cards).

    Of all the ways to cut it where nothing solid is, the one on the fewest pages; then with
    the fewest pages under :data:`LEAST_FILL` (but the last); then the fewest cuts through a
    row (a row whole reads best); then the most even pages. One pass over the cuts in order,
    each remembering the best way to end a page there (every page but the first is as high).
    """
    continued = CONTINUED_MM * room.text_scale
    # What is drawn ends at the last solid thing (lines' ends and padding below are no page).
    end = min(source.bottom(), max((r.bottom() for r in solid), default=source.bottom()) + 8)
    lines = [(source.top(), True), *((y, row) for y, row in cuts if source.top() < y < end), (end, True)]
    Best = tuple[tuple[float, ...], int]  # (cost, index of the page's top)
    best: list[Best | None] = [((0, 0, 0, 0.0), -1)] + [None] * (len(lines) - 1)
    for i in range(1, len(lines)):
        y, row = lines[i]
        last = i == len(lines) - 1
        for j in range(i - 1, -1, -1):
            before = best[j]
            page = room.first_mm if j == 0 else room.height_mm
            height = (y - lines[j][0]) * mm_per_px + (0.0 if last else continued)
            if height > page:
                break
            if before is None:
                continue
            (pages, thin, through, uneven), _ = before
            fill = height / page
            cost = (pages + 1, thin + (not last and fill < LEAST_FILL), through + (not row), uneven + (0.0 if last else (1 - fill) ** 2))
            if best[i] is None or cost < best[i][0]:
                best[i] = (cost, j)
    chosen = best[-1]
    if chosen is None:
        return _forced(lines, mm_per_px, room, source, end)
    tops = []
    i = len(lines) - 1
    while i > 0:
        j = best[i][1]  # type: ignore[index]
        tops.append((lines[j][0], lines[i][0]))
        i = j
    tops.reverse()
    groups = [QRectF(source.left(), top, source.width(), bottom - top) for top, bottom in tops]
    # The last picture takes the ends of lines below its last card, as far as its page allows.
    page = room.first_mm if len(groups) == 1 else room.height_mm
    last = groups[-1]
    last.setBottom(min(source.bottom(), last.top() + page / mm_per_px))
    return groups, chosen[0][2]


def _forced(lines: list[tuple[float, bool]], mm_per_px: float, room: Room, source: QRectF, end: float) -> tuple[list[QRectF], int]:
    """Something solid taller than a page (it cannot be helped): cut at the lowest free line
    on each page, else through it at the page's foot."""
    continued = CONTINUED_MM * room.text_scale
    groups: list[QRectF] = []
    top, through = source.top(), 0
    while True:
        page = room.first_mm if not groups else room.height_mm
        if (end - top) * mm_per_px <= page:
            groups.append(QRectF(source.left(), top, source.width(), min(source.bottom(), top + page / mm_per_px) - top))
            return groups, through
        most = (page - continued) / mm_per_px
        free = [(y, row) for y, row in lines if top + most / 4 < y <= top + most]
        cut, row = max(free) if free else (top + most, False)
        through += not row
        groups.append(QRectF(source.left(), top, source.width(), cut - top))
        top = cut


def _cut_lines(rows: list[tuple[float, float]], solid: list[QRectF]) -> list[tuple[float, bool]]:
    """Where the picture may be cut between pages, top down, and whether each is between
    rows: both edges of every band across the picture that crosses nothing solid (a page
    ends where such a band starts and the next begins where it ends, so no page spends its
    room on the blank between), a band that holds a row's edge being between rows."""
    edges = [top for top, _ in rows[1:]]
    cuts: list[tuple[float, bool]] = []
    band: list[float] = []
    for y in [*_free_lines(rows[0][0], rows[-1][1], solid), math.inf]:
        if band and y - band[-1] > 2:
            between = any(band[0] - 2 <= edge <= band[-1] + 2 for edge in edges)
            cuts += [(line, between) for line in dict.fromkeys((band[0], band[-1]))]
            band = []
        band.append(y)
    return cuts


def _solid(scene: JourneyScene) -> list[QRectF]:
    """What a cut between pictures must not cross: cards, labels, numbers and the legend."""
    # A card as printed: its shadow, but not the room above it for a zoomed-out phase name.
    solid = [card.mapRectToScene(card.card_rect().adjusted(-2, -2, 4, 5)) for card in scene.all_cards()]
    cards = list(solid)
    solid += [a.label_item.sceneBoundingRect() for a in scene.arrows() if a.label_item is not None]
    solid += [rect for a in scene.arrows() for rect in a.badge_rects()]
    legend = scene.legend()
    if legend is not None:
        key = legend.sceneBoundingRect()
        solid.append(key)
        # The legend goes with the cards above it (and the numbers and lines between): a
        # page was once given the legend alone, the picture it explains on the page before.
        above = [rect.bottom() for rect in cards if rect.bottom() <= key.top() + 1]
        if above:
            solid.append(QRectF(key.left(), max(above) - 1, key.width(), key.top() - max(above) + 2))
    return solid


def _free_lines(top: float, bottom: float, solid: list[QRectF]) -> list[float]:
    """Every other pixel line from ``top`` to ``bottom`` that crosses nothing solid (a line on
    a solid thing's edge does not cross it)."""
    merged: list[list[float]] = []
    for start, end in sorted((r.top(), r.bottom()) for r in solid if r.bottom() > top and r.top() < bottom):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    lines = [top + step for step in range(0, int(bottom - top) + 1, 2)]
    free, i = [], 0
    for y in lines:
        while i < len(merged) and merged[i][1] <= y:
            i += 1
        if i == len(merged) or not merged[i][0] < y:
            free.append(y)
    return free


def _rows(scene: JourneyScene, source: QRectF, solid: list[QRectF]) -> list[tuple[float, float]]:
    """(top, bottom) of each row, cut between rows where nothing solid is."""
    cuts = [_clear_y(y, solid) for y in scene.row_breaks()]
    edges = [source.top(), *(y for y in cuts if source.top() < y < source.bottom()), source.bottom()]
    return list(zip(edges, edges[1:]))


def _clear_y(y: float, solid: list[QRectF]) -> float:
    """``y``, or the nearest line below it that crosses nothing solid (a label hanging into the
    channel between rows stays whole, with its row)."""
    for step in range(0, 200, 2):
        candidate = y + step
        if not any(rect.top() < candidate < rect.bottom() for rect in solid):
            return candidate
    return y


def _draw(scene: JourneyScene, plan: Plan, room: Room, tick: Callable[[], None]) -> list[QImage]:
    # Sharpness follows the type: a card title is TITLE_PICTURE_PX pixels high in every
    # picture (more only where that would print under LEAST_DPI), so the pixels across a
    # title (and a test reading the PDF) need not know the text size or the rows chosen.
    dots = max(TITLE_PICTURE_PX / plan.title_px, LEAST_DPI / 25.4 * plan.mm_per_px)  # picture pixels per scene pixel
    dots_per_mm = dots / plan.mm_per_px
    pictures = []
    with scene.export_mode():
        for index, group in enumerate(plan.groups):
            last = index == len(plan.groups) - 1
            width = round(group.width() * dots)
            drawn = round(group.height() * dots)
            band = 0 if last else round(CONTINUED_MM * room.text_scale * dots_per_mm)
            image = QImage(width, max(1, drawn + band), QImage.Format.Format_RGB32)
            if image.isNull():
                return []
            # So the handout places it at its planned size on paper.
            image.setDotsPerMeterX(round(dots_per_mm * 1000))
            image.setDotsPerMeterY(round(dots_per_mm * 1000))
            image.fill(QColor(scene.theme.export_background_color))
            painter = QPainter(image)
            try:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
                scene.render(painter, QRectF(0, 0, width, drawn), group, Qt.AspectRatioMode.KeepAspectRatio)
                if band:
                    _draw_continued(painter, QRectF(0, drawn, width, band), scene)
            finally:
                painter.end()
            pictures.append(image)
            tick()
    return pictures


def _draw_continued(painter: QPainter, band: QRectF, scene: JourneyScene) -> None:
    """A dashed line across the band, and on it where the journey goes on."""
    painter.save()
    pen = QPen(scene.theme.muted_text_color, 3, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    mid = band.center().y()
    painter.drawLine(round(band.left()), round(mid), round(band.right()), round(mid))
    font = QFont(scene.theme.font_family)
    font.setPixelSize(round(band.height() * 0.34))
    painter.setFont(font)
    text = "  " + QCoreApplication.translate("OutputJourneyPicture", "The journey continues on the next page") + "  "
    width = painter.fontMetrics().horizontalAdvance(text)
    label = QRectF(band.center().x() - width / 2, band.top(), width, band.height())
    painter.fillRect(label, scene.theme.export_background_color)
    painter.drawText(label, int(Qt.AlignmentFlag.AlignCenter), text)
    painter.restore()
