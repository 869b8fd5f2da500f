/*
 * @Author: 脉迈
 * @Date: 2021-11-11 15:22:38
 * @LastEditors: 脉迈
 * @LastEditTime: 2022-02-14 17:00:26
 */
 // eslint-disable-next-line
export default `
<p style=";text-indent: 28px;padding: 0">
    <span style="font-family: 微软雅黑;letter-spacing: 0;font-size: 12px">本平台承诺保护用户的隐私。</span><span style="font-family: 微软雅黑;letter-spacing: 0;font-size: 12px"><span style="font-family:微软雅黑">本《隐私政策》适用于本平台提供的用户端软件、网站、服务（以下统称为</span><span style="font-family:微软雅黑">“我们的服务”或“本平台服务”），包括但不限于适用于计算机、移动智慧终端机的产品及服务（含站外服务，例如：我们的广告服务和“通过我们的服务申请或分享”的外挂程序等）。</span></span><span style="font-family: 微软雅黑;letter-spacing: 0;font-size: 12px">本隐私权政策旨在帮助您了解我们会收集哪些资料、为什么收集这些资料、会利用这些资料做什么以及我们如何保护这些资料。</span><span style="font-family: 微软雅黑;letter-spacing: 0;font-size: 12px"><span style="font-family:微软雅黑">了解这些内容，对于您行使个人权利及保护您的个人信息至关重要，请您在使用本平台服务前务必认真阅读本政策。如果您未满</span><span style="font-family:微软雅黑">18周岁，请在法定监护人的陪同下阅读本《隐私政策》。如您为未成年人的法定监护人，请特别注意第七条。</span></span>
</p>
<p style=";text-indent: 28px;padding: 0">
    <span style="font-family: 微软雅黑;letter-spacing: 0;font-size: 12px">&nbsp;</span>
</p>
<p style=";text-indent: 28px;padding: 0">
    <span style="font-family: 微软雅黑;letter-spacing: 0;font-size: 12px">当您开始下载、访问、使用或继续使用我们的服务，都意味着同意我们按照本《隐私政策》收集、使用、储存和分
