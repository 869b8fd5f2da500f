<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <link href="${rc.contextPath}/plugins/images/favicon.ico" rel="shortcut icon">
    <link rel="stylesheet" href="${rc.contextPath}/plugins/bootstrap/bootstrap.min.css">
    <link rel="stylesheet" href="${rc.contextPath}/plugins/style/base.css" />
    <link rel="stylesheet" href="${rc.contextPath}/plugins/style/iconfont.css" />
    <link rel="stylesheet" href="${rc.contextPath}/plugins/style/header.css" />
    <link rel="stylesheet" href="${rc.contextPath}/plugins/style/footer.css" />
    <link rel="stylesheet" href="${rc.contextPath}/plugins/style/content.css" />
    <link rel="stylesheet" href="${rc.contextPath}/plugins/style/animate-custom.css">
    <script type="text/javascript" src="${rc.contextPath}/plugins/js/jquery.min.js"></script>
    <script type="text/javascript" src="${rc.contextPath}/plugins/js/jquery.headshrinker.js"></script>
    <script type="text/javascript" src="${rc.contextPath}/plugins/js/slider.js"></script>
    <!--[if lte IE 9]>
    <script src="${rc.contextPath}/plugins/js/respond.min.js"></script>
    <script src="${rc.contextPath}/plugins/js/html5shiv.js"></script>
    <![endif]-->
    <title>隐私保护-中关村贵阳科技园产业云平台</title>
</head>
<body class="con_main_bg">
	<#include "footerAndHeader/headers.ftl"/>
    <!-- banner -->
    <div class="banner w banner_05"></div>
    <div class="container mainbg mt20">
        <!-- bread -->
        <div class="clearfix mt20 nav_new">
            <div class="bread-nav fl">
                您的位置：<a href="${rc.contextPath}/index">首页</a><span>&gt;</span>隐私保护
            </div>
	        <div class="search fr search-xs" >
	            <div class="fl"><input type="text" class="search-text" id="searchCompany_text" value="${keyWord!''}" name="" placeholder="搜企业" /></div>
	            <div class="fr"><button class="search-but" onclick="searchCompany()" ><i class="iconfont f30">&#xe60a;</i></button></div>
	        </div>
        </div>
        <!-- list -->
        <div class="mt20 mb20">
                    <div class="content-art white">
                        <h2 class="f30 tc">隐私保护</h2>
                        <p class="tc f12 xx"></p>
                        <div class="con dp">
						<p>贵阳工业和信息化委员（简称“贵阳工信委“或“我们”）深知隐私对平台会员的重要性，并绝对尊重会员的隐私。请在向云平台提交会员数据、信息之前，阅读、了解本《隐私政策》（下文简称“本政策”）。</p>
						<p>本政策阐述了我们如何处理会员数据，但本政策可能并不涉及所有可能的数据处理情形。有关特殊或特定数据的信息可能在补充性政策中，或者在收集数据时提示信息或通知中发布。</p>
						<p>我们制定本政策的目的在于帮助会员或访问者了解以下内容：</p>
						<p>1.我们如何收集和使用会员数据</p>
<p>2.我们如何使用 Cookie 和同类技术</p>
<p>3.我们如何披露会员数据</p>
<p>4.会员如何访问或修改数据</p>
<p>5.我们如何保护会员数据</p>
<p>6. 企业、第三方中介机构及其服务</p>
<p>7. 本政策如何更新</p>
                           <p class="fb">1. 我们如何收集和使用会员数据</p>
                            <p>会员数据是指单独使用或结合其他信息使用时能够确定会员身份的信息。此类数据会在会员浏览使用云平台，以及与我们互动时由会员本人直接提交，例如，当会员注册登录；或者我们通过记录会员如何与平台、客户、第三方中介服务机构互动而获得。例如，通过Cookie等技术，或者从会员设备上运行的软件接收使用数据。在法律允许的情况下，我们还会从企业、第三方服务机构、权威数据机构获取有关数据，例如，我们可能通过从其他公司购买统计数据来为企业提供资讯。我们收集的数据取决于会员级别、使用平台的深度和广度，可能包括企业名称、个人名称、公司地址、工作单位、手机号、电子邮箱、电话号码、登录信息（帐号和密码）、产品服务、交易需求等。<br />
