"""The text of a resolution, decision or invitation: trích yếu, authority, căn cứ, articles
(one per block, blocks separated by an empty line), execution, invitees (one invitation listing
all, or one each), contact."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secretary_app.domain.decisions import Article, DraftContent
from secretary_app.domain.enums import DocumentKind
from secretary_app.domain.text import clean_text


def articles_text(articles: list[Article]) -> str:
    """Articles as editable text: one block each, an empty line between blocks."""
    return "\n\n".join(a.text for a in articles)


def articles_from(text: str, before: list[Article], conclusions: list[str]) -> list[Article]:
    """Articles typed as blocks; each keeps its link to a conclusion (same place as before, or
    a first line equal to a conclusion's text)."""
    blocks = [b.strip() for b in clean_text(text).split("\n\n") if b.strip()]
    out = []
    for index, block in enumerate(blocks):
        first = block.split("\n")[0].strip()
        number = next((n for n, c in enumerate(conclusions, 1) if c.strip() == first), None)
        if number is None and index < len(before) and len(blocks) == len(before):
            number = before[index].conclusion
        out.append(Article(block, number))
    return out


def _plain(name: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit(objectName=name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class DraftEditor(QGroupBox):
    """Edits the DraftContent of one NQ, QĐ or GM; `edited` on typing, `committed` on leaving."""

    edited = Signal()
    committed = Signal()
    redraftRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Nội dung văn bản"))
        self.summary = QLineEdit(objectName="draftSummary")
        self.authority = _plain("draftAuthority", 2)
        self.bases = _plain("draftBases", 3)
        self.proposal = QLineEdit(objectName="draftProposal")
        self.results = _plain("draftResults", 3)
        self.articles = _plain("draftArticles", 8)
        self.execution = _plain("draftExecution", 2)
        self.invitees = _plain("draftInvitees", 4)
        self.contact = QLineEdit(objectName="draftContact")
        self.per_invitee = QCheckBox(self.tr(
            "Mỗi người/đơn vị được mời một giấy mời &riêng (mỗi giấy một trang, cùng một số)"),
            objectName="draftPerInvitee")
        self.links = QLabel(objectName="draftLinks", wordWrap=True)
        self.redraft = QPushButton(self.tr("Soạn lại từ các kết luận"), objectName="redraft")
        self._before: list[Article] = []
        self._conclusions: list[str] = []
        self._loading = False
        self._rows: dict[str, tuple[QWidget, QWidget]] = {}
        self._layout()
        self.redraft.clicked.connect(self.redraftRequested)

    def _layout(self) -> None:
        form = QFormLayout()
        for key, text, widget in (
                ("summary", self.tr("&Trích yếu:"), self.summary),
                ("authority", self.tr("Thẩm quyền &ban hành:"), self.authority),
                ("bases", self.tr("Căn cứ (&mỗi dòng một căn cứ):"), self.bases),
                ("proposal", self.tr("Theo đề nghị / &xét:"), self.proposal),
                ("results", self.tr("Kết quả thán&g trước:"), self.results),
                ("articles", self.tr("Các điề&u (cách nhau một dòng trống):"), self.articles),
                ("execution", self.tr("Tổ chức thực &hiện:"), self.execution),
                ("invitees", self.tr("&Kính mời (mỗi dòng một người/đơn vị):"), self.invitees),
                ("contact", self.tr("Liên hệ (người, điện th&oại):"), self.contact)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
            self._rows[key] = (label, widget)
            widget.installEventFilter(self)
            signal = widget.textChanged if isinstance(widget, QPlainTextEdit) else widget.textEdited
            signal.connect(self._typed)
        form.insertRow(form.rowCount() - 1, self.per_invitee)  # under the invitees
        self._rows["per_invitee"] = (self.per_invitee, self.per_invitee)
        self.per_invitee.toggled.connect(self._toggled)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.links)
        box.addWidget(self.redraft)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Leaving a field commits what was typed."""
        if event.type() == QEvent.Type.FocusOut:
            self.committed.emit()
        return super().eventFilter(watched, event)

    def _typed(self, *_args) -> None:
        if not self._loading:
            self.edited.emit()

    def _toggled(self, _checked: bool) -> None:
        if not self._loading:
            self.edited.emit()
            self.committed.emit()

    def show_for(self, kind: DocumentKind, party: bool) -> None:
        """Only the fields the kind prints."""
        shown = {DocumentKind.RESOLUTION: {"summary", "authority", "bases", "proposal",
                                           "articles", "execution"} | ({"results"} if party
                                                                       else set()),
                 DocumentKind.DECISION: {"summary", "authority", "bases", "proposal", "articles",
                                         "execution"},
                 DocumentKind.INVITATION: {"summary", "authority", "invitees", "per_invitee",
                                           "contact"}}[kind]
        for key, (label, widget) in self._rows.items():
            label.setVisible(key in shown)
            widget.setVisible(key in shown)
        self.redraft.setVisible(kind is not DocumentKind.INVITATION)
        self.links.setVisible(kind is not DocumentKind.INVITATION)

    def set_content(self, content: DraftContent, conclusions: list[str]) -> None:
        """Show a draft (the meeting's conclusion texts let edited articles keep their link)."""
        self._loading = True
        try:
            self._before, self._conclusions = list(content.articles), conclusions
            self.summary.setText(content.summary)
            self.authority.setPlainText(content.authority)
            self.bases.setPlainText("\n".join(content.bases))
            self.proposal.setText(content.proposal)
            self.results.setPlainText(content.results)
            self.articles.setPlainText(articles_text(content.articles))
            self.execution.setPlainText(content.execution)
            self.invitees.setPlainText("\n".join(content.invitees))
            self.per_invitee.setChecked(content.per_invitee)
            self.contact.setText(content.contact)
        finally:
            self._loading = False
        self._show_links(content.articles)

    def _show_links(self, articles: list[Article]) -> None:
        parts = [self.tr("Điều {n} ← kết luận {c}").format(n=n, c=a.conclusion)
                 for n, a in enumerate(articles, 1) if a.conclusion]
        self.links.setText("; ".join(parts))

    def content(self) -> DraftContent:
        """The draft as typed."""
        def lines(box: QPlainTextEdit) -> list[str]:
            return [s.strip() for s in clean_text(box.toPlainText()).split("\n") if s.strip()]
        return DraftContent(
            summary=clean_text(self.summary.text()).strip(),
            authority=clean_text(self.authority.toPlainText()).strip(),
            bases=lines(self.bases), proposal=clean_text(self.proposal.text()).strip(),
            results=clean_text(self.results.toPlainText()).strip(),
            articles=articles_from(self.articles.toPlainText(), self._before,
                                   self._conclusions),
            execution=clean_text(self.execution.toPlainText()).strip(),
            invitees=lines(self.invitees), contact=clean_text(self.contact.text()).strip(),
            per_invitee=self.per_invitee.isChecked())
