from ann import *
n = "tars-rewrite"
S1o, S1n = "1. 免费使用与商业模式", "1. 基本说明"
S2o, S2n = "2. 我们处理的信息", "2. 信息处理"
S21, S22, S23 = "2.1 语音和麦克风", "2.2 离线翻译", "2.3 在线翻译"
S24o, S24n = "2.4 API Key 和 App 设置", "2.4 API Key、设置和本机内容"
S25o, S25n = "2.5 离线模型下载", "2.5 模型下载"
S26 = "2.6 语音播放"
S3o, S3n = "3. 我们不使用的功能", "3. 当前不包含的功能"
S4o, S4n = "4. 信息保存和删除", "4. 保存和删除"
S5o, S5n = "5. 你的选择和权利", "5. 你的选择"
S6o, S6n = "6. 信息安全", "6. 安全与翻译提示"
S7 = "7. 儿童隐私"
S8o = "8. 第三方服务"
S9o, S10o, S8n = "9. 政策更新", "10. 联系我们", "8. 政策更新与联系"
ch = [
 C("(title)", "(title)", "# TARS Travel（塔斯旅行助手）隐私政策", "# 旅语翻译（TARS Travel）隐私政策", "wording", note="product renamed 塔斯旅行助手 -> 旅语翻译"),
 C(None, None, "生效日期：2026 年 7 月 18 日  \n最后更新：2026 年 7 月 18 日", "生效日期：2026 年 7 月 26 日  \n最后更新：2026 年 7 月 26 日", "date"),
 C(None, None, "TARS Travel（以下简称“本 App”）…在提供旅行翻译、语音输入、语音播放和离线模型功能时…", "旅语翻译（TARS Travel，以下简称“本 App”）…在提供旅行文字翻译、语音输入、语音播放和本地模型功能时…", "wording"),
 C(S1o, S1n, "**本 App 当前版本完全免费，无广告、无订阅、无应用内购买，也不销售个人信息。**\n本 App 不要求注册或登录，不提供用户账号系统。", "本 App 当前免费，无广告、无订阅、无应用内购买，不要求注册或登录，也不提供用户账号或云同步。", "wording", note="两段合一; the promise 不销售个人信息 is dropped - substantive"),
 C(S21, S21, "只有在你主动使用语音输入时，本 App 才会请求麦克风权限。\n- 录音在设备本机生成。\n- Whisper 语音识别在设备本机完成。", "只有在你主动使用语音输入时，本 App 才请求麦克风权限。录音在设备本机生成并交给 Apple Speech 处理。本 App 会优先请求设备端识别；能否完全离线取决于…必要时 Apple 可能在线处理语音。", "wording", note="on-device Whisper -> Apple Speech, possibly online - substantive"),
 C(S21, S21, "- 临时录音文件会在识别完成、取消或失败后删除。\n- 录音不会上传到我们的服务器，也不会发送给在线翻译服务。\n语音转成文字后，如果你随后使用在线翻译，转写后的文字会按照下文“在线翻译”部分进行处理。", "临时录音文件会在识别完成、取消或失败后删除，不会发送给你配置的在线翻译服务。识别后的文字只有在你随后发起在线翻译时，才会按照下文说明发送给相应服务。", "wording"),
 C(S22, S22, "使用离线模式时，待翻译文字和翻译结果均在设备本机处理。本 App 不会将这些内容发送到网络。", "提前下载并安装本地翻译模型后，待翻译文字和翻译结果在设备本机处理，不会发送到在线翻译服务。模型约 1.28 GB，保存在 App 本地目录中，可在设置中删除。", "wording"),
 C(S23, S23, "当你主动使用在线翻译…本 App 会通过加密网络连接发送以下必要信息：\n- 你输入或由语音转写得到的待翻译文字；\n- 所选语言或自动语言识别信息；\n- 为生成翻译结果所需的指令和模型参数。", "当你主动使用在线翻译，或“自动”模式实际调用在线服务时，本 App 会通过 HTTPS 将待翻译文字、语言信息和生成翻译所需的模型参数发送给你在 App 中配置的兼容服务。", "wording", note="recipient is now a user-configured compatible service"),
 C(S23, S23, "当前版本计划使用腾讯云提供的 DeepSeek 在线模型服务。在线服务地址和模型配置可能随 App 版本或你的设置而变化。本 App 开发者不运营独立的翻译服务器，也不会从在线翻译服务中另行获取或建立你的翻译记录。", "开发者不在 App 中内置生产 API Key，也不运营独立的用户账号或翻译历史服务器。", "wording", note="腾讯云 DeepSeek named processor dropped - substantive"),
 C(S23, S23, "在线服务提供商可能处理 IP 地址、请求时间、设备或网络相关的标准技术信息…请避免输入不需要翻译的身份证号码、银行卡信息、密码、API Key、详细病历等敏感信息。", "在线服务提供方可能依据其条款处理 IP 地址、请求时间和必要服务日志。请避免输入无需翻译的密码、API Key、证件号码、银行卡信息或详细病历。", "wording"),
 C(S24o, S24n, "如果你在 App 中配置 API Key：\n- API Key 保存在设备本机的 iOS Keychain 中；\n- 除了作为身份验证信息发送给你所配置的在线服务外…\n- 你可以在 App 设置中删除 API Key。", "- API Key 保存在 iOS Keychain 中，仅用于向你配置的在线服务进行身份验证；可在 App 设置中删除。", "wording"),
 C(S24o, S24n, "在线服务地址、模型名称、翻译模式等设置保存在设备本机。", "- 在线服务地址、模型名称、翻译模式、界面语言和提醒状态保存在设备本机。", "wording"),
 C(S24o, S24n, "", "- 对话历史、收藏和常用短语保存在设备本机，可在 App 内删除；删除 App 可清除可移除的本地数据。", "added", note="new local data categories"),
 C(S24o, S24n, "", "- Keychain 内容的最终清除行为还受 iOS Keychain 生命周期规则控制。", "added"),
 C(S25o, S25n, "离线翻译和语音识别模型由你主动下载。本 App 当前可能连接 Hugging Face 下载模型文件。…\n下载后的模型保存在 App 本地目录中，你可以在 App 设置中删除模型。", "本地翻译模型只在你主动操作后下载。本 App 优先连接 ModelScope，失败时尝试 Hugging Face。…模型完成 SHA-256 校验后保存在本机，可在设置中删除。", "wording", note="new recipient ModelScope - substantive; two paragraphs joined"),
 C(S26, S26, "语音播放使用 iOS 系统语音合成功能。本 App 不会为了语音播放把翻译文字发送到我们运营的服务器。系统语音及语音资源的处理由 iOS 和你的系统设置控制。", "语音播放使用 iPhone 系统语音。本 App 不会为了朗读把文字发送到开发者运营的服务器。能否离线播放取决于相应系统声音是否已安装。", "wording"),
 C(S3o, S3n, "当前版本不包含：\n- 广告或广告标识符；\n- 第三方行为分析或用户追踪 SDK；\n- 用户注册、登录或云同步；\n- 订阅、应用内购买或支付；\n- 精确位置、通讯录、照片、健康数据或运动数据访问。", "当前版本不包含广告或广告标识符、第三方行为分析或跟踪 SDK、用户账号、云同步、订阅、应用内购买，也不访问精确位置、通讯录、照片、健康或运动数据。", "wording", note="list folded into a sentence; small wording (支付 dropped, 注册、登录 -> 用户账号)"),
 C(S3o, S3n, "如果未来版本的数据处理方式发生变化，我们会先更新本政策，并按照适用规则更新 App Store 隐私信息和权限说明。", "", "removed", note="'update the policy FIRST' commitment removed (a weaker form appears in new 8.)"),
 C(S4o, S4n, "- 临时录音：在语音识别完成、取消或失败后删除。", "- 临时录音：识别完成、取消或失败后删除。", "wording", note="minor"),
 C(S4o, S4n, "- 翻译内容：当前版本不由开发者运营的服务器保存；离线内容仅在当前使用过程中于本机处理。", "", "removed"),
 C(S4o, S4n, "- App 设置和模型文件：保存在设备本机，直到你修改设置、删除模型或清除 App 数据。", "- 对话历史、收藏、短语、设置和模型：保存在本机，直到你在 App 内删除或删除 App。", "wording"),
 C(S4o, S4n, "- API Key：保存在 iOS Keychain，直到你在 App 设置中删除或通过系统方式清除。", "- API Key：保存在 Keychain，直到你在 App 内清除或通过适用的系统方式清除。", "wording"),
 C(S4o, S4n, "- 第三方服务：在线翻译和模型下载服务可能依据其自身政策保留必要的服务日志…", "- 第三方服务：在线翻译、Apple Speech 和模型下载服务可能依据各自政策处理或保留必要日志…", "wording"),
 C(S5o, S5n, "你可以：\n- 拒绝或在 iPhone 设置中关闭麦克风权限；\n- 选择离线模式…；\n- 在 App 设置中删除 API Key；\n- 删除已下载的离线模型；\n- 删除 App 以清除其可移除的本地数据；\n- 通过下方邮箱咨询隐私问题。", "你可以关闭麦克风权限、选择离线模式、删除对话和收藏、清除 API Key、删除本地模型，或删除 App。", "wording", note="list folded into a sentence; e-mail enquiry item dropped, 删除对话和收藏 added"),
 C(S5o, S5n, "本 App 当前没有用户账号，也没有由开发者运营的云端用户资料库，因此通常不存在可供开发者查询、导出或删除的账号资料。", "由于本 App 没有开发者运营的账号资料库，通常不存在可由开发者查询、导出或删除的云端账号资料。", "wording", note="joined to the previous paragraph in new"),
 C(S6o, S6n, "我们采用与当前功能相适应的措施保护信息，包括使用 iOS Keychain 保存 API Key、使用系统权限控制麦克风访问，以及通过 HTTPS 连接在线服务。任何技术措施都无法保证绝对安全，请不要在不必要时输入高度敏感的信息。", "本 App 使用系统权限、iOS Keychain、HTTPS 和模型校验等措施。任何技术措施都无法保证绝对安全。", "wording"),
 C(S6o, S6n, "", "机器翻译也可能出错；涉及紧急、医疗、过敏、法律、财务或人身安全时，请同时向当地专业人员或可信人员确认。", "added", note="machine-translation disclaimer"),
 C(S7, S7, "本 App 是一般旅行工具，并非专门面向儿童设计。我们不会有意要求儿童创建账号或提交个人资料。监护人如发现儿童通过本 App 向第三方在线服务发送了个人信息，可以联系我们了解可采取的措施。", "本 App 是一般旅行工具，并非专门面向儿童设计，也不会要求儿童创建账号或提交个人资料。", "wording", note="guardian-contact sentence removed - substantive"),
 C(S8o, None, "本 App 的部分功能可能涉及以下第三方服务：\n- 腾讯云在线模型服务…\n- Hugging Face…\n- Apple iOS 系统服务…\n第三方服务拥有各自的服务条款和隐私政策。…", "", "removed", note="whole section removed (third-party list)"),
 C(S9o, S8n, "如果本政策发生重大变化，我们会更新本页面的“最后更新”日期，并在适用情况下通过 App 更新或 App Store 页面告知用户。", "如果处理方式发生变化，我们会更新本页面和适用的 App Store 隐私信息。", "wording", note="no more user notification"),
 C(S10o, S8n, "如对本隐私政策或 TARS Travel 的隐私处理有疑问，请联系：\n**chengfei001@gmail.com**", "隐私问题请联系：**chengfei001@gmail.com**  ", "wording", note="same address; lead-in shortened and joined"),
 C(S10o, S8n, "支持页面：[TARS Travel 简体中文支持](support.zh-CN.md)", "支持页面：[旅语翻译简体中文支持](support.zh-CN.md)", "wording", note="product rename in link text"),
]
H = write(n, {
 "source": src(n, "chengfei001/TRAS-Travel", "chengfei001+TRAS-Travel", "none (no licence file)", "88d91c9", "privacy-policy.zh-CN.md", "469c5ee", "privacy-policy.zh-CN.md", "md"),
 "changed": [
  {"old_title": None, "new_title": None, "kind": "modified", "note": "product name, dates, intro"},
  {"old_title": S1o, "new_title": S1n, "kind": "renamed", "note": "also modified"},
  {"old_title": S2o, "new_title": S2n, "kind": "renamed", "note": "parent heading, no own text"},
  {"old_title": S21, "new_title": S21, "kind": "modified"}, {"old_title": S22, "new_title": S22, "kind": "modified"}, {"old_title": S23, "new_title": S23, "kind": "modified"},
  {"old_title": S24o, "new_title": S24n, "kind": "renamed", "note": "also modified"},
  {"old_title": S25o, "new_title": S25n, "kind": "renamed", "note": "also modified"},
  {"old_title": S26, "new_title": S26, "kind": "modified"},
  {"old_title": S3o, "new_title": S3n, "kind": "renamed", "note": "also modified"},
  {"old_title": S4o, "new_title": S4n, "kind": "renamed", "note": "also modified"},
  {"old_title": S5o, "new_title": S5n, "kind": "renamed", "note": "also modified"},
  {"old_title": S6o, "new_title": S6n, "kind": "renamed", "note": "also modified"},
  {"old_title": S7, "new_title": S7, "kind": "modified"},
  {"old_title": S8o, "new_title": None, "kind": "removed"},
  {"old_title": S9o, "new_title": S8n, "kind": "renamed", "note": "9. 政策更新 and 10. 联系我们 merged into 8. 政策更新与联系; pairing new 8 with either old 9 or old 10 (the other then removed/merged) is acceptable"},
  {"old_title": S10o, "new_title": S8n, "kind": "removed", "note": "merged into 8. 政策更新与联系"}],
 "noise_only": [], "unchanged": [],
 "changes": ch,
 "noise": [
  N(S8o + "/" + S9o + "/" + S10o, S8n, "9. / 10.", "8.", "renumber-only", note="sections after the removed 8. 第三方服务 are renumbered; the number change itself is not a change"),
  N(S10o, S8n, "**chengfei001@gmail.com**", "**chengfei001@gmail.com**", "moved", note="the e-mail address is unchanged (only its lead-in changed)")],
 "notes": "zh-Hans Markdown, one week apart (2026-07-18 -> 07-26), a full rewrite: 33 change items (every edited paragraph; lists folded into sentences are counted as one wording item each, not as noise, because words changed too). A section-level report of the rewrite is what a reviewer needs most: 9 renamed sections, one removed section (8. 第三方服务) and two sections merged. Substantive highlights: 不销售个人信息 dropped, Whisper on-device -> Apple Speech possibly online, 腾讯云 DeepSeek and the third-party section dropped, ModelScope added, 'update the policy first' and guardian-contact sentences dropped."})
print(H)
