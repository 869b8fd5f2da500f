export const privacy = {
  "privacy.badge": "法律",
  "privacy.title": "隐私政策",
  "privacy.lastUpdated": "最后更新：2026年1月17日",
  "privacy.intro":
    "在 Cybermoji，我们非常重视您的隐私。本隐私政策说明了我们如何使用 Cookie 和第三方广告服务（包括 Google AdSense）来提供更好的体验并展示相关广告。",
  "privacy.noCollectionTitle": "我们的隐私承诺",
  "privacy.noCollectionDesc":
    "Cybermoji 以隐私为首要目标而设计。我们对数据实践保持透明：",
  "privacy.noCollectionList1":
    "我们不会为自身目的收集个人识别信息（姓名、电子邮件、电话）",
  "privacy.noCollectionList2": "我们不会将您的个人数据出售给第三方",
  "privacy.noCollectionList3":
    "我们不会在未经同意的情况下使用第一方 Cookie 进行跟踪或分析",
  "privacy.noCollectionList4":
    "我们不会在我们的服务器上存储您的浏览历史或搜索查询",
  "privacy.noCollectionList5":
    "我们不需要注册账户 - 我们的服务完全免费且易于访问",
  "privacy.noCollectionList6": "我们不处理付款信息（我们的服务完全免费）",
  "privacy.weCollectNothing": "这对您意味着什么",
  "privacy.weCollectNothingDesc":
    "当您使用 Cybermoji 时，您的体验是匿名的。虽然我们使用的广告合作伙伴可能会收集数据以进行广告个性化，但我们不会自己收集或保留这些数据。您与广告的互动受各广告网络的隐私政策约束。",
  "privacy.section1Title": "1. 数据安全",
  "privacy.section1Desc":
    "我们实施行业标准的安全措施来保护通过我们服务处理的任何数据：",
  "privacy.section1List1": "所有连接都使用 SSL/TLS (HTTPS) 加密",
  "privacy.section1List2": "我们不会在我们的服务器上存储搜索历史或浏览数据",
  "privacy.section1List3": "定期的安全审计和更新",
  "privacy.section1List4": "不持久存储用户会话或个人数据",
  "privacy.section2Title": "2. 第三方服务",
  "privacy.section2Desc": "我们使用第三方服务来运营我们的网站和展示广告：",
  "privacy.section2List1": "CDN（内容分发网络）- 快速可靠地交付我们的网站",
  "privacy.section2List2": "托管 - 安全的云基础设施以保持我们的服务可用",
  "privacy.section2List3": "分析 - 匿名使用统计以改进我们的服务",
  "privacy.section2List4":
    "广告合作伙伴（包括 Google AdSense）- 展示广告并衡量其效果",
  "privacy.section2SubDesc":
    "这些合作伙伴可能使用 Cookie 和类似技术根据您的兴趣和浏览历史提供个性化广告。",
  "privacy.googleAdsLink":
    "了解 Google 如何使用使用我们服务的网站或应用的数据：https://policies.google.com/technologies/partner-sites",
  "privacy.section3Title": "3. Cookie、Google AdSense 和广告",
  "privacy.section3Desc":
    "我们使用 Cookie 和类似技术来改善您的体验并展示相关广告：",
  "privacy.essentialCookiesTitle": "必要 Cookie",
  "privacy.essentialCookiesDesc":
    "这些 Cookie 对于网站正常运行是必要的。它们通常在您执行诸如设置语言偏好等操作时设置：",
  "privacy.essentialCookiesList1": "记住您的语言偏好和网站设置",
  "privacy.essentialCookiesList2": "维护会话安全性和身份验证",
  "privacy.essentialCookiesList3": "启用核心网站功能、导航和错误处理",
  "privacy.googleAdsTitle": "Google AdSense 和第三方广告",
  "privacy.googleAdsDesc":
    "我们使用 Google AdSense 和其他第三方广告网络在我们的网站上展示广告。这些广告网络可能使用 Cookie、Web 信标和类似的跟踪技术来：",
  "privacy.googleAdsList1": "根据您的兴趣和浏览行为提供个性化广告",
  "privacy.googleAdsList2": "衡量广告活动的效果",
  "privacy.googleAdsList3": "防止过多的广告重复并改善用户体验",
  "privacy.googleAdsList4": "提供广告频率上限和受众定位",
  "privacy.thirdPartyCookiesTitle": "第三方 Cookie 使用",
  "privacy.thirdPartyCookiesDesc":
    "Google 作为第三方供应商，使用 Cookie 在我们的网站上展示广告。Google 对 DoubleClick Cookie 的使用使其及其合作伙伴能够根据用户对我们网站或其他网站的访问来向用户展示广告。您可以通过访问以下方式选择退出个性化广告：",
  "privacy.optOutLink":
    "Google 广告设置 (https://adssettings.google.com) 或网络广告倡议退出页面 (https://www.aboutads.info/choices)",
  "privacy.consentManagementTitle": "同意管理（GDPR 和 Google 同意模式）",
  "privacy.consentManagementDesc":
    "对于欧洲经济区 (EEA)、英国和其他需要同意的司法管辖区的用户，我们遵守 Google 的同意模式要求。这意味着：",
  "privacy.consentList1":
    "我们仅在获得您的同意后才设置非必要 Cookie（包括广告 Cookie）",
  "privacy.consentList2": '我们尊重您浏览器的"不跟踪"信号偏好',
  "privacy.consentList3": "网站基本功能所需的必要 Cookie 始终启用",
  "privacy.consentWithdrawDesc":
    "您可以随时通过清除浏览器 Cookie 或访问浏览器设置来撤回您的同意或调整您的 Cookie 偏好。您也可以通过浏览器偏好设置完全禁用 Cookie。",
  "privacy.section4Title": "4. 您的权利",
  "privacy.section4Desc":
    "根据您所在的位置，您可能对您的个人数据及其用于广告的方式拥有某些权利：",
  "privacy.generalRightsTitle": "一般权利",
  "privacy.generalRightsList1":
    "访问权 - 请求了解我们的广告合作伙伴收集了哪些数据",
  "privacy.generalRightsList2": "选择退出权 - 通过上面提供的链接禁用个性化广告",
  "privacy.generalRightsList3": "访问权 - 确认我们可能持有的关于您的个人数据",
  "privacy.generalRightsList4":
    "删除权 - 请求删除我们可能持有的关于您的任何数据",
  "privacy.gdprRightsTitle": "GDPR 权利（EEA 和英国用户）",
  "privacy.gdprRightsDesc":
    "如果您位于欧洲经济区或英国，您根据《通用数据保护条例》(GDPR) 拥有额外权利：",
  "privacy.gdprRightsList1": "访问您的个人数据的权利",
  "privacy.gdprRightsList2": "更正不准确数据的权利",
  "privacy.gdprRightsList3": "删除权（被遗忘权）",
  "privacy.gdprRightsList4": "限制数据处理的权利",
  "privacy.gdprRightsList5": "数据可移植性的权利",
  "privacy.gdprRightsList6": "反对处理的权利",
  "privacy.contactLink": "联系我们",
  "privacy.section5Title": "5. 儿童隐私",
  "privacy.section5Desc":
    "Cybermoji 不适用于 13 岁以下儿童。我们不会故意收集儿童的个人信息。我们的广告合作伙伴可能会根据一般兴趣展示广告，但不会专门针对儿童。",
  "privacy.section6Title": "6. 本政策的变更",
  "privacy.section6Desc":
    "我们可能会不时更新本隐私政策，以反映我们的实践、技术或法律要求的变化。变更将发布在此页面上，并附上更新的修订日期。",
  "privacy.section7Title": "7. 联系我们",
  "privacy.section7Desc":
    "如果您对本隐私政策、我们的数据实践有任何问题，或希望行使您的权利，请联系我们。",
  "privacy.relatedDocs": "相关文档：",
  "privacy.termsLink": "服务条款",
  "privacy.disclaimerLink": "免责声明",
} as const;

export const privacyPage = {
  ...privacy,
} as const;
