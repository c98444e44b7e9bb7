"""Print a QTextDocument on real pages: laid out for the device, headings kept with their text,
and a footer line with "Page N of M" on every page.

QTextDocument.print_() numbers pages but cannot add a footer of our own or keep a heading
off the bottom of a page, so the layout and drawing are done here page by page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPagedPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
    QTextTableCell,
)

from models.wording.i18n import fill

from .. import APP_NAME, __version__
from .pdf_language import finish_pdf
from ..core.atomic import WriteError, atomic_path
from ..core.theme import PRINT_MUTED as FOOTER_INK
from ..core.theme import PRINT_RULE as FOOTER_RULE
from ..core.theme import WARNING_INK as NOTICE_INK

MARGIN_MM = 16
FOOTER_MM = 9  # space kept under the text for the footer line
FOOTER_PT = 8.5
LARGE_PRINT_PT = 16  # large print: the body at 16 pt, and no line on the page smaller
LARGE_FOOTER_LINES = 2  # at 16 pt the footer and "Page 3 of 47" do not fit on one line
LINE_HEIGHT = 1.3  # a line's height, in font sizes
RULE_ROOM_MM = 3  # above the footer's words: its rule and the space around it
NOTICE_MM = 8  # space kept above the text for a notice on every page (content due for review)
NOTICE_PT = 10.5
EDGE_PT = 6.0  # less than the smallest line of the handout (10 pt type), more than a paragraph's margin
PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


def page_layout(paper: str) -> QPageLayout:
    """Portrait A4 or Letter with our margins ("a4" for anything unknown)."""
    return QPageLayout(
        QPageSize(PAGE_SIZES.get(paper, QPageSize.PageSizeId.A4)),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


@dataclass(frozen=True)
class PageGeometry:
    width: float  # text width, device pixels
    body_height: float  # text height per page, device pixels (the footer sits below it)
    footer_gap: float
    dpi: float
    notice_gap: float = 0.0  # above the text: room for a notice line on every page
    text_scale: float = 1.0  # footer and notice type, times this (large print)

    def line_pt(self, normal_pt: float) -> float:
        """The footer's or notice's size: ``normal_pt`` times the scale, and in large print
        never under LARGE_PRINT_PT (scaled alone, the footer's "Educational, not medical
        advice" was about 12 pt in a large-print handout)."""
        return _line_pt(normal_pt, self.text_scale)


def _line_pt(normal_pt: float, text_scale: float) -> float:
    scaled = normal_pt * text_scale
    return max(scaled, LARGE_PRINT_PT) if text_scale > 1 else scaled


def _geometry(
    device: QPagedPaintDevice, dpi: float, notice: bool | str = False, text_scale: float = 1.0, *,
    font: QFont | None = None, footer: str = "",
) -> PageGeometry:
    rect = device.pageLayout().paintRectPixels(round(dpi))
    width = float(rect.width())
    footer_gap = FOOTER_MM * _line_pt(FOOTER_PT, text_scale) / FOOTER_PT / 25.4 * dpi
    top = NOTICE_MM * _line_pt(NOTICE_PT, text_scale) / NOTICE_PT / 25.4 * dpi if notice else 0.0
    if text_scale > 1:
        # Large print never shrinks these lines: they wrap, and get the room their words
        # take at that width (two lines for a footer not given; a German footer with the
        # emergency number took three, and its last was cut through).
        footer_lines = LARGE_FOOTER_LINES
        if footer and font is not None:
            footer_lines = max(1, _wrapped_lines(_sized(font, _line_pt(FOOTER_PT, text_scale)), footer,
                                                 width - _page_number_width(font, text_scale, device), device))
        footer_gap = (footer_lines * LINE_HEIGHT * _line_pt(FOOTER_PT, text_scale) / 72 + RULE_ROOM_MM / 25.4) * dpi
        if notice:
            notice_lines = 1
            if isinstance(notice, str) and font is not None:
                notice_lines = max(1, _wrapped_lines(_sized(font, _line_pt(NOTICE_PT, text_scale), bold=True), notice,
                                                     width, device))
            top = (notice_lines * LINE_HEIGHT * _line_pt(NOTICE_PT, text_scale) / 72 + RULE_ROOM_MM / 25.4) * dpi
    return PageGeometry(width, float(rect.height()) - footer_gap - top, footer_gap, dpi, top, text_scale)


def _sized(font: QFont, point_size: float, *, bold: bool = False) -> QFont:
    sized = QFont(font)
    sized.setPointSizeF(point_size)
    sized.setBold(bold)
    return sized


def _wrapped_lines(font: QFont, text: str, width: float, device: QPagedPaintDevice) -> int:
    """How many lines ``text`` takes wrapped to ``width`` in ``font`` on ``device``."""
    metrics = QFontMetricsF(font, device)
    height = metrics.boundingRect(QRectF(0, 0, max(width, 1.0), 1e7), int(Qt.TextFlag.TextWordWrap), text).height()
    return round(height / metrics.lineSpacing())


def _page_number_width(font: QFont, text_scale: float, device: QPagedPaintDevice) -> float:
    """Room kept beside the footer for its longest likely page number ("Page 888 of 888")."""
    sized = _sized(font, _line_pt(FOOTER_PT, text_scale))
    number = fill(QCoreApplication.translate("OutputPagedText", "Page %1 of %2"), 888, 888)
    return QFontMetricsF(sized, device).horizontalAdvance(f"    {number}")


def paginate(
    doc: QTextDocument, device: QPagedPaintDevice, dpi: float, *, notice: bool | str = False, text_scale: float = 1.0,
    footer: str = "",
) -> PageGeometry:
    """Lay ``doc`` out on ``device``'s pages: fonts measured for the device, and no heading
    left alone at the bottom of a page. ``notice`` keeps a line free above the text of
    every page (see :func:`paint_pages`)."""
    geometry = _geometry(device, dpi, notice, text_scale, font=doc.defaultFont(), footer=footer)
    _no_ligatures(doc)
    doc.documentLayout().setPaintDevice(device)
    doc.setPageSize(QSizeF(geometry.width, geometry.body_height))
    _fit_pictures(doc, geometry.body_height)
    # Qt lays out lazily; the page count forces a complete layout before positions are read.
    doc.pageCount()
    _keep_pages_tidy(doc, geometry.body_height)
    # Edits after a layout are laid out incrementally, which has lost lines of text here;
    # one fresh layout of the whole document is cheap and certain.
    doc.markContentsDirty(0, doc.characterCount())
    doc.pageCount()
    return geometry


def _fit_pictures(doc: QTextDocument, page_height: float) -> None:
    """Make a picture taller than a page's room for text (with its paragraph's spacing and
    the line's descent) just short enough to fit it.

    Pictures are planned for a page before the handout is laid out: with a notice above
    the text (an unchecked translation) one was a few pixels too tall, Qt moved it to the
    page after, and the page between was left blank.
    """
    layout = doc.documentLayout()
    device = layout.paintDevice()
    scale = device.logicalDpiY() / 96 if device is not None else 1.0  # formats are in CSS pixels
    block = doc.begin()
    while block.isValid():
        spacing = block.blockFormat().topMargin() + block.blockFormat().bottomMargin()
        pieces = block.begin()
        while not pieces.atEnd():
            fragment = pieces.fragment()
            pieces += 1
            if not fragment.charFormat().isImageFormat():
                continue
            image = fragment.charFormat().toImageFormat()
            descent = QFontMetricsF(fragment.charFormat().font(), device).descent() / scale if device else 0.0
            room = page_height / scale - spacing - descent - 2.0
            if 0 < room < image.height():
                image.setWidth(image.width() * room / image.height())
                image.setHeight(room)
                cursor = QTextCursor(doc)
                cursor.setPosition(fragment.position())
                cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                cursor.setCharFormat(image)
        block = block.next()


def _no_ligatures(doc: QTextDocument) -> None:
    """Without ligatures "effets" is stored as e-f-f-e-t-s, not with the single glyph "ﬀ", so
    searching, copying and reading aloud work in every viewer, for every paged PDF."""
    font = doc.defaultFont()
    font.setFeature(QFont.Tag("liga"), 0)
    doc.setDefaultFont(font)


def _keep_pages_tidy(doc: QTextDocument, page_height: float) -> None:
    """One pass from the top: no heading left alone at the foot of a page, and no paragraph
    split across a page edge.

    Top-down, so every decision reads positions that earlier moves have already shifted: two
    separate passes (headings first, paragraphs after) left headings alone again wherever a
    moved paragraph pushed the text under them, and stale breaks made near-empty pages.
    """
    block = doc.begin()
    while block.isValid():
        table = _row_table(block)
        if table is not None:
            _keep_rows_whole(doc, table, page_height)
            block = doc.findBlock(table.lastPosition() + 1)
            continue
        if block.blockFormat().headingLevel() > 0:
            if block.blockFormat().headingLevel() == PART_LEVEL:
                _join_short_part(doc, block, page_height)
            if block.blockFormat().headingLevel() == SECTION_LEVEL:
                _keep_section_whole(doc, block, page_height)
            _keep_heading_with_text(doc, block, page_height)
        else:
            _keep_block_whole(doc, block, page_height)
        block = block.next()


def _row_table(block: QTextBlock) -> QTextTable | None:
    """The outermost table of more than one column around ``block``: its rows are read
    across (step, when, how long), so they are kept whole. A one-column table is a framed
    box of paragraphs; those are kept whole one by one, like any paragraph."""
    found = None
    frame = QTextCursor(block).currentFrame()
    while frame is not None:
        if isinstance(frame, QTextTable) and frame.columns() > 1:
            found = frame
        frame = frame.parentFrame()
    return found


def _keep_rows_whole(doc: QTextDocument, table: QTextTable, page_height: float) -> None:
    """Move a row that meets a page edge to the next page, whole.

    Qt cuts a row at the page edge line by line, and the paragraph rules below moved single
    cells: a page then showed a step with no "When", and the next page a "When" with no step.
    A row taller than a page must be cut; it is split into two rows where the page ends, and
    the second repeats the cells before the first cut one (the step's number and name).
    """
    first = table.format().headerRowCount()
    row = first
    while row < table.rows():
        if len(_row_pages(doc, table, row, page_height)) > 1:
            undo = _move_table(doc, table) if row == first else _push_below(doc, table, row, page_height)
            doc.pageCount()  # finish the relayout before reading the next positions
            if len(_row_pages(doc, table, row, page_height)) > 1:
                # Taller than a page: moving it only left the end of a page blank.
                undo()
                doc.pageCount()
                _split_row(doc, table, row, page_height)
                doc.pageCount()
        row += 1


def _move_table(doc: QTextDocument, table: QTextTable) -> Callable[[], None]:
    """Start the table on the next page, with the headings that introduce it (its first row
    would otherwise be cut, or leave its header row alone); returns how to undo it."""
    before = doc.findBlock(table.firstPosition()).previous()
    if before.isValid() and before.blockFormat().headingLevel() > 0:
        heading = _first_of_heading_run(before)
        old = QTextBlockFormat(heading.blockFormat())
        _set_page_break(heading)
        return lambda: QTextCursor(heading).setBlockFormat(old)
    old_frame = table.format()
    moved = table.format()
    moved.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    table.setFormat(moved)
    return lambda: table.setFormat(old_frame)


def _push_below(doc: QTextDocument, table: QTextTable, row: int, page_height: float) -> Callable[[], None]:
    """Start ``row`` on the next page: an empty line at the end of the row above reaches as
    far down as ``row``'s last line on this page, so no line of ``row`` fits here any more
    and Qt moves the row whole. Returns how to undo it.

    A page break on the row's cells does not do it (Qt moves the row, lays it out again and
    breaks its cells once more, a page further on), nor does padding (Qt keeps a cell's
    padding free at every page end, so the padded cell itself moved).
    """
    layout = doc.documentLayout()
    page = min(_row_pages(doc, table, row, page_height))
    reach = max(
        bottom for cell in _row_cells(table, row) for _, on, bottom in _cell_lines(doc, cell, page_height) if on == page
    )
    above = _row_cells(table, row - 1)[0]
    bottom = layout.blockBoundingRect(doc.findBlock(above.lastPosition())).bottom()
    # Formats are in CSS pixels (1/96 inch), the layout in the device's own pixels.
    scale = layout.paintDevice().logicalDpiY() / 96 if layout.paintDevice() is not None else 1.0
    filler = QTextBlockFormat()
    filler.setLineHeight(max(1.0, (reach - bottom) / scale), QTextBlockFormat.LineHeightTypes.MinimumHeight.value)
    cursor = QTextCursor(doc)
    cursor.setPosition(above.lastPosition())
    cursor.insertBlock(filler)
    position = cursor.position()

    def undo() -> None:
        remove = QTextCursor(doc)
        remove.setPosition(position)
        remove.deletePreviousChar()

    return undo


def _split_row(doc: QTextDocument, table: QTextTable, row: int, page_height: float) -> None:
    """Cut ``row`` in two where its first page ends: a new row below takes every line that
    falls on a later page, and repeats the leading cells that ended on the first page (the
    step's number and name), so the continuation says what it continues."""
    cells = _row_cells(table, row)
    first_page = min(_row_pages(doc, table, row, page_height))
    # Where each cell's first line on a later page starts (None: the cell ends on the first).
    cuts = [
        next((start for start, page, _ in _cell_lines(doc, cell, page_height) if page > first_page), None)
        for cell in cells
    ]
    moves = []
    leading = True
    for cell, cut in zip(cells, cuts):
        leading = leading and cut is None
        moves.append((cell, cut, leading))
    table.insertRows(row + 1, 1)
    # From the last cell back, so moving text out of one cell leaves the positions of the
    # cells before it as they were.
    for cell, cut, repeat in reversed(moves):
        target = table.cellAt(row + 1, cell.column())
        if cut is None and not repeat:
            continue
        cursor = QTextCursor(doc)
        cursor.setPosition(cell.firstPosition() if cut is None else cut)
        cursor.setPosition(cell.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
        fragment = cursor.selection()
        if cut is not None:
            cursor.removeSelectedText()
        target.firstCursorPosition().insertFragment(fragment)


def _row_cells(table: QTextTable, row: int) -> list[QTextTableCell]:
    """The cells that start in ``row`` (a cell spanning columns is listed once)."""
    cells = [table.cellAt(row, column) for column in range(table.columns())]
    return [cell for i, cell in enumerate(cells) if cell.row() == row and cell.column() == i]


def _cell_lines(doc: QTextDocument, cell: QTextTableCell, page_height: float) -> Iterator[tuple[int, int, float]]:
    """For each line of ``cell`` in reading order: where its text starts, its page (by the
    middle of the line: a line Qt moved to a new page starts exactly on its edge), its bottom."""
    layout = doc.documentLayout()
    block = doc.findBlock(cell.firstPosition())
    while block.isValid() and block.position() <= cell.lastPosition():
        top = layout.blockBoundingRect(block).top()
        lines = block.layout()
        for i in range(lines.lineCount()):
            line = lines.lineAt(i)
            yield block.position() + line.textStart(), int((top + line.y() + line.height() / 2) // page_height), top + line.y() + line.height()
        block = block.next()


def _row_pages(doc: QTextDocument, table: QTextTable, row: int, page_height: float) -> set[int]:
    return {page for cell in _row_cells(table, row) for _, page, _ in _cell_lines(doc, cell, page_height)}


def _keep_heading_with_text(doc: QTextDocument, block: QTextBlock, page_height: float) -> None:
    """Move a heading to the next page when what it introduces would start there.

    A run of headings ("Step 2", its phase line, "What happens") travels with the first
    two lines of the text under the last of them, or with the whole table under it when
    the table fits on one page.
    """
    if block.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
        return
    if _first_of_heading_run(block) != block:
        # The run's first heading decided for the run: moving this one as well put a
        # heading alone on one page and its explanation with the table on the next.
        return
    top = doc.documentLayout().blockBoundingRect(block).top()
    follower = block.next()
    while follower.isValid() and follower.blockFormat().headingLevel() > 0:
        follower = follower.next()
    if follower.isValid() and top > 0:
        needed = _needed_bottom(doc, follower, page_height)
        if int(top // page_height) != int((needed - 1) // page_height):
            _set_page_break(block)
            doc.pageCount()  # finish the relayout before reading the next positions


# A part (level 1: the step table, the other paths, who to call, the sources...) starts a
# new page unless it fits whole in what the page before it leaves free.
PART_LEVEL = 1
PART_GAP_PX = 30.0  # CSS pixels above a part that follows another on the same page


def _join_short_part(doc: QTextDocument, block: QTextBlock, page_height: float) -> None:
    """Let a part that starts a new page follow on the page before when it fits there whole.

    Every part began a page: a six-line "About this guide" left most of a page blank after the
    sources, and a patient's handout ran to pages that were mostly paper. A part that does not
    fit whole still starts a page of its own, so none is ever cut that need not be.
    """
    old = QTextBlockFormat(block.blockFormat())
    if not old.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
        return
    if doc.documentLayout().blockBoundingRect(block).top() <= 0:
        return  # the first page's own heading
    joined = QTextBlockFormat(old)
    joined.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
    joined.setTopMargin(max(old.topMargin(), PART_GAP_PX))
    QTextCursor(block).setBlockFormat(joined)
    doc.pageCount()  # finish the relayout before reading the positions
    if len(_part_pages(doc, block, page_height)) > 1:
        QTextCursor(block).setBlockFormat(old)
        doc.pageCount()


def _part_pages(doc: QTextDocument, heading: QTextBlock, page_height: float) -> set[int]:
    """The pages the lines of the part under ``heading`` are printed on (by each line's middle)."""
    layout = doc.documentLayout()
    pages: set[int] = set()
    block = heading
    while block.isValid() and (block == heading or block.blockFormat().headingLevel() != PART_LEVEL):
        top = layout.blockBoundingRect(block).top()
        lines = block.layout()
        for i in range(lines.lineCount()):
            line = lines.lineAt(i)
            pages.add(int((top + line.y() + line.height() / 2) // page_height))
        block = block.next()
    return pages


# A section (a step in the handout) runs from its level-2 heading to the next heading of
# level 1 or 2; it starts a new page rather than be cut where it would fit on one.
SECTION_LEVEL = 2


def _keep_section_whole(doc: QTextDocument, block: QTextBlock, page_height: float) -> None:
    """Move a section that a page edge would cut to the next page, when it fits on one: a
    step read across two pages (its signs to watch for on the next) is easily read half."""
    if block.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
        return
    layout = doc.documentLayout()
    top = layout.blockBoundingRect(block).top()
    end = block.next()
    while end.isValid() and not 0 < end.blockFormat().headingLevel() <= SECTION_LEVEL:
        end = end.next()
    bottom = layout.blockBoundingRect(end).top() if end.isValid() else layout.documentSize().height()
    if top <= 0 or bottom - top > page_height or int(top // page_height) == int((bottom - 1) // page_height):
        return
    _set_page_break(block)
    doc.pageCount()  # finish the relayout before reading the next positions


def _keep_block_whole(doc: QTextDocument, block: QTextBlock, page_height: float) -> None:
    """Leave no paragraph split across a page edge: move a short one to the next page,
    and cut a long one in two where the page ends.

    Qt draws the line just above the page's top edge of a split paragraph too (hidden by the
    clip, but in the PDF's text layer), so a split paragraph was read twice at the cut. A
    paragraph longer than a third of a page is cut rather than moved: leaving that much
    paper blank would look like the end of the handout.
    """
    lines = block.layout()
    top = doc.documentLayout().blockBoundingRect(block).top()
    for i in range(1, lines.lineCount()):
        previous, line = lines.lineAt(i - 1), lines.lineAt(i)
        # By the middle of each line: a line Qt moved to a new page starts exactly on its edge.
        if int((top + previous.y() + previous.height() / 2) // page_height) == int(
            (top + line.y() + line.height() / 2) // page_height
        ):
            continue
        first, last = lines.lineAt(0), lines.lineAt(lines.lineCount() - 1)
        if last.y() + last.height() - first.y() < page_height / 3:
            _set_page_break(_first_of_heading_run(block))
        else:
            _cut_block(block, block.position() + line.textStart())
        doc.pageCount()  # finish the relayout before reading the next positions
        return


def _first_of_heading_run(block: QTextBlock) -> QTextBlock:
    """The first of the headings right above ``block`` (or the block itself): a paragraph
    moved to the next page takes its headings along, or they would end this page alone."""
    first = block
    previous = block.previous()
    while previous.isValid() and previous.blockFormat().headingLevel() > 0:
        first, previous = previous, previous.previous()
    return first


def _set_page_break(block: QTextBlock) -> None:
    """Start a page at ``block``; inside a table (a framed box), at the table, which moves whole.

    Asked to break inside a box's cell, Qt drew the box's empty frame on every page up to a
    page where the cell's text would fit whole: in large print the cover's "Please read"
    box left three empty framed pages before it."""
    table = _outer_table(block)
    if table is not None and _fits_a_page(block, table):
        moved = table.format()
        moved.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        table.setFormat(moved)
        return
    new_format = QTextBlockFormat(block.blockFormat())
    new_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(block).setBlockFormat(new_format)


def _fits_a_page(block: QTextBlock, table: QTextTable) -> bool:
    """Whether ``table`` is short enough to move whole to a page of its own (a box taller
    than a page moved only left paper blank, and was cut all the same)."""
    doc = block.document()
    layout = doc.documentLayout()
    top = layout.blockBoundingRect(doc.findBlock(table.firstPosition())).top()
    bottom = layout.blockBoundingRect(doc.findBlock(table.lastPosition())).bottom()
    return bottom - top <= doc.pageSize().height()


def _outer_table(block: QTextBlock) -> QTextTable | None:
    frame = QTextCursor(block).currentFrame()
    found = None
    while frame is not None:
        if isinstance(frame, QTextTable):
            found = frame
        frame = frame.parentFrame()
    return found


def _cut_block(block: QTextBlock, position: int) -> None:
    """Two paragraphs that read as one: no gap between them, no second bullet."""
    fmt = QTextBlockFormat(block.blockFormat())
    cursor = QTextCursor(block)
    cursor.setPosition(position)
    if cursor.position() > block.position() and block.text()[position - block.position() - 1 : position - block.position()] == " ":
        cursor.deletePreviousChar()  # the space the line broke at would end the first part
    text_list = block.textList()
    indent = text_list.format().indent() if text_list is not None else fmt.indent()
    rest = QTextBlockFormat(fmt)
    rest.setTopMargin(0)
    rest.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    cursor.insertBlock(rest)
    if text_list is not None:
        text_list.remove(cursor.block())
        rest.setIndent(indent)
        cursor.setBlockFormat(rest)
    head = QTextBlockFormat(fmt)
    head.setBottomMargin(0)
    QTextCursor(block).setBlockFormat(head)


SHORT_LIST_SHARE = 0.5  # a list under a heading at most this much of a page is kept with it


def _needed_bottom(doc: QTextDocument, follower: QTextBlock, page_height: float) -> float:
    """Where the content that must share a page with its heading ends."""
    layout = doc.documentLayout()
    table = QTextCursor(follower).currentTable()
    if table is not None:
        frame = layout.frameBoundingRect(table)
        if frame.height() < page_height:  # a table longer than a page must split anyway
            return frame.bottom()
    listed = follower.textList()
    if listed is not None and listed.count() > 0:
        # A short list goes whole with its heading: "Call your team at once" on one page
        # with one of its signs, and the other signs on the next, were easily read as all.
        bottom = layout.blockBoundingRect(listed.item(listed.count() - 1)).bottom()
        if bottom - layout.blockBoundingRect(follower).top() <= page_height * SHORT_LIST_SHARE:
            return bottom
    rect = layout.blockBoundingRect(follower)
    lines = follower.layout()
    needed = rect.top()
    for i in range(min(2, lines.lineCount())):
        needed = rect.top() + lines.lineAt(i).rect().bottom()
    return needed


def paint_pages(
    doc: QTextDocument,
    device: QPagedPaintDevice,
    painter: QPainter,
    geometry: PageGeometry,
    *,
    footer: str,
    notice: str | None = None,
    progress: Callable[[], None] | None = None,
) -> int:
    """Draw every page with its footer, and ``notice`` above the text of every page (a page
    torn off the handout must still say its content is due for review); returns the page count.
    ``progress`` is called after each page."""
    pages = max(1, doc.pageCount())
    footer_font = QFont(doc.defaultFont())
    footer_font.setPointSizeF(geometry.line_pt(FOOTER_PT))
    context = QAbstractTextDocumentLayout.PaintContext()
    for page in range(pages):
        if page:
            device.newPage()
        if notice and geometry.notice_gap:
            painter.save()
            font = QFont(doc.defaultFont())
            font.setPointSizeF(geometry.line_pt(NOTICE_PT))
            font.setBold(True)
            painter.setPen(_pen(NOTICE_INK, geometry.dpi))
            if geometry.text_scale > 1:  # large print: wrapped in the room measured for it, never smaller
                painter.setFont(font)
                band = QRectF(0, 0, geometry.width, geometry.notice_gap)
                painter.drawText(band, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap), notice)
            else:
                painter.setFont(_fitted(font, notice, geometry.width, NOTICE_PT, device))
                band = QRectF(0, 0, geometry.width, geometry.notice_gap * 0.8)
                painter.drawText(band, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), notice)
            painter.restore()
        painter.save()
        clip = QRectF(0, page * geometry.body_height, geometry.width, geometry.body_height)
        painter.translate(0, geometry.notice_gap - clip.top())
        painter.setClipRect(clip)
        # The painter's clip only hides ink: whatever Qt draws goes into the PDF's text
        # layer, and Qt draws every block that touches the clip (with its last line above
        # it). A block whose margin reached over the page edge was then copied, and read
        # aloud, twice. Inset by less than a line, the clip meets only this page's blocks
        # (blocks never straddle a page: see _keep_block_whole).
        edge = EDGE_PT / 72 * geometry.dpi
        context.clip = clip.adjusted(0, edge, 0, -edge)
        doc.documentLayout().draw(painter, context)
        painter.restore()

        painter.save()
        painter.translate(0, geometry.notice_gap)
        above = RULE_ROOM_MM / 2 / 25.4 * geometry.dpi if geometry.text_scale > 1 else geometry.footer_gap * 0.3
        rule_y = geometry.body_height + above
        painter.setPen(_pen(FOOTER_RULE, geometry.dpi))
        painter.drawLine(0, round(rule_y), round(geometry.width), round(rule_y))
        painter.setPen(_pen(FOOTER_INK, geometry.dpi))
        text_rect = QRectF(0, rule_y, geometry.width, geometry.body_height + geometry.footer_gap - rule_y)
        number = fill(QCoreApplication.translate("OutputPagedText", "Page %1 of %2"), page + 1, pages)
        _draw_footer(painter, device, geometry, footer_font, text_rect, footer, number)
        painter.restore()
        if progress is not None:
            progress()
    return pages


def _draw_footer(
    painter: QPainter, device: QPagedPaintDevice, geometry: PageGeometry, font: QFont, rect: QRectF, footer: str,
    number: str,
) -> None:
    left, right = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if geometry.text_scale > 1:
        # Large print: never smaller than the body; the words wrap beside the page number
        # (shrunk to one line, they were about 11 pt).
        painter.setFont(font)
        beside = QFontMetricsF(font, device).horizontalAdvance(f"    {number}")
        painter.drawText(QRectF(rect.left(), rect.top(), rect.width() - beside, rect.height()),
                         left | int(Qt.TextFlag.TextWordWrap), footer)
        painter.drawText(rect, right, number)
        return
    # The footer line and the page number share one line: a long footer (German) ran under
    # "Seite 3 von 10". Both get smaller together, as far as the normal size.
    painter.setFont(_fitted(font, f"{footer}    {number}", geometry.width, FOOTER_PT, device))
    painter.drawText(rect, left, footer)
    painter.drawText(rect, right, number)


def _fitted(font: QFont, text: str, width: float, least_pt: float, device: QPagedPaintDevice) -> QFont:
    """``font``, smaller if ``text`` does not fit ``width`` on one line, but never under
    ``least_pt`` (the normal handout's size, where these lines fit): in large print a long
    translation of the footer or notice was cut at the page edge."""
    metrics = QFontMetricsF(font, device)
    needed = metrics.horizontalAdvance(text)
    if needed <= width:
        return font
    smaller = QFont(font)
    smaller.setPointSizeF(max(least_pt, font.pointSizeF() * width / needed * 0.98))
    return smaller


def write_pdf(
    path: str | Path, doc: QTextDocument, *, paper: str, title: str, footer: str, dpi: int = 300,
    notice: str | None = None, language: str = "en", text_scale: float = 1.0,
) -> int:
    """Write ``doc`` as a PDF at ``path`` atomically, laid out on ``paper`` with ``footer`` on
    every page (and ``notice`` above the text of every page, if given); returns the page
    count. Raises WriteError if the file cannot be written (an existing file is then left
    unchanged). ``title`` and ``language`` (a BCP 47 tag) are written into the PDF for
    viewers and screen readers."""
    def lay_out(writer: QPagedPaintDevice) -> tuple[QTextDocument, PageGeometry]:
        return doc, paginate(doc, writer, dpi, notice=notice or False, text_scale=text_scale, footer=footer)

    return write_laid_out_pdf(path, lay_out, paper=paper, title=title, footer=footer, dpi=dpi, notice=notice,
                              language=language)


def write_laid_out_pdf(
    path: str | Path, lay_out: Callable[[QPagedPaintDevice], tuple[QTextDocument, PageGeometry]], *, paper: str,
    title: str, footer: str, dpi: int = 300, notice: str | None = None, language: str = "en",
    progress: Callable[[], None] | None = None,
) -> int:
    """:func:`write_pdf` for a document that is laid out by ``lay_out`` on the PDF's pages
    (it calls :func:`paginate`): a handout whose contents list the pages its sections start
    on is made again once those pages are known. ``progress`` is called after each page drawn."""
    with atomic_path(path) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(dpi)
        writer.setPageLayout(page_layout(paper))
        writer.setTitle(title)
        writer.setCreator(f"{APP_NAME} {__version__}")
        doc, geometry = lay_out(writer)
        painter = QPainter()
        if not painter.begin(writer):
            raise WriteError(f"Could not start writing the PDF {path}")
        try:
            pages = paint_pages(doc, writer, painter, geometry, footer=footer, notice=notice, progress=progress)
        finally:
            painter.end()
        del writer  # closes the file before it is renamed into place
        finish_pdf(tmp, language)
    return pages


# A block's name for the contents: which section its heading starts (see mark_sections).
SECTION_PROPERTY = QTextFormat.Property.UserProperty + 1


def mark_sections(doc: QTextDocument, prefix: str) -> None:
    """Move every anchor named ``prefix``... (``<a name>`` at a heading) from its first letter
    onto its block, where :func:`section_pages` finds it.

    Left on the letter, the anchor made it a text run of its own, and PDF readers read the
    heading as "W ords used in this guide"; the block's format is kept through pagination."""
    block = doc.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            names = [name for name in fragment.charFormat().anchorNames() if name.startswith(prefix)]
            if names:
                plain = QTextCharFormat(fragment.charFormat())
                plain.clearProperty(QTextFormat.Property.AnchorName)
                plain.clearProperty(QTextFormat.Property.IsAnchor)
                cursor = QTextCursor(doc)
                cursor.setPosition(fragment.position())
                cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                cursor.setCharFormat(plain)
                marked = QTextBlockFormat(block.blockFormat())
                marked.setProperty(SECTION_PROPERTY, names[0])
                QTextCursor(block).setBlockFormat(marked)
                break
            fragments += 1
        block = block.next()


def section_pages(doc: QTextDocument, page_height: float) -> dict[str, int]:
    """The page (from 1) each block marked by :func:`mark_sections` is printed on, in a
    paginated ``doc``: where its first line is (by the line's middle, as Qt moves a line to
    the next page)."""
    pages: dict[str, int] = {}
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        name = block.blockFormat().property(SECTION_PROPERTY)
        if isinstance(name, str) and name not in pages:
            top = layout.blockBoundingRect(block).top()
            line = block.layout().lineAt(0) if block.layout().lineCount() else None
            middle = top + (line.y() + line.height() / 2 if line is not None else 0.0)
            pages[name] = int(middle // page_height) + 1
        block = block.next()
    return pages


def _pen(color: str, dpi: float) -> QPen:
    pen = QPen(QColor(color))
    pen.setWidthF(dpi / 144)  # half a point
    return pen
