"""Save the journey drawing (or the timeline) as PNG, SVG or PDF, from the window or the command line.

Every format gets the same page: the pathway title above the journey, and the disclaimer
with the last-reviewed date below it, so a picture shared on its own still says what it
is and how old it is. Files are written through :mod:`pathway_viewer.atomic`.
"""

from __future__ import annotations

import sys
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextOption
from PySide6.QtSvg import QSvgGenerator

from models.text_direction import is_rtl
from models.wording.i18n import fill
from models.wording.patient_words import review_words

from .. import APP_NAME, __version__
from ..core.atomic import WriteError, atomic_path
from ..core.document import PathwayDocument
from ..core.theme import Theme
from ..journey.scene import JourneyScene
from .pdf_language import finish_pdf
from .svg_text import join_text_runs

SUPPORTED = (".png", ".svg", ".pdf")
MAX_PNG_SIDE = 16_384  # pixels: what common picture viewers and libraries open
MARGIN = 36.0
PDF_RESOLUTION = 1200
SCREEN_DPI = 96.0


class ExportableScene(Protocol):
    """What a scene needs to be saved: the journey map and the timeline both offer it."""

    document: PathwayDocument
    theme: Theme

    def journey_rect(self) -> QRectF: ...

    def export_mode(self) -> AbstractContextManager[None]: ...

    def render(self, painter: QPainter, target: QRectF, source: QRectF, mode: Qt.AspectRatioMode) -> None: ...


class ExportError(Exception):
    """The drawing cannot be saved as asked; the message says why in plain words."""


@dataclass(frozen=True)
class _Page:
    """Where the title, the journey and the caption go, in scene pixels (1/96 inch)."""

    size: QSizeF
    title_rect: QRectF
    journey_target: QRectF
    journey_source: QRectF
    caption_rect: QRectF
    title: str
    caption: str
    title_font: QFont
    caption_font: QFont


def _page(scene: ExportableScene) -> _Page:
    pathway = scene.document.pathway
    if pathway is None:
        raise ExportError(QCoreApplication.translate("Errors", "There is no pathway to export."))
    theme = scene.theme
    source = scene.journey_rect().adjusted(-8, -8, 8, 8)
    width = source.width()
    title_font = theme.scene_font(1.6, bold=True)
    caption_font = theme.scene_font(0.8)
    title = pathway.title
    # The review line (who checked it, when, the next review) travels with a picture shared on
    # its own, and so does a passed review date.
    due = scene.document.due_words()
    caption = f"{pathway.disclaimer}\n{review_words(pathway)}" + (f"\n{due}." if due else "")
    title_h = QFontMetricsF(title_font).height()
    caption_h = sum(_line_height(caption_font, width, line) for line in caption.split("\n"))
    title_rect = QRectF(MARGIN, MARGIN, width, title_h)
    target = QRectF(MARGIN, title_rect.bottom() + 16, width, source.height())
    caption_rect = QRectF(MARGIN, target.bottom() + 20, width, caption_h + 4)
    size = QSizeF(width + 2 * MARGIN, caption_rect.bottom() + MARGIN)
    return _Page(size, title_rect, target, source, caption_rect, title, caption, title_font, caption_font)


def _paint(painter: QPainter, scene: ExportableScene, page: _Page) -> None:
    theme = scene.theme
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    painter.fillRect(QRectF(QRectF(0, 0, page.size.width(), page.size.height())), theme.export_background_color)
    painter.setPen(theme.text_color)
    painter.setFont(page.title_font)
    painter.drawText(page.title_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), page.title)
    with scene.export_mode():
        scene.render(painter, page.journey_target, page.journey_source, Qt.AspectRatioMode.KeepAspectRatio)
    painter.setPen(theme.muted_text_color)
    painter.setFont(page.caption_font)
    # Each line in its own direction: laid out as one text, the English review line under an
    # Arabic disclaimer ran right to left (".Content version 1.0; ..."). Every line still
    # starts at the left edge, where the caption always stood.
    top = page.caption_rect.top()
    for line in page.caption.split("\n"):
        option = QTextOption(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if is_rtl(line) else Qt.LayoutDirection.LeftToRight)
        height = _line_height(page.caption_font, page.caption_rect.width(), line)
        painter.drawText(QRectF(page.caption_rect.left(), top, page.caption_rect.width(), height), line, option)
        top += height


