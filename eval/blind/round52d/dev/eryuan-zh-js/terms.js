export default {
  userTermsKo: "준비중입니다.",
  privacyTermsKo: "준비중입니다.",
  userTerms:
      "{{merchandiserName}}商店服务协议\n\n" +
      "最新版本生效日期：{{currentDate}} \n\n" +
      "提示条款 \n" +
      "欢迎您与各{{merchandiserName}}商店经营者详见定义条款）共同签署本《{{merchandiserName}}商店服务协议》（下称“本协议”）并使用{{merchandiserName}}商店服务！\n" +
      "自本协议发布之日起，{{merchandiserName}}商店各处所称“{{merchandiserName}}服务协议”均指本协议。\n" +
      "各服务条款前所列索引关键词仅为帮助您理解该条款表达的主旨之用，不影响或限制本协议条款的含义或解释。为维护您自身权益，建议您仔细阅读各条款具体表述。\n" +
      "【审慎阅读】您在申请注册流程中点击同意本协议之前，应当认真阅读本协议。请您务必审慎阅读、充分理解各条款内容，特别是免除或者限制责任的条款、法律适用和争议解决条款。" +
      "免除或者限制责任的条款将以粗体下划线标识，您应重点阅读。如您对协议有任何疑问，可向{{merchandiserName}}商店客服咨询。\n" +
      "【签约动作】当您按照注册页面提示填写信息、阅读并同意本协议且完成全部注册程序后，即表示您已充分阅读、理解并接受本协议的全部内容，" +
      "并与{{merchandiserName}}达成一致，成为{{merchandiserName}}商店“用户”。阅读本协议的过程中，如果您不同意本协议或其中任何条款约定，您应立即停止注册程序 \n" +
      "\n" +
      "一、 定义 \n" +
      "\n" +
      "{{merchandiserName}}商店：指包括{{merchandiserName}}商店（域名为 eryuan.co）网站及微信小程序等客户端。\n" +
      "{{merchandiserName}}：{{merchandiserName}}商店经营者的单称或合称，包括优码网络科技（威海）
