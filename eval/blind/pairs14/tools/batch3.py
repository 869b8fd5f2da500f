"""Annotation for the uni-app .vue pair of pairs14 (c9p), written before any policylens run.

Headings are <view class="tit"> blocks; body text sits in <view class="txt"> (often wrapped in <text>)."""
from ann import C, N, src, write

n = "yunjia-vue-expand"
T0 = "允家隐私保护"
ADDED = [
    ("二、用户个人信息", "注册登记时要求提供个人信息：(1) 个人识别资料 …; (2) 个人背景 …; 2、未经同意不用于其它目的 …"),
    ("三、用户权利", "查询/阅览、补充/更正、删除、停止电脑处理; 配套服务登记表; 电子邮件 jyxf201611@163.com"),
    ("四、用户信息安全保护", "1、严格保护 … 2、委托专业技术人员代为电脑处理 …"),
    ("五、用户隐私自我保护", "1、聊天室、公告栏为公开场合 … 2、账号密码保密责任 …"),
    ("六、未成年人隐私权的保护", "1-7：十六岁以下 …, 监护人同意, (1)-(3) 监护人权利 …"),
    ("七、用户信息使用原则 惟在符合下列条件之一的情况下，本网站方可能对本网用户的个人信息进行必要范围之外的合理使用：", "1、书面同意; 2、紧急危险; 3、他人权益; 4、公共利益"),
    ("八、用户信息披露原则", "1、政府机关依法定程序要求 …; 2、(1)-(3) 其他披露情形"),
    ("九、Cookies", "1-4：Cookies 的定义、用途、注册会员时使用、只能被允家新房读取 …"),
    ("十、免责 除上述免责情形外，下列情况本网站亦毋需承担任何责任：", "1-6：密码告知他人、黑客、第三方、免责情形、外部链接、不可抗力"),
    ("十一、相关法律", "本声明未涉及的问题请参见国允家关法律法规 …"),
    ("十二、本网站相关声明版权及其修改权、更新权和最终解释权均属允家新房所有。", "联系方式：30天内回复；客服；【400-718-6686】投诉举报；个人信息保护专职部门；向法院提起诉讼"),
    ("十三、本网站相关声明版权及其修改权、更新权和最终解释权均属允家新房所有。", "(heading only, no body; same words as 十二)"),
]
write(n, {
    "source": src(n, "liwei96/uni-app", "liwei96+uni-app", "none (no licence file seen)",
                  "5744a8d", "pages/privacy/privacy.vue", "d410a5b", "pages/privacy/privacy.vue", "vue"),
    "changed": [{"old_title": T0, "new_title": T0, "kind": "modified"}] + [{"old_title": None, "new_title": t, "kind": "added"} for t, _ in ADDED],
    "noise_only": [], "unchanged": ["一、用户非个人信息"],
    "changes": [
        C(T0, T0, "允家隐私保护声明系本网站保护用户个人隐私的公告和承诺，请您务必仔细阅读。",
          "允家新房隐私保护声明系本网站保护用户个人隐私的公告和承诺，请您务必仔细阅读。在使用允家新房提供的各项产品或服务前，…即表示您已充分理解并同意本文件内容。如对本协议内容有任何疑问、意见或建议，您可通过允家新房提供的各种联系方式联系",
          "wording", note="product name 允家 -> 允家新房 in this paragraph only (the first paragraph keeps 允家) and three sentences appended"),
    ] + [C(None, t, None, body, "added") for t, body in ADDED],
    "noise": [
        N(None, None, '<view class="toptitle">', '<view class="toptitle" @tap="back">', "markup", note="event handler on the title bar; the bar text 隐私保护 is unchanged"),
        N(None, None, "methods: {}", "methods: { back(){ uni.navigateBack(…) } }", "markup", note="<script> code"),
    ],
    "notes": "uni-app page: the short notice (title + two paragraphs + section 一) grows into a 13-section policy: sections 二 … 十三 added (十二 and 十三 have the same heading text), the second intro paragraph renames 允家 -> 允家新房 and gains three sentences. 13 changes. Section 一 is unchanged.",
})
