"""Profile verdict classes fixed in the thirty-third session's second wave (u33v2, issue #14), the classes eval/profiles33 left.

Each class is tested both ways (the verdict it must give, and the neighbouring text it must leave alone):
- a section headed as what is *not* collected (「不保存、不收集的数据」) still has its own denials read: a sharing denial in
  it covers cn-gbt35273/sharing (gazeease-zh), while its list items (negated by the heading) cover no category;
- an HTML table written on one line: its rows are told apart by where the reader saw each <tr> start (`Document.rows`),
  so a storage-place cell reaches cn-gbt35273/cross-border;
- a match that runs over a sentence end (the topic in one sentence, the statement in the next) is cited at its last
  sentence, the line that holds the statement (adlo-tw's JSX paragraph over seven lines);
- English purposes as the data "used for" a purpose (qingyu-en), and the requirement as a permission "required for" a
  feature (eu-gdpr/requirement), each not read in a denial;
- tw-pdpa/rights: the consequence of a request (「如您請求刪除帳號…，可能導致…無法…客服處理」) grants no right, so the grant is cited;
- a lead-in over an HTML table whose first column names the situation (「使用情境」): the rows' labels are no data, the
  value cells are read with the lead-in and cited (adlo-tw).
"""

from __future__ import annotations

import pytest

from helpers import profile_status as status
from helpers import profile_verdict as verdict

ZH = "# 隐私政策\n\n最后更新：2026年7月6日\n\n"

_NOT_COLLECTED = "## 不保存、不收集的数据\n\n护眼之道不保存或收集：\n\n- 按键内容或输入的文字。\n- 鼠标坐标。\n- 剪贴板内容。\n\n"


def test_a_sharing_denial_under_a_not_collected_heading_covers_sharing() -> None:
    text = ZH + _NOT_COLLECTED + "App 不包含第三方分析或广告 SDK，不会把个人数据上传给开发者或其他服务。\n"  # gazeease-zh 59
    found = verdict(text, "cn-gbt35273/sharing")
    assert found.status == "covered" and "上传给开发者或其他服务" in found.evidence.text


@pytest.mark.parametrize("item", ["cn-pipl/categories", "cn-gbt35273/functions", "cn-pipl/sensitive-necessity"])
def test_the_items_under_a_not_collected_heading_still_disclose_nothing(item: str) -> None:
    text = ZH + "## 我们不收集的信息\n\n- 身份证号码\n- 银行卡号\n- 精确位置信息\n\n我们不会收集上述信息。\n"
    assert status(text, item) != "covered"


def test_a_plain_sentence_under_a_not_collected_heading_is_not_read() -> None:
    # only the section's own denials are read: a line without a negation stays skipped (the heading negates it)
    text = ZH + "## 我们不收集的信息\n\n第三方合作伙伴 SDK 收集的设备信息。\n"
    assert status(text, "cn-gbt35273/sharing") == "missing"


def _one_line_table(header: str, row: str) -> str:
    cells = "".join(f"<th>{h}</th>" for h in header.split("|"))
    values = "".join(f"<td>{v}</td>" for v in row.split("|"))
    return f"<html><body><h1>隐私政策</h1>\n<h2>三、我们如何存储</h2>\n<table><tr>{cells}</tr><tr>{values}</tr></table></body></html>\n"


@pytest.mark.parametrize(
    ("header", "row"),
    [
        ("数据类型|存储地点|接收方", "账号信息（手机号）|中华人民共和国境内（阿里云杭州）|阿里云计算有限公司"),
        ("第三方名称|收集的信息|服务器所在地", "友盟统计|设备标识|中国境内"),
    ],
)
def test_a_storage_place_cell_of_a_table_written_on_one_line(header: str, row: str) -> None:
    found = verdict(_one_line_table(header, row), "cn-gbt35273/cross-border", suffix=".html")
    assert found.status == "covered" and "境内" in found.evidence.text


@pytest.mark.parametrize(
    ("header", "row"),
    [
        ("数据|存储位置|用途", "设置|浏览器本地 chrome.storage.local|恢复设置"),  # the browser: no place of its own
        ("数据|用途|说明", "账号|登录|中国境内用户专用"),  # no storage-place column
    ],
)
def test_a_one_line_table_without_a_territory_under_a_storage_column_states_no_place(header: str, row: str) -> None:
    assert status(_one_line_table(header, row), "cn-gbt35273/cross-border", suffix=".html") == "missing"


_JSX_COOKIES = """export default function Page() {
  return (
    <main>
      <h1>隱私權政策</h1>
      <section>
        <h2>7. Cookie 使用</h2>
        <p>
          您可透過瀏覽器設定拒絕或刪除 Cookie，亦可安裝
          <a href="https://tools.google.com/dlpage/gaoptout">
            Google Analytics 不透露資訊瀏覽器外掛程式
          </a>
          停用分析追蹤。停用 Cookie 可能影響部分功能（如客戶專區登入）。
        </p>
      </section>
    </main>
  );
}
"""


def test_a_match_over_two_sentences_is_cited_at_its_last_sentence() -> None:
    # adlo-tw 173-177: the refusal in one sentence, the effect in the next, five lines down in one JSX paragraph
    found = verdict(_JSX_COOKIES, "tw-pdpa/effect-of-not-providing", suffix=".tsx")
    assert found.status == "covered" and found.evidence.line == 14  # (the helper puts two lines of title before the text)


