"""Fifty-ninth session (u59p, issue #11, the classes closing58 left open), each a class with constructed cases both ways.

- Slot components named for themselves in React, Vue and Svelte templates (`load.slot_components`): 「生效日期：<Todo />」,
  `<TBD/>`, `<FillMe />`, `<Placeholder>公司名称</Placeholder>` are slots; a to-do app's `<TodoList>`/`<TodoItem>`, a
  component with props (`<Todo item={t} />`), an import or `function Todo()` stay quiet.  round58q hellojump's `<Todo>`
  lines (released: not blind) stay found.
- `${…}` in Svelte and Astro text is a slot (the frameworks interpolate `{x}`); in `<script>`, an expression's template
  literal or an Astro page's front matter (code, now blanked) it is quiet.
- An example after 如：/例如： in brackets: quiet beside a real value, a slot when it is all the field holds.
- Near-misses: "New features: to be reviewed by legal before launch", 「示例，请根据实际使用情况调整设置」.
- Profiles: a team named by its role alone in any width (开发者团队, 小程序开发团队, 技术支持团队) and a stand-in company
  (某某/XX科技有限公司) in any wrapper name no processor; a named team or company still does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from helpers import written_severities
from profile_helpers import profile_status

_HEAD = "export default function Privacy() {\n  return (\n    <main>\n      <h1>隐私政策</h1>\n"
_BODY = (
    "      <h2>一、我们收集的信息</h2>\n      <p>我们会收集您的手机号码，用于提供账号登录服务。</p>\n"
    "      <h2>二、联系我们</h2>\n      <p>如有疑问，请发送邮件至 support@yunfan.cn 与我们联系。</p>\n"
)
_TAIL = "    </main>\n  );\n}\n"


def _tsx(line: str, head: str = "") -> str:
    return head + _HEAD + f"      <p>{line}</p>\n" + _BODY + _TAIL


def _errors(found: list[tuple[int, str, str, str]]) -> list[tuple[int, str]]:
    return [(line, excerpt) for line, _rule, severity, excerpt in found if severity == "error"]


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("生效日期：<Todo />", "[Todo]"),
        ("更新日期：<TBD/>", "[TBD]"),
        ("联系邮箱：<FillMe />", "[TODO]"),
        ("运营者：<Placeholder>公司名称</Placeholder>", "[公司名称]"),
        ("本政策由 <TODO></TODO> 提供。", "[TODO]"),
    ],
)
def test_a_slot_component_is_a_slot(tmp_path: Path, line: str, shown: str) -> None:
    errors = _errors(written_severities(tmp_path, "privacy.tsx", _tsx(line)))
    assert [excerpt for at, excerpt in errors if at == 5] == [shown], errors


_TODO_APP = 'import { Todo } from "./todo";\nfunction Todo({ item }: { item: string }) {\n  return <li>{item}</li>;\n}\n\n'


@pytest.mark.parametrize(
    "line",
    [
        "您可以在<TodoList />中管理待办事项。",
        "您创建的<TodoItem>待办</TodoItem>内容仅保存在本地设备。",
        "示例任务：<Todo item={task} />",
        "占位：<Placeholder xs={6} />",
        "提醒内容：<Todo>{note}</Todo>",
        "生效日期：2024年5月1日",
    ],
)
def test_a_to_do_apps_components_stay_quiet(tmp_path: Path, line: str) -> None:
    assert _errors(written_severities(tmp_path, "privacy.tsx", _tsx(line, _TODO_APP))) == []


_SVELTE = (
    '<script>\n  import Todo from "./Todo.svelte";\n  const email = "support@yunfan.cn";\n'
    "  const note = `联系我们：${email}`;\n</script>\n\n<main>\n  <h1>隐私政策</h1>\n  <p>{LINE}</p>\n"
    "  <h2>一、我们收集的信息</h2>\n  <p>我们会收集您的手机号码，用于提供账号登录服务。</p>\n"
    "  <p>如有疑问，可以通过客服邮箱 {email} 与我们联系。</p>\n</main>\n"
)


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("生效日期：<Todo />", ["[Todo]"]),
        ("运营者：<Placeholder>公司名称</Placeholder>", ["[公司名称]"]),
        ("运营者：${companyName}", ["${companyName}"]),
        ("生效日期：2024年5月1日", []),
        ("运营者：{`杭州云帆科技有限公司 ${suffix}`}", []),
        ("<TodoList items={items} />", []),
    ],
)
def test_svelte_slots_and_code(tmp_path: Path, line: str, shown: list[str]) -> None:
    errors = _errors(written_severities(tmp_path, "privacy.svelte", _SVELTE.replace("{LINE}", line)))
    assert [excerpt for _, excerpt in errors] == shown, errors


_ASTRO = (
    '---\nconst email = "support@yunfan.cn";\nconst note = "联系邮箱：TODO";\nconst title = `隐私政策 ${email}`;\n---\n'
    "<html><body>\n  <h1>隐私政策</h1>\n  <p>{LINE}</p>\n  <h2>一、我们收集的信息</h2>\n"
    "  <p>我们会收集您的手机号码，用于提供账号登录服务。</p>\n  <p>如有疑问，可以通过客服邮箱 {email} 与我们联系。</p>\n</body></html>\n"
)


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("运营者：${companyName}", [(8, "${companyName}")]),
        ("生效日期：<TBD />", [(8, "[TBD]")]),
        ("生效日期：2024年5月1日", []),
    ],
)
def test_astro_front_matter_is_code(tmp_path: Path, line: str, shown: list[tuple[int, str]]) -> None:
    # the front matter's 「联系邮箱：TODO」 (line 3) was read as the page's first paragraph, a false error on the base
    assert _errors(written_severities(tmp_path, "privacy.astro", _ASTRO.replace("{LINE}", line))) == shown


_MD = "# 隐私政策\n\n生效日期：2024年5月1日\n\n{LINE}\n\n## 一、我们收集的信息\n\n我们会收集您的手机号码，用于提供账号登录服务。\n"


@pytest.mark.parametrize(
    ("line", "slot"),
    [
        # the example is all the field holds: the value is left to fill
        ("公司名称（如：XX科技有限公司）", True),
        ("运营者名称（例如：某某科技有限公司）：", True),
        ("公司名称：（如：XX科技有限公司）", True),
        ("公司名稱（如：XX科技有限公司）", True),
        # a real value beside the template's example: no slot
        ("公司名称：杭州云帆科技有限公司（如：XX科技有限公司）", False),
        ("运营者名称（例如：某某科技有限公司）：杭州云帆科技有限公司", False),
        ("您的昵称会显示为（例如：张某某）。", False),
    ],
)
def test_an_example_after_a_cue(tmp_path: Path, line: str, slot: bool) -> None:
    errors = _errors(written_severities(tmp_path, "privacy.md", _MD.replace("{LINE}", line)))
    assert bool([e for e in errors if e[0] == 5]) is slot, errors


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("New features: to be reviewed by legal before launch.", False),
        ("Marketing campaigns: to be reviewed by legal before launch.", False),
        ("Effective date: to be confirmed by legal.", True),
        ("Retention: to be reviewed by our legal team before launch.", True),
        ("Status: to be reviewed by legal before launch.", True),
        ("To be reviewed by legal before launch.", True),
    ],
)
def test_a_review_before_a_features_launch(tmp_path: Path, line: str, found: bool) -> None:
    text = f"# Privacy Policy\n\nEffective date: 1 May 2024\n\n{line}\n\n## What we collect\n\nWe collect your email address.\n"
    errors = _errors(written_severities(tmp_path, "privacy.md", text))
    assert bool([e for e in errors if e[0] == 5]) is found, errors


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("示例，请根据实际使用情况调整设置。", False),
        ("请根据实际需要调整相关权限与通知。", False),
        ("示例，请根据实际情况修改。", True),
        ("请根据实际情况调整以下内容。", True),
        ("（请根据实际情况修改）", True),
    ],
)
def test_advice_about_the_readers_settings(tmp_path: Path, line: str, found: bool) -> None:
    errors = _errors(written_severities(tmp_path, "privacy.md", _MD.replace("{LINE}", line)))
    assert bool([e for e in errors if e[0] == 5]) is found, errors


_MAIL = "\n\n如有问题，请发送邮件至 help@example-mail.com。\n"


@pytest.mark.parametrize(
    ("opening", "status"),
    [
        ('开发者团队（以下简称"我们"）非常重视用户的隐私。', "missing"),
        ('小程序开发团队（以下简称"我们"）非常重视用户的隐私。', "missing"),
        ('技术支持团队（以下简称"我们"）非常重视用户的隐私。', "missing"),
        ('本小程序开发团队（以下简称"我们"）非常重视用户的隐私。', "missing"),
        ("本小程序的运营者（某某科技有限公司）非常重视用户的隐私。", "missing"),
        ("运营者（XX科技有限公司）非常重视用户的隐私。", "missing"),
        ("运营者：某某科技有限公司", "missing"),
        ('本应用由某某科技有限公司（以下简称"我们"）运营。', "missing"),
        ('XXX公司（以下简称"我们"）非常重视用户的隐私。', "missing"),
        # a named team or company names the processor
        ('星辰开发团队（以下简称"我们"）非常重视用户的隐私。', "covered"),
        ('云帆小程序开发团队（以下简称"我们"）非常重视用户的隐私。', "covered"),
        ('星辰技术支持团队（以下简称"我们"）非常重视用户的隐私。', "covered"),
        ("运营者（杭州云帆科技有限公司）非常重视用户的隐私。", "covered"),
        ('本应用由杭州云帆科技有限公司（以下简称"我们"）运营。', "covered"),
        # an anonymised name with a city before it stays a name (the suite's constructed policies use it)
        ("运营者：杭州某某信息技术有限公司", "covered"),
    ],
)
def test_role_teams_and_stand_in_names_name_no_processor(opening: str, status: str) -> None:
    text = opening + _MAIL
    assert profile_status(text, "cn-pipl/processor") == status
    assert profile_status(text, "cn-gbt35273/identity-contact") == status


def test_round58q_todo_lines_stay_found(tmp_path: Path) -> None:
    source = ROOT / "eval" / "blind" / "round58q" / "holdout" / "hellojump-zh-tsx"
    page = next(p for p in source.iterdir() if p.suffix == ".tsx")
    found = written_severities(tmp_path, "page.tsx", page.read_text(encoding="utf-8"))
    lines = {line for line, _rule, severity, _ in found if severity == "error"}
    assert {74, 75, 187, 238, 241} <= lines, sorted(lines)
