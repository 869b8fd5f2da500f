"""Hand annotations of round 57q (helper m57p, the session's secret final set), read by tools/annotate57q.py: each
document read in full before any policylens run.  name: (set, file, meta, placeholders, look-alikes, ambiguous); each
entry (text, note[, anchor]).

Eight files never used before, the documents of eval/profiles57q/docs (seven from the code index by id, one from
hongkongkiwi/fantastic-auth at 10843d27; written out character for character, total_chars checked).  No unused draft
with true slots was found (every draft the index offered was already in eval/); three documents hold ambiguous slot-like
text: a template's {{variables}} (fantastic-en-md), a processor written as 【A/B】 (ningde-zh-jsx) and a drafting comment
left above filled terms (taichung-tw-vue).  Held out (drawn before any run, ../../profiles57q/ref/holdout-draw.txt, the
same draw): daina-zh-tsx, ailibrary-zh-tsx."""

_IDX = "unknown (repository not named by the index): all rights reserved; test fixture only"


def _idx(index_id: str, how: str, chars: int) -> dict:
    return {
        "repo": None,
        "path": None,
        "commit": None,
        "index_id": index_id,
        "corpus": f"code index ({how} / read_file, total_chars {chars:,})",
        "license": _IDX,
    }


_RUNTIME = "a run-time interpolation filled by the code (not a slot left by the drafter)"
_ATTR = "an HTML input's placeholder attribute (a form hint, not a slot)"
_TPL = "a template variable of a policy template that the server fills per tenant: a slot in the file, filled at run time (ambiguous)"


def _zh(index_id: str, chars: int, kind: str, form: str, note: str, how: str, script: str = "hans/cn") -> dict:
    return {
        "kind": kind,
        "url": f"index:{index_id} (code index; repository not named by the index)",
        "script": script,
        "lang": "zh",
        "form": form,
        "source": _idx(index_id, how, chars),
        "note": note,
    }


