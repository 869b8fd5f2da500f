"""Heading classes of real policies of shapes the earlier sets lacked (`eval/structure30`, thirtieth session).

1. A Taro (or React Native) page: 「import { Text, View } from "@tarojs/components"」 and a Word document converted into
   `<View>` paragraphs of `<Text>` runs, one per source line, the section numbers runs of their own
   (`eval/structure30/dev/sliver-tsx`).  `<View>` was an unknown inline tag in a React page, so the 59 kB policy was
   one paragraph and its 35 titles were lost; the line breaks between the runs were read as spaces (「1 .我们如何…」).
   Such a page's `<View>` is a block and its `<Text>` inline (`load.jsx.imports_view`), and JSX shows no space for a
   line break at a text's start or end (`html._Extractor._jsx_spaces`).  A page whose `View` is its own component, and
   a `.vue` or mini-program page's `<text>` (its line breaks kept), are read as before.
2. 「（二）我们会出于以下目的，收集和使用您的个人信息：」 over 「1、帮助您完成注册及登录」 (a title), with its sibling
   「（一）我们将通过以下途径收集…：」 (`eval/structure30/dev/suiyuan-html`): numbered colon lines worded as lead-ins
   (以下, 包括, 如下) were never titles.  One whose next line is a numbered title starting at 1 is a sub-title, and its
   siblings with it (`headings._colon_siblings`); such lines over list items stay lead-ins.
3. 「一、 特别提示」 and 「第一章 如何收集您的个人信息」 with a space after the number, on the first line of a Word page's `<br>`
   paragraph (`eval/structure30/dev/ysxy-agreement-html`): the space kept them out of `lines._NUMBERED_TITLE`, so the
   title ran into its text.  A space may follow a Chinese number or an article; a long numbered sentence stays text.
4. A page of two documents, 「《应用用户协议》」 then 「《应用用户隐私政策》」 (ysxy-agreement-html): the second name came after
   the agreement's last section 「七、」 and was nested under it with the policy's chapters.  When the first heading
   names a document in book-title brackets, a later one that does is its peer (`levels.documents._second_documents`); a 《…》
   line under a section of an ordinary policy keeps its place.
5. 「2.2因您使用…获取的信息。」 over 「2.2.1日志信息」 (`eval/structure30/dev/aplayer-html`): the full stop made the line a
   clause.  A decimal line of one sentence right above its x.1 sub-title is its title (`headings._parents_of_first_children`);
   a clause with a comma, or one over a deeper number that is not its first child, is not.
"""

from __future__ import annotations

from pathlib import Path

from policylens.load.document import read_document


def _sections(tmp_path: Path, body: str, name: str = "page.html") -> list[tuple[int, str]]:
    path = tmp_path / name
    if name.endswith(".html"):
        body = f'<html><head><meta charset="utf-8"><title>隐私政策</title></head><body>\n{body}\n</body></html>\n'
    path.write_text(body, encoding="utf-8")
    doc = read_document(str(path))
    return [(s.level, s.title) for s in doc.sections if s.title]


# 1. Taro / React Native <View> pages

_VIEW = "<View style='margin-top:0pt; font-size:12pt'>"


def _taro(source: str, paragraphs: list[list[str]]) -> str:
    views = "\n".join(
        f"      {_VIEW}\n" + "\n".join(f"        <Text style=\"font-family:'宋体'\">{run}</Text>" for run in runs) + "\n      </View>"
        for runs in paragraphs
    )
    return (
        f'import {{ Text, View }} from "{source}";\nimport {{ FC }} from "react";\n\n'
        f"const PrivacyPolicy: FC = () => {{\n  return (\n    <View>\n{views}\n    </View>\n  );\n}};\n\n"
        "export default PrivacyPolicy;\n"
    )


_PARAGRAPHS = [
    ["隐私政策"],
    ["我们深知个人信息对您的重要性，并会尽全力保护您的个人信息安全可靠。"],
    ["1", ".我们如何收集和使用个人信息"],
    ["我们会按照如下方式收集您在使用服务时主动提供的信息，以及通过自动化手段收集的信息。"],
    ["1", ".", "1", " 注册、登录"],
    ["当您注册、登录时，您可以通过手机号创建帐号，收集这些信息是为了帮助您完成注册。"],
    ["2", ".我们如何存储个人信息"],
    ["我们依照法律法规的规定，将在境内运营过程中收集和产生的您的个人信息存储于中华人民共和国境内。"],
]


