<%@ page language="java" contentType="text/html;charset=utf-8"%>
<%@ taglib prefix="s" uri="/struts-tags"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="keywords" content="健身 健身俱乐部，健身教练，" />
<meta name="description" content="健身E卡通最大的网络健身平台，健身俱乐部，私人健身教练" />
<title>健身E卡通-隐私声明</title>
<s:include value="/share/meta.jsp" />
<link type="text/css" href="css/bootstrap.css" rel="stylesheet">
 <link type="text/css" href="css/base.css" rel="stylesheet">
<link href="css/about.css" rel="stylesheet" type="text/css" />
</head>
<body>
	<s:include value="/newpages/head.jsp" />
	<div class="top_bg"></div>
	<div id="main">
		<s:include value="/share/footer_nav.jsp" />
	    <div id="main-right">
	        <h1><a id="colotoa"   href="#">首页</a> > <a id="colotoa"   href="declare.asp">隐私声明</a></h1>
			<div class="rightcont">
				<h2>隐私声明</h2>
				<p>欢迎访问健身E卡通！我们以本隐私申明声明对访问者隐私保护的许诺。以下文字公开我站（ecartoon.com.cn）对信息收集和使用的情况。本站的隐私申明正在不断改进中，随着我站服务范围的扩大，我们会随时更新我们的隐私申明。我们欢迎您随时会来查看本申明。请向cs@Cardcol.com.cn反馈您的意见。 </p>
				<p>在同意健身E卡通服务协议（“协议”）之时，你已经同意我们按照本隐私申明来使用和披露您的个人信息。本隐私申明的全部条款属于该协议的一部份。</p>
				<h3>未成年人的特别注意事项</h3>
				<p>如果您未满18周岁，您无权使用公司服务，因此我们希望您不要向我们提供任何个人信息。如果您未满18周岁，您只能在父母或监护人的陪同下才可以使用公司服务。</p>
				<h3>用户名和密码</h3>
				<p>当您打算注册成会员后，我们要求您选择一个用户名和密码。您只能通过您的密码来使用您的帐号。如果您泄漏了密码，您可能丢失了您的个人识别信息，并且有可能导致对您不利的司法行为。因此不管任何原因使您的密码安全受到危及，您应该立即通过客服和我们取得联系。</p>
				<h3>注册信息</h3>
				<p>当您在注册为会员时，我们要求您填写你的注册信息。我们使用注册信息来获得会员的统计资料。我们将会用这些统计数据来给我们的会员分类，以便有针对性地向我们的会员提供新的服务和机会。我们会通过您的邮件地址来通知您这些新的服务和机会。 我们会对个人身份数据进行综合统计，并为销售和奖励的需要将该综合统计向广告主披露。</p>
				<h3>安全</h3>
				<p>我们网站有相应的安全措施来确保我们掌握的信息不丢失，不被滥用和变造。这些安全措施包括向备份数据和对用户密码加密。尽管我们有这些安全措施，但请注意在因特网上不存在“完善的安全措施”。</p>
				<h3>联系我们</h3>
				<p>如果你对本隐私申明或健身E卡通的隐私保护措施以及您在使用中的问题有任何意见和建议请和我们联系</p>
			</div>
	    </div>
	</div>
	<s:include value="/newpages/footer.jsp" />
</body>
</html>
