const agreementContent = `<div style="">
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
    &nbsp;本协议是用户与甲方就用户在甲方【酬金支付】平台注册的相关事宜所订立的协议，本协议在用户和甲方之间具有合同上的法律效力。甲方在此特别提醒用户认真阅读本协议、充分理解本协议各条款内容，特别是其中所涉及的免除及限制甲方或甲方【酬金支付】平台责任的条款、对用户权利限制条款等。甲方信息：深圳市拜特科技股份有限公司，法定代表人：胡德芳。地址：深圳市南山区高新中区麻雀岭工业区M-6栋中钢大厦三层三区。乙方信息默认酬金支付平台和助力系统注册用户，甲乙双方确认信息真实有效。请用户审慎阅读后再选择接受或不接受本协议。除非用户接受本协议所有条款，否则无权使用甲方【酬金支付】平台于本协议项下所提供的服务。用户一经注册或使用即视为充分理解并完全接受本协议全部条款。
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p>&nbsp;</o:p></span></b></p>

<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  1  总则</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;1.1 【酬金支付】平台（以下简称“【酬金支付】平台或者本平台”）的所有权和运营权归深圳市拜特科技股份有限公司所有。 </span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;1.2 用户在注册之前，应当仔细阅读本协议，并同意遵守本协议后方可成为注册用户。一旦注册成功，则用户与【酬金支付】平台之间自动形成协议关系，用户应当受本协议的约束。用户在使用特殊的服务或产品时，应当同意接受相关协议后方能使用。 </span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;1.3 本协议可由【酬金支付】平台随时更新，用户应当及时关注【酬金支付】平台（含平台内不时更新之通知、公告、声明或其他类似内容）并同意甲方不承担通知义务。本平台的通知、公告、声明或其它类似内容是本协议的一部分。  </span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>

<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p>&nbsp;</o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  2 服务内容</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;2.1 【酬金支付】平台的具体内容由甲方根据实际情况提供。  </span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;2.2 本平台仅提供相关的网络服务及本协议约定的服务，除此之外与相关网络服务有关的设备(如个人电脑、手机、及其他与接入互联网或移动网有关的装置)及所需的费用(如为接入互联网而支付的电话费及上网费、为使用移动网而支付的手机费)均应由用户自行负担。 </span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;2.3 用户第一次通过【移动终端公司】（以下简称“确认方”）的酬金结算平台发起酬金兑付请求后，本平台自动将前述酬金兑付请求发送到确认方进行确认，经确认方确认无误后，甲方将通过确认方的酬金结算平台代确认方垫付其应向用户支付的酬金，甲方向用户支付酬金的支付通道可通过银行卡转账与微信支付（包括现金红包和企业付款至用户零钱）的方式，甲方向本协议中用户提供的收款账户支付酬金即视为甲方履行完毕本协议约定的代确认方垫付酬金的义务，用户对此无异议。 </span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;2.4 【酬金支付】平台向用户支付酬金时，有义务按相关法律法规的规定代扣代缴用户应当缴纳的各项税费（包含但不限于个人所得税），且所得税按照甲方所在地的税务缴纳标准，用户对此无异议。
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;2.5 用户确认其必须为确认方完成线上业务营销平台或者线下店面等多种渠道进行业务营销推广的工作后，甲方才有义务根据确认方的确认按本协议的约定向其支付相应酬金，否则，甲方有理由拒绝支付且不视为任何违约。
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;2.6 本协议约定的应付酬金数据由确认方的系统根据用户的实际销售订单统计完成，由确认方核算、确认无误后提供给甲方【酬金支付】平台，用户对应付销量的统计方式、统计结果及酬金核算的结果均无异议。
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;2.7 本协议第2.6条约定的销量数据的统计方式、统计结果需与确认方计算得出，用户对此无异议。
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;2.8 用户及甲方均确认：双方之间不存在任何雇佣关系、劳动关系及劳务关系，甲方仅基于本协议的约定而代确认方向用户垫付酬金，用户确认其不会以任何理由向甲方提起任何涉及劳动关系或劳务关系或雇佣关系的仲裁或者诉讼，否则，由此产生的一切法律责任由用户自行承担。
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
  
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p>&nbsp;</o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  3 用户帐号</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;3.1 经本平台注册系统完成注册程序并通过身份认证的用户即成为正式用户，可以获得本平台规定用户所应享有的一切权限；未经认证仅享有本平台规定的部分会员权限。【酬金支付】平台有权对会员的权限设计进行变更。 
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;3.2 用户只能按照注册要求使用真实姓名，及身份证号注册。用户有义务保证密码和帐号的安全，用户利用该密码和帐号所进行的一切活动引起的任何损失或损害，由用户自行承担全部责任，本平台不承担任何责任。如用户发现帐号遭到未授权的使用或发生其他任何安全问题，应立即修改帐号密码并妥善保管，如有必要，请通知本平台。因黑客行为或用户的保管疏忽导致帐号非法使用，本平台不承担任何责任。 
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>

<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p>&nbsp;</o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  4 使用规则</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;4.1 用户需遵守中华人民共和国相关法律法规，包括但不限于《中华人民共和国计算机信息系统安全保护条例》、《计算机软件保护条例》、《互联网电子公告服务管理规定》、《互联网新闻信息服务管理规定》和《信息网络传播权保护条例》等有关计算机互联网规定和知识产权的法律和法规、实施办法。  
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;4.2 用户对其自行发表、上传或传送的内容负全部责任，所有用户不得在本平台任何页面发布、转载、传送含有下列内容之一的信息，否则本平台有权自行处理并不通知用户：  
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
 <p class="MsoNormal" style="margin-left: 0cm; text-align: left; text-indent: -18pt; vertical-align: baseline;" align="left"><span style="font-size: 10pt; font-family: 宋体;">
&nbsp;&nbsp;&nbsp;(1)自行配备上网的所需设备，包括个人手机、平板电脑、调制解调器、路由器等；
</span><span style="font-size: 10pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></p>
 <p class="MsoNormal" style="margin-left: 0cm; text-align: left; text-indent: -18pt; vertical-align: baseline;" align="left"><span style="font-size: 10pt; font-family: 宋体;">
&nbsp;&nbsp;&nbsp;(2)危害国家安全，泄漏国家机密，颠覆国家政权，破坏国家统一的； 
</span><span style="font-size: 10pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></p>
 <p class="MsoNormal" style="margin-left: 0cm; text-align: left; text-indent: -18pt; vertical-align: baseline;" align="left"><span style="font-size: 10pt; font-family: 宋体;">
&nbsp;&nbsp;&nbsp;(3)损害国家荣誉和利益的；
</span><span style="font-size: 10pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></p>
 <p class="MsoNormal" style="margin-left: 0cm; text-align: left; text-indent: -18pt; vertical-align: baseline;" align="left"><span style="font-size: 10pt; font-family: 宋体;">
&nbsp;&nbsp;&nbsp;(4)煽动民族仇恨、民族歧视，破坏民族团结的； 
</span><span style="font-size: 10pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></p>
 <p class="MsoNormal" style="margin-left: 0cm; text-align: left; text-indent: -18pt; vertical-align: baseline;" align="left"><span style="font-size: 10pt; font-family: 宋体;">
&nbsp;&nbsp;&nbsp;(5)破坏国家宗教政策，宣扬邪教和封建迷信的； 
</span><span style="font-size: 10pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></p>
 <p class="MsoNormal" style="margin-left: 0cm; text-align: left; text-indent: -18pt; vertical-align: baseline;" align="left"><span style="font-size: 10pt; font-family: 宋体;">
&nbsp;&nbsp;&nbsp;(6)散布谣言，扰乱社会秩序，破坏社会稳定的；
</span><span style="font-size: 10pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></p>
 <p class="MsoNormal" style="margin-left: 0cm; text-align: left; text-indent: -18pt; vertical-align: baseline;" align="left"><span style="font-size: 10pt; font-family: 宋体;">
&nbsp;&nbsp;&nbsp;(7)散布淫秽、色情、赌博、暴力、恐怖或者教唆犯罪的；
</span><span style="font-size: 10pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></p>
 <p class="MsoNormal" style="margin-left: 0cm; text-align: left; text-indent: -18pt; vertical-align: baseline;" align="left"><span style="font-size: 10pt; font-family: 宋体;">
&nbsp;&nbsp;&nbsp;(8)侮辱或者诽谤他人，侵害他人合法权益的；
</span><span style="font-size: 10pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></p>
 <p class="MsoNormal" style="margin-left: 0cm; text-align: left; text-indent: -18pt; vertical-align: baseline;" align="left"><span style="font-size: 10pt; font-family: 宋体;">
&nbsp;&nbsp;&nbsp;(9)煽动非法集会、结社、游行、示威、聚众扰乱社会秩序的； 
</span><span style="font-size: 10pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></p>
 <p class="MsoNormal" style="margin-left: 0cm; text-align: left; text-indent: -18pt; vertical-align: baseline;" align="left"><span style="font-size: 10pt; font-family: 宋体;">
&nbsp;&nbsp;&nbsp;(10)以非法民间组织名义活动的；
</span><span style="font-size: 10pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></p>
 <p class="MsoNormal" style="margin-left: 0cm; text-align: left; text-indent: -18pt; vertical-align: baseline;" align="left"><span style="font-size: 10pt; font-family: 宋体;">
&nbsp;&nbsp;&nbsp;(11)含有法律、行政法规禁止的其他内容的。 
</span><span style="font-size: 10pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;4.3 用户承诺对其发表或者上传于本平台的所有信息(即属于《中华人民共和国著作权法》规定的作品，包括但不限于文字、图片、音乐、电影、表演和录音录像制品和电脑程序等)均享有完整的知识产权，或者已经得到相关权利人的合法授权；如用户违反本条规定造成本平台被第三人索赔的，用户应全额补偿本平台一切费用(包括但不限于各种赔偿费、诉讼代理费及为此支出的其它合理费用)。
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;4.4 用户承诺其所发出的酬金兑付请求的信息真实、准确、完整，如注册人违反前述要求，【酬金支付】平台可以拒付相应的酬金，并且【酬金支付】平台不承担任何违约责任。
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;4.5 当第三方认为用户发表或者上传于本平台的信息侵犯其权利，并根据《信息网络传播权保护条例》或者相关法律规定向本平台发送权利通知书时，用户同意本平台可以自行判断决定删除涉嫌侵权信息，除非用户提交书面证据材料排除侵权的可能性，本平台将不会自动恢复上述删除的信息； 
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
   <p class="MsoNormal" style="margin-left: 0cm; text-align: left; text-indent: -18pt; vertical-align: baseline;" align="left"><span style="font-size: 10pt; font-family: 宋体;">
&nbsp;&nbsp;&nbsp;(1)不得为任何非法目的而使用网络服务系统； 
</span><span style="font-size: 10pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></p>
   <p class="MsoNormal" style="margin-left: 0cm; text-align: left; text-indent: -18pt; vertical-align: baseline;" align="left"><span style="font-size: 10pt; font-family: 宋体;">
&nbsp;&nbsp;&nbsp;(2)遵守所有与网络服务有关的网络协议、规定和程序；
</span><span style="font-size: 10pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></p>
   <p class="MsoNormal" style="margin-left: 0cm; text-align: left; text-indent: -18pt; vertical-align: baseline;" align="left"><span style="font-size: 10pt; font-family: 宋体;">
&nbsp;&nbsp;&nbsp;(3)不得利用本平台进行任何可能对互联网的正常运转造成不利影响的行为； 
</span><span style="font-size: 10pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></p>
   <p class="MsoNormal" style="margin-left: 0cm; text-align: left; text-indent: -18pt; vertical-align: baseline;" align="left"><span style="font-size: 10pt; font-family: 宋体;">
&nbsp;&nbsp;&nbsp;(4)不得利用本平台进行任何不利于本平台的行为。 
</span><span style="font-size: 10pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;4.6 如用户在使用网络服务时违反上述任何规定，本平台有权要求用户改正或直接采取一切必要的措施(包括但不限于删除用户张贴的内容、暂停或终止用户使用网络服务的权利)以减轻用户不当行为而造成的影响。  
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>

<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p>&nbsp;</o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  5 隐私保护</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;5.1 本平台不对外公开或向第三方提供单个用户的注册资料及用户在使用网络服务时存储在本平台的非公开内容，但下列情况除外： 
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
   <p class="MsoNormal" style="margin-left: 0cm; text-align: left; text-indent: -18pt; vertical-align: baseline;" align="left"><span style="font-size: 10pt; font-family: 宋体;">
&nbsp;&nbsp;&nbsp;(1)事先获得用户的明确授权； 
</span><span style="font-size: 10pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></p>
   <p class="MsoNormal" style="margin-left: 0cm; text-align: left; text-indent: -18pt; vertical-align: baseline;" align="left"><span style="font-size: 10pt; font-family: 宋体;">
&nbsp;&nbsp;&nbsp;(2)根据有关的法律法规要求；
</span><span style="font-size: 10pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></p>
   <p class="MsoNormal" style="margin-left: 0cm; text-align: left; text-indent: -18pt; vertical-align: baseline;" align="left"><span style="font-size: 10pt; font-family: 宋体;">
&nbsp;&nbsp;&nbsp;(3)按照相关政府主管部门的要求；
</span><span style="font-size: 10pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></p>
   <p class="MsoNormal" style="margin-left: 0cm; text-align: left; text-indent: -18pt; vertical-align: baseline;" align="left"><span style="font-size: 10pt; font-family: 宋体;">
&nbsp;&nbsp;&nbsp;(4)为支付本协议约定的酬金而向确认方发送相关信息；
</span><span style="font-size: 10pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></p>
   <p class="MsoNormal" style="margin-left: 0cm; text-align: left; text-indent: -18pt; vertical-align: baseline;" align="left"><span style="font-size: 10pt; font-family: 宋体;">
&nbsp;&nbsp;&nbsp;(5)为维护社会公众的利益。 
</span><span style="font-size: 10pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;5.2 本平台可能会与第三方合作向用户提供相关的网络服务，在此情况下，如该第三方同意承担与本平台同等的保护用户隐私的责任，则本平台有权将用户的注册资料等提供给该第三方。 
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;5.2 本平台可能会与第三方合作向用户提供相关的网络服务，在此情况下，如该第三方同意承担与本平台同等的保护用户隐私的责任，则本平台有权将用户的注册资料等提供给该第三方。 
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>

<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p>&nbsp;</o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  6 版权声明
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;6.1 本平台的文字、图片、音频、视频等版权均归甲方享有或与作者共同享有，未经本平台许可，不得任意转载。 
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;6.2 本平台特有的标识、版面设计、编排方式等版权均属甲方享有，未经本平台许可，不得任意复制或转载。 
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;6.3 使用本平台的任何内容均应注明“来源于【酬金支付】平台”及署上作者姓名，按法律规定需要支付稿酬的，应当通知本平台及作者及支付稿酬，并独立承担一切法律责任。
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;6.4 本平台享有所有作品用于其它用途的优先权，包括但不限于网站、电子杂志、平面出版等，但在使用前会通知作者，并按同行业的标准支付稿酬。
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;6.5 本平台所有内容仅代表作者自己的立场和观点，与本平台无关，由作者本人承担一切法律责任。
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;6.6 恶意转载本平台内容的，本平台保留将其诉诸法律的权利。 
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>

<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p>&nbsp;</o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  7 责任声明
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;7.1 用户明确同意其使用本平台网络服务所存在的风险及一切后果将完全由用户本人承担，【酬金支付】平台对此不承担任何责任。
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;7.2 本平台无法保证网络服务一定能满足用户的要求，也不保证网络服务的及时性、安全性、准确性。
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;7.3 本平台不保证为方便用户而设置的外部链接的准确性和完整性，同时，对于该等外部链接指向的不由本平台实际控制的任何网页上的内容，本平台不承担任何责任。
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;7.4 对于因不可抗力或本平台不能控制的原因造成的网络服务中断或其它缺陷，本平台不承担任何责任，但将尽力减少因此而给用户造成的损失和影响。
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;7.5 本平台有权于任何时间暂时或永久修改或终止本服务(或其任何部分)，而无论其通知与否，本平台对用户和任何第三人均无需承担任何责任。
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>

<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p>&nbsp;</o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  8 法律管辖和适用
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;8.1 本协议的订立、执行和解释及争议的解决均应适用中华人民共和国法律。
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;8.2 如双方就本协议内容或其执行发生任何争议，双方应尽力友好协商解决；协商不成时，任何一方均可向甲方所在地的人民法院提起诉讼。
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>

<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p>&nbsp;</o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  9 附则 
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;9.1 如本协议中的任何条款无论因何种原因完全或部分无效或不具有执行力，本协议的其余条款仍应有效并且有约束力。
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;9.2 本协议解释权及修订权归甲方所有。
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;9.3 本协议的标题为方便阅读而设，不具有法律或契约效果。
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
<p class="MsoNormal" style="text-align: left; vertical-align: baseline;" align="left"><b><span style="font-size: 11.5pt; font-family: 宋体;">
  &nbsp;9.4 本协议内容中，请您着重阅读。您点击“同意”按钮即视为您本人作为乙方接受用户注册协议内容，在点击之前请您再次确认已知悉并完全理解本协议的全部内容，本人的身份信息作为用户服务协议附件上传。
</span></b><b><span style="font-size: 11.5pt; font-family: &quot;Times New Roman&quot;, serif;" lang="EN-US"><o:p></o:p></span></b></p>
</div>`
export default agreementContent