我们可能将会员的数据用于以下目的：<br />
（1）进行大数据挖掘分析、常规统计分析，为政府产业政策制定、问题发现提供指引，支持云平台年度白皮书发布，但数据处理不涉及会员具体信息，仅作为分析样本。<br />
（2） 在会员同意的情况下与会员联系；向会员发送可能感兴趣的市场资讯、研究报告、产业动态、政策法规、交易需求、培训资讯等信息；如果会员不想接收此类信息，则可以随时退订。<br /> 
（3）向会员发送重要通知，如平台系统调整、迭代更新等通知。 <br />
（4）为享受平台专属服务的企业、机构提供个性化服务内容。<br />
（5）分析平台价值效率、会员满意度，评估云平台市场活力和影响力。  <br />
（6） 在会员向我们发送问题请求、会员档案变更需求时进行真实性验证排查。 <br />
（7） 同步、共享和存储会员上传或下载的数据以及执行上传和下载所需的数据。 <br />
我们还可能收集和使用非识别性数据。非识别性数据是指无法用于确定会员身份的数据。例如，我们会收集汇总的统计数据，例如平台访问量、会员总量、平台交易总量、下载总次数。借此，我们可以改善平台功能和服务，更好地满足企业需求。我们可能会自行决定出于其他目的收集、使用、处理、转移或披露非识别性数据。</p>
                            <p class="fb">2. 我们如何使用 Cookie 和同类技术</p>
                            <p>2.1 Cookie<br />
为确保云平台正常运转，我们有时会在计算机或移动设备上存储名为 Cookie 的小数据文件。Cookie 是一种网络服务器存储在计算机或移动设备上的纯文本文件。Cookie 的内容只能由创建它的服务器检索或读取。每个 Cookie 对会员的网络浏览器或移动应用程序都是唯一的。Cookie 通常包含标识符、站点名称以及一些号码和字符。借助于 Cookie，平台能够存储用户偏好或长传下载数据信息。<br />
我们启用Cookie的目的与大多数网站或互联网服务提供商启用 Cookie 的目的一样，即改善平台体验。借助于 Cookie，平台能够记住会员或浏览者的单次访问（使用会话 Cookie）或多次访问（使用永久 Cookie）。借助于 Cookie，平台能够保存设置，例如计算机或移动设备的语言、字体大小和其它浏览偏好。这意味着，会员无需在每次访问时重新配置偏好设置。<br />
我们不会将 Cookie 用于本政策所述目的之外的任何用途。会员可根据自己的偏好管理或删除 Cookie。有关详情，请参见 AboutCookies.org 。会员可以清除计算机上保存的所有 Cookie，大部分网络浏览器都设有阻止 Cookie 的功能。如果会员选择这么做，则需要在每一次访问云平台时亲自更改用户设置。<br />
2.2 网站信标和像素标签<br />
除 Cookie 外，我们还会在平台上使用网站信标和像素标签等其他同类技术。例如，我们向会员发送的电子邮件可能含有链接至我们平台内容的“点击 URL”。如果会员点击该链接，我们则会跟踪此次点击，帮助我们了解会员的服务偏好并改善平台服务功能或模式。网站信标通常是一种嵌入到网站或电子邮件中的透明图像。借助于电子邮件中的像素标签，我们能够获知电子邮件是否被打开。如果会员不希望自己的活动以这种方式被追踪，则可以随时从我们的寄信名单中退订。<br />
会员使用我们的平台默认为同意我们按照如上所述使用Cookie，网站信标和像素标签。</p>
					 <p class="fb">3. 我们如何披露会员数据</p>
                            <p>在云平台某些服务由我们授权的合作伙伴、第三方服务机构提供的情况下，我们会如本政策描述与该合作伙伴共享会员数据。例如，某企业在平台发布技术交易、培训服务、招聘服务需求时，第三方机构必须获得该企业数据信息才可以及时响应。<br />
