<%@ page language="java" pageEncoding="UTF-8"%>
<%@ include file="/WEB-INF/jsp/common/taglibs.jsp"%>
<!doctype html>
<html>
  <head>
  <meta charset="UTF-8" />
<title>服务协议 - 华金所</title>
<%@ include file="/WEB-INF/jsp/common/head.jsp"%>
<link href="${css_imagedomain}/front/css/reset.css" rel="stylesheet"
	type="text/css" />
<link href="${css_imagedomain}/front/css/commen.css" rel="stylesheet"
	type="text/css" />
<link href="${css_imagedomain}/front/css/law.css" type="text/css" rel="stylesheet" />

          <style>
                  /*login头部*/
                  .loginH_w{width:100%; background: #fff;}
                  .loginH{width:1200px; margin:0 auto;}
                  .loginH_l,.loginH_r{height:48px;line-height:48px;padding:14px 0;}
                  .loginH_l .logo_line{display:inline-block;width:1px;height:40px;background:url(${css_imagedomain}/front/images/logo_line.png) no-repeat;margin:0 30px;}
                  .welcome{ font-size:24px;color:#494646;font-family:"Microsoft YaHei"; margin-right:30px;}
                  .ico_p{display:inline-block;width:21px;height:21px;background:url(${css_imagedomain}/front/images/ico_p.png) no-repeat;}
                  .loginH_r a{font-size:16px;color:#383838;}
                  .loginH_r a:hover{color:#f27267;}
                  .loginH_r i{display:inline-block;width:20px;height:18px;background:url(${css_imagedomain}/front/images/back.png) no-repeat; margin-right:8px;margin-top: -4px;}
                  .vm{ vertical-align:middle;}
                  .yanzheng .imgY{width:38px;height:26px;background:url(${css_imagedomain}/front/images/lock.png) no-repeat center -110px;border-right: 1px solid #d2d2d2;left:0;top:9px;}
                  #codeImg{ position: absolute;left:158px;top:6px;}
                  #shuaxin{ position:absolute;width:36px;height:28px;background:url(${css_imagedomain}/front/images/sx.png) no-repeat center center;border-left: 1px solid #d2d2d2;right:0;top:8px;}
                  #shuaxin:hover{background:url(${css_imagedomain}/front/images/sx2.png) no-repeat center center;}
                  .icp{font-size:14px;color:#9d9c9c;}
                  .icp:hover{color:#c2c2c2;}
          </style>
</head>

<body style="background: #e8e8e8;">
<!--<div class="subnav">
	<div class="subnav-top clear">
        <div class="left fl">
            <div class="Logo clear">
                <a href="${education_domain}" class="fl"><img src="${css_imagedomain}/front/images/logo.png" alt="logo" class="marT10" /></a>
            </div> 
        </div>
        <div class="right right_zhuR fr">
            <span class="right_zhu">华金所个人隐私权保护规则</span>
        </div>
    </div>
</div>-->

<div class="loginH_w">
        <div class="loginH clear">
                <div class="loginH_l fl" style="">
                        <a href="${education_domain}" class="vm"><img src="${css_imagedomain}/front/images/logo.png" /></a>
                        <i class="vm logo_line"></i>
                        <!--<span class="vm welcome">欢迎注册</span>-->
                        <i class="vm ico_p"></i>
                        <span class="vm" style="font-size:12px;color:#7b7a7a;">客服热线：</span>
                        <strong class="vm" style=" font-size:14px;color:#6b6b6b;">400&nbsp;826&nbsp;5000</strong>
                        <span class="vm" style="font-size:12px;color:#a1a0a0;margin-left: 5px;">(8:30-17:30)</span>
                </div>
                <div class="loginH_r fr">
                        <a href="${education_domain}" class="vm"><i class="vm"></i>华金所首页</a>
                </div>
                <div class="clear"></div>
        </div>
</div>

<!--nav End-->
<div class="privacy">
	<div class="privacy_con">
		<h2>《华金所个人隐私权保护规则》</h2>
        <h4>一、隐私权声明</h4>
        <p>中创共赢（北京）投资有限公司(以下简称“华金所”）注重对用户个人隐私的保护,限于金融业务的特殊性，华金所需要某些信息才能为用户提供其请求的服务，本隐私权声明解释了这些情况下的数据收集和使用情况。</p>
        <p>在同意华金所服务协议之时，用户已经同意华金所按照本隐私声明来使用和披露用户的个人信息，本隐私声明的全部条款属于该协议的一部份。</p>
        <h4>二、用户个人信息的搜集</h4>
        <p>当华金所需要能识别用户身份的信息（个人信息）或者可以与用户联系的信息时，华金所会征求用户的同意。通常，在用户注册华金所服务时，华金所会请求用户提供这些信息。华金所搜集的信息通常仅限于用户的真实姓名、性别、年龄、出生日期、身份证号、家庭住址、教育程度、公司情况、所属行业、兴趣爱好等。</p>
        <h4>三、控制用户的个人信息</h4>
        <p>华金所会在法律要求或符合华金所网站的相关服务条款、软件许可使用协议约定的情况下透露用户的个人信息，或者有充分理由相信必须这样做才能：</p>
        <p>1.满足法律的明文规定，或者符合华金所或本站点适用的法律程序；</p>
        <p>2.符合华金所网站相关服务条款、软件许可使用协议的约定；</p>
        <p>3.保护华金所及其系列Web站点的权利或财产；</p>
        <p>4.在紧急情况下保护华金所员工、华金所产品或服务的用户或大众的个人安全。</p>
        <h4>四、用户个人信息的安全</h4>
        <p>华金所严格保护用户的个人信息的安全。华金所使用各种安全技术和程序来保护用户的个人信息不被未经授权的访问、使用或泄漏。</p>
        <h4>五、Cookie 的使用</h4>
        <p>华金所使用Cookie来帮助实现用户的联机体验的个性化。Cookie是由网页服务器存放在用户的硬盘中的文本文件。Cookie不能用来运行程序或将病毒递送到用户的计算机中。指定给用户的Cookie是唯一的，它只能由将 Cookie发布给用户的域中的Web服务器读取。</p>
        <p>Cookie的主要用途之一是提供一种节约时间的实用功能。例如，如果用户将华金所的网页个性化，或在华金所网站或服务上注册，Cookie会帮助华金所在用户后续访问时调用用户的特定信息。这样可以简化记录用户的个人信息（例如帐单寄送地址、首选电子邮件地址等）的流程。当用户返回到华金所时，华金所可以调出用户以前所提供的信息，使用户能够容易地使用用户自定义的华金所功能。华金所允许那些在华金所网页上发布广告的公司到用户电脑上设定或取用Cookie。其他公司将按其自订的隐私权政策而非本政策使用Cookie。华金所在进行与其产品及服务相关的工作时，会使用网络beacons进入华金所的网站提取Cookie。用户可以接受或拒绝Cookie。大多数 Web 浏览器会自动接受Cookie，但用户通常可根据自己的需要来修改浏览器的设置以拒绝Cookie。如果选择拒绝Cookie，那么用户可能无法完全体验所访问的华金所服务或网站的互动功能。</p>
        <h4>六、Web Beacon 的使用</h4>
        <p>华金所网页上常会包含一些电子图象（称为“单像素” GIF文件或“网络beacon”），它们可以帮助网站计算浏览网页的用户或访问某些cookie。华金所使用网络beacons的方法包括:</p>
        <p>1．在华金所网站中使用</p>
        <p>华金所通过在其网站上使用网络beacons，计算用户访问数量，并通过访问cookie辨认注册用户。华金所通过得到的cookies信息，可以在华金所网站提供个性化服务。华金所网页还可能包含第三方合作伙伴所放置的Web beacon，以便汇总统计信息以帮助确定联合推介和广告活动的有效性。</p>
        <p>2．在华金所网站外使用</p>
        <p>华金所代表某些合作伙伴在合作伙伴的网站上使用网络beacons进行调查研究。这些研究有助于了解和改善某些广告的效果。通过网络beacons收集到的有关华金所用户的信息将汇总报告给华金所的合作伙伴。这些汇总信息中包括人口统计和使用信息，不涉及个人隐私。</p>
        <p>3．第三方广告网络的使用</p>
        <p>用户在华金所网页上所看到的大多数联机横幅广告是由华金所展示的。</p>
        <p>此外，华金所还允许其他公司，即所谓的第三方广告服务器或广告网络，在华金所网页上展示广告。其中一些广告网络会在用户的计算机上放置一个永久性的Cookie。这样便可使广告网络在每次向用户发送联机广告时识别出用户的计算机。这样，广告网络会搜集到有关用户或使用用户计算机的其他人在何处看见他们的广告，以及确定哪些广告被点击。这些信息使得广告网络能够发布他们认为将是用户最感兴趣的广告。华金所无权访问或控制可能由第三方广告服务器或广告网络放置的Cookie。</p>
        <h4>七、访问用户的个人信息</h4>
        <p>华金所为用户提供了多种途径以确保用户的个人信息是准确及时的。如果用户在华金所网站上注册，用户可以随时查阅或编辑用户提交给华金所网站的个人信息，用户也可以随时删除用户提交给华金所网站的个人信息。</p>
        <h4>八、对青少年个人信息的搜集和使用</h4>
        <p>华金所非常重视对青少年个人信息搜集和使用的安全性和保护。华金所建议，任何16岁以下的未成年人参加网上活动应事先取得家长或其法定监护人（以下简称"监护人"）的书面同意。</p>
        <p>未经监护人事先同意，华金所不会使用青少年的个人信息，也不会向任何第三方透露可识别的信息，除非是为了向青少年提供服务之必要。经监护人同意，华金所可以搜集青少年的个人信息，但监护人有权拒绝华金所进一步搜集其子女或被监护人的个人信息，有权审阅或要求华金所删除该青少年的个人信息。</p>
        <p>华金所保证不会要求青少年提供额外的个人资料，以作为允许其参与网上活动的条件。</p>
        <h4>九、信息的披露和使用</h4>
        <p>华金所不会向任何无关第三方提供，出售，出租，分享和交易用户的个人信息，但为方便用户使用华金所服务及华金所关联公司或其他组织的服务（以下称其他服务），用户同意并授权华金所将用户的个人信息传递给用户同时接受其他服务的华金所关联公司或其他组织，或从为用户提供其他服务的华金所关联公司或其他组织获取用户的个人信息。</p>
        <p>华金所会对用户及（或）用户的公司的身份和交易数据进行综合统计，并以华金所判断合理的目的和用途将该综合统计向广告主披露。但是，在这些情况下，华金所不会向这些机构披露任何可能用以识别用户的个人身份的资料，但从用户的用户名或其它可披露资料分析得出的资料不受此限。</p>
        <p>用户同意华金所可披露或使用用户的个人信息以用于识别和（或）确认用户的身份，或解决争议，或有助于确保网站安全、限制欺诈、非法或其他刑事犯罪活动，以执行华金所的服务协议。</p>
        <p>用户同意华金所可披露或使用用户的个人信息以保护用户的生命、财产之安全或为防止严重侵害他人之合法权益或为公共利益之需要。</p>
        <p>用户同意华金所可披露或使用用户的个人信息以改进华金所的服务，并使华金所的服务更能符合用户的要求，从而使用户在使用华金所服务时得到更好的使用体验。</p>
        <p>用户同意华金所利用用户的个人信息与用户联络，并向用户提供用户感兴趣的信息，如：产品信息。用户接受"服务协议"和本隐私声明即为明示同意收取这些资料。</p>
        <p>华金所的网站公布了用户提交的商业机会和报价，而其他用户可以查询这些报价和商业机会。</p>
        <p>当华金所被法律强制或依照政府或依权利人因识别涉嫌侵权行为人的要求而提供用户的信息时，华金所将善意地披露用户的资料。</p>
        <h4>十、信息的存储和交换</h4>
        <p>所收集的用户信息和资料将保存在华金所及（或）其关联公司的服务器上。用户使用华金所服务时，如果这些数据不准确，用户可以加以纠正。如果按照法律或从合理的商业目的来看不需要保留这些数据，华金所会应用户的要求将其删除。在受理各用户关于访问、纠正或删除这些信息的请求之前，华金所要求用户首先要确认自己的身份以及所要处理的信息，并且华金所可能会拒绝受理以下请求：不合理的重复请求或系统化请求；需要付出过大技术努力的请求；危及他人隐私的请求；极不现实的请求（例如，涉及存储在备份磁带上的信息的请求）或者用户请求访问其无需访问的信息。只要华金所提供了信息的访问和纠正权限，华金所就会免费提供这种服务，除非这样做需要付出的努力过大。鉴于华金所对某些服务的维护方式，在用户删除了信息后，系统要过一段时间才会从华金所的活动服务器中删除相应的信息剩余副本，并且会在华金所的备份系统中保留这些副本。</p>
        <h4>十一、外部链接</h4>
        <p>就下列相关事宜的发生，华金所不承担任何法律责任：</p>
        <p>1.华金所根据法律规定或相关政府的要求提供用户的个人信息；</p>
        <p>2.由于用户将用户密码告知他人或与他人共享注册帐户，由此导致的任何个人信息的泄漏，或其他非因华金所原因导致的个人信息的泄漏；</p>
        <p>3.任何第三方根据华金所各服务条款及声明中所列明的情况使用用户的个人信息，由此所产生的纠纷；</p>
        <p>4.任何由于黑客攻击、电脑病毒侵入或政府管制而造成的暂时性网站关闭；</p>
        <p>5.因不可抗力导致的任何后果；</p>
        <p>6.华金所在各服务条款及声明中列明的使用方式或免责情形。</p>
        <p>华金所会不时更新本隐私权声明。更新后的隐私声明自更新后生效使用。</p>
    <div style="border-bottom: 2px solid #f27267; margin: 20px 0 30px;"></div>
    </div>
    
</div>

<div style="width:100%; margin:0 auto;height: 50px;line-height: 50px;font-size:14px;color:#9d9c9c; background:#494646;"><p style="width:1200px;margin:0 auto; text-align:center;">Copyright@2016&nbsp;&nbsp;中创共赢（北京）投资有限公司&nbsp;&nbsp;备案号：<a href="http://www.miitbeian.gov.cn" style="font-size:14px;color:#9d9c9c;" class="icp" target="_blank">京ICP备16016103号-1</a> </p></div>
</body>
</html>