"""Rebuild the index text (id 63512500837) of Aswellle/Pindou-Studio src/components/LegalPages.jsx: the git HEAD file with
the v3 entries (隐私政策 and 服务条款 3.0, 2026年8月23日) written before the v2 entries, each v3 entry made from its v2 entry
by the edits below, copied character for character from the index text (u54d).  Checked: total length 31,395 and the
offset of 「隐私政策（历史版本）」 18,068, as the index reports."""

import re
import sys

with open(sys.argv[1], encoding="utf-8") as fh:
    head = fh.read()


def entry(src, name):
    m = re.search(rf"const {name} = \[\n(  \{{\n    id: 'v2',.*?\n  \}},\n)", src, re.S)
    return m.group(1)


def edit(text, pairs):
    for old, new in pairs:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


P = [
    ("id: 'v2',\n    version: '2.0',\n    date: '2026年8月7日',", "id: 'v3',\n    version: '3.0',\n    date: '2026年8月23日',"),
    (
        '本工具采用"云端账号 + 本地作品"的混合数据架构：<strong>账号与个人资料存于云端</strong>（用于跨设备登录与身份展示），<strong>您的拼豆作品数据默认保存在您的浏览器本地</strong>',
        '本工具采用"云端账号 + 本机作品"的混合数据架构：<strong>账号、个人资料与您在云端保存的作品存于云端</strong>（用于跨设备登录、同步与身份展示），<strong>未登录时的拼豆作品数据默认保存在您的浏览器本地</strong>',
    ),
    (
        "<li><strong>账户信息</strong>：注册时您提供邮箱地址（必需，用于邮箱验证码验证与登录）与密码；可选设置昵称、上传头像。</li>",
        "<li><strong>账户信息（注册方式一）</strong>：邮箱注册时您提供邮箱地址（必需，用于邮箱验证码验证与登录）；可选设置昵称、上传头像。</li>\n"
        '            <li><strong>账户信息（注册方式二）</strong>：您也可以使用<strong>自定义账号</strong>注册——提供用户名、昵称、密码与一个可选的"安全密钥"（用于找回密码）。该方式以合成邮箱映射到我们的认证系统，全程不涉及外部邮箱验证链接。</li>',
    ),
    (
        "<li><strong>作品数据</strong>：您创建的拼豆图案（画布数据、网格尺寸、调色板选择）保存在您的浏览器本地存储（localStorage）中，不会上传至我们的服务器。</li>",
        "<li><strong>作品数据</strong>：登录后您保存的拼豆图案（画布数据、网格尺寸、调色板选择）会同步至云端，用于跨设备访问；未登录时仅保存在您的浏览器本地存储（localStorage）中。</li>\n"
        "            <li><strong>头像</strong>：您上传的头像会存储在我们的对象存储中，用于站点内的身份展示（公开可见）。</li>",
    ),
    ("教程阅读进度等保存在本地浏览器中。", "教程阅读进度等偏好保存在本地浏览器中。"),
    ("用于自动适配界面语言（仅支持简体中文", "用于自动适配界面语言（支持简体中文"),
    (
        "（LCP、CLS 等）。</li>\n",
        "（LCP、CLS 等）。</li>\n            <li><strong>模板下载量</strong>：当您在图库中导出模板图纸时，我们会累计对应模板的下载次数（仅计数，不含您的身份信息）。</li>\n",
    ),
    (
        "通过<strong>邮箱验证码</strong>完成 —— ",
        "通过<strong>邮箱验证码</strong>（邮箱注册）或<strong>用户名 + 安全密钥</strong>（自定义账号）完成 —— ",
    ),
    ("头像为公开可见（头像展示需要）。</li>", "头像为公开可见。</li>"),
    (
        "<li><strong>界面适配</strong>：根据浏览器语言自动切换界面语言。</li>\n",
        "<li><strong>界面适配</strong>：根据浏览器语言自动切换界面语言。</li>\n            <li><strong>作品同步</strong>：登录后将您的作品同步至云端，以便跨设备访问与备份。</li>\n",
    ),
    (
        "邮箱验证状态与注册时间。该信息仅管理员可访问，<strong>不包含密码等任何敏感数据</strong>",
        "邮箱验证状态、注册时间、最近登录时间与注册方式（邮箱注册 / 自定义账号）。该信息仅管理员可访问，<strong>不包含密码、安全密钥等任何敏感数据</strong>",
    ),
    ("<strong>云端数据</strong>：账号与个人资料存储于 Supabase", "<strong>云端数据</strong>：账号、个人资料与云端作品存储于 Supabase"),
    (
        "无法读取明文。</li>\n",
        "无法读取明文。</li>\n            <li><strong>安全密钥</strong>：自定义账号的安全密钥以不可逆哈希存储，仅用于找回密码时的校验，我们无法借此获知您的原始密钥。</li>\n",
    ),
    ("通过第三方邮件服务（163 SMTP）发送", "通过第三方邮件服务发送"),
    (
        "<li><strong>作品数据</strong>：保存在您的浏览器本地存储中，我们无法访问或收集。</li>",
        "<li><strong>作品数据</strong>：未登录时保存在您的浏览器本地存储中，我们无法访问或收集。</li>",
    ),
    ("文件存储（头像），", "文件存储（头像与云端作品），"),
    (
        "<li><strong>作品数据</strong>：您的作品保存在浏览器中，可随时导出或删除。</li>",
        "<li><strong>作品数据</strong>：您的作品可随时导出或删除；未登录时删除浏览器本地数据即可彻底移除。</li>",
    ),
    ("即可撤回本地数据的存储。</li>", "即可撤回本地数据的存储；退出登录即停止账号数据在当前设备的使用。</li>"),
]
T = [
    ("id: 'v2',\n    version: '2.0',\n    date: '2026年8月7日',", "id: 'v3',\n    version: '3.0',\n    date: '2026年8月23日',"),
    ("（基于CIEDE2000色彩匹配算法）", "（基于 CIEDE2000 色彩匹配算法）"),
    (
        "<li>支持Perler、Hama、Artkal三大品牌色卡</li>",
        "<li>支持 Perler、Hama、Artkal、COCO、MARD 等六大品牌色卡（共千余种颜色，支持品牌间颜色重映射）</li>",
    ),
    ("<li>导出专业级PNG/SVG拼豆图纸</li>", "<li>导出专业级 PNG / SVG 拼豆图纸（含品牌色号标注、颜色清单分组、3 倍超采样高清渲染）</li>"),
    (
        "<li>云端模板库、个人作品管理（保存在您的浏览器本地）与图文教程</li>",
        "<li>云端模板库（内置 + 管理员维护）、个人作品管理与图文教程</li>",
    ),
    ("注册后可跨设备登录，设置昵称与头像", "注册后可跨设备登录同步作品，设置昵称与头像"),
    (
        "<p>注册账户需通过<strong>邮箱验证码</strong>完成邮箱归属验证（验证码经邮件发送，在站点内输入）。您有责任保护自己的密码，不在公共设备上保持登录状态。",
        "<p>本工具提供两种注册方式：</p>\n          <ul>\n"
        "            <li><strong>邮箱验证码注册</strong>：注册、登录与找回密码通过邮箱验证码完成（验证码经邮件发送，在站点内输入，无需打开外部链接）。</li>\n"
        '            <li><strong>自定义账号注册</strong>：通过用户名 + 密码注册，可设置一个可选的"安全密钥"用于找回密码。</li>\n'
        "          </ul>\n          <p>您有责任保护自己的密码与安全密钥，不在公共设备上保持登录状态。",
    ),
    (
        "均归您所有。这些数据存储在您的浏览器本地存储中，我们不会访问、收集或上传您的作品内容到任何服务器。请定期导出备份重要作品。</p>",
        "均归您所有。未登录时作品保存在您的浏览器本地存储中；登录后作品会同步至云端以实现跨设备访问。我们会采取合理措施保护云端作品，但请定期导出备份重要作品。</p>\n"
        "          <p>您授予我们仅用于提供服务的必要权限（存储与同步您的作品、展示您的昵称与头像），我们不会将您的作品内容用于任何其他目的，也不会向第三方出售或分享。</p>",
    ),
    ("（由管理员管理）。", "（由管理员管理，包含模板的分类、难度与品牌色卡信息，并累计各模板的下载次数）。"),
    ("滥用验证码服务", "滥用验证码或安全密钥服务"),
    (
        "（清除浏览器数据会导致数据丢失）</li>\n",
        "（清除浏览器数据会导致数据丢失）</li>\n            <li>云端服务不会中断（受第三方托管提供商可用性影响）</li>\n",
    ),
    ("<p>由于作品数据存储在您的本地浏览器中，", "<p>由于未登录作品存储在您的本地浏览器中，"),
    ("建议您定期导出重要作品。</p>", "建议您定期导出重要作品并登录以启用云端同步。</p>"),
    ("已保存的作品数据。", "已保存的本地作品数据。"),
]
pv2, tv2 = entry(head, "PRIVACY_VERSIONS"), entry(head, "TERMS_VERSIONS")
pv3, tv3 = edit(pv2, P), edit(tv2, T)
out = head.replace("const PRIVACY_VERSIONS = [\n" + pv2, "const PRIVACY_VERSIONS = [\n" + pv3 + pv2, 1)
out = out.replace("const TERMS_VERSIONS = [\n" + tv2, "const TERMS_VERSIONS = [\n" + tv3 + tv2, 1)
print(len(out), out.index("隐私政策（历史版本）"), file=sys.stderr)
sys.stdout.write(out)
