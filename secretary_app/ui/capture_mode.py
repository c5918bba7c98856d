"""F11: the live view alone on the whole screen, for a meeting typed on a small laptop."""

from __future__ import annotations

from PySide6.QtCore import Qt


class CaptureMode:
    """Hides the meeting list, the page list and the agenda/vote column and goes full screen;
    the second F11 puts everything back as it was."""

    def __init__(self, window):
        self.window = window
        self.saved: dict | None = None

    @property
    def active(self) -> bool:
        """True while the capture mode is on."""
        return self.saved is not None

    def toggle(self) -> None:
        """Turn the capture mode on (for the meeting shown) or off."""
        if self.active:
            self._leave()
        elif self.window.current_meeting_id() is not None:
            self._enter()

    def _enter(self) -> None:
        window = self.window
        page = window.show_page("proceedings")
        panels = (window.meeting_list, window.editor.page_list, page.side)
        self.saved = {"panels": {p: p.isVisible() for p in panels},
                      "maximized": window.isMaximized()}
        for panel in panels:
            panel.hide()
        window.showFullScreen()
        page.composer.continue_typing()

    def _leave(self) -> None:
        window, saved, self.saved = self.window, self.saved, None
        for panel, visible in saved["panels"].items():
            panel.setVisible(visible)
        if saved["maximized"]:
            window.showMaximized()
        else:
            window.showNormal()
        focused = window.focusWidget()
        if focused is not None:
            focused.setFocus(Qt.FocusReason.OtherFocusReason)