DOCS = {
    "tuandui-zh-tsx": (
        "dev",
        "PrivacyPage.tsx",
        _zh("54696930094", 11083, "zh-Hans 团队业务中台 隐私政策 as a React page (template literals + JSX, the text twice)", "React TSX",
            "clean: 最后更新：2026年5月30日; no slot", "find_string 「我们将在15个工作日内回复」"),
        [],
        [],
        [],
    ),
    "ningde-zh-jsx": (
        "dev",
        "RiderSafetySurveyProject.jsx",
        _zh("59657727186", 29700, "zh-Hans 个人信息处理告知书 of a WeChat questionnaire (兴业银行宁德分行 / 人保财险宁德市分公司) in a React JSX page",
            "React JSX", "clean but for the processor written as 【A/B】 (ambiguous); no date", "find_string 「个人信息处理者：【」"),
        [],
        [
            ('pattern="1\\d{10}"', "an input pattern attribute (a regex), not a slot"),
        ],
        [
            ("个人信息处理者：【兴业银行宁德分行/人保财险宁德市分公司】", "two co-processors in lenticular brackets with a slash: a template's choice left unresolved, or the joint processors written in brackets (both are named with contacts under 十一、联系我们): ambiguous"),
        ],
    ),
    "mentor-tw-svelte": (
        "dev",
        "WarrantyAgreement.svelte",
        _zh("25270890247", 9353, "Taiwan 曼陀乳房植入物保固註冊申請書 (個資告知曁同意書) of 偉鉅股份有限公司 as a Svelte component", "Svelte",
            "clean: no slot, no date", "find_string 「請求製給複製本」", "hant/tw"),
        [],
        [],
        [],
    ),
    "taichung-tw-vue": (
        "dev",
        "Register.vue",
        _zh("49505381315", 20073, "Taiwan register form whose modal holds 臺中市政府服務e櫃檯's 網路同意申請書 (a Vue SFC)", "Vue SFC",
            "clean text; a drafting comment left above the filled terms (ambiguous); form hints and Vue interpolations",
            "find_string 「請求製給複製本」", "hant/tw"),
        [],
        [
            ('placeholder="輸入您的名字"', _ATTR),
            ('placeholder="請選擇生日"', _ATTR),
            ('placeholder="聯絡電話"', _ATTR),
            ('placeholder="請輸入電子郵件信箱"', _ATTR),
            ('placeholder="請輸入驗證碼"', _ATTR),
            ("{{ errors.username }}", _RUNTIME),
            ("{{ isSubmitting ? '註冊中...' : '註冊' }}", _RUNTIME),
            ("（格式：09xxxxxxxx）", "a format hint in a validation message (09 + eight digits), not a slot"),
        ],
        [
            ("<!-- 在這裡放入你的條款內容 -->", "a drafting instruction left in an HTML comment above terms that were put in: ambiguous"),
        ],
    ),
    "civiltools-multi-ts": (
        "dev",
        "LanguageContext.tsx",
        {
            "kind": "Civil Engineering Tools' i18n module: the privacy policy, terms and about strings in en, zh, ja and es (TypeScript)",
            "url": "index:56153009923 (code index; repository not named by the index)",
            "script": "latin/en",
            "lang": "en+zh+ja+es",
            "form": "TypeScript (a Record of string objects in a React context module)",
            "source": _idx("56153009923", "find_string 「加州消费者隐私法」", 22775),
            "note": "clean: Last Updated: July 1, 2024 in four languages; no slot",
        },
        [],
        [],
        [],
    ),
    "fantastic-en-md": (
        "dev",
        "gdpr_privacy_policy.md",
        {
            "kind": "English GDPR privacy policy template of fantastic-auth's consent module (Markdown with {{variables}})",
            "url": "https://github.com/hongkongkiwi/fantastic-auth/blob/10843d2746ef3f89ae2994256212f21a598b4028/vault-server/src/consent/templates/gdpr_privacy_policy.md",
            "script": "latin/en",
            "lang": "en",
            "form": "Markdown",
            "source": {
                "repo": "hongkongkiwi/fantastic-auth",
                "path": "vault-server/src/consent/templates/gdpr_privacy_policy.md",
                "commit": "10843d2746ef3f89ae2994256212f21a598b4028",
                "index_id": "17761911376",
                "corpus": "code index (search 'CCPA privacy notice template' / read_file by repo and path, total_chars 4,126)",
                "license": "unknown (no licence file read): all rights reserved; test fixture only",
            },
            "note": "a template whose {{…}} are filled by the server per tenant: every {{…}} line ambiguous",
        },
        [],
        [],
        [
            ("**Last Updated:** {{effective_date}}", _TPL),
            ("{{company_name}} (\"we,\"", _TPL),
            ("- **Company Name:** {{company_name}}", _TPL),
            ("- **Address:** {{company_address}}", _TPL, "## 2. Company Information"),
            ("- **Contact Email:** {{contact_email}}", _TPL),
            ("- **Website:** {{company_website}}", _TPL),
            ("- **Data Protection Officer:** {{dpo_email}}", _TPL),
            ("Default retention period: {{data_retention_days}}", _TPL),
            ("[Cookie Policy]({{cookie_policy_url}})", _TPL),
            ("- Email: {{contact_email}}", _TPL),
            ("- Address: {{company_address}}", _TPL, "## 15. Contact Us"),
        ],
    ),
    "daina-zh-tsx": (
        "holdout",
        "PrivacyPolicyPage.tsx",
        _zh("9798636029", 15568, "zh-Hans 代拿网隐私政策 as a React page", "React TSX",
            "clean: 最后更新时间：2025年9月; no slot", "find_string 「我们在中华人民共和国境内收集和产生的个人信息」"),
        [],
        [],
        [],
    ),
    "ailibrary-zh-tsx": (
        "holdout",
        "privacy.tsx",
        _zh("54095863213", 3339, "zh-Hans AI Library隐私政策 as a Next.js page", "Next.js TSX",
            "clean: no date; no slot", "find_string 「我们如何使用Cookie和同类技术」"),
        [],
        [],
        [],
    ),
}
