"""The HTML block builder's evidence from links and the page's frame: `_LinkEvidence`, one layer of `_Extractor`.

It records each <a href> (its target, where it is, its text so far) and each image or embedded frame, and answers the
questions `blocks._BlockBuilder._flush` asks of a finished block: is it an entry of a link menu, a pager, a line of the
site's brand, is it inside the page's own <header>/<footer>.  Not here: cutting blocks (`blocks`), the open elements
(`elements`), the passes that turn this evidence into page chrome once the page is read (`chrome`).
"""

from __future__ import annotations

from policylens.load.html.chrome_lines import (
    _CHROME_TEXT_MAX,
    _DIGITS,
    _IDLE_NUMBER,
    _KEPT_IN_CHROME,
    _MENU_ENTRY_MAX,
    _MENU_KEPT,
    _PAGER,
    _SENTENCE_END,
)
from policylens.load.html.state import _ExtractorState, _new_piece
from policylens.load.html.tags import _HREF, _MAX_LINKS, _TEMPLATE_CUE
from policylens.model import Piece
from policylens.normalise import WHITESPACE


class _LinkEvidence(_ExtractorState):
    """Links, media and the page's frame: what the open elements and the block so far say about them."""

    # -- links, media and the page's frame --------------------------------------
    def _medium(self) -> None:
        """An image or embedded frame: where it is (a lead-in followed by it has its content, enumeration-lead-in)."""
        line, col = self.getpos()
        self.media.append((line, col + 1))

    def _link(self, attrs: list[tuple[str, str | None]]) -> None:
        """An <a href> opens: its target, for placeholder-link-target, and where it is.

        A target that may be a template's (`_TEMPLATE_CUE`: mailto:, tel:, example, your, a
        bracket…) is kept as written in the source, located exactly (the value of href=, on
        whatever line of the tag it is); any other is kept as the parser decoded it, with an empty
        piece at the tag (where the link is: a contact lead-in followed by a link has its contact).
        Past `_MAX_LINKS` links only the former are kept (a page of a million links keeps no
        million records).
        """
        value = ""
        for name, v in attrs:
            if name == "href" and v:
                value = v
                break
        if self._headings and not value.lstrip().startswith(("#", "javascript:")):
            self._heading_link = True
        line, col = self.lineno, self.offset  # (what getpos() returns)
        if not _TEMPLATE_CUE.search(value):
            if len(self.links) >= _MAX_LINKS:
                self._link_stack.append(-1)
                return
            self._link_stack.append(len(self.links))
            self.links.append((value, (_new_piece(Piece, (0, 0, line, col + 1, None)),), ""))
            self._link_texts.append([])
            return
        raw = self.get_starttag_text() or ""
        m = _HREF.search(raw)
        value, k = ("", -1) if m is None else next(((g, m.start(i)) for i, g in enumerate(m.groups(), 1) if g is not None), ("", -1))
        if k >= 0:
            newlines = raw.count("\n", 0, k)
            line, col = (line + newlines, k - raw.rfind("\n", 0, k) - 1) if newlines else (line, col + k)
        self._link_stack.append(len(self.links))
        self.links.append((value, (Piece(0, len(value), line, col + 1),) if value else (), ""))
        self._link_texts.append([])

    def _link_menu(self, text: str) -> bool:
        """A line of the page's frame made of short links (twentieth session): a menu, though its entries name topics.

        「<nav><a href="#overview">概述</a><a href="#information">信息收集</a>…<a>您的权利</a></nav>」 holds 收集 and 您,
        which keep a frame line as text (`_page_chrome_text`); a menu's entries are labels, not statements.  Two or more
        links of at most `_MENU_ENTRY_MAX` characters, nine tenths of the line, no sentence end; never a line with a
        number (a registration number, a phone), a company, a date or version, an e-mail address, a negation or scope
        (`_MENU_KEPT`).
        """
        return (
            self._block_links >= 2
            and self._block_link_max <= _MENU_ENTRY_MAX
            and self._link_chars >= self._nonspace * 0.9
            and not text.rstrip(WHITESPACE).endswith(_SENTENCE_END)
            and not _KEPT_IN_CHROME.search(text)
            and not _MENU_KEPT.search(_IDLE_NUMBER.sub(" ", text))
        )

    def _pager(self, text: str) -> bool:
        """A link of the frame to the previous or next page of a site (「下一页从 v1.17 升级到 v1.18」, a VitePress
        pager, twenty-second session): navigation, though the page it names has a version number.  One or two links
        making up nine tenths of the line, each led by its word (上一页/下一页/上一篇/下一篇, Previous/Next), no sentence end."""
        return 1 <= self._block_links <= 2 and self._link_chars >= self._nonspace * 0.9 and bool(_PAGER.fullmatch(text.strip(WHITESPACE)))

    def _page_frame_tag(self) -> bool:
        """No <main> or <article> is open: a <header>/<footer> here is the page's own, not the policy's."""
        return not self._open.get("main") and not self._open.get("article")

    def _page_frame(self) -> bool:
        """Inside the page's own <header> or <footer> (not one opened inside the policy's <main> or <article>)."""
        return self._page_frames_open > 0

    def _brand_line(self, text: str) -> bool:
        """The site's name in its logo or brand link (「KeyClicker 2.5.0」 over the menu): a version number there
        names the app's release, not the policy's (twenty-third session, `eval/blind/pairs23` keyclicker-rebuild).
        Short, no sentence end, no date or e-mail (`_KEPT_IN_CHROME`), no company or legal entity."""
        line = text.strip(WHITESPACE)
        return (
            0 < self._nonspace <= self._brand_chars / 0.9
            and self._page_frame()
            and len(line) <= _CHROME_TEXT_MAX
            and not line.endswith(_SENTENCE_END)
            and not _KEPT_IN_CHROME.search(line)
            and not _MENU_KEPT.search(_DIGITS.sub(" ", line))
        )