在适用的法律要求或响应法律程序的情况下，我们也可能会向相关的执法机关或者其他政府机关披露会员数据。例如，涉及到会员企业重组、合并或破产和清理诉讼，我们会依照国家监管条例、法规政策披露数据给相关方。我们还会在存在合理需求的情况下披露会员数据，例如出于执行行政监管条款、配合司法审查等情形。</p>
					<p class="fb">4 会员如何访问或修改数据</p>
                            <p>云平台会员应确保提交的所有数据准确无误。我们会尽力维护会员数据的准确和完整，并及时更新这些数据。<br />
当适用的法律要求的情况下，会员有权访问我们持有的关于会员的数据；要求我们更新或更正不准确的数据；拒绝我们使用会员数据；以及要求我们删除会员数据。如果会员想行使相关权利，请直接联系贵阳市工信委或工信委授权的平台运维机构。为保障安全，会员可能需要提供书面请求和证明资料。如果我们有合理依据认为这些请求存在欺骗性、无法实行或损害第三方隐私权，我们则会拒绝处理请求。 </p>
					<p class="fb">5 我们如何保护会员数据</p>
                            <p>我们重视会员数据的安全。我们采用适当的物理、管理和技术保障措施来保护会员数据不被未经授权访问、披露、使用、修改、损坏或丢失。例如，我们会使用加密技术确保数据的机密性；我们会使用保护机制防止数据遭到恶意攻击；我们会部署访问控制机制，确保只有授权人员才可访问会员数据。但请注意，任何安全措施都无法做到百分百无懈可击。</p>
					<p class="fb">6. 企业、第三方中介机构及其服务</p>
                            <p>为全方位服务企业，提升平台体验效果，会员可能会收到来自我们、经诚信认证的第三方服务机构（下文简称“第三方”）提供的内容或网络链接。由于云平台企业推广功能，平台会员企业也可能直接向其他企业、机构推动信息或链接，我们对此类操作无控制权，会员可选择是否访问企业、或第三方提供的链接、内容、产品和服务。<br />
我们无法控制第三方的隐私和数据保护政策，此类第三方不受到本政策的约束。在向第三方提交数据信息之前，请参见第三方的隐私保护政策。</p>
					<p class="fb">7 本政策如何更新</p>
                            <p>我们保留不时更新或修改本政策的权利。如果我们的隐私政策变更，我们会将最新版隐私政策发布在这里。如果我们对隐私政策做出了重大变更，我们还可能会通过不同渠道向会员发送变更通知，例如，在我们的平台上发布通知公告，或者向会员推送单独的通知。</p>
                        </div>
                    </div>
                </div>
    </div>
        <!-- footer -->
		<#include "footerAndHeader/footers.ftl"/>
        <script type="text/javascript">
            $(function () {
                //focus
                $(".prev,.next").hover(function () {
                    $(this).stop().fadeTo("show", 0.9);
                }, function () {
                    $(this).stop().fadeTo("show", 0.4);
                });
                jQuery(".slider-box").slide({ mainCell: ".slider-con", effect: "leftLoop", vis: 1, interTime: 4500, delayTime: 700, autoPlay: true });
                //floatNav
                jQuery('.navbg').headshrinker({ fontSize: "14px", mobileMenu: true });
                $(".nav-pc a.mobile-btn").click(function () {
                    $(".nav-pc ul").slideToggle();
                });
                //tj-list-float
                $(window).scroll(function () {
                    if ($("body").scrollTop() > 250) {
                        $('#float-right').addClass('mfixed');
                    }
                    else {
                        $('#float-right').removeClass('mfixed');
                    }
                });
                var boxW = $(".tj-r").width();
                $("#float-right").width(boxW);
                $(window).resize(function () {
                    var boxW = $(".tj-r").width();
                    $("#float-right").width(boxW);
                });
            });
        </script>
</body>
</html>
