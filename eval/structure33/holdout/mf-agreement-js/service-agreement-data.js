const serviceAgreementData = `
<p>
<span style="line-height:2;">当您按照登录页面提示填写信息、阅读并同意本协议且完成全部登录程序后，即表示您已充分阅读、理解.并接受本协议的全部内容。您承诺接受并遵守本协议的约定，届时您不应以未阅读本协议的内容等理由，主张本协议无效，或要求撤销本协议。</span>
</p>
<h4>
<span style="line-height:2;">一.用户使用规则</span>
</h4>
<p>
<span style="line-height:2;">1.遵守中华人民共和国相关法律法规，包括但不限于《中华人民共和国计算机信息系统安全保护条例》、《计算机软件保护条例》、《最高 人民法院关于审理涉及计算机网络著作权纠纷案件适用法律若干问题的解释(法释[2004]1号)》、《全国 人大常委会关于维护.互联网安全的决定》、《互 联网电子公告服务管理规定》、《互联网新闻信 息服务管理规定》、《互联网著作权行政保护办法》和《信息网络传播权保护条例》等有关计算机互联网规定和知识产权的法律和法规。</span>
</p>
<p>
<span style="line-height:2;">2.用户完成注册申请手续后，获得帐号的使用权。用户在申请使用服务时，必须提供准确的个人资料，如个人资料有任何变动，必须及时更新。如果因注册信息不真实而引起任何问题，以及由问题所带来任何后果，本站不负任何责任。因经营需要，有权回收用户的帐号。</span>
</p>
<p>
<span style="line-height:2;">3.用户不应将其帐号、密码转让或出借予他人使用。如用户发现其帐号遭他人非法使用，应立即告知这一步。因黑客行为或用户的保管疏忽导致帐号、密码遭他人非法使用，这一步不承担任何责任。</span>
</p>
<p>
<span style="line-height:2;">4.用户理解并接受本站提供的服务中可能包括广告，用户同意本站有权在提供网络服务过程中以各种方式投放各种商业性广告或其他任何类型的商业信息(包括但不限于在本站任何页面上投放广告)。</span>
</p>
<p>
<span style="line-height:2;">5.用户对其自行发表、上传 或传送的内容负全部责任，所有用户不得在本网站任何页面发布、转载、传送含有下列内容之-的信息，否则本网站有权自行处理并不通知用户:</span><br />
<span style="line-height:2;"> (1)违反宪法确定的基本原则的;</span><br />
<span style="line-height:2;"> (2)危害国家安全，泄漏国家机密，颠覆国家政权,破坏国家统一的;</span><br />
<span style="line-height:2;"> (3)损害国家荣誉和利益的;</span><br />
<span style="line-height:2;"> (4)煽动民族仇恨、民族歧视，破坏民族团结的;</span><br />
<span style="line-height:2;"> (5)破坏国家宗教政策，宣扬邪教和封建迷信的;</span><br />
<span style="line-height:2;"> (6)散布谣言，扰乱社会秩序，破坏社会稳定的;</span><br />
<span style="line-height:2;"> (7)散布淫秽、色情、赌博、暴力、恐怖或者教唆犯罪的;</span><br />
<span style="line-height:2;"> (8)侮辱或者诽谤他人，侵害他人合法权益的;</span><br />
<span style="line-height:2;"> (9)煽动非法集会、结社、游行、示威、聚众扰乱社会秩序的;</span><br />
<span style="line-height:2;"> (10)以非法民间组织名义活动的;</span><br />
<span style="line-height:2;"> (11)含有法律、行政法规禁止的其他内容的。</span><br />
<span style="line-height:2;"> 6.用户在使用这一步网络服务同时应做到:</span><br />
<span style="line-height:2;"> (1)遵守所有与网络服务有关的网络协议、规定和程序;</span><br />
<span style="line-height:2;"> (2)不得为任何非法目的而使用网络服务系统;</span><br />
<span style="line-height:2;"> (3)不得侵犯其他任何第三方的专利权、著作权、商标权、名誉权或其他任何合法权益;</span><br />
<span style="line-height:2;"> (4)不得利用本站的网络服务系统进行未经这一步授权的广告;</span>
</p>
<p>
<span style="line-height:2;"> 7.如用户违反以上规则造成第三方索赔的，用户应全额补偿这一步 的一切费用(包括但不限于各种赔偿费、诉讼代理费及为此支出的其它合理费用);</span>
</p>
<h4>
<span style="line-height:2;">二.隐私保护</span>
</h4>
<p>
<span style="line-height:2;">1.这一步不对外公开或向第三方提供单个用户的注册资料及用户在使用网络服务时存储在本站的非公开内.容，但下列情况除外:</span>
</p>
<p>
<span style="line-height:2;">(2)只有透露用户的个人资料，才能提供用户所要求的产品和服务;</span>
</p>
<p>
<span style="line-height:2;">(3)根据有关的法律法规要求;</span>
</p>
<p>
<span style="line-height:2;">(4)按照相关政府主管部门的要求;</span>
</p>
<p>
<span style="line-height:2;">(5)为维护社会公众的利益;</span>
</p>
<p>
<span style="line-height:2;">(6)为维护这一步的合 法权益。</span>
</p>
<p>
<span style="line-height:2;">2.在不透露单个用户隐私资料的前提下，这一-步有权对整个用户数据库进行分析并对用户数据库进行商业上的利用。</span>
</p>
`

module.exports = { serviceAgreementData }