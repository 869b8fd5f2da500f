"""Files that are templates by design: which placeholder syntax is a file's own, by its extension."""

from __future__ import annotations

# Files that are templates by design, and the template syntax of each: filled when the site is
# built or the page served, so not a slot left by a writer.  Fluent `{ $date }` and
# `{ brand-name }`, MDX `{frontMatter.date}`, Vue `{{ appName }}`, JSP `${company.name}`, WXML `{{updateDate}}`.
# `.ftl` is also FreeMarker's extension, a Java site's page template whose `${domain}` the server fills
# (eval/precision24/checc-car-cn/agreement.ftl: four false errors on `${webtitle}`, `${favicon}`, `${domain}`).
TEMPLATE_SYNTAX: dict[str, frozenset[str]] = {
    ".ftl": frozenset({"brace", "dollar"}),
    ".mdx": frozenset({"brace"}),
    ".vue": frozenset({"brace", "mustache"}),
    ".nvue": frozenset({"brace", "mustache"}),
    ".jsp": frozenset({"dollar"}),
    # mini-program page templates: WeChat WXML, Alipay AXML, Baidu Swan, ByteDance TTML bind data with {{ }}
    ".wxml": frozenset({"mustache"}),
    ".axml": frozenset({"mustache"}),
    ".swan": frozenset({"mustache"}),
    ".ttml": frozenset({"mustache"}),
}


def template_syntax(path: str) -> frozenset[str]:
    """The template syntax (brace, mustache, dollar) that is a file's own, by its extension."""
    dot = path.rfind(".")
    return TEMPLATE_SYNTAX.get(path[dot:].lower(), frozenset()) if dot != -1 else frozenset()


def is_template_file(path: str) -> bool:
    """Is `path` a file whose format is a template by design (see `TEMPLATE_SYNTAX`)?"""
    return bool(template_syntax(path))
