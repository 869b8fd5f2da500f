"""placeholder-instruction: template instructions, slot names and dummy values left in the text.

This module is the rule: its class, docs and registration, and `_findings`, which searches the one pattern of the
built-in forms and drops each form's look-alikes, then adds what the family modules scan apart.  Where each form is:

- `forms`: the one alternation of the built-in slot forms, in their order, built from
  `instructions` (【請填寫…】, 替换成…, [describe …], (or DPO)), `slots` ([公司名称], 受[您所在地区]…, 【数据类型】,
  and the label tests `_is_label`; ## 【标题】 alone, a slot in the page's <title>), `markers` (待定, TBD, （占位）,
  【客服邮箱，待确认】, 邮件：…后续补充), `syntax` ({{ name }}, <公司名稱>, YOUR_EMAIL_HERE) and `dates`
  (YYYY-MM-DD, 【YYYY-MM-DD】, 20XX年X月X日, 2024年 月 日, XXX公司, 400-XXX-XXXX, 某某);
- `vocabulary`: the field nouns, fill verbs and places those forms are built from;
- scanned apart: `addresses` (privacy@example.com), `default_values` (电话：none), `drafting_notes`
  (请根据实际情况修改) and `configurer_notes` (…仍是发布门禁), merged in document order by `notes`, `scripts` (slots in
  a page's script strings), `field_values` (生效日期【上线日期】, 【Contact email, e.g. …】: kept with the twelfth
  session's forms, below);
- look-alikes the scan drops or joins: `placement` (a note alone on its lines, [Street], [City] one address, a place
  word opening a label) and `controls` (点击 [具体说明] 按钮, 系统将提示[请确认…]: what the reader sees, not a slot);
- `policylens.rules.placeholder_forms` (a sibling module): the twelfth and later sessions' forms, kept apart.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from itertools import chain

from policylens.model import Finding
from policylens.patterns import HAN_CHAR
from policylens.rules.around import ends_before, last_before, only_after, only_before
from policylens.rules.base import Rule, register
from policylens.rules.context import Context, TextUnit, in_code_span
from policylens.rules.placeholder_forms import extra_slots
from policylens.rules.placeholder_gloss import marker_gloss
from policylens.rules.placeholder_instruction.addresses import _ADDRESS_START, _DUMMY_HOST, _EXAMPLE_CUE, _dummy_addresses, _in_example
from policylens.rules.placeholder_instruction.controls import _NAMED_GROUPS, _SHOWN_BEFORE, menu_path_end, named_control
from policylens.rules.placeholder_instruction.dates import (
    _date_label,
    _issued_number,
    _masked_span,
)
from policylens.rules.placeholder_instruction.default_values import _default_values
from policylens.rules.placeholder_instruction.drafting_notes import (
    _DRAFT_BASIS,
    _DRAFT_VERB,
    _DRAFTING,
    _DRAFTING_PATTERNS,
    _HERE_IMPERATIVE,
)
from policylens.rules.placeholder_instruction.field_values import field_slots
from policylens.rules.placeholder_instruction.format_hints import masking_example
from policylens.rules.placeholder_instruction.forms import _PATTERNS, _compiled, joined_pattern
from policylens.rules.placeholder_instruction.instructions import (
    _CODE_GLOSS,
    _EXAMPLE_AFTER,
    _ROLE_BEFORE,
    _UI_VERB,
    _fill_compound,
    _input_output_gloss,
    _instruction_start,
    _lists_kinds,
    _ui_label,
)
from policylens.rules.placeholder_instruction.markers import (
    _DRAFT_MARK_AFTER,
    _FIELD_LABEL,
    _TBA_DESCRIBED,
    _UI_PLACEHOLDER,
    YOUR_FIELD_LABEL,
    _later_values,
    _line_end_values,
    _prompt_values,
    _sample_sentences,
    _word_prompts,
)
from policylens.rules.placeholder_instruction.notes import drafting_spans
from policylens.rules.placeholder_instruction.pending_states import described_state
from policylens.rules.placeholder_instruction.placement import _LABEL_PLACES, _alone, _slots_run_on
from policylens.rules.placeholder_instruction.scripts import _in_scripts, shown_on_page
from policylens.rules.placeholder_instruction.slots import (
    _APP_SLOT,
    _CONTACT_LABEL,
    _LABEL_BEFORE,
    _REFERENCE_DEFINITION,
    _UI_PATH,
    _account_row,
    _app_label,
    _app_named,
    _bare_value,
    _enwide_quiet,
    _is_label,
    _lists_terms,
    _lone_slots,
    _marked_conjunction,
    _own_name_step,
    _page_title,
    _section_link_text,
    _selected_control,
    _ui_path_step,
    _value_after,
)
from policylens.rules.placeholder_instruction.syntax import (
    _CJK_BRACE_SLOT,
    _CODE_SYNTAX,
    _WINDOWS_VARIABLES,
    _constants,
    _in_file_path,
    _names_a_scheme,
    code_span_value,
    currency_argument,
    filled_by_page,
    index_access,
    parameter_braces,
)
from policylens.rules.placeholder_instruction.vocabulary import _CONTACT_FIELD
from policylens.rules.templates import liquid_output, template_syntax
from policylens.spans import Taken

# imported from here by other modules and the tests (the rule's one module before it was split; a module outside the
# package imports its entry, never a module inside it: tests/test_layout.py SPLIT_PACKAGES)
__all__ = [
    "_ADDRESS_START",
    "_CONTACT_FIELD",
    "_CONTACT_LABEL",
    "_DRAFTING",
    "_DRAFTING_PATTERNS",
    "_DRAFT_BASIS",
    "_DRAFT_VERB",
    "_DUMMY_HOST",
    "_EXAMPLE_CUE",
    "_HERE_IMPERATIVE",
    "_PATTERNS",
    "PlaceholderInstruction",
    "_compiled",
    "_date_label",
    "_value_after",
    "joined_pattern",
    "menu_path_end",
    "named_control",
    "shown_on_page",
]


@register
class PlaceholderInstruction(Rule):
    """Flags unfilled template slots and dummy values: [公司名称], {{ name }}, XXX公司, 某某, TBD.

    ## What it does
    Finds the parts of a template that were meant to be replaced:

    - fill-in instructions: 【請填寫…】, [待填写——…], （此处填写…）, [插入香港地址], [insert …];
    - slots that name a field: [公司名称], [姓名], [您的邮箱地址], [辦公時間], 【公司名称】, ［聯絡電話］, 【应用名称】, [Company Name],
      [Email], [Hong Kong Address], [Operating Hours]; in 【】 and ［］ only a qualified field (公司, 联系, 您的…), since
      我们收集您的【手机号码】 is emphasis, or 【Email】 as its label's whole value ("- Email: 【Email】"); alternatives and the
      template's note count too: 【个人开发者姓名/主体名称】, 【运营者全称 / 法律实体】, 【联系地址，可选】 (not 【姓名/手机号码】);
    - in a template, a kind of data or party (收集您的手机号码、【数据类型】, 共享给【业务合作伙伴的类型】; not
      【设备类型】, a data item, nor 【信息类型】 opening its paragraph, a label), the service, the permission or
      a policy's link never named (【服务名称】, 【设备权限名称】, 【隐私政策连接】), and a bare field that is the
      whole value of a contact's label (联系电话：【电话号码】; not 我们收集：【手机号码】), or a qualified field that
      repeats its label (生效日期：【生效日期】, 邮寄地址：【运营主体联系地址】, also between a version line's bars:
      版本 v1.0｜最近更新：【更新日期】; not 设备信息：【设备名称】, nor a filled value kept in brackets);
    - generic slots inside a sentence, qualified as the reader's or the operator's place:
      受[您所在地区]法律管辖, [您所在国家/地区], 【贵公司所在城市】, 提交[指定仲裁机构]仲裁
      (not [华东地区](url), a link, nor 【特别提示】 or 【设置】-【地区】);
    - a link text that names its slot, left around a filled URL: [您的 GitHub 仓库链接](https://…);
    - template variables: {{company_name}}, {company}, ${email}, <公司名稱>, %COMPANY%,
      <your-username>, <YOUR_REPO> (not `category_pack_<分類>` or <日期>_cache.json, an angle slot
      glued to an identifier that names a part of a naming scheme, nor <your-token> in a code span,
      nor a folder of a file system path, C:\\Users\\<您的用户名>\\AppData, /home/<user>/, <程序目录>\\记录\\
      or C:\\Users\\xxx\\, nor a part of a file's name in a path, /var/log/app-<时间戳>.log, which tells
      the reader where to look on their own machine; a slot in a URL path still is one);
    - a template's or a program's default as a field's value: 电话：none, 传真：null,
      Email: undefined (not 传真：无 or Fax: none, honest answers; N/A after a Chinese label is
      a warning of `placeholder-hedge`; not a null cell of a table whose header documents values,
      | Phone | null | under "Value when not provided" or 默认值);
    - dummy values: XXX公司, XXXApp, XX市XX區, 某省某市, xx年xx月xx日, 某某, ×××, ○○○, [●];
    - masked numbers, from their first digit: 400-XXX-XXXX, 010-8888XXXX, 138XXXXXXXX
      (not a masking example: 138****1234; not 7x24);
    - dates and periods whose digits are X: 20XX年X月X日, 2024年X月X日, X月X日,
      X个工作日, XX天 (not X光, X轴);
    - dummy addresses: privacy@example.com, admin@company.com, www.yourdomain.com,
      privacy@example.hk, dpo@mail.example.org, https://help.example.net offered as a contact
      or help page, yourname.github.io, your-domain.com (example.com alone, as an example in
      prose, is not flagged; an example address is one finding, not also its xxx);
    - in the string literals of a page's inline scripts (text a page shows at run time, such as
      an i18n dictionary): dummy values, named slots and markers only (400-XXX-XXXX, privacy@example.com,
      某某, [公司名称], 待填写, TBD), at their true line and column; template syntax and drafting prose
      are what scripts are made of, so they are not read there;
    - drafting notes: 【注：示例】, （上线后更新）, [律师审], 请把…替换成你的真实信息, YourApp;
    - instructions to the drafter: 請務必在此處列出…, 此处请填写…, （请根据实际情况修改）,
      （或依各國法規調整最低年齡）, 【示例：…】, 如适用，请列出…, 请根据实际情况调整…,
      （根据实际情况填写）, [若是…的APP，需要根据实际情况填写。], 如不适用请删除, 发布前请删除本段 / 上线前需更新…,
      （注：…请删除…）, [注：此处需补充…], 【需律师审核】, 请将…替换为贵公司的全称,
      本模板仅供参考, (replace with …), [adjust to your jurisdiction],
      (if applicable, insert …).  A bracketed note must follow a note marker (注：),
      name 律师/法务 or name the passage (此处, 本段): 发布机械信息（需审核） is a step of
      the service.  Only
      with the imperative of an instruction: 请您仔细阅读, 请在设置中关闭, 如适用法律要求,
      我们会根据实际情况调整, 请根据实际情况调整您的设置 (advice to the user) and
      （或依當地法律調整之年齡） (a description) are policy prose.  （可选） is not flagged:
      it also marks optional fields for the user;
    - notes to whoever configures or publishes the template, told from advice to the user by their
      addressee and their object: they name no reader (您/你), and what they edit is the policy text itself
      or the operator's own details (本段, 本说明, 方括号中的占位内容, 运营主体, 隐私联系方式), or nothing
      named, never the user's content (照片, 图片, 商品, 作品…).  So 请在此列出并附其隐私政策链接,
      公开收费发布前，必须补齐…运营主体和…联系方式, 请在正式商用前补齐。, 请于上线前删除本段, 使用前请删除本说明,
      …联系方式仍是发布门禁, 建议将本页链接加入应用内的“设置 / 关于”, 本文本用于…，请根据…勾选并填写,
      （供配置时对照）, Adjust this section to match your setup., link this page from your in-app Settings
      are flagged; 请在发布前删除照片中的他人个人信息, 请在商品上架前删除图片中的联系方式 (the user's post or
      listing), 请在使用前填写真实信息, 您可以将本页加入书签, 发布门禁等措施, 请在此填写注销原因 are not.
      Notes of one unit that overlap, or one note repeated a short way on, are one finding (a line of one
      note repeated is one defect);
    - (eleventh session) a disclosure to add before the app is listed (请在 App 上架前补充相册权限的使用说明,
      上架前需补充第三方 SDK 清单; not 请在商品上架前补充商品说明, a seller's listing); the drafter's aside
      （如需添加） (not （如有）, said of the reader's data); a note for the merchant or the mini-program's
      console (此处由商家自行填写…, （请在小程序管理后台配置隐私保护指引）; not 此处由您填写…), 【商户名称】;
      English instructions to the writer in brackets ([describe how users can …], [specify …],
      (list them with links, for example …); not (e.g., …), [List View], nor round brackets that speak to the
      reader: (list the data you want deleted)); the template's alternative left in (（或个人信息保护专员）,
      (or DPO); not "a data protection officer (or DPO)", a gloss); a date whose day or month alone is blank
      (2024年3月 日, 2025 年 月 15 日; not 2025年7月, dated to the month); a heading or a table cell that is
      only a slot (## 【标题】, | [链接] |, | [purpose] |; not a shortcut reference with its definition);
      template hosts admin@test.com, https://your.domain;
    - (twelfth session, `placeholder_forms`) an English field in round brackets where its value goes (the privacy
      practices for (website address); not "via Gumroad (email address)", a gloss); the template's notes to the writer
      of "your privacy notice" (insert a paragraph like this in your privacy notice:) and its "And/or:" between sample
      clauses; letter-named phones and addresses (+86 AAA-BBB-CCCC, A市B区C路DDD号; not 科技园C区D栋); a starter's
      tokens (_EMAIL_, _boot-taro-react_小程序; not in code); a section whose text only says what it should contain
      (本节应更新为…, 本節應說明…, this section should be updated with…; not 本節說明…, a summary, nor a sentence that
      goes on with its content); a date format in brackets after the date's label (**生效日期**：[YYYY-MM-DD]); not an
      HTML table cell that is only a link word (<td><a href=…>[链接]</a></td> is a link's label); (fourteenth
      session) a paragraph that is only a seed row's stand-in for the policy (黛西健康用户隐私政策示例内容。, 测试隐私政策;
      not 隐私政策示例：, which opens its sample, nor a heading).  In a code fence, bracket slots and dummy values are slots (a fenced sample clause);
      braces and angles there stay code ({应用名称} in a naming scheme);
    - (eighteenth session) a bracketed date slot right after its label with no colon (生效日期[2024年X月X日],
      更新日期【YYYY-MM-DD】, Effective date [Month Day, Year]; the English formats [MM/DD/YYYY], [DD-MM-YYYY] in
      brackets; not 出生日期【YYYY-MM-DD】); a slot name followed by the template's note on it
      (**[运营主体名称]**（当前为：…）, [公司名称]（例如：…）); English slot names in full-width brackets (【Company Name】,
      ［Contact Email］; a qualified field only: not 【Email】, nor 【Add Address】, a button); a number in the template's
      brackets followed by a note to confirm it before publishing, and the note (保存【30】天（发布前请确认）,
      [180] days (confirm before publishing); not 【30】天 alone); a company written as a run of O or circles (OOOO有限公司,
      ○○科技股份有限公司, OOOO Co., Ltd.; not 二〇〇〇年); a list slot as a table cell ([SDK列表], [列出接入的SDK],
      [SDK list]) and the template's unchosen [是/否] or [公司/个人] as a cell or a label's value (`placeholder_forms`).
      Technical terms in a slash list are values, not a slot ([IP/MAC地址], [IP address/MAC address],
      用于[数据加密/传输加密/存储加密]; nor [男/女], a form's options for the user, nor [Android/iOS]);
    - (nineteenth session, `field_values`) a field's name in brackets where the value of a label of the same kind
      goes, the kind read from the last word of each (日期/时间, 主体/处理者/运营者, 名单, 邮箱, 电话, 地址, 编号…), with
      ：, 为, a table's bar or nothing between them: 生效日期【上线日期】, 更新日期：【发布时间】, 个人信息处理者：**【运营主体】**，
      当前为… (a value for now after it), （…当前名单：【上游提供方名单】）, | 生效日期 | 【上线日期】 |; not 本应用的【运营主体】为…
      (a defined term), 设备信息：【设备名称】 (another kind), 我们记录的访问时间为【页面停留时间】 (a datum, not the text's own
      date), | 拨打电话 | 【电话】 | (a bare field word), 您的联系电话【家庭固定电话】 (the reader's data).  In a text that says
      its brackets are placeholders (文中【】内为占位符), every bracketed field name is one.  An English field with the
      template's example in brackets of any kind: 【Contact email, e.g. privacy@example.com】, [Website URL, such as …].
      A slash list of bare words led by a fill verb used as a noun lists kinds, it is no instruction: token 数量（输入/缓存/输出）,
      更正（补充/删除） (not （待补充/待定）, nor （请输入/粘贴）);
    - (nineteenth session, n19v, `placeholder_left_in`) a slot wrapped in markup alone on its line, as a signature
      (**[您的公司名称]**; not **【联系方式】**：…); a contact channel in brackets with alternatives or naming the
      operator's link, page or form ([客服信箱或聯繫頁面連結], [Email 或聯絡表單連結], [官方網站]; not [手机号或邮箱],
      【手机号码或邮箱】 or [链接] alone); a date left as one-word slots ([年] 年 [月] 月 [日] 日); a note in round
      brackets standing for a value still to fill (我們（運營主體，待填寫工商信息）; not （待确认、已完成）); notes to
      the drafter about publishing (草案…供内部评审, 正式发布前需法务复核, 正式版前…替换为…真实…, 详见文末待办清单,
      （草稿待办）, 待 NAME 收口, and 发布前请确认： on its own line when the text holds one of those; not
      本政策更新前我们会通知您, 以正式发布的版本为准, 发布前已经过法务审核); a bracket under a note label telling the
      author what to state (【重要提示：此处可以尝试…说明…】, 【重要提示：如果你的用户…，需要说明…】; not
      【注意：此处需要您提供身份证明】, said to the reader);
    - Chinese slots in single braces: {日期/时间}, {如果相关，请填写}, {请根据用途调整这段文字…},
      {包括访问网站时/…} (alternatives, an instruction or a field noun inside; not in code); a value the
      text marks as a placeholder (privacy@… （占位）; after a date or the text's name it is
      `placeholder-drafting`'s draft marker); the template's suggested period left in its brackets
      (【建议 6 个月至 1 年】; not 【建议1】, a numbered tip, nor such a bracket opening its paragraph);
      [其他 SDK 名称与链接], [Other SDK names and links];
    - a slot that says its value is still to be confirmed: <运营主体法定名称，待确认>,
      【客服邮箱，待确认】, [support@…, TBD] (not 订单状态（待确认、已完成）); a date format never
      replaced by a date: 生效日期：YYYY-MM-DD, <YYYY年MM月DD日> (not 日期格式为 YYYY-MM-DD);
    - markers: 待定, 待补充 (as a value or a note: not 请完善待补充资料), TBD, TBC, TODO,
      Lorem ipsum, YOUR_EMAIL_HERE, COMPANY_NAME (not ACCESS_FINE_LOCATION), any field constant as the whole
      bracketed slot ([EFFECTIVE_DATE，例如 2026-06-23]; not a bare SERVICE_URL, a setting a self-hosted tool's
      policy tells the admin to set); 待确认 as the value of a contact or name field (客服邮箱：待确认,
      联系电话：【待确认】, 營運者：**待確認**) or of a fact the policy owes (保存期限：, 保留與訓練政策：; not
      订单状态：待确认); a value to come later (邮件：暂未开通，后续补充;
      not 附件将后续补充, a sentence); 待完善, 待更新, 待提供, 待公布 as the whole value
      of a field (保存期限：待完善; not 仍有待完善, nor 状态：待确认);
    - (twenty-sixth session, lead) a date format after the date's verb with no colon (本政策最后更新于 YYYY-MM-DD,
      Last updated on MM/DD/YYYY) or before the verb of effect (自 YYYY 年 MM 月 DD 日起生效); [Month] [Day], [Year];
      the template's "here" after an English field ([your email here]); an English field in capitals in angle
      brackets (<EMAIL>, <COMPANY NAME>; not <ADDRESS> alone, an element); not an English field the reader is told to
      tap or click (tap [Edit Name]).  A phone masked whole, (XXX) XXX-XXXX, and an address of slots a comma apart,
      [Street], [City], [Postcode], are one finding each ([Name], [Email] stay two).
    - (u57f) in a page's Japanese paragraphs: 【要確認】, ［会社名］, ○○株式会社, TBD (`rules.placeholder_japanese`).

    ## Severity
    Error: every form above is text meant to be replaced before publication.

    Extra patterns can be added with `placeholder-patterns` in the configuration.

    Not flagged: Markdown links (`[text](url)`, `[text][ref]`, and `[label]` when the
    document defines `[label]: url`), footnote marks [1], citations such as [2021],
    labels such as 【特别提示】, [Android] or 【设置】-【注销账号】, a field name that
    opens its paragraph, is followed by a colon (【联系方式】：…) or is a step of a UI
    path (【我的】-【用户名】), and Hugo
    shortcodes (`{{< lastmod >}}`).

    ## Options
    Per-format exception: in files that are templates by design, the format's own
    template syntax is filled when the page is built, so it is not reported there:
    single braces in Fluent `.ftl` (`{ $date }`, `{ brand-name }`) and MDX `.mdx`
    (`{frontMatter.date}`), `{{ }}` and single braces in Vue `.vue`, `${ }` in JSP
    `.jsp`, `{{ }}` in mini-program pages (WeChat `.wxml`, Alipay `.axml`, Baidu `.swan`,
    ByteDance `.ttml`: `{{updateDate}}` is bound at run time), single braces in a Markdown page
    whose text is its front matter's (a page builder's `blocks:`, `保存后 {days} 天`), and in a web page the variable
    of its own client-side loop (`{{d.name}}` inside `<li ng-repeat="d in about_data">`).  Every other form is still reported in those files (`{{company_name}}`
    in a `.ftl` file, [公司名称] anywhere).

    ## Why is this bad?
    The policy names no real company, address or date, so it does not tell the user
    who is responsible for their data or how to reach them.

    ## Example
        **郵寄地址**：（請填寫公司地址，例如）臺灣XX市XX區XX路XX號XX樓 努法有限公司 收

    Use instead:
        **郵寄地址**：臺北市中正區重慶南路一段122號 努法有限公司 收

    ## References
    - 個人資料保護法第8條 (the collector's name must be given); PIPL 第十七条 (处理者的名称和联系方式).
    """

    id = "placeholder-instruction"
    severity = "error"
    groups = ("placeholder",)
    supersedes = (
        "placeholder-empty",
        "placeholder-drafting",
        "placeholder-hedge",
        "placeholder-residue",
        "script-mixed",
        "regional-vocabulary",
        "date-format",
        "contact-inconsistent",
        "bracket-unbalanced",
        "entity-mismatch",
    )
    messages = {
        "en": "unfilled template text {text}",
        "zh-Hant": "範本文字未填寫：{text}",
        "zh-Hans": "模板文字未填写：{text}",
    }

    def check(self, ctx: Context) -> Iterator[Finding]:
        # The twelfth session's forms are few: found first and kept, each marked when a finding of the forms above
        # covers it ([COMPANY NAME] is one slot), so that nothing is kept per finding of those (issue #12).
        found: list[tuple[tuple[int, int], tuple[int, int], Finding]] = []
        for unit, start, end in chain(extra_slots(ctx), field_slots(ctx)):
            finding = self.finding(ctx, unit, start, end, text=unit.text[start:end])
            found.append(((finding.line, finding.column), (finding.end_line, finding.end_column), finding))
        found.sort(key=lambda x: x[0])
        extras: list[tuple[tuple[int, int], tuple[int, int], Finding]] = []
        for extra in found:
            if not extras or extras[-1][1] <= extra[0]:
                extras.append(extra)  # (two of these forms on one span would be one slot)
        starts = [a for a, _, _ in extras]
        covered = bytearray(len(extras))
        for finding in self._findings(ctx):
            if finding.excerpt.strip() in ctx.doc.filled:
                continue  # 「[联系地址]」 that the page's own script replaces before showing it (`load.scripts.replaced_tokens`)
            a, b = (finding.line, finding.column), (finding.end_line, finding.end_column)
            k = bisect_left(starts, b) - 1
            while k >= 0 and extras[k][1] > a:  # the extras that start before this finding ends and end after it starts
                covered[k] = 1
                k -= 1
            yield finding
        for k, (_, _, finding) in enumerate(extras):
            if not covered[k] and finding.excerpt.strip() not in ctx.doc.filled:
                yield finding

    def _findings(self, ctx: Context) -> Iterator[Finding]:
        """The findings of every form but the twelfth session's (`placeholder_forms`)."""
        extra = ctx.settings.placeholder_patterns
        pattern = _compiled(extra)
        # Drafting notes are found first, and the slots below only mark the notes they
        # overlap (【請在此處填寫公司名稱】 is one finding): keeping every slot's span for the
        # notes to look up instead cost ~0.4 KB per finding on a file of one slot per
        # paragraph (issue #12).  Notes are rare; what is kept here grows with them only.
        notes = list(drafting_spans(ctx))
        notes_in: dict[int, list[int]] = {}  # id(unit) → indexes of its notes
        for k, note in enumerate(notes):
            notes_in.setdefault(id(note[0]), []).append(k)
        taken = bytearray(len(notes))  # 1: a slot already covers that note
        # configured patterns can match anything: scan every unit for them
        hits = ctx.scan(pattern, per_unit=True) if extra else ctx.scan(pattern)
        own_syntax = template_syntax(ctx.doc.source.path) | ctx.doc.own_syntax
        references: set[str] | None = None
        # dummy addresses first: xxx@xxx.com is one finding, not also two XXX slots
        dummies = list(_dummy_addresses(self, ctx))
        # id(unit) → the characters of its dummy addresses (one lookup per slot: a line of 6,000 「>xxx@xxx.com</a>」
        # compared each slot with every address of the line, 36 million tests)
        dummy_in: dict[int, Taken] = {}
        for unit, _, start, end in dummies:
            if id(unit) not in dummy_in:
                dummy_in[id(unit)] = Taken(len(unit.text))
            dummy_in[id(unit)].add(start, end)
        last: tuple[int, int] = (0, -1)  # (id of the unit, end) of the last slot: overlapping forms are one slot
        # the last slot, not yet reported: a run of bracketed slots a comma apart is one field ([Street], [City], [Postcode])
        pending: tuple[TextUnit, int, int] | None = None
        # id(unit) → the spans of its slots that hold a `_`: a template constant inside one (<YOUR_DOMAIN>) is that
        # slot's name, reported once by the slot (few: only slots with an underscore are kept)
        underscored: dict[int, list[tuple[int, int]]] = {}
        swallowed: set[int] = set()  # dummy addresses inside a fill-in bracket reported whole
        for unit, _, start, end in dummies:  # (u34r2) YOUR_EMAIL@example.com: the dummy address is the one finding
            if "_" in unit.text[start:end]:
                underscored.setdefault(id(unit), []).append((start, end))
        for unit, start, end, m in hits:
            if not m.group(0):
                continue
            addresses = dummy_in.get(id(unit))
            if addresses is not None and addresses.overlaps(start, end):
                # (u51k, round50d aigen L462) 「[填写您的邮箱，如 privacy@yourcompany.com]」: the instruction's bracket holding
                # its example address whole is the slot (the address alone was reported)
                inside = {k for k, (u, _, s, e) in enumerate(dummies) if u is unit and s < end and e > start}
                if not m.groupdict().get("fillin") or any(not (start <= dummies[k][2] and dummies[k][3] <= end) for k in inside):
                    continue  # inside a dummy address, reported once below
                swallowed |= inside
            if m.group(0) == "TBA" and _TBA_DESCRIBED.search(unit.text, max(0, start - 40), start):
                continue  # "leave kickoff TBA": the data the text describes, not its own value
            if m.group("blankdate") is not None and ctx.shown_in(unit, max(0, start - 1), end):
                # (u34r, round34) 「生效日期：{new Date().getFullYear()}年{…}月{…}日」: a React page prints each part of
                # the date its code computes; the blanked expressions left 年月日, a date filled where the page is shown
                continue
            span = _masked_span(unit.text, start, end, m)
            if span is None:
                continue  # 日期：____年__月__日 in a form the user fills in, not the policy's own date
            start, end = span  # a masked number, date or address widened to the whole value
            if m.group("en") and index_access(ctx.doc.source.path, unit.text, start, end):
                continue  # (u40k2) `(typeof LEGAL_PAGE_KEYS)[number]`: an indexed-access type in a script module's code
            if m.group(0)[:1] in "Xx" and _issued_number(unit.text, start):
                continue  # (u40k2) 回执号(DSAR-xxxxxxxx): the format of a number the service issues, not a value to fill
            if any(m.group(g) for g in _CODE_SYNTAX) and in_code_span(unit.text, start) and not code_span_value(unit.text, start, end):
                continue  # `{sessionId}` in a code span: code the policy shows, not a slot (联系邮箱：`{{email}}` is one: u38r)
            if m.group("enangle") and _EXAMPLE_CUE.search(unit.text, max(0, start - 20), start):
                continue  # for example <Name> fields: a field the policy describes
            if m.group("yourfield") and not YOUR_FIELD_LABEL.search(unit.text, max(0, start - 24), start):
                continue  # 我们收集：（您的姓名）: an item after a list's lead-in, not a name or contact label's value
            if m.group("dollar") and ctx.doc.catalogue is not None and currency_argument(unit.text, start):
                continue  # 「HK${amount} 回贈」 in a message catalogue: the sign HK$, then the library's argument `{amount}`
            if own_syntax and any(m.group(name) for name in own_syntax):
                continue  # the format's own template syntax, filled when the page is built
            if (m.group("mustache") or m.group("brace")) and filled_by_page(ctx.doc.front_matter, m.group(0)):
                continue  # {{ $doc.site_name }} with `site_name:` in the front matter: filled when the page is built
            if m.group("mustache") and liquid_output(ctx.doc.liquid, m.group(0)):
                continue  # {{ content.title }} after {% assign content = … %}: a Liquid page's output, filled when built
            if m.group("percent") and m.group(0).strip("%") in _WINDOWS_VARIABLES:
                continue  # %APPDATA%: a Windows path a policy names, not a slot
            if unit.paragraph is not None and unit.paragraph.kind == "code" and any(m.group(g) for g in _CODE_SYNTAX):
                continue  # {name}, ${email} in a fenced code block: code the policy shows, not a slot
            if (m.group("field") or m.group("describe")) and _is_label(unit.text, start, end):
                continue
            if m.group("enwide") and _enwide_quiet(unit.text, start, end, m.group("enbare") is not None):
                continue  # (【app】 opening its paragraph still stands for the name: `_app_label`; 【Email】 alone: u60p)
            if (
                m.group("en")
                and _APP_SLOT.fullmatch(unit.text, start, end)
                and (_app_label(unit.text, start, end) or not HAN_CHAR.search(unit.text, max(0, start - 3), end + 3))
                and not _app_named(unit.text, start)
            ):
                continue  # (review u29x) [App] opening its line as a tag, or in an English sentence: no name left out
            if m.group("en") and menu_path_end(unit.text, start):
                continue  # (u53p) "Settings > About > [Version Number]": the last step of a settings path, not a slot
            if (m.group("field") or m.group("en") or m.group("enwide")) and "/" in m.group(0) and _lists_terms(m.group(0)):
                continue  # [IP/MAC地址], [TLS/SSL/HTTPS URL]: technical terms listed together, not a field left to fill
            if (
                (
                    m.group("fillin")
                    or m.group("fillend")
                    or m.group("fillask")
                    or m.group("fillreq")
                    or m.group("fillspec")
                    or m.group("prepublish")
                )
                and m.group(0)[:1] in "【［["
                and named_control(unit.text, start, end)
            ):
                continue  # 在【填写资料】页面, 点击【去填写】: a page or a control named by its verb, not a slot
            if (
                m.group(0)[:1] in "【［["
                and ("请" in m.group(0) or "請" in m.group(0))
                and _SHOWN_BEFORE.search(unit.text, max(0, start - 10), start)
            ):
                continue  # 系统将提示[请确认您的手机号], 页面显示：[资料不全，请补充]: a message the app shows, whichever form took it
            if m.group("describe") and (in_code_span(unit.text, start) or named_control(unit.text, start, end)):
                continue  # 点击 [具体说明] 按钮, 详见 [功能描述] 一节, 设置 > [功能描述], `[具体用途]`: a control, a part or code
            if m.group("category") and _LABEL_BEFORE.match(unit.text, 0, start):
                continue  # 【个人信息类型】 opening its paragraph or cell: a heading, a column's or a list's label
            if m.group("addnote") and not _alone(unit, start, end):
                continue  # 这里（增加了…信息）: an aside in a sentence, not the template's instruction left as its paragraph
            if m.group("fillin") and _lists_kinds(m.group(0)):
                continue  # token 数量（输入/缓存/输出）, 诊断（输入 + AI 访谈 + 报告）: kinds or steps, the fill verb a noun
            if m.group("fillin") and _fill_compound(m.group(0)):
                continue  # 【补充协议】：…, 【输入法】: one noun that starts with a fill verb, a clause's label or a name
            if m.group("fillin") and _input_output_gloss(unit.text, start, end):
                continue  # 指令（输入内容）、回应（输出内容）: the input beside the output, a noun glossing a noun
            if m.group("bare") and not _bare_value(unit.text, start, end):
                continue
            if m.group("generic") and (ends_before(unit.text, start, _UI_PATH) or unit.text[end : end + 1] in _UI_PATH):
                continue  # "设置"-[地区]: a step of a UI path, not a slot
            if any(m.group(g) for g in _NAMED_GROUPS) and _ui_path_step(unit.text, start, end):
                continue  # "设置" > "[您的姓名]" > "iCloud": the reader's own row in a settings path, not a slot
            if any(m.group(g) for g in _NAMED_GROUPS) and _account_row(unit.text, start, end):
                continue  # 点击顶部的[您的姓名]（Apple ID）: the reader's own name on the account row they tap, not a slot
            if m.group("generic") and m.group(0)[1:].lstrip().startswith(_LABEL_PLACES) and _is_label(unit.text, start, end):
                continue  # 【公司所在地】北京市…, 【服务器所在地】中国境内: a field as a label before its value (not [您所在地区], a slot)
            if (m.group("angle") or m.group("your") or m.group("enangle") or m.group(0).strip("Xx") == "") and _in_file_path(
                unit.text, start, end
            ):
                continue  # C:\\Users\\<您的用户名>\\AppData, /home/<user>/, C:\\Users\\xxx\\: a folder on the reader's machine, not a slot
            if (m.group("angle") or m.group("your")) and _names_a_scheme(unit.text, start, end, your=m.group("your") is not None):
                continue  # `category_pack_<分類>`, `Bearer <your-token>`: a naming scheme or code, not a slot
            if m.group(0)[:1] in "某×○◯〇OXx*＊" and masking_example(unit.text, start, end):
                continue  # 显示为“张某某”, （格式：09xxxxxxxx）: an example or an input's format (u58p), not a slot
            if m.group("field") and _selected_control(unit.text, start, end):
                continue  # 然後選取 [檢視帳戶]: a control the reader is told to select, not a field left empty
            if m.group("angle") and _marked_conjunction(unit.text, start, end):
                continue  # 继承（…除外）<或>在第三方平台上: a conjunction an editor marked, no field named
            if m.group("angle") and _section_link_text(unit.text, start, end):
                continue  # [<我們共用個人資料的原因>](…#mainreasons): a link to a section, its title in angle brackets
            if m.group(0)[:1] in "某×XxＸｘ" and _own_name_step(unit.text, start, end):
                continue  # 豆瓣网页“xxx的帐号”-“帐号管理”: the reader's own name in a menu label of a UI path, not a slot
            if m.group("brace") and parameter_braces(unit.text, start, end):
                continue  # const TermsPage({super.key});: a constructor's named parameters, code read as text
            if m.group("cjkbrace") and not _CJK_BRACE_SLOT.search(unit.text, start, end):
                continue  # {中文}: braces around words that name no slot
            if m.group("marked") and _UI_PLACEHOLDER.search(unit.text, max(0, start - 6), start):
                continue  # 加载时显示灰色方块（占位）: a placeholder the app shows, an element the policy describes
            if m.group("marked") and last_before(unit.text, start, " \t\u3000") in _DRAFT_MARK_AFTER:
                continue  # 更新日期：2025-09-16（占位）: the text's own draft marker, `placeholder-drafting`'s
            if m.group("suggested") and _LABEL_BEFORE.match(unit.text, 0, start) and not only_after(unit.text, end, " \t\u3000*"):
                continue  # 【建议 3 个月】更换一次密码: a tip's label opening its paragraph, not a value left in brackets
            if m.group("stub") and (
                not only_before(unit.text, start, " \t\u3000*#>-") or unit.paragraph is None or unit.paragraph.kind != "paragraph"
            ):
                continue  # 订单状态：待完成, a table's cell 待完成: a state, not a section's body left to write
            if m.group(0) == "待定" and described_state(unit.text, start, end):
                continue  # 当订单状态为待定时, 订单状态：待定, 处于待定状态: a state described (`pending_states`)
            if m.group("tbc") and not _FIELD_LABEL.search(unit.text, max(0, start - 16), start):
                continue  # 订单状态：待确认: a state, not a slot
            if m.group("pendingdate") and not _date_label(unit.text, start):
                continue  # 状态：待发布, 上线时间：待发布: not the policy's own date
            if m.group("ymd") and (_in_example(unit.text, start) or not _date_label(unit.text, start, end)):
                continue  # 日期格式为 YYYY-MM-DD, | 出生日期 | YYYY-MM-DD |: a format asked of the user, not the policy's date left out
            if m.group("alternative") and _ROLE_BEFORE.search(unit.text, max(0, start - 40), start):
                continue  # "a data protection officer (or DPO)", 「个人信息保护负责人（或数据保护官）」: a gloss, not an alternative left in
            if m.group("en") and _CODE_GLOSS.match(unit.text, end) is not None:
                continue  # 「[name]：显示会员名字效果」: a code the page documents by what it displays, not a slot
            if m.group("en") and _UI_VERB.search(unit.text, max(0, start - 72), start):
                continue  # tap [Edit Name], click [Email]: a control the reader is told to use, not a field left empty
            if m.group("enverb") and _ui_label(ctx, unit.text, start, end):
                continue  # [Provide feedback], [List view], [State of California], tap [Describe your issue]: a label or a name
            if m.group("instruction"):
                start = _instruction_start(unit.text, start)
            if last[0] == id(unit) and start < last[1]:
                continue  # （请替换为贵公司名称）: the bracket and the instruction in it are one slot
            if last[0] == id(unit) and start - last[1] <= 12 and _EXAMPLE_AFTER.search(unit.text, max(0, last[1] - 6), last[1]):
                continue  # （請填寫公司地址，例如）臺灣XX市XX區: the instruction and its sample value are one slot
            if m.group("en") or m.group("describe") or (m.group("generic") and m.group(0)[0] == "["):
                if references is None:
                    references = {d.group(1).strip().lower() for u in ctx.units() if (d := _REFERENCE_DEFINITION.match(u.text))}
                    references.update(ctx.doc.link_labels)  # definitions the Markdown reader took out of the text
                if m.group(0).strip("[] ").lower() in references or _REFERENCE_DEFINITION.match(unit.text[start:]):
                    continue  # a shortcut reference link [Email] or the definition [Email]: url itself
            last = (id(unit), end)
            if "_" in unit.text[start:end]:
                underscored.setdefault(id(unit), []).append((start, end))
            for k in notes_in.get(id(unit), ()):
                if notes[k][1] < end and start < notes[k][2]:
                    taken[k] = 1
            if pending is not None and pending[0] is unit and _slots_run_on(unit.text, pending[1], pending[2], start):
                pending = (unit, pending[1], end)
                continue
            if pending is not None and pending[0] is unit and marker_gloss(unit.text, pending[1], pending[2], start):
                pending = (unit, pending[1], end)  # (u37r) TODO（待填写）: the marker and its gloss, one slot
                continue
            if pending is not None:
                yield self.finding(ctx, pending[0], pending[1], pending[2], text=pending[0].text[pending[1] : pending[2]])
            pending = (unit, start, end)
        if pending is not None:
            yield self.finding(ctx, pending[0], pending[1], pending[2], text=pending[0].text[pending[1] : pending[2]])
        for k, (unit, start, end) in enumerate(notes):
            if not taken[k]:
                yield self.finding(ctx, unit, start, end, text=unit.text[start:end])
        for k, (_, finding, _, _) in enumerate(dummies):
            if finding is not None and k not in swallowed:
                yield finding
        yield from _lone_slots(self, ctx, pattern)
        yield from _page_title(self, ctx, pattern)
        yield from _constants(self, ctx, underscored)
        yield from _in_scripts(self, ctx, pattern)
        yield from _default_values(self, ctx)
        yield from _later_values(self, ctx)
        yield from _line_end_values(self, ctx)
        yield from _sample_sentences(self, ctx)
        yield from _word_prompts(self, ctx)
        yield from _prompt_values(self, ctx)
