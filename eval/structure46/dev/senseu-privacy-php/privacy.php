<?php
$lang="cn";


?>

<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title></title>
<link href="../css/main_cn.css" type="text/css" rel="stylesheet" />

<style type="text/css">

body {margin:0px;
	background-image:url(../images/index_back.jpg);
	background-repeat:repeat-x;
	background-color:#FFFFFF;
}

.textContent{
	padding:80px 45px 45px 45px;
}
.imgTable {width:200px; vertical-align:top; padding-top:10px}
.txtTable { padding:0px 20px 40px 0px;}
</style>
<script>var pageID=11</script>
<script type="text/javascript" src="../js/jquery-1.10.2.min.js"></script>
<script type="text/javascript" src="../js/jquery.cookie.js"></script>
<script type="text/javascript" src="../js/reglogin.js"></script>
<script type="text/javascript" src="../js/jquery.corner.js"></script>
</head>

<script type="text/javascript">

  var _gaq = _gaq || [];
  _gaq.push(['_setAccount', 'UA-7840951-15']);
  _gaq.push(['_trackPageview']);

  (function() {
    var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
    ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
  })();
var LANG="cn";
</script>
<body> 
<div id="main"> 
    
  	<div id="content"  class="areaFrame">
   		<div  class="G_bigRoundShadow G_contentArea">
      		<div class="G_leftLabelHuge">隐私与安全</div>
            <div class="textContent">
                <table>
                <tr><td class="G_contentBlack">Sense-U承诺保护用户的个人信息不受侵犯。本隐私与安全政策解释了我们如何保护您在<span class="G_contentGreen">Sense-U网络</span>（以下简称“网站”）所提供的个人信息以及我们如何使用与我们网站（以下简称“服务”）所提供的服务。 “个人信息”是指您在本网站注册使用的用户资料，健康数据，姓名，地址，电话号码，传真号码或电子邮件地址。<br /><br />
<span class="G_headTitle">您的隐私不会被泄露</span>
<br />简单地说，我们不会以任何理由、任何时间向任何人透露或出售您的个人信息，尤其是用户数据。Sense-U只会在以下情况使用您的个人信息：
<ul><li>分析网站的使用率，以改善服务</li><li>
为您发送与服务相关的通知邮件，消息，警告等</li><li>
为了满足您对某些产品和服务的要求</li><li>
进行市场调研，项目策划，解决技术问题，检测和预防故障，配合调查欺诈或其他犯罪活动</li></ul>

<span class="G_headTitle">在线缓存信息仅用于改善您的用户体验</span><br />当您访问Sense-U网络时，我们可能会收集一些技术和导航信息，例如计算机浏览器的类型，IP地址，访问过的页面，网站的平均浏览时间等等。这些信息可能会用于如下的一些功能，例如，提醒您软件的兼容性问题，或用来进行改进我们的设计和功能等。
<br />“Cookies”是指Web浏览器存储在计算机的硬盘上的文本文件形式的字母数字标识符。 Sense-U可能会设置或获取cookie信息来跟踪和存储相关信息，给您提供更好的服务。

<br />
<br />
<span class="G_headTitle">未经您的许可，我们不会将您的个人信息给与第三方提供的其他产品或服务</span><br />我们或许会在网站上推荐一些第三方、功能上互补的产品给您。请放心，未经您的许可,Sense-U不会将您的任何个人信息提供给第三方。Sense-U或许保留您的购买记录或偏好，我们使用这些信息只是为了给您提供更好的Sense-U服务内容。
</td></tr>

</table>
            </div>
    	</div>
	</div>
    
</div>
</body>
</html>
