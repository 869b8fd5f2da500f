"""How policylens' own reports begin: the renderers write these, a folder scan recognises them.

One home for both sides, so that a change of a report's opening cannot leave `check`'s folder
scan (`check.discovery.own_report`) reading our own diff or compare report as a policy.
"""

from __future__ import annotations

DIFF_MARKDOWN_HEAD = "## Policy changes\n\n| | old | new |\n"  # render.markdown
COMPARE_MARKDOWN_HEAD = "# policylens compare\n"  # render.compare (Markdown)
DIFF_HTML_TITLE = "policylens diff: "  # render.html: the <title> begins so, the documents' titles follow
COMPARE_HTML_TITLE = "policylens compare"  # render.compare_html: the whole <title>
