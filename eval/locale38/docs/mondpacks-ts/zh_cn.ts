export const json = {
  locale: 'zh_cn',
  cookies: {
    link: 'Cookie政策',
    title: "Cookie同意",
    description:
      "本网站使用Cookie来确保其正常运行并改善您的体验。请选择您允许我们使用的Cookie。",
    policy_link: "在我们的Cookie政策中了解更多",
    accept_all: "接受全部",
    accept_selected: "接受已选",
    accept_essential: "仅必要",
    manage: "管理偏好",
    save: "保存偏好",
    back: "返回",
    categories: {
      essential: {
        title: "必要Cookie",
        description: "这些Cookie对网站功能是必需的，不能禁用。",
      },
      functional: {
        title: "功能Cookie",
        description: "这些Cookie启用个性化功能和特性。",
      },
      analytics: {
        title: "分析Cookie",
        description: "这些Cookie帮助我们了解访问者如何与网站互动。",
      },
      marketing: {
        title: "营销Cookie",
        description: "这些Cookie用于跟踪网站上的访问者，用于广告目的。",
      },
    },
    expiration: {
      title: "Cookie过期",
      description: "选择您的Cookie偏好将被记住多长时间：",
      thirty_days: "30天",
      ninety_days: "90天",
      six_months: "6个月",
      one_year: "1年",
    },
    policy: {
      title: "Cookie政策",
      introduction:
        "本Cookie政策解释了我们如何使用Cookie和类似技术在您访问我们的网站时识别您。它解释了这些技术是什么以及我们为什么使用它们，以及您控制我们使用它们的权利。",
      what_are_cookies: "什么是Cookie？",
      what_are_cookies_text:
        "Cookie是在您访问网站时放置在您的计算机或移动设备上的小数据文件。网站所有者广泛使用Cookie来使其网站运行，或更有效地运行，以及提供报告信息。",
      how_we_use: "我们如何使用Cookie",
      how_we_use_text:
        "我们出于多种原因使用Cookie。一些Cookie出于技术原因对我们网站的运行是必需的，我们称之为'必要'或'必需'Cookie。其他Cookie使我们能够跟踪和定位用户的兴趣，以增强我们网站上的体验。第三方通过我们的网站提供Cookie，用于广告、分析和其他目的。",
      types: "我们使用的Cookie类型",
      managing: "管理您的Cookie",
      managing_text:
        "您可以设置或修改您的Web浏览器控件来接受或拒绝Cookie。如果您选择拒绝Cookie，您仍然可以使用我们的网站，尽管您对我们网站的某些功能和区域的访问可能会受到限制。由于您可以通过Web浏览器控件拒绝Cookie的方式因浏览器而异，您应该访问您的浏览器的帮助菜单以获取更多信息。",
      third_party: "第三方Cookie",
      third_party_text:
        "除了我们自己的Cookie外，我们还可能使用各种第三方Cookie来报告网站使用统计数据，在网站上和通过网站投放广告等。",
      updates: "本Cookie政策的更新",
      updates_text:
        "我们可能会不时更新本Cookie政策，例如，反映我们使用的Cookie的变化或出于其他运营、法律或监管原因。因此，请定期重新访问本Cookie政策，以了解我们使用Cookie和相关技术的最新信息。",
      purpose: "目的",
      essential_purpose:
        "对网站的正常运行是必需的。这些Cookie启用基本功能，如页面导航和访问网站的安全区域。",
      functional_purpose:
        "允许网站记住您做出的选择（如您的用户名、语言或您所在的地区），并提供增强的、更个性化的功能。",
      analytics_purpose:
        "通过匿名收集和报告信息，帮助我们了解访问者如何与我们的网站互动。",
      marketing_purpose:
        "用于跟踪网站上的访问者。目的是向个别用户显示相关且吸引人的广告。",
      always_active: "始终激活",
      active: "激活",
      inactive: "未激活",
      back_to_site: "返回网站",
    },
  },
}