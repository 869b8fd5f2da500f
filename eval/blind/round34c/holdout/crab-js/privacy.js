export const privacyDataHtml = `<h1 style="text-align: center; text-indent: 2em; line-height: 3.5em;">
    <strong><strong><span style="font-family: 宋体, SimSun;"><span style="font-size: 36px;">隐私政策</span><span
            style="font-size: 14px;"><br /></span></span></strong>
</h1>
<h2 style="line-height: 1.75em;">
    <span style="font-family: 宋体, SimSun;">一、引言</span>
</h2>
<p style="text-indent: 2em; line-height: 1.75em;">
    <span style="text-decoration: underline; font-size: 14px;"><strong><span
                style="text-decoration: underline; font-family: 宋体, SimSun;">趣玩赚（以下内容称“本应用”）非常重视用户隐私并严格遵守相关的法律规定。请您仔细阅读《隐私政策》后再继续使用。如果您继续使用本应用，表示您已经充分阅读和理解我们协议及隐私政策的全部内容。</span></strong></span>
</p>
<p style="text-indent: 2em; line-height: 1.75em;">
    <span
        style="font-family: 宋体, SimSun; font-size: 14px;">本应用尊重并保护所有使用服务用户的个人隐私权。为了给您提供更准确、更有个性化的服务，本应用会按照本隐私政策的规定使用和披露您的个人信息。但本应用将以高度的勤勉、审慎义务对待这些信息。除本隐私权政策另有规定外，在未征得您事先许可的情况下，本应用不会将这些信息对外披露或向第三方提供。本应用会不时更新本隐私政策。您在同意本应用服务使用协议之时，即视为您已经同意本隐私政策全部内容。本隐私政策属于本应用服务使用协议不可分割的一部分。</span>
</p>
<h2 style="line-height: 1.75em;">
    <span style="font-family: 宋体, SimSun;">二、适用范围</span>
</h2>
<p style="line-height: 1.75em; text-indent: 2em;">
    <span style="font-family: 宋体, SimSun; font-size: 14px;">1. 在您注册本应用帐号时，您根据本应用要求提供的个人注册信息；</span>
</p>
<p style="line-height: 1.75em; text-indent: 2em;">
    <span style="font-family: 宋体, SimSun; font-size: 14px;">2.
        在您使用本应用网络服务，或访问本应用平台网页时，本应用自动接收并记录的您的浏览器和计算机上的信息，包括但不限于您的IP地址、浏览器的类型、使用的语言、访问日期和时间、软硬件特征信息及您需求的网页记录等数据；</span>
</p>
<p style="line-height: 1.75em; text-indent: 2em;">
    <span style="font-family: 宋体, SimSun; font-size: 14px;">3. 本应用通过合法途径从商业伙伴处取得的用户个人数据。</span>
</p>
<p style="line-height: 1.75em; text-indent: 2em;">
    <span style="text-decoration: underline; font-size: 14px;"><strong><span
                style="font-size: 14px; text-decoration: underline; font-family: 宋体, SimSun;">您了解并同意，以下信息不适用本隐私权政策：</span></strong></span>
</p>
<p style="line-height: 1.75em; text-indent: 2em;">
    <span style="font-family: 宋体, SimSun; font-size: 14px;">1. 您在使用本应用平台提供的搜索服务时输入的关键字信息；</span>
</p>
<p style="line-height: 1.75em; text-indent: 2em;">
    <span style="font-family: 宋体, SimSun; font-size: 14px;">2. 本应用收集到的您在本应用发布的有关信息数据，包括但不限于参与活动信息、成交信息等；</span>
</p>
<p style="line-height: 1.75em; text-indent: 2em;">
    <span style="font-family: 宋体, SimSun; font-size: 14px;">3. 违反法律规定或违反本应用规则进行的行为及本应用已对您采取的措施所产生的信息。</span>
</p>
<h2 style="line-height: 1.75em;">
    <span style="font-family: 宋体, SimSun;">三、信息使用</span>
</h2>
<p style="line-height: 1.75em; text-indent: 2em;">
    <span style="font-family: 宋体, SimSun; font-size: 14px;">1.
        本应用不会向任何无关第三方提供、出售、出租、分享或交易您的个人信息，除非事先得到您的许可，或该第三方和本应用（含本应用关联公司）单独或共同为您提供服务，且在该服务结束后，其将被禁止访问、使用包括其以前能够访问、使用的所有这些资料信息。</span>
</p>
<p style="line-height: 1.75em; text-indent: 2em;">
    <span style="font-family: 宋体, SimSun; font-size: 14px;">2.
        本应用亦不允许任何第三方以任何手段收集、编辑、出售或者无偿传播您的个人信息。任何本应用平台用户如从事上述活动，一经发现，本应用有权立即终止与该用户的服务协议。</span>
</p>
<p style="line-height: 1.75em; text-indent: 2em;">
    <span style="font-family: 宋体, SimSun; font-size: 14px;">3.
        为服务用户的目的，本应用可能通过使用您的个人信息，向您提供您感兴趣的信息，包括但不限于向您发出产品和服务信息，或者与本应用合作伙伴共享信息以便他们向您发送有关其产品和服务的信息（后者需要您的事先同意）。</span>
</p>
<h2 style="line-height: 1.75em;">
    <span style="font-family: 宋体, SimSun;">四、信息披露</span>
</h2>
<p style="line-height: 1.75em;">
    <span style="text-decoration: underline;"><strong><span
                style="text-decoration: underline; font-family: 宋体, SimSun; font-size: 14px;">在如下情况下，本应用将依据您的个人意愿或法律的规定全部或部分的披露您的个人信息：</span></strong></span>
</p>
<p style="line-height: 1.75em; text-indent: 2em;">
    <span style="font-family: 宋体, SimSun; font-size: 14px;">1. 经您事先同意，向第三方披露；</span>
</p>
<p style="line-height: 1.75em; text-indent: 2em;">
    <span style="font-family: 宋体, SimSun; font-size: 14px;">2. 为提供您所要求的产品和服务，而必须和第三方分享您的个人信息；</span>
</p>
<p style="line-height: 1.75em; text-indent: 2em;">
    <span style="font-family: 宋体, SimSun; font-size: 14px;">3. 根据法律法规的有关规定，或者行政或司法机关的要求，向第三方或者行政、司法机关披露；</span>
</p>
<p style="line-height: 1.75em; text-indent: 2em;">
    <span style="font-family: 宋体, SimSun; font-size: 14px;">4. 如您出现违反中国有关法律、法规或者本应用服务协议或相关规则的情况，需要向第三方披露；</span>
</p>
<p style="line-height: 1.75em; text-indent: 2em;">
    <span style="font-family: 宋体, SimSun; font-size: 14px;">5. 如您是适格的知识产权投诉人并已提起投诉，应被投诉人要求，向被投诉人披露，以便双方处理可能的权利纠纷；</span>
</p>
<p style="line-height: 1.75em; text-indent: 2em;">
    <span style="font-family: 宋体, SimSun; font-size: 14px;">6.
        在本应用平台上创建的某一交易中，如交易任何一方履行或部分履行了交易义务并提出信息披露请求的，本应用有权决定是否向该用户提供其交易对方的联络方式等必要信息，以促成交易的完成或纠纷的解决。</span>
</p>
<p style="line-height: 1.75em; text-indent: 2em;">
    <span style="font-family: 宋体, SimSun; font-size: 14px;">7. 其它本应用根据法律、法规或者网站政策认为合适的披露。</span>
</p>
<h2 style="line-height: 1.75em;">
    <span style="font-family: 宋体, SimSun;">五、信息存储和交换</span>
</h2>
<p style="line-height: 1.75em; text-indent: 2em;">
    <span
        style="font-family: 宋体, SimSun; font-size: 14px;">本应用收集的有关您的信息和资料将保存在本应用及（或）其关联公司的服务器上，这些信息和资料可能传送至您所在国家、地区或本应用收集信息和资料的境外所在地并在境外被访问、存储和展示。</span>
</p>
<h2 style="line-height: 1.75em;">
    <span style="font-family: 宋体, SimSun;">六、信息安全</span>
</h2>
<p style="line-height: 1.75em; text-indent: 2em;">
    <span
        style="font-family: 宋体, SimSun; font-size: 14px;">本应用帐号均有安全保护功能，请妥善保管您的用户名及密码信息。本应用将通过对用户密码进行加密等安全措施确保您的信息不丢失，不被滥用和变造。尽管有前述安全措施，但同时也请您注意在信息网络上不存在“完善的安全措施”。</span>
</p>
<h2 style="line-height: 1.75em;">
    <span style="font-family: 宋体, SimSun;">七、本隐私政策的更改</span>
</h2>
<p style="line-height: 1.75em; text-indent: 2em;">
    <span style="font-family: 宋体, SimSun; font-size: 14px;">1.
        如果决定更改隐私政策，我们会在本政策、本公司网站中以及我们认为适当的位置发布这些更改，以便您了解我们如何收集、使用您的个人信息，哪些人可以访问这些信息，以及在什么情况下我们会透露这些信息。</span>
</p>
<p style="line-height: 1.75em; text-indent: 2em;">
    <span style="font-family: 宋体, SimSun; font-size: 14px;">2.
        本公司保留随时修改本政策的权利，因此请经常查看。如对本政策作出重大更改，本公司会通过网站通知的形式告知。</span>
</p>
<p style="line-height: 1.75em; text-indent: 2em;">
    <span style="text-decoration: underline;"><strong><span
                style="text-decoration: underline; font-family: 宋体, SimSun; font-size: 14px;">请勿随意向第三方披露自己的个人信息，如联络方式或者邮政地址。请您妥善保护自己的个人信息，仅在必要的情形下向他人提供。如您发现自己的个人信息泄密，尤其是本应用用户名及密码发生泄露，请您立即在应用内联络本应用客服，以便本应用采取相应措施。</span></strong></span>
</p>
<p>
    <br />
</p>`;
