export const zh = {
    privacy: {
        badge: "完全透明",
        title_p1: "隐私",
        title_p2: "政策",
        description: "您的安心是我们的首要任务。在这里，我们解释了我们如何以创造游戏每个像素的同样热情来照顾您的数据。",
        last_update: "24/12/2025",
        sections: {
            intro: {
                title: "简介",
                content: "在 GameBob，我们非常重视用户的隐私。本政策描述了我们所有应用程序和游戏中数据的处理方式。我们相信伦理开发，乐趣不应依赖于您的个人信息。"
            },
            collection: {
                title: "数据收集",
                content: "我们的游戏旨在让您在不收集个人身份信息的情况下享受乐趣。我们不要求提供姓名、电子邮件或敏感信息。您的进步属于您，我们希望保持这种状态。"
            },
            security: {
                title: "安全理念",
                content: "我们实施“零数据”政策。我们不在外部服务器上存储任何非应用程序本地技术运行所必需的信息，从而将任何泄露风险降至最低。"
            },
            third_party: {
                title: "第三方服务",
                admob_title: "Google AdMob:",
                admob_content: "用于展示资助我们免费开发的广告。Google 可能会使用匿名广告标识符来个性化您的广告体验。",
                crashlytics_title: "Firebase Crashlytics:",
                crashlytics_content: "帮助我们识别、优先处理和解决应用程序稳定性问题的错误监控工具。它在发生错误时收集有关崩溃和应用程序状态的匿名数据。"
            },
            children: {
                title: "儿童保护",
                content: "我们严格遵守国际儿童保护法规（COPPA/GDPR）。我们的游戏是安全的环境，在任何情况下都不会收集 13 岁以下儿童的个人信息。"
            },
            contact: {
                title: "更改与联系",
                content: "我们的政策可能会随着我们技术的发展而演变。如果您对我们如何保护您的游戏体验有任何疑问，可以通过我们的官方渠道联系我们。"
            }
        },
        footer_copy: "GameBob Studio © 2026"
    },
    terms: {
        badge: "法律框架",
        title_p1: "条款与",
        title_p2: "条件",
        description: "游戏规则。透明和清晰，为您提供更好的体验。",
        last_update: "02/01/2026",
        intro_p1: "欢迎使用由 Game Bob (Juan José López Moya) 提供的服务。",
        intro_p2: "通过下载、安装或使用我们的任何移动应用程序（“应用程序”）或访问我们的网站，即表示您同意受以下条款和条件的约束。如果您不同意这些条款，请勿使用本应用程序。",
        sections: {
            license: {
                title: "使用许可",
                content: "授予用户个人、非排他性、不可转让且可撤销的许可，以便在兼容的移动设备上使用本应用程序，仅用于个人且非商业目的。"
            },
            acceptable: {
                title: "可接受的使用",
                content: "您同意仅出于合法目的并按照本条款使用应用程序。禁止：",
                items: [
                    "对应用程序进行逆向工程、反编译或尝试提取源代码。",
                    "以可能损坏、禁用或使我们的服务器或网络过载的方式使用应用程序。",
                    "绕过应用程序的任何安全措施或技术限制。"
                ]
            },
            intellectual: {
                title: "知识产权",
                content: "我们应用程序的设计、源代码、图形、徽标和内容的所有知识产权均为 Juan José López Moya 的专有财产或经许可使用。不向用户转让任何所有权。"
            },
            privacy: {
                title: "隐私与数据保护",
                content: "您的隐私对我们非常重要。应用程序的使用还受我们的隐私政策约束，该政策描述了我们如何收集、使用和共享信息（例如广告标识符或匿名使用数据）。",
                link_text: "阅读完整的隐私政策"
            },
            third_party: {
                title: "第三方服务",
                content: "应用程序可能会集成第三方服务（例如用于广告的 Google AdMob 或用于分析的 Firebase）。这些服务的使用受这些提供商的条款和政策约束。Game Bob 不控制这些外部服务的内容或做法，也不承担任何责任。"
            },
            liability: {
                title: "责任限制",
                content: "应用程序按“原样”提供。Game Bob 不保证应用程序没有错误或无间断运行。在法律允许的最大范围内，我们对因使用或无法使用应用程序而产生的任何直接、间接或后果性损害不承担责任。"
            },
            modifications: {
                title: "修改",
                content: "我们保留随时更新或修改这些条款的权利。修改自发布之日起生效。继续使用应用程序即表示您接受此类修改。"
            },
            jurisdiction: {
                title: "立法与司法管辖",
                content: "这些条款受西班牙法律管辖并按其解释。与这些条款有关的任何争议均受西班牙法院的排他性管辖。"
            },
            contact: {
                title: "联系我们",
                content: "如果您对本条款与条件有任何疑问或疑虑，可以通过以下方式联系我们："
            }
        },
        footer_copy: "GameBob Studio © 2026"
    }
};
