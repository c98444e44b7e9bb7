"""The presenter's notes: the current and the next step, the step's presenter notes, its
teach-back questions, and the time since the presentation started.

The same panel serves two set-ups. With two screens it is a window of its own on the
presenter's screen while the audience screen shows the presentation; with one screen it
sits at the foot of the presentation and N shows or hides it. The words come from the
pathway (``presenter_notes`` and ``teach_back`` per step) and are shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from models.wording.i18n import fill
from models.schema import Pathway

from ..core.theme import Theme
from .whole_lines import WholeLineScrollArea

NO_NOTES = QT_TRANSLATE_NOOP("PresentationNotes", "No presenter notes for this step.")


def elapsed_text(milliseconds: int) -> str:
    """'Elapsed 12:05' (minutes and seconds; hours when a session runs that long)."""
    seconds = max(0, milliseconds) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    clock = f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"
    return f"Elapsed {clock}"


def notes_lines(pathway: Pathway, step_id: str, next_id: str | None) -> tuple[str, str, str, str]:
    """The now, next, notes and teach-back texts for one step, as the panel shows them."""
    step = pathway.step(step_id)
    now = fill(QCoreApplication.translate("PresentationNotes", "Now: %1"), step.title)
    if next_id is not None:
        following = fill(QCoreApplication.translate("PresentationNotes", "Next: %1"), pathway.step(next_id).title)
    else:
        following = QCoreApplication.translate("PresentationNotes", "Next: (the end of the journey)")
    notes = step.presenter_notes or QCoreApplication.translate("PresentationNotes", NO_NOTES)
    teach = "\n".join(f"• {q}" for q in step.teach_back)
    return now, following, notes, f"Teach-back:\n{teach}" if teach else ""


class PresenterNotes(QFrame):
    """Now, next, notes, teach-back and the elapsed time; :meth:`show_step` fills it."""

    def __init__(self, theme: Theme, parent: QWidget | None = None, *, window: bool = False) -> None:
        super().__init__(parent, Qt.WindowType.Window if window else Qt.WindowType.Widget)
        self.setObjectName("presenter_notes")
        if window:
            self.setWindowTitle(QCoreApplication.translate("PresentationNotes", "Presenter view"))
        self._theme = theme
        big = 1.5 if window else 1.0  # a screen of its own: read from a step back, at a glance
        # Under the presentation the notes share one screen with the step: side by side (where
        # we are on the left, what to say on the right) they take half the height, and each
        # column, a scroll area of whole lines of its own, takes no more room than the view
        # gives the notes. (One area for both would rarely find a place that cuts neither.)
        where, say = (QWidget(), QWidget()) if not window else (self, self)
        self._scales: dict[QLabel, tuple[float, bool]] = {}
        self.elapsed = self._label(where, "presenter_elapsed", 1.1 * big, bold=True)
        self.now = self._label(where, "presenter_now", 1.3 * big, bold=True)
        self.next = self._label(where, "presenter_next", 1.1 * big)
        self.notes = self._label(say, "presenter_notes_text", 1.1 * big)
        self.teach_back = self._label(say, "presenter_teach_back", 1.1 * big)
        self._areas: list[WholeLineScrollArea] = []
        if window:
            layout = QVBoxLayout(self)
            for label in (self.elapsed, self.now, self.next, self.notes, self.teach_back):
                layout.addWidget(label)
            layout.addStretch(1)
        else:
            row = QHBoxLayout(self)
            row.setContentsMargins(0, 0, 0, 0)
            for name, holder, labels, share in (
                ("presenter_notes_where", where, (self.elapsed, self.now, self.next), 2),
                ("presenter_notes_say", say, (self.notes, self.teach_back), 3),  # the words to say: wider
            ):
                column = QVBoxLayout(holder)
                column.setContentsMargins(0, 0, 0, 0)
                for label in labels:
                    column.addWidget(label)
                column.addStretch(1)
                area = WholeLineScrollArea(self)
                area.setObjectName(name)
                area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys belong to the presenter
                area.setWidget(holder)
                row.addWidget(area, share)
                self._areas.append(area)
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)

    def _label(self, parent: QWidget, name: str, scale: float, *, bold: bool = False) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)  # pathway text, never HTML
        label.setWordWrap(True)
        label.setFont(self._theme.ui_font(scale, bold=bold))
        self._scales[label] = (scale, bold)
        return label

    def set_largest_pixel_size(self, pixels: int) -> None:
        """Under the presentation: the notes' words never larger than ``pixels`` (the step's
        own words). The presenter sits nearer the screen than the family the step's type is
        sized for, so at 200 % text the notes need not outgrow it, and each line they save
        is a line of what to say."""
        natural = QFontInfo(self._theme.ui_font(self._scales[self.notes][0])).pixelSize()
        shrink = pixels / natural if natural > pixels > 0 else 1.0
        for label, (scale, bold) in self._scales.items():
            label.setFont(self._theme.ui_font(scale * shrink, bold=bold))

    def start_clock(self) -> None:
        self._clock.start()
        self._timer.start()
        self._tick()

    def stop_clock(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        self.elapsed.setText(elapsed_text(self._clock.elapsed() if self._clock.isValid() else 0))

    def show_step(self, pathway: Pathway, step_id: str, next_id: str | None) -> None:
        now, following, notes, teach = notes_lines(pathway, step_id, next_id)
        self.now.setText(now)
        self.next.setText(following)
        self.notes.setText(notes)
        self.teach_back.setText(teach)
        self.teach_back.setVisible(bool(teach))
        for area in self.areas:
            area.verticalScrollBar().setValue(0)
            area.refit()

    @property
    def areas(self) -> list[WholeLineScrollArea]:
        """The scroll areas shown now under the presentation (none in a window of its own)."""
        return [area for area in self._areas if not area.isHidden()]

    def _stack(self, stacked: bool) -> None:
        """Stacked: the words to say take the width and every line of the room, the elapsed
        time beside them at the top right, like a clock; the step and the next one are left
        out, as the screen above shows both already."""
        where, _say = self._areas
        row = self.layout()
        assert isinstance(row, QHBoxLayout)
        if stacked and row.indexOf(self.elapsed) < 0:
            row.addWidget(self.elapsed, 0, Qt.AlignmentFlag.AlignTop)
        elif not stacked and row.indexOf(self.elapsed) >= 0:
            column = where.widget().layout()
            assert isinstance(column, QVBoxLayout)
            column.insertWidget(0, self.elapsed)
        # A widget moved to another parent is shown only later, by a queued call; the
        # whole-line fit needs every label in place now.
        self.elapsed.show()
        where.setHidden(stacked)

    def _wanted(self, width: int) -> int:
        row = self.layout()
        shown = self.areas
        shares = [row.stretch(row.indexOf(area)) for area in shown]
        beside = row.indexOf(self.elapsed) >= 0
        free = width - row.spacing() * (len(shown) - 1 + beside) - (self.elapsed.sizeHint().width() if beside else 0)
        wanted = self.elapsed.sizeHint().height() if beside else 0
        for area, share in zip(shown, shares):
            inner = area.widget()
            column = free * share // sum(shares) - area.verticalScrollBar().sizeHint().width()
            inner.layout().activate()
            height = inner.heightForWidth(column) if inner.hasHeightForWidth() else -1
            wanted = max(wanted, height if height >= 0 else inner.sizeHint().height())
        return wanted

    def fit_height(self, width: int, room: int) -> int:
        """How tall the panel under the presentation should be: all its words when ``room``
        allows, else ``room`` (its scroll area then shows whole lines and scrolls).

        Side by side when all the notes fit so; else stacked (see :meth:`_stack`), so the
        words to say get the whole width and every line of the room."""
        if not self._areas:
            return room
        self._stack(False)
        wanted = self._wanted(width)
        if wanted > room:
            self._stack(True)
            wanted = self._wanted(width)
        return max(1, min(room, wanted))
