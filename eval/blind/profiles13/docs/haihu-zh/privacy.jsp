<!DOCTYPE html PUBLIC "-//WAPFORUM//DTD XHTML Mobile 1.0//EN" "http://www.wapforum.org/DTD/xhtml-mobile10.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<%@ page contentType="text/html; charset=UTF-8"%>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta content="no-cache" http-equiv="Cache-control">
<script type="text/javascript" src="http://g.alicdn.com/mtb/??lib-flexible/0.3.2/flexible_css.js,lib-flexible/0.3.2/flexible.js"></script>
<title>海狐全球购《隐私保护政策》</title>
<style type="text/css">
body{font:normal 100% "微软雅黑" Helvetica, Arial, sans-serif; padding:0px; margin:0px;}
.nvsheng_d1{font-family:'宋体';background:#f7f7f7; color:#848383;}
.nvsheng_title{padding:3% 0; font-size:1.2em; text-align:center; color:#000;font-weight:bold; border-bottom:#ccc dashed 1px;}
.nvsheng_h{height:10px;}
.nvsheng_msg{color:#333; margin:5% 0 2% 0; font-size:1.1em; font-weight:bold;}
</style>
</head>
<body>
<div class="nvsheng_d1">
	<div class="nvsheng_title">海狐全球购《隐私保护政策》</div>
    <div style="padding:2%;">
    	<div style="line-height:25px; font-size:0.8em;">
        	<div class="nvsheng_msg">以下声明旨在披露与《海狐全球购》有关的隐私政策并试图回答以下问题：</div> 
        	《海狐全球购》收集哪些个人信息、怎样使用这些信息</br>
			谁有权接触这些个人信息</br>
			未成年人信息如何得到保护</br>
			《海狐全球购》的用户在披露个人信息时有哪些选择</br>
			《海狐全球购》的用户怎样更新或删除他/她的信息</br>
			如果《海狐全球购》的用户对隐私政策有问题，应该和谁联系</br>
			<div class="nvsheng_msg">1.个人信息及使用</div>
			《海狐全球购》收集用户的两类信息：</br>
			与个人身份无关的信息：</br>
			当用户来到我们的应用，我们收集和汇总诸如哪些内容页面受到了访问，访问的顺序，访问的频率，链接途径等信息。收集这些信息涉及到记录使用《海狐全球购》的每个用户的IP地址、手机类型、系统平台、应用版本等。尽管这些信息无关个人身份，但我们能够通过其IP地址确定其使用的ISP和其上网的地理位置，这些无关个人身份的信息都帮助我们优化应用的用户体验。部分涉及地理位置相关的功能（如附近的相关功能），也会使用手机GPS相关信息来辅助定位用户所在城市。
			<div class="nvsheng_h"></div>
			有关个人身份的信息：</br>
			用户在使用《海狐全球购》的部分功能，比如进行私信、评论时，会被要求注册或登录。在注册加入《海狐全球购》的账号后，用户会被要求提供昵称，头像，性别等个人信息。
          	<div class="nvsheng_h"></div>
          	《海狐全球购》收集这类关于个人身份的信息主要是为了用户能够更容易和更满意地使用《海狐全球购》的服务。《海狐全球购》的目标是向所有的互联网用户提供有趣的应用使用体验。而这些个人信息有助于我们实现这一目标。
			<div class="nvsheng_h"></div>
			所有用户需要注意，当他们在《海狐全球购》中发布的动态、评论中如若披露其个人身份信息，该等信息可能会被他人收集并用来向他们发送未经邀约的电子邮件。当您发现《海狐全球购》的用户不正当地收集或使用您或他人的信息时，请及时与我们联系。
          	<div class="nvsheng_msg">2.信息的披露</div>
          	《海狐全球购》将在出现下述情形时披露您有关个人身份的信息：</br>
          	您授权或同意《海狐全球购》披露的；</br>
          	在紧急情况下，为了保护《海狐全球购》及其用户的合法权益或公共安全及利益；</br>
根据法律规定或有权部门的要求提供您的个人信息；</br>
根据《海狐全球购》各服务条款及声明中的相关规定，或者《海狐全球购》认为必要的其他情形下。</br>
合作公司信息收集用户提供给《海狐全球购》的信息，《海狐全球购》会进行收集、整理和妥善处置。然而，《海狐全球购》还与合作伙伴公司共同推出部分服务，为了使《海狐全球购》能够向其用户提供共同推出的服务，《海狐全球购》可能必须与合作公司共享用户信息。《海狐全球购》将督促合作公司参照本政策的规定保护用户信息。
通过与其他声誉良好、值得信赖的组织或结盟，《海狐全球购》一直致力於向其用户提供网络上最好的服务。
          	<div class="nvsheng_msg">3.未成年人信息及使用</div>
          	《海狐全球购》建议：任何未成年人参加网上活动应事先取得家长或其法定监护人（以下简称"监护人"）的书面同意。《海狐全球购》将根据国家相关法律法规的规定保护未成年人的相关信息。
          	<div class="nvsheng_msg">4.信息的提供、更新</div>
          	《海狐全球购》的用户总是可以选择是否披露信息。有些信息是登记我们的服务所必需的，但大多数其他信息的提供是由用户决定的。《海狐全球购》将视用户舒适度及自主选择为首位。
			<div class="nvsheng_h"></div>
			《海狐全球购》为用户提供不计其数的网络互动活动，为便于用户参与互动活动并获取互动奖品，《海狐全球购》通常要求申请者在联系方法(通讯地址和电话)之外，还要根据其个人兴趣填写表格。此类信息被《海狐全球购》用来累积其用户的数据。如果用户不想提供所要求的信息和参加此类活动，这完全由用户自行决定。
			<div class="nvsheng_h"></div>
			《海狐全球购》的应用中有与其他许多网页的链接，如网页上的广告等。《海狐全球购》对其他任何网站的内容、隐私政策或运营，或经营这些网站的公司的行为概不负责。在向这些网站提供个人信息之前，请查阅它们的隐私政策。
			<div class="nvsheng_h"></div>
			更新与公开信息</br>
			<div class="nvsheng_h"></div>
			《海狐全球购》鼓励用户更新和修改其个人信息以使其有效。《海狐全球购》用户能在任何时候非常容易地获取并修改其个人信息。用户可以自行决定修改、删除他们的相关资料。
			<div class="nvsheng_h"></div>
			请记住，无论何时您自愿披露个人信息（如评论、发布动态）， 此种信息可能被他人收集及使用，因此造成您的个人信息泄露，《海狐全球购》不承担责任，如果你将个人信息公布在上述渠道，你就有可能造成个人信息泄露。因此，我们提醒并请您慎重考虑是否有必要在上述渠道公开您的个人信息。
			<div class="nvsheng_h"></div>
			最后，您是唯一对您的账号和密码信息负有保密责任的人。任何情况下，请小心妥善保管。
          	<div class="nvsheng_msg">5.联系方法</div>
			我们可能会不时修改我们的隐私政策。这些修改会反映在本政策中。任何修改都会将您的满意度置于首位。我们鼓励您在每次使用《海狐全球购》的服务时都查阅我们的隐私政策。
			<div class="nvsheng_h"></div>
			有关本声明或《海狐全球购》的隐私措施的问题请与我们联系。
			<div class="nvsheng_h"></div>
			《海狐全球购》的用户可以通过电话、传真、和/或平信直接与《海狐全球购》客户服务部门联系。客服热线，0571-81060984；服务时间，09:00-21:00。
          	<div class="nvsheng_h"></div>
        </div>
    </div>
</div>
</body>
</html>
