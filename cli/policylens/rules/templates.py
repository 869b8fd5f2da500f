"""Files that are templates by design: which placeholder syntax is a file's own, by its extension."""

from __future__ import annotations

from policylens.lazyre import lazy
from policylens.load.site_tags import ANY_VARIABLE

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
    # a Laravel Blade view echoes with {{ }} (`href="{{ url('privacy') }}"`, `{{ $company }}`): the server fills it
    # (eval/precision28b/eticket-blade: three false errors on its menu's links)
    ".blade.php": frozenset({"mustache"}),
    # an Angular component's template (the Angular CLI names it `<name>.component.html`) interpolates its class's
    # fields with {{ }} (`{{ companyName }}`, `{{ lastUpdated }}`): filled when the page renders (eval/blind/round30b
    # novus-tw-angular: seven errors on a published policy's bindings)
    ".component.html": frozenset({"mustache"}),
    # (u36r2, round36b) a JavaScript or TypeScript module's template literal interpolates with ${ }: an Express router
    # that writes its policy page from settings (`${i.company}`, `${i.email}`) fills it when it serves the page
    # (eval/blind/round36b songfu-tw-js: fourteen errors on a clean generator; .jsx/.tsx pages stay as they were)
    ".js": frozenset({"dollar"}),
    ".mjs": frozenset({"dollar"}),
    ".cjs": frozenset({"dollar"}),
    ".ts": frozenset({"dollar"}),
    # (u37r, round37) a Python module that writes a page: `str.format` and f-string fields (`{title}`, `{sections}`;
    # Python 3 names may be Chinese, `'{公司名称}'.format(公司名称=…)`), `string.Template`'s `${email}` and a Jinja string's
    # `{{ company }}` are filled when the script runs; its literal text (「联系邮箱：TODO（待填写）」) is still judged
    ".py": frozenset({"brace", "mustache", "dollar"}),
    # a Kotlin string template interpolates with ${ } (`"联系邮箱：${config.email}"`), filled when the screen is built
    ".kt": frozenset({"dollar"}),
    # server-side page templates by design: Jinja (Flask, Django's Jinja backend), Go's html/template and text/template
    # (`{{.SiteName}}`, `{{ .Email }}`), Twig, Nunjucks, Handlebars and Mustache fill their {{ }} when the page is served
    ".j2": frozenset({"mustache"}),
    ".jinja": frozenset({"mustache"}),
    ".jinja2": frozenset({"mustache"}),
    ".twig": frozenset({"mustache"}),
    ".njk": frozenset({"mustache"}),
    ".hbs": frozenset({"mustache"}),
    ".handlebars": frozenset({"mustache"}),
    ".mustache": frozenset({"mustache"}),
    ".gohtml": frozenset({"mustache"}),
    ".tmpl": frozenset({"mustache"}),
    # a Svelte component and an Astro page interpolate their script's values with single braces (`{company}`,
    # `{email}`, Astro's front-matter `{title}`): filled when the page is built or rendered (u37r: three false errors
    # on each page of two invented variants in tests/test_u37r_placeholders.py)
    ".svelte": frozenset({"brace"}),
    ".astro": frozenset({"brace"}),
}


# A template engine's output that calls a helper with literal arguments, `{{ url('privacy') }}`, `{{ route("terms") }}`,
# `{{ url_for('static', filename='p.pdf') }}`, `{{ asset('docs/privacy.pdf') }}` (Blade, Jinja, Twig), a filter after it
# (`{{ url('x')|e }}`): a writer's slot names what goes there (`{{privacy_url}}`, `{{公司名称}}`), never calls a function
TEMPLATE_CALL = lazy(
    r"\{\{-?\s*[A-Za-z_][\w.]{0,40}\s*\(\s*(?:(?:'[^'{}]{0,80}'|\"[^\"{}]{0,80}\"|[\w.$]{1,40}|\w{1,20}\s*=\s*(?:'[^'{}]{0,80}'|\"[^\"{}]{0,80}\"|[\w.$]{1,40}))\s*,?\s*){0,6}\)"
    r"\s*(?:\|\s*\w{1,20}\s*)*-?\}\}"
)


def template_syntax(path: str) -> frozenset[str]:
    """The template syntax (brace, mustache, dollar) that is a file's own, by its extension (`.blade.php` before `.php`)."""
    lower = path.lower()
    for suffix, syntax in TEMPLATE_SYNTAX.items():
        if suffix.count(".") > 1 and lower.endswith(suffix):
            return syntax
    dot = lower.rfind(".")
    return TEMPLATE_SYNTAX.get(lower[dot:], frozenset()) if dot != -1 else frozenset()


def is_template_file(path: str) -> bool:
    """Is `path` a file whose format is a template by design (see `TEMPLATE_SYNTAX`)?"""
    return bool(template_syntax(path))


# A Liquid output's variable: a lower-case name, then its path (`content.title`, `section.heading`, `prefix`)
_LIQUID_VARIABLE = lazy(r"[a-z_][a-z0-9_]{0,40}")


def liquid_output(variables: frozenset[str], expression: str) -> bool:
    """Is `{{ name.path }}` the output of a Liquid page, its variable bound by the page's own tags or one of Liquid's
    globals (`Document.liquid`, from `load.site_tags.liquid_variables`)?

    On a page that includes another file, any lower-case variable may be that file's (`{{ nav.home }}` after
    `{% include locale.liquid %}`).  A web page's client-side loop binds its names the same way
    (`{{ d.name }}` inside `<li ng-repeat="d in about_data">`, `load.html`).  `{{ COMPANY_NAME }}`, `{{公司名称}}` and a `{{ $x }}` are never Liquid's
    variables: they are still judged as slots.
    """
    if not variables:
        return False
    head = expression.strip("{} \t").split(".", 1)[0].strip()
    if _LIQUID_VARIABLE.fullmatch(head) is None:
        return False
    return head in variables or ANY_VARIABLE in variables
