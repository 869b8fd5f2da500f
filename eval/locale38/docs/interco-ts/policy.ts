export default {
	policySectionTitle: '隐私政策',
	policySectionText1: '隐私政策描述了我们收集哪些数据、如何使用、存储以及保护这些数据。',
	policySectionText2: '我们致力于确保您的个人信息安全，并遵守所有适用的数据保护法律和法规。',
	policySectionTextLink: '阅读私隐政策',
	policySectionListTitle: '主要部分:',
	policySectionListItem1: '信息收集和使用：我们在您访问网站或使用服务时收集哪些数据及其用途。',
	policySectionListItem2: 'Cookie 和类似技术：我们如何使用 Cookie 改善网站的使用体验。',
	policySectionListItem3: '向第三方传递数据：我们在何种条件下会将您的数据传递给合作伙伴和服务商。',
	policySectionListItem4: '数据安全：保护您的信息免遭未经授权访问的措施。',
	policySectionListItem5: '用户权利：如何管理、更新或删除您的数据。',
	policySectionListItem6: '政策变更：我们如何通知您隐私政策的变更。',
	policySectionListItem7: '联系信息：如何就隐私相关问题与我们联系。',
}