def test_taro_views_are_paragraphs_and_split_runs_join(tmp_path: Path) -> None:
    for source in ("@tarojs/components", "react-native"):
        assert _sections(tmp_path, _taro(source, _PARAGRAPHS), "index.tsx") == [
            (1, "1.我们如何收集和使用个人信息"),
            (2, "1.1注册、登录"),
            (1, "2.我们如何存储个人信息"),
        ]


def test_own_view_component_stays_inline(tmp_path: Path) -> None:
    # a web page's own `View` is not assumed to be a block: the page stays one run of text, as before
    assert _sections(tmp_path, _taro("./components/View", _PARAGRAPHS), "index.tsx") == []


def test_text_spanning_lines_is_one_sentence(tmp_path: Path) -> None:
    # a <Text> whose sentence the source wraps: its lines are one text (JSX), never a short title line of their own
    paragraphs = [
        ["隐私政策"],
        ["1", ".我们如何使用Cookie"],
        [
            "\n          我们可能会设置认证与保障安全性的\n          Cookie\n          或匿名标识符，使我们确认您是否安全登录服务。\n        "
        ],
        ["2", ".联系我们"],
        ["如您有任何疑问，可通过邮箱与我们联系，我们将尽快回复。"],
    ]
    assert _sections(tmp_path, _taro("@tarojs/components", paragraphs), "index.tsx") == [
        (1, "1.我们如何使用Cookie"),
        (1, "2.联系我们"),
    ]


# 2. numbered colon lines worded as lead-ins, over numbered titles

_LEAD_IN_TITLES = (
    "<p>一、我们如何收集和使用您的个人信息</p>\n"
    "<p>（一）我们将通过以下途径收集和获得您的个人信息：</p>\n"
    "<p>1、您主动提供的信息。</p>\n<p>2、第三方合法共享的您的信息。</p>\n"
    "<p>（二）我们会出于以下目的，收集和使用您的个人信息：</p>\n"
    "<p>1、帮助您完成注册及登录</p>\n<p>为便于我们为您提供持续稳定的服务，您需要提供手机号码。</p>\n"
    "<p>2、个性化推荐</p>\n<p>基于我们获得的您的个人信息，我们会向您推荐您可能感兴趣的内容。</p>\n"
    "<p>二、我们如何使用COOKIES或同类技术</p>\n<p>我们或我们的第三方合作伙伴可能通过COOKIES获取和使用您的信息。</p>\n"
)


def test_lead_in_worded_sub_titles_over_numbered_titles(tmp_path: Path) -> None:
    assert _sections(tmp_path, _LEAD_IN_TITLES) == [
        (1, "一、我们如何收集和使用您的个人信息"),
        (2, "（一）我们将通过以下途径收集和获得您的个人信息："),
        (2, "（二）我们会出于以下目的，收集和使用您的个人信息："),
        (3, "1、帮助您完成注册及登录"),
        (3, "2、个性化推荐"),
        (1, "二、我们如何使用COOKIES或同类技术"),
    ]


def test_lead_ins_over_list_items_stay_text(tmp_path: Path) -> None:
    body = (
        "<p>一、信息共享</p>\n"
        "<p>1、我们会与以下合作方共享信息：</p>\n<p>（1）支付机构，用于完成订单支付；</p>\n<p>（2）物流公司，用于配送商品。</p>\n"
        "<p>2、以下情形中共享无需征得您的同意：</p>\n<p>（1）与国家安全直接相关的；</p>\n<p>（2）与公共安全直接相关的。</p>\n"
        "<p>二、联系我们</p>\n<p>如您有任何疑问，可通过客服邮箱与我们联系，我们将在十五日内回复。</p>\n"
    )
    assert _sections(tmp_path, body) == [(1, "一、信息共享"), (1, "二、联系我们")]


# 3. a space after a Chinese number or an article in a <br> paragraph