def _line_height(font: QFont, width: float, line: str) -> float:
    """How tall one caption line is, wrapped to ``width``."""
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), line).height()


def render_scene_to_file(scene: ExportableScene, path: Path, *, scale: float = 2.0) -> None:
    """Write the journey to ``path``; the format follows its extension (.png, .svg or .pdf).

    Raises :class:`ExportError` for an unsupported extension or an empty scene, and
    :class:`pathway_viewer.atomic.WriteError` if the file cannot be written. Either way no
    half-written file is left behind.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        if not path.suffix:  # "no extension is not a supported format" read as a riddle
            raise ExportError(fill(
                QCoreApplication.translate("Errors", "Cannot export to %1: the name has no extension to say the format. "
                "Use a name ending in .png (picture), .svg (drawing) or .pdf (document)."),
                path.name,
            ))
        raise ExportError(fill(
            QCoreApplication.translate("Errors", "Cannot export to %1: %2 is not a supported format. "
            "Use a name ending in .png (picture), .svg (drawing) or .pdf (document)."),
            path.name, f"'{path.suffix}'",
        ))
    page = _page(scene)
    writer = {".png": _write_png, ".svg": _write_svg, ".pdf": _write_pdf}[suffix]
    with atomic_path(path) as tmp:
        writer(scene, page, tmp, scale)


def _write_png(scene: ExportableScene, page: _Page, tmp: Path, scale: float) -> None:
    longest = max(page.size.width(), page.size.height())
    if longest * scale > MAX_PNG_SIDE:
        scale = max(1.0, MAX_PNG_SIDE / longest)  # a little less sharp rather than too big to open
    if longest * scale > MAX_PNG_SIDE:
        # A 300-step journey on one line made a 133,192 x 3,840 picture (half a billion
        # pixels, 26 s) that most viewers refuse to open.
        raise ExportError(fill(QCoreApplication.translate(
            "Errors", "This journey is too long for a picture: %1 x %2 pixels, where most picture viewers open "
            "%3 at most. Save it as .svg or .pdf instead: they keep every word sharp at any size."),
            *(QLocale().toString(round(n)) for n in (page.size.width(), page.size.height(), MAX_PNG_SIDE))))
    size = QSize(round(page.size.width() * scale), round(page.size.height() * scale))
    image = QImage(size, QImage.Format.Format_ARGB32)
    if image.isNull():
        raise ExportError(fill(QCoreApplication.translate("Errors", "The picture would be too large (%1 x %2 pixels); try a smaller scale."),
                               size.width(), size.height()))
    dots_per_metre = round(SCREEN_DPI * scale / 0.0254)  # so image viewers print it at its real size
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor(scene.theme.export_background_color))
    painter = QPainter(image)
    try:
        painter.scale(scale, scale)
        _paint(painter, scene, page)
    finally:
        painter.end()
    if not image.save(str(tmp), "PNG"):
        raise WriteError(fill(QCoreApplication.translate("Errors", "Could not write the picture to %1"), tmp.parent))


def _write_svg(scene: ExportableScene, page: _Page, tmp: Path, scale: float) -> None:
    pathway = scene.document.pathway
    assert pathway is not None
    generator = QSvgGenerator()
    generator.setFileName(str(tmp))
    generator.setSize(QSize(round(page.size.width()), round(page.size.height())))
    generator.setViewBox(QRectF(0, 0, page.size.width(), page.size.height()))
    generator.setResolution(round(SCREEN_DPI))
    generator.setTitle(pathway.title)
    generator.setDescription(f"{pathway.condition}. {pathway.disclaimer}")
    painter = QPainter()
    if not painter.begin(generator):
        raise WriteError(fill(QCoreApplication.translate("Errors", "Could not write the drawing to %1"), tmp.parent))
    try:
        _paint(painter, scene, page)
    finally:
        painter.end()
    _add_font_fallbacks(tmp, scene.theme.font_family)
    # A line's runs of different scripts in one <text>, so "見守り" can be searched for.
    tmp.write_text(join_text_runs(tmp.read_text(encoding="utf-8")), encoding="utf-8")


def _add_font_fallbacks(svg: Path, family: str) -> None:
    """SVG text uses the viewer's fonts: name similar-width fallbacks for PCs without Noto Sans.

    The script fonts come next, so Arabic, Hebrew and CJK titles keep the app's design where
    the reader's PC has them (an SVG viewer picks a font per character down this list).
    """
    from ..core.fonts import SCRIPT_FAMILIES

    text = svg.read_text(encoding="utf-8")
    quoted = family.replace("&", "&amp;").replace('"', "&quot;")
    scripts = "".join(f"'{name}', " for name in SCRIPT_FAMILIES)
    text = text.replace(f'font-family="{quoted}"', f"font-family=\"'{quoted}', {scripts}Arial, Helvetica, sans-serif\"")
    svg.write_text(text, encoding="utf-8")


def _write_pdf(scene: ExportableScene, page: _Page, tmp: Path, scale: float) -> None:
    pathway = scene.document.pathway
    assert pathway is not None
    points = QSizeF(page.size.width() * 72 / SCREEN_DPI, page.size.height() * 72 / SCREEN_DPI)
    # Page sizes are given portrait; the orientation turns it, so viewers report landscape.
    portrait = QSizeF(min(points.width(), points.height()), max(points.width(), points.height()))
    page_size = QPageSize(portrait, QPageSize.Unit.Point, "Journey", QPageSize.SizeMatchPolicy.ExactMatch)
    orientation = (
        QPageLayout.Orientation.Landscape if points.width() >= points.height() else QPageLayout.Orientation.Portrait
    )
    writer = QPdfWriter(str(tmp))
    writer.setResolution(PDF_RESOLUTION)
    writer.setTitle(pathway.title)
    writer.setCreator(f"{APP_NAME} {__version__}")
    writer.setPageLayout(QPageLayout(page_size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point))
    painter = QPainter()
    if not painter.begin(writer):
        raise WriteError(fill(QCoreApplication.translate("Errors", "Could not write the document to %1"), tmp.parent))
    try:
        painter.scale(PDF_RESOLUTION / SCREEN_DPI, PDF_RESOLUTION / SCREEN_DPI)
        _paint(painter, scene, page)
    finally:
        painter.end()
    del writer  # closes the file before it is finished
    # The handout's finish: the pathway's language, and Arabic text that copies as letters.
    finish_pdf(tmp, pathway.language)


def export_pathway_file(file: Path | None, out: Path, *, audience: str = "patient", language: str | None = None) -> int:
    """``pathway-viewer export``: 0 written, 1 pathway refused, 2 cannot write. Never a traceback."""
    from models import PathwayError

    from ..core.document import PathwayDocument
    from ..core.fonts import load_bundled_fonts
    from ..core.theme import Theme
    from .command_support import command_application, content_language, say_if_mixed_language

    app = command_application(language)  # noqa: F841 - lives until return
    theme = Theme(font_family=load_bundled_fonts())
    document = PathwayDocument()
    document.set_audience(audience)
    try:
        document.load(file)
    except PathwayError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        count = len(exc.problems)
        name = file if file is not None else "the bundled pathway"
        print(f"{name}: refused, {count} problem{'s' if count != 1 else ''}; nothing was exported", file=sys.stderr)
        return 1
    # As the handout: `--lang de` with a German translation beside the file draws the
    # pathway's words in German too; it drew German timings under English titles.
    assert document.pathway is not None
    words = content_language(document.pathway, file, None, language)
    if words is not None and not document.set_content_language(words):
        for problem in document.content_problems:
            print(problem, file=sys.stderr)
        print(f"The '{words}' translation cannot be used; the pathway's own words are drawn.", file=sys.stderr)
    elif (notice := document.content_notice()) is not None:
        print(notice, file=sys.stderr)
    say_if_mixed_language(document.pathway)
    scene = JourneyScene(document, theme)
    try:
        render_scene_to_file(scene, out)
    except (ExportError, WriteError) as exc:
        print(exc, file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - the command line never shows a traceback
        print(f"Could not export {out}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    print(f"Wrote {out}")
    return 0
