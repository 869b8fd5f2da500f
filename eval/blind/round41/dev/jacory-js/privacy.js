/**
 * 隐私政策页面内容
 * 支持多语言的内容配置
 */
export const privacyContent = {
  "zh-cn": {
    title: "隐私政策",
    subtitle: "我们如何保护您的隐私",
    lastUpdated: "最后更新：2024年1月",
    sections: [
      {
        title: "信息收集",
        content: [
          "我们可能收集以下类型的信息：",
          "• 联系信息：当您通过联系表单或邮件与我们联系时，我们可能收集您的姓名、邮箱地址等信息。",
          "• 技术信息：我们可能收集您的IP地址、浏览器类型、操作系统等匿名技术信息。",
          "• 使用信息：我们可能收集您访问我们网站的方式、访问的页面、停留时间等信息。"
        ]
      },
      {
        title: "信息使用",
        content: [
          "我们收集的信息可能用于以下目的：",
          "• 回应您的询问和请求",
          "• 改进我们的网站和服务",
          "• 发送重要通知和更新",
          "• 分析网站使用情况以优化用户体验",
          "• 防止欺诈和确保网站安全"
        ]
      },
      {
        title: "信息保护",
        content: [
          "我们采取适当的技术和组织措施来保护您的个人信息：",
          "• 使用加密技术保护数据传输",
          "• 限制对个人信息的访问权限",
          "• 定期审查我们的安全措施",
          "• 对员工进行隐私保护培训"
        ]
      },
      {
        title: "Cookie使用",
        content: [
          "我们的网站可能使用Cookie和类似技术：",
          "• 功能性Cookie：用于记住您的偏好设置",
          "• 分析性Cookie：用于了解网站使用情况",
          "• 您可以通过浏览器设置管理Cookie偏好"
        ]
      },
      {
        title: "第三方服务",
        content: [
          "我们可能使用第三方服务来改善网站功能：",
          "• 网站分析服务（如Google Analytics）",
          "• 内容分发网络（CDN）",
          "• 这些第三方服务有自己的隐私政策"
        ]
      },
      {
        title: "您的权利",
        content: [
          "根据适用的隐私法律，您可能享有以下权利：",
          "• 访问您的个人信息",
          "• 更正不准确的信息",
          "• 删除您的个人信息",
          "• 限制信息处理",
          "• 数据可携带性",
          "• 反对信息处理"
        ]
      },
      {
        title: "联系我们",
        content: [
          "如果您对本隐私政策有任何疑问，请通过以下方式联系我们：",
          "• 邮箱：chengyue.jin@outlook.com",
          "• 我们将在合理时间内回复您的询问"
        ]
      }
    ]
  },
  "zh-tw": {
    title: "隱私政策",
    subtitle: "我們如何保護您的隱私",
    lastUpdated: "最後更新：2024年1月",
    sections: [
      {
        title: "資訊收集",
        content: [
          "我們可能收集以下類型的資訊：",
          "• 聯絡資訊：當您透過聯絡表單或郵件與我們聯絡時，我們可能收集您的姓名、信箱地址等資訊。",
          "• 技術資訊：我們可能收集您的IP位址、瀏覽器類型、作業系統等匿名技術資訊。",
          "• 使用資訊：我們可能收集您存取我們網站的方式、存取的頁面、停留時間等資訊。"
        ]
      },
      {
        title: "資訊使用",
        content: [
          "我們收集的資訊可能用於以下目的：",
          "• 回應您的詢問和請求",
          "• 改進我們的網站和服務",
          "• 發送重要通知和更新",
          "• 分析網站使用情況以優化使用者體驗",
          "• 防止詐欺和確保網站安全"
        ]
      },
      {
        title: "資訊保護",
        content: [
          "我們採取適當的技術和組織措施來保護您的個人資訊：",
          "• 使用加密技術保護資料傳輸",
          "• 限制對個人資訊的存取權限",
          "• 定期審查我們的安全措施",
          "• 對員工進行隱私保護培訓"
        ]
      },
      {
        title: "Cookie使用",
        content: [
          "我們的網站可能使用Cookie和類似技術：",
          "• 功能性Cookie：用於記住您的偏好設定",
          "• 分析性Cookie：用於了解網站使用情況",
          "• 您可以透過瀏覽器設定管理Cookie偏好"
        ]
      },
      {
        title: "第三方服務",
        content: [
          "我們可能使用第三方服務來改善網站功能：",
          "• 網站分析服務（如Google Analytics）",
          "• 內容分發網路（CDN）",
          "• 這些第三方服務有自己的隱私政策"
        ]
      },
      {
        title: "您的權利",
        content: [
          "根據適用的隱私法律，您可能享有以下權利：",
          "• 存取您的個人資訊",
          "• 更正不準確的資訊",
          "• 刪除您的個人資訊",
          "• 限制資訊處理",
          "• 資料可攜帶性",
          "• 反對資訊處理"
        ]
      },
      {
        title: "聯絡我們",
        content: [
          "如果您對本隱私政策有任何疑問，請透過以下方式聯絡我們：",
          "• 信箱：chengyue.jin@outlook.com",
          "• 我們將在合理時間內回覆您的詢問"
        ]
      }
    ]
  },
  en: {
    title: "Privacy Policy",
    subtitle: "How We Protect Your Privacy",
    lastUpdated: "Last Updated: January 2024",
    sections: [
      {
        title: "Information Collection",
        content: [
          "We may collect the following types of information:",
          "• Contact Information: When you contact us through contact forms or email, we may collect your name, email address, and other information.",
          "• Technical Information: We may collect your IP address, browser type, operating system, and other anonymous technical information.",
          "• Usage Information: We may collect information about how you access our website, pages visited, time spent, etc."
        ]
      },
      {
        title: "Information Use",
        content: [
          "The information we collect may be used for the following purposes:",
          "• Responding to your inquiries and requests",
          "• Improving our website and services",
          "• Sending important notifications and updates",
          "• Analyzing website usage to optimize user experience",
          "• Preventing fraud and ensuring website security"
        ]
      },
      {
        title: "Information Protection",
        content: [
          "We take appropriate technical and organizational measures to protect your personal information:",
          "• Using encryption technology to protect data transmission",
          "• Restricting access to personal information",
          "• Regularly reviewing our security measures",
          "• Training employees on privacy protection"
        ]
      },
      {
        title: "Cookie Usage",
        content: [
          "Our website may use cookies and similar technologies:",
          "• Functional Cookies: Used to remember your preferences",
          "• Analytical Cookies: Used to understand website usage",
          "• You can manage cookie preferences through browser settings"
        ]
      },
      {
        title: "Third-Party Services",
        content: [
          "We may use third-party services to improve website functionality:",
          "• Website analytics services (such as Google Analytics)",
          "• Content Delivery Networks (CDN)",
          "• These third-party services have their own privacy policies"
        ]
      },
      {
        title: "Your Rights",
        content: [
          "Under applicable privacy laws, you may have the following rights:",
          "• Access to your personal information",
          "• Correct inaccurate information",
          "• Delete your personal information",
          "• Restrict information processing",
          "• Data portability",
          "• Object to information processing"
        ]
      },
      {
        title: "Contact Us",
        content: [
          "If you have any questions about this privacy policy, please contact us through:",
          "• Email: chengyue.jin@outlook.com",
          "• We will respond to your inquiries within a reasonable time"
        ]
      }
    ]
  }
};