_SPACED = (
    "<p>用户协议及隐私政策</p>\n"
    "<p>引言<br>本协议是您与本公司之间关于使用本应用服务所订立的协议。<br><br>"
    "一、 特别提示<br>请仔细阅读下面的协议，一旦您开始使用本公司的产品即表示您已充分理解并同意。<br><br>"
    "二、服务内容<br>本服务的具体内容由本公司根据实际情况提供，本公司保留随时变更的权利。</p>\n"
    "<p>第一章 如何收集您的个人信息<br>我们将通过以下途径收集和获得您的信息，例如日志信息、设备信息。</p>\n"
    "<p>第二章 如何使用您的个人信息<br>我们会出于向您提供服务的目的使用您的信息，并采取安全措施保护。</p>\n"
)


def test_spaced_numbers_open_br_title_lines(tmp_path: Path) -> None:
    titles = [title for _, title in _sections(tmp_path, _SPACED)]
    assert "一、 特别提示" in titles or "一、特别提示" in titles
    assert any(t.startswith("第一章") for t in titles) and any(t.startswith("第二章") for t in titles)


def test_spaced_number_before_a_sentence_stays_text(tmp_path: Path) -> None:
    body = (
        "<p>隐私政策</p>\n<p>一、信息收集<br>"
        "一、 我们会在您注册账号时收集您的手机号码和设备信息以便提供服务<br>"
        "当您使用本服务时，我们会按照本政策收集和使用您的信息。<br><br>二、联系我们<br>如有疑问请联系我们的客服。</p>\n"
    )
    titles = [title for _, title in _sections(tmp_path, body)]
    assert not any("手机号码" in t for t in titles)


# 4. two documents named in book-title brackets

_TWO_DOCUMENTS = (
    "<p>用户协议及隐私政策</p>\n"
    "<p>《应用用户协议》</p>\n"
    "<p>引言</p>\n<p>应用用户服务的所有权和运作权归本公司拥有，本公司所提供的服务必须按照其发布的章程。</p>\n"
    "<p>一、服务内容</p>\n<p>本服务的具体内容由本公司根据实际情况提供，本公司保留随时变更的权利。</p>\n"
    "<p>二、协议修改</p>\n<p>本公司会不定时地修改服务条款，服务条款一旦发生变动，将以网站最新条款为准。</p>\n"
    "<p>《应用用户隐私政策》</p>\n<p>本公司深知个人信息对你的重要性，并会全力保护你的个人信息安全。</p>\n"
    "<p>第一章 如何收集您的个人信息</p>\n<p>我们将通过以下途径收集和获得您的信息，例如日志信息。</p>\n"
    "<p>第二章 如何联系我们</p>\n<p>如您有关于本政策的任何问题，请通过邮箱与我们联系。</p>\n"
)


def test_second_document_is_a_peer_of_the_first(tmp_path: Path) -> None:
    assert _sections(tmp_path, _TWO_DOCUMENTS) == [
        (1, "《应用用户协议》"),
        (2, "引言"),
        (2, "一、服务内容"),
        (2, "二、协议修改"),
        (1, "《应用用户隐私政策》"),
        (2, "第一章 如何收集您的个人信息"),
        (2, "第二章 如何联系我们"),
    ]


def test_bracketed_name_in_an_ordinary_policy_keeps_its_place(tmp_path: Path) -> None:
    body = (
        "<h2>一、我们如何收集信息</h2>\n<p>我们会收集您在使用服务时主动提供的信息。</p>\n"
        "<h2>二、儿童个人信息保护</h2>\n<h3>《儿童隐私保护声明》</h3>\n<p>我们非常重视对未成年人个人信息的保护。</p>\n"
        "<h2>三、联系我们</h2>\n<p>如有疑问请通过邮箱联系我们。</p>\n"
    )
    assert (2, "《儿童隐私保护声明》") in _sections(tmp_path, body)


# 5. a decimal line closed by a full stop over its first sub-title

_PARENT_WITH_STOP = (
    "<p>2、个人信息可能收集的范围与方式</p>\n"
    "<p>2.1您向我们提供的信息</p>\n<p>2.1.1您理解并同意，当您使用本服务时，您可能需要填写姓名、联系方式等信息。</p>\n"
    "<p>2.2因您使用本软件及相关服务获取的信息。</p>\n"
    "<p>2.2.1日志信息</p>\n<p>（1）当您使用本产品时，公司可能会使用各种技术来收集和存储信息。</p>\n"
    "<p>2.2.2设备或应用信息</p>\n<p>（1）为了提供更好的服务，公司可能会记录硬件型号、操作系统版本号等信息。</p>\n"
    "<p>3、个人信息可能的使用方式</p>\n<p>3.1通过使用收集的信息，公司会得以向您提供个性化的服务。</p>\n"
)


