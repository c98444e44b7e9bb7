"""The presenter's notes: the current and the next step, the step's presenter notes, its
teach-back questions, and the time since the presentation started.

The same panel serves two set-ups. With two screens it is a window of its own on the
presenter's screen while the audience screen shows the presentation; with one screen it
sits at the foot of the presentation and N shows or hides it. The words come from the
pathway (``presenter_notes`` and ``teach_back`` per step) and are shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QT_TRANSLATE_NOOP, Qt, QTimer
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
        self.elapsed = self._label(where, "presenter_elapsed", 1.1 * big, bold=True)
        self.now = self._label(where, "presenter_now", 1.3 * big, bold=True)
        self.next = self._label(where, "presenter_next", 1.1 * big)
        self.notes = self._label(say, "presenter_notes_text", 1.1 * big)
        self.teach_back = self._label(say, "presenter_teach_back", 1.1 * big)
        self.areas: list[WholeLineScrollArea] = []
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
                self.areas.append(area)
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
        return label

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

    def fit_height(self, width: int, room: int) -> int:
        """How tall the panel under the presentation should be: all its words when ``room``
        allows, else ``room`` (its scroll area then shows whole lines and scrolls)."""
        if not self.areas:
            return room
        row = self.layout()
        shares = [row.stretch(i) for i in range(len(self.areas))]
        free = width - row.spacing() * (len(self.areas) - 1)
        wanted = 0
        for area, share in zip(self.areas, shares):
            inner = area.widget()
            column = free * share // sum(shares) - area.verticalScrollBar().sizeHint().width()
            height = inner.heightForWidth(column) if inner.hasHeightForWidth() else -1
            wanted = max(wanted, height if height >= 0 else inner.sizeHint().height())
        return max(1, min(room, wanted))