def test_a_match_in_one_sentence_is_cited_at_its_start() -> None:
    text = "# 隱私權政策\n\n## Cookie\n\n若您停用 Cookie，\n可能影響部分功能之使用。\n"
    found = verdict(text, "tw-pdpa/effect-of-not-providing")
    assert found.status == "covered" and found.evidence.line == 7  # 「若您停用 Cookie，」 (two lines of title before the text)


EN = "# Privacy Policy\n\nLast updated: 2026-07-06\n\n"


@pytest.mark.parametrize("item", ["eu-gdpr/purposes", "us-ccpa/purposes"])
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Search metadata: local blacklist entries and app/command usage counts used for result ordering.", "covered"),  # qingyu-en 17
        ("- Device identifiers are only used to sync your settings between devices.", "covered"),
        ("- Usage counts are not used for advertising.", "missing"),  # denied
        ("- Usage counts are never used for ranking.", "missing"),  # denied
        ("- Usage counts are kept until you reset them.", "missing"),  # no use
    ],
)
def test_data_used_for_a_named_purpose(item: str, line: str, expected: str) -> None:
    assert status(EN + "## Data stored locally\n\n" + line + "\n", item) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- **Screen Recording** is required for screenshot capture.", "covered"),  # qingyu-en 34
        ("- Location access is needed to show nearby stores.", "covered"),
        ("- Internet access is required for update checks.", "missing"),  # a connection, no data of the person
        ("- Screen Recording is not required for clipboard history.", "missing"),
    ],
)
def test_a_permission_required_for_a_feature_states_the_requirement(line: str, expected: str) -> None:
    assert status(EN + "## Permissions\n\n" + line + "\n", "eu-gdpr/requirement") == expected


TW = "# 隱私權政策\n\n最後更新：2026年6月5日\n\n"
_RIGHTS = (
    "## 10. 使用者之權利\n\n依適用之個人資料保護相關法令，您得就您的個人資料向本公司行使下列權利：\n\n"
    "* 查詢或請求閱覽您的個人資料\n* 請求補充或更正您的個人資料\n* 請求刪除您的個人資料\n\n"
    "您可透過本政策第 15 條所列聯絡方式向本公司提出請求。\n\n"
)


def test_rights_are_cited_at_the_grant_not_at_the_consequence_of_a_request() -> None:
    # codetiger-tw 249-260: the consequence of a deletion request names 客服 among the services lost
    text = (
        TW + _RIGHTS + "如您請求刪除帳號或停止處理必要資料，可能導致本公司無法繼續提供全部或部分遊戲服務，包括帳號登入、客服處理等功能。\n"
    )
    text += "\n## 15. 個人資料保護聯絡窗口\n\n聯絡信箱：[dev@example.kr](mailto:dev@example.kr)\n"  # (a pointer to the contact counts where the policy gives one)
    found = verdict(text, "tw-pdpa/rights")
    assert found.status == "covered" and "行使下列權利" in found.evidence.text


@pytest.mark.parametrize(
    "line",
    [
        "若您要求刪除您的個人資料，請透過客服信箱 privacy@example.com 與我們聯繫。",  # a wish and the way: no consequence
        "您可以請求查詢、更正或刪除您的個人資料，請來信客服信箱 privacy@example.com。",
    ],
)
def test_a_request_with_its_way_still_grants_the_right(line: str) -> None:
    assert status(TW + "## 聯絡我們\n\n" + line + "\n", "tw-pdpa/rights") == "covered"


def test_the_consequence_of_a_request_alone_grants_no_right() -> None:
    line = "如您請求刪除帳號，可能導致本公司無法繼續提供客服處理等服務。"
    assert status(TW + "## 帳號\n\n" + line + "\n", "tw-pdpa/rights") == "missing"


def _lead_table(first: str, rows: list[tuple[str, str]]) -> str:
    body = "".join(f"<tr>\n<td>{a}</td>\n<td>{b}</td>\n</tr>\n" for a, b in rows)
    return (
        "<html><body><h1>隱私權政策</h1>\n<h2>2. 我們蒐集哪些資料</h2>\n<p>依您使用的功能不同，本公司可能蒐集：</p>\n"
        f"<table>\n<tr>\n<th>{first}</th>\n<th>蒐集項目</th>\n</tr>\n{body}</table></body></html>\n"
    )


def test_a_tables_label_cell_after_a_lead_in_is_not_cited_as_data() -> None:
    # adlo-tw 59-75: the first column names the situation (使用情境), the second the data
    html = _lead_table("使用情境", [("諮詢／深度診斷表單", "姓名、電話、LINE ID"), ("電子報訂閱", "電子郵件地址")])
    found = verdict(html, "tw-pdpa/categories", suffix=".html")
    assert found.status == "covered" and "姓名" in found.evidence.text and "診斷" not in found.evidence.text


def test_a_first_column_of_data_is_still_read_after_a_lead_in() -> None:
    html = _lead_table("資料類別", [("姓名、電話", "聯絡用"), ("電子郵件地址", "寄送電子報")])
    found = verdict(html, "tw-pdpa/categories", suffix=".html")
    assert found.status == "covered" and "姓名" in found.evidence.text