def test_full_stop_parent_over_its_first_child(tmp_path: Path) -> None:
    sections = _sections(tmp_path, _PARENT_WITH_STOP)
    assert (2, "2.2因您使用本软件及相关服务获取的信息。") in sections
    assert (3, "2.2.1日志信息") in sections


def test_clause_over_a_deeper_number_stays_text(tmp_path: Path) -> None:
    body = _PARENT_WITH_STOP.replace("2.2因您使用本软件及相关服务获取的信息。", "2.2如您使用本软件，我们会获取以下信息。")
    titles = [title for _, title in _sections(tmp_path, body)]
    assert not any(t.startswith("2.2如您") for t in titles)
    body = _PARENT_WITH_STOP.replace("<p>2.2.1日志信息</p>", "<p>2.2.2日志信息</p>")
    titles = [title for _, title in _sections(tmp_path, body)]
    assert not any(t.startswith("2.2因您") for t in titles)


def test_lead_in_under_another_section_is_no_sibling(tmp_path: Path) -> None:
    # 「（二）…以下目的…：」 over 「1、…」 titles is a sub-title; 「（二）在以下情形中…：」 over （1）… list items, under another
    # section, is still a lead-in (a sibling only counts under the same heading)
    body = (
        "<p>一、我们如何收集和使用您的个人信息</p>\n"
        "<p>（一）我们会出于以下目的，收集和使用您的个人信息：</p>\n"
        "<p>1、用户注册和登录</p>\n<p>您首先需要注册一个账户成为我们的用户，才能使用产品或服务。</p>\n"
        "<p>2、客服和意见反馈</p>\n<p>当您与我们联系时，我们可能会保存您的通信记录和联系方式。</p>\n"
        "<p>二、您如何管理您的个人信息</p>\n"
        "<p>（一）我们非常重视您对个人信息的关注，并尽全力保护您对于您个人信息访问、更正的权利。</p>\n"
        "<p>（二）在以下情形中，您可以向我们提出删除个人信息的请求：</p>\n"
        "<p>1、如果我们处理个人信息的行为违反法律法规；</p>\n<p>2、如果您注销了您的账户。</p>\n"
        "<p>（三）若我们决定响应您的删除请求，我们还将同时通知从我们获得您的个人信息的实体。</p>\n"
    )
    titles = [title for _, title in _sections(tmp_path, body)]
    assert "（一）我们会出于以下目的，收集和使用您的个人信息：" in titles
    assert not any(t.startswith("（二）在以下情形中") for t in titles)


def test_decimal_lead_in_over_deeper_titles_stays_text(tmp_path: Path) -> None:
    # (corpora/gdeiassistant-privacy 2018–2019) 「1.2.2 这些功能包括：」 over 「1.2.2.1 用户注册」 with no 1.2 title above it:
    # kept a lead-in, so the titles under it keep their levels
    body = (
        "<p>一、我们如何收集和使用您的个人信息</p>\n"
        "<p>1.1 个人信息是指以电子或者其他方式记录的能够单独或者与其他信息结合识别特定自然人身份的各种信息。</p>\n"
        "<p>1.2 我们仅会出于以下目的，收集和使用您的个人信息：</p>\n"
        "<p>1.2.1 您须授权我们收集和使用您个人信息的情形：我们的产品包括一些核心功能。</p>\n"
        "<p>1.2.2 这些功能包括：</p>\n"
        "<p>1.2.2.1 用户注册</p>\n<p>您首先需要注册一个账户成为我们的用户，才能使用产品或服务。</p>\n"
        "<p>1.2.2.2 客服和意见反馈</p>\n<p>当您与我们联系时，我们可能会保存您的通信记录和联系方式。</p>\n"
        "<p>1.2.3 改进我们的产品所必须的功能</p>\n<p>我们可能会收集您的使用记录以改进产品。</p>\n"
    )
    titles = [title for _, title in _sections(tmp_path, body)]
    assert not any(t.startswith("1.2.2 这些") for t in titles)
