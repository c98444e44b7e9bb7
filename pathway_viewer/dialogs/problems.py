"""The dialog shown when a pathway file is refused: every problem, located, copyable.

Each line reads ``file:line: field: message``, the same as ``pathway-viewer validate``, so
the person fixing the file can jump to each line in their editor or paste the list into
an email. The dialog never shows a traceback.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.wording.i18n import Words, fill
from models import Problem
from models.wording import escape as _e

# Marked for lupdate; the dialog translates them (and any text a caller passes) when shown.
TITLE = QT_TRANSLATE_NOOP("DialogsProblems", "This pathway file cannot be opened")
KEEPS_PREVIOUS = QT_TRANSLATE_NOOP("DialogsProblems", "The app keeps showing the previous pathway.")
CANNOT_EDIT_TITLE = QT_TRANSLATE_NOOP("DialogsProblems", "This pathway file cannot be changed here")
CANNOT_EDIT = QT_TRANSLATE_NOOP(
    "DialogsProblems",
    "It cannot be changed in the viewer until they are fixed in a text editor; the map shows it as it was opened.")
SHOWS_BUNDLED = QT_TRANSLATE_NOOP("DialogsProblems", "The app shows its built-in pathway instead.")
ADVICE = QT_TRANSLATE_NOOP("DialogsProblems", "Whoever looks after the file can fix each line below and open it again.")


class ProblemsDialog(QDialog):
    def __init__(
        self,
        problems: Sequence[Problem],
        file_name: str,
        fallback: str = KEEPS_PREVIOUS,
        parent: QWidget | None = None,
        *,
        title: str = TITLE,
        advice: str = ADVICE,
    ) -> None:
        super().__init__(parent)
        title, fallback, advice = (QCoreApplication.translate("DialogsProblems", text) for text in (title, fallback, advice))
        self.setObjectName("problems_dialog")
        self.setWindowTitle(title)
        self.problems = list(problems)

        count = len(self.problems)
        heading = QLabel(f"<b>{_e(title)}</b>", self)
        heading.setObjectName("problems_heading")
        big = QFont(heading.font())
        big.setPointSizeF(big.pointSizeF() * 1.25)
        heading.setFont(big)
        intro = QLabel(
            fill(QCoreApplication.translate("DialogsProblems", "%1 has %2. %3<br>%4"), _e(file_name), Words.tr("%n problem(s)", "", count), _e(fallback), _e(advice)),
            self,
        )
        intro.setObjectName("problems_intro")
        intro.setWordWrap(True)

        self.list = QPlainTextEdit(self)
        self.list.setObjectName("problems_list")
        self.list.setReadOnly(True)
        self.list.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # lines wrap
        self.list.setPlainText("\n".join(str(p) for p in self.problems))
        self.list.setAccessibleName(QCoreApplication.translate("DialogsProblems", "Problems found in the file"))
        self.list.setMinimumSize(640, 220)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(QCoreApplication.translate("DialogsProblems", "&Copy problems"), self)
        self.copy_button.setObjectName("copy_problems")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.list.toPlainText()

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.copy_button.setText(QCoreApplication.translate("DialogsProblems", "Copied"))

