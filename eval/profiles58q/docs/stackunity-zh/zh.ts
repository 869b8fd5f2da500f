export default {
  meta: {
    title: '隐私政策 - StackUnity',
    description: 'StackUnity的综合隐私政策。了解我们的GDPR合规性，以及我们如何收集、处理、保护和管理您的个人数据。',
    keywords: 'StackUnity隐私政策, GDPR合规, 数据保护, 个人数据收集, 数据安全, 隐私权, 网络开发平台, cookie政策, 用户数据',
    author: 'StackUnity'
  },
  nav: {
    backToHome: '返回首页'
  },
  privacy: {
    title: '隐私政策',
    lastUpdated: '最后更新',
    introduction: '在StackUnity，我们非常重视保护您的个人数据。本隐私政策解释了我们在您使用我们的平台时如何收集、使用和保护您的信息。',
    sections: {
      collect: {
        title: '我们收集的信息',
        intro: '我们收集以下类型的信息：',
        items: [
          {
            title: '身份信息',
            content: '当您创建账户时，我们会收集您的姓名、电子邮件地址、密码，以及可选的个人资料照片。'
          },
          {
            title: '使用信息',
            content: '我们收集有关您如何与我们的平台互动的数据，包括您访问的页面、使用的功能以及在平台上花费的时间。'
          },
          {
            title: '用户内容',
            content: '您在我们的平台上创建、上传或分享的任何内容。'
          }
        ]
      },
      usage: {
        title: '我们如何使用您的信息',
        intro: '我们使用您的信息来：',
        items: [
          {
            title: '提供、维护和改进我们的服务',
            content: '我们使用您的信息来提供、维护和改进我们的服务。'
          },
          {
            title: '个性化您在我们平台上的体验',
            content: '我们使用您的信息来个性化您在我们平台上的体验。'
          },
          {
            title: '与您沟通有关我们的服务',
            content: '我们使用您的信息与您沟通有关我们的服务。'
          },
          {
            title: '保护我们平台和用户的安全',
            content: '我们使用您的信息来保护我们平台和用户的安全。'
          },
          {
            title: '遵守法律义务',
            content: '我们使用您的信息来遵守法律义务。'
          }
        ]
      },
      sharing: {
        title: '信息共享',
        intro: '我们不会将您的个人数据出售给第三方。我们可能会与以下方共享您的信息：',
        items: [
          {
            title: '帮助我们运营平台的服务提供商',
            content: '我们使用您的信息来帮助我们运营平台。'
          },
          {
            title: '经您同意的商业伙伴',
            content: '我们使用您的信息与您沟通有关我们的服务。'
          },
          {
            title: '如需遵守法律，则与法律机构共享',
            content: '我们使用您的信息来遵守法律义务。'
          }
        ]
      },
      security: {
        title: '数据安全',
        content: '我们非常重视您的数据安全。我们已实施适当的技术和组织措施，以保护您的信息免受未经授权的访问、使用或披露。'
      },
      rights: {
        title: '您的权利',
        intro: '根据您的居住地，您可能对您的个人数据拥有某些权利，包括：',
        items: [
          {
            title: '访问您的数据的权利',
            content: '我们使用您的信息来遵守法律义务。'
          },
          {
            title: '纠正您的数据的权利',
            content: '我们使用您的信息来遵守法律义务。'
          },
          {
            title: '限制处理您的数据的权利',
            content: '我们使用您的信息来遵守法律义务。'
          },
          {
            title: '数据可携带性的权利',
            content: '我们使用您的信息来遵守法律义务。'
          },
          {
            title: '反对处理您的数据的权利',
            content: '我们使用您的信息来遵守法律义务。'
          }
        ]
      },
      cookies: {
        title: 'Cookie和类似技术',
        content: '我们使用cookie和其他类似技术来改善您在我们平台上的体验，了解您如何使用我们的服务，并个性化我们的产品。您可以在浏览器设置中管理您的cookie首选项。有关更多信息，请参阅我们的',
        linkText: 'Cookie政策',
        items: [
          {
            title: '严格必要的Cookie',
            content: '我们使用您的信息来遵守法律义务。'
          },
          {
            title: '性能Cookie',
            content: '我们使用您的信息来遵守法律义务。'
          },
          {
            title: '功能性Cookie',
            content: '我们使用您的信息来遵守法律义务。'
          },
          {
            title: '目标Cookie',
            content: '我们使用您的信息来遵守法律义务。'
          },
          {
            title: '第三方Cookie',
            content: '我们使用您的信息来遵守法律义务。'
          }
        ]
      },
      changes: {
        title: '本政策的变更',
        content: '我们可能会不时更新此隐私政策。最新版本将始终在我们的网站上提供，我们会通知您任何重大变更。'
      },
      contact: {
        title: '联系我们',
        content: '如果您对本隐私政策或我们的数据保护实践有任何疑问，请随时通过以下方式联系我们',
        email: 'privacy@stackunity.com'
      }
    }
  },
  footer: {
    copyright: '保留所有权利。',
    links: {
      terms: '条款',
      notices: '法律声明',
      contact: '联系'
    }
  }
} 