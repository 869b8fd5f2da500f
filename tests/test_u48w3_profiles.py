"""Forty-eighth session, second wave (u48w3): classes of `eval/profiles48b`'s first run, both sides of each rule.

A page's two documents held as arrays and named under one field of a value chosen by a condition
(`const content = useMemo(() => { if (…) { return { sections: PRIVACY } } return { sections: TERMS } }, [type])`,
`{content.sections.map((section) => …)}`, eval/profiles48b tripcircle-zh: the privacy policy was never read), and three
profile classes of the same run, both ways (a mention is not a disclosure):

- cn-pipl/minors: a refusal to collect children's data held to one use (「不会主动收集未成年人个人信息用于商业营销」) does not rule
  the item out; a plain refusal (or one 「用于任何目的」) still does;
- GB/T close-account: a clause that only says when (「申请注销账号后，我们将删除…」) is cited after the way to close, and still
  covers alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from helpers import paragraph_texts, parse_file, parse_path
from profile_helpers import file_verdict, profile_status, profile_verdict

_PAGE = """import { View, Text } from '@tarojs/components'

export default function Agreement() {
  const content = BINDING

  return (
    <View className='page'>
      <Text className='title'>{content.title}</Text>
      {content.sections.map((section, idx) => (
        <View key={idx} className='section'>
          <Text className='section-title'>
            {idx + 1}. {section.title}
          </Text>
          {section.paragraphs.map((para, pIdx) => (
            <Text key={pIdx} className='paragraph'>
              {para}
            </Text>
          ))}
        </View>
      ))}
    </View>
  )
}

interface Section {
  title: string
  paragraphs: string[]
}

const TERMS: Section[] = [
  { title: '服务说明', paragraphs: ['本应用提供行程管理服务。'] },
]

const PRIVACY: Section[] = [
  { title: '我们收集的信息', paragraphs: ['我们收集您的手机号码，用于登录验证。', '我们收集您的昵称，用于展示。'] },
  { title: '您的权利', paragraphs: ['您可以在设置中注销账号。'] },
]
"""

_MEMO = """useMemo(() => {
    if (type === 'privacy-policy') {
      return { title: '隐私政策', updatedAt: '2025年7月2日', sections: PRIVACY }
    }
    return {
      title: '用户服务协议',
      sections: TERMS,
    }
  }, [type])"""


def _texts(tmp_path: Path, binding: str, extra: str = "") -> list[str]:
    doc = parse_file(tmp_path, "index.tsx", _PAGE.replace("BINDING", binding) + extra)
    return paragraph_texts(doc) + [s.title for s in doc.sections if s.title]


@pytest.mark.parametrize(
    "binding",
    [
        _MEMO,  # one of two documents, by the route's parameter
        "{ title: '隐私政策', sections: PRIVACY }",  # one object naming its array
        "type === 'terms' ? { sections: TERMS } : { sections: PRIVACY }",
    ],
)
def test_a_field_naming_arrays_is_read_where_it_is_mapped(tmp_path: Path, binding: str) -> None:
    texts = _texts(tmp_path, binding)
    assert any("我们收集您的手机号码，用于登录验证。" in t for t in texts)
    assert any("您可以在设置中注销账号。" in t for t in texts)
    assert "我们收集的信息" in texts


@pytest.mark.parametrize(
    ("binding", "extra"),
    [
        ("{ sections: loadSections() }", ""),  # a call: nothing known
        ("{ sections: PRIVACY.filter(Boolean) }", ""),  # computed from the array
        ("{ sections: LATER }", "\nconst LATER = fetchAll()\n"),  # a name that is no plain array
        ("{ sections: PRIVACY }\n  content = other", ""),  # bound again
        ("cond ? { sections: PRIVACY } : { sections: remote }", ""),  # one branch unknown: neither is read
    ],
)
def test_a_field_holding_anything_else_stays_unread(tmp_path: Path, binding: str, extra: str) -> None:
    texts = _texts(tmp_path, binding, extra)
    assert not any("我们收集您的手机号码" in t for t in texts)


def test_tripcircle_privacy_policy_is_read() -> None:
    doc = parse_path(ROOT / "eval/profiles48b/docs/tripcircle-zh/index.tsx")
    titles = [s.title for s in doc.sections if s.title]
    assert "我们收集的个人信息" in titles and "您的权利" in titles and "协议的接受" in titles
    rights = next(s for s in doc.sections if s.title == "您的权利")
    assert rights.paragraphs[0].line == 185 and "申请获取个人信息副本" in rights.paragraphs[0].text


P48B = ROOT / "eval" / "profiles48b" / "docs"


# --- cn-pipl/minors: a refusal held to one use ---------------------------------------------------------------------------

_MINORS = "## 未成年人保护\n\n如您为未满14周岁的未成年人，请在监护人的陪同下阅读本隐私政策，并在取得监护人同意后使用本服务。{tail}\n"


@pytest.mark.parametrize("tail", ["我们不会主动收集未成年人个人信息用于商业营销。", "我们不会故意收集儿童的个人信息用于广告推送。"])
def test_a_refusal_held_to_one_use_leaves_the_minors_item(tail: str) -> None:
    assert profile_status(_MINORS.format(tail=tail), "cn-pipl/minors") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "我们不会主动收集未成年人的个人信息。\n",
        "我们不会在知情的情况下收集不满14周岁儿童的个人信息用于任何目的。\n",
        "本应用不会主动收集未满十四周岁儿童的个人信息，如发现将立即删除。\n",
    ],
)
def test_a_plain_refusal_still_rules_minors_out(text: str) -> None:
    assert profile_status("## 未成年人保护\n\n" + text, "cn-pipl/minors") == "not-applicable"


def test_tripcircle_minors_regression() -> None:
    assert file_verdict(P48B / "tripcircle-zh" / "index.tsx", "cn-pipl/minors") == ("covered", 196)


# --- GB/T close-account: when, after how -----------------------------------------------------------------------------------

_WHEN = "3. 删除：您可删除自行发布的内容；申请注销账号后，我们将删除您的个人信息；"
_HOW = "5. 注销账号：您可在“设置-账号与安全”中申请注销账号，注销后我们将按本政策处理您的信息。"


def test_the_way_to_close_is_cited_before_what_follows_a_closing() -> None:
    found = profile_verdict(f"## 您的权利\n\n{_WHEN}\n\n{_HOW}\n", "cn-gbt35273/close-account")
    assert found.status == "covered" and "设置-账号与安全" in found.evidence.text


def test_what_follows_a_closing_alone_keeps_its_verdict() -> None:
    found = profile_verdict(f"## 您的权利\n\n{_WHEN}\n", "cn-gbt35273/close-account")  # a rank only: covered as before
    assert found.status == "covered" and "申请注销账号后" in found.evidence.text


def test_tripcircle_close_account_regression() -> None:
    assert file_verdict(P48B / "tripcircle-zh" / "index.tsx", "cn-gbt35273/close-account") == ("covered", 190)
