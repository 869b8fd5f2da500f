<%@ Page Language="C#" AutoEventWireup="true" CodeBehind="help_policy.aspx.cs" Inherits="Adpost.YCH.WEB.help.help_policy" %>
<%@ Register src="/WebControls/RightQuickMenu.ascx" tagname="RightQuickMenu" tagprefix="uc1" %>
<%@ Register src="../WebControls/WebHeader.ascx" tagname="WebHeader" tagprefix="uc2" %>
<%@ Register src="../WebControls/WebFooter.ascx" tagname="WebFooter" tagprefix="uc3" %>
<!DOCTYPE html>
<!--[if lt IE 7]>      <html class="no-js lt-ie9 lt-ie8 lt-ie7" lang="en"> <![endif]-->
<!--[if IE 7]>         <html class="no-js lt-ie9 lt-ie8" lang="en"> <![endif]-->
<!--[if IE 8]>         <html class="no-js lt-ie9" lang="en"> <![endif]-->
<!--[if gt IE 8]><!--> 
<html class="no-js" lang="en"> <!--<![endif]-->
<head runat="server">
<meta name="google" content="notranslate" >
<meta charset="UTF-8">
<meta name="author" content="UZIK" >

<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no" >
<title>个人隐私保护方针</title>
<link href="../css/reset.css" media="screen" rel="stylesheet" type="text/css" >
<link href="../css/style1.css" media="screen" rel="stylesheet" type="text/css" >
<link rel="stylesheet" type="text/css" href="../css/travel.css">
<link rel="stylesheet" type="text/css" href="../css/public.css">

<script type="text/javascript" src="../js/jquery-1.10.2.min.js"></script>
<script type="text/javascript" src="../js/jquery.SuperSlide.2.1.js"></script>

<script type="text/javascript" src="../js/modernizr.custom.transform-media-queries.js"></script>
<script type="text/javascript" src="../js/html5shiv.js"></script> 

</head>
<body class="anchor-destination section-experiences page-experiences-single lang-en" data-permanent-class="anchor-destination lang-en">
    <form id="form1" runat="server">
<div id="main">
    
<div class="header-mask"></div>
<uc2:WebHeader ID="WebHeader1" runat="server" />
            
<section class="scroll">
    <span class="arrow"><span class="bar bar-2"></span><span class="bar bar-3"></span></span>
    <div class="text">Scroll down to discover more</div>
</section>

<!--主体内容 BEGIN--> 
<section class="page">
<section class="travel_shopping_list_main">
	<div class="shopping_list_body">
    
    	<div class="shopping_list_leftmenu">
        	<ul>
                <li><a href="help_policy.aspx" class="on">个人隐私保护方针</a></li>
                <li><a href="help_link.aspx">友情链接</a></li>
                <li><a href="help_map.aspx">站点地图</a></li>
                <li><a href="help_contact.aspx">联系我们</a></li>
            </ul>
        </div>
        
    	<div class="help_title"><h2>个人隐私保护方针</h2></div>
        
        <div class="help_policy">
        	<p>隐私权保护声明</p>
            <p>腾讯注重保护用户个人信息及个人隐私。本隐私权保护声明解释了用户个人信息收集和使用的有关情况，本隐私权保护声明适用于腾讯的所有相关服务。</p>
            <p>&nbsp;</p>
            <p>您个人信息的收集</p>
            <p>&nbsp;</p>
            <p>腾讯为用户提供多种类型的互联网服务，包括但不限于即时通讯、电子商务、网络游戏、电子邮件、网络资讯、网络社交等。在您注册、使用腾讯服务时，经您的同意，我们收集与个人身份有关的信息，例如姓名、住址、手机号码等。如果您无法提供此类信息，可能会不能使用对应服务。</p>
            <p>我们也会基于优化用户体验的目的，收集其他有关的信息。例如当用户访问腾讯网站，我们收集哪些网页的受欢迎程度、浏览器软件信息等以便优化我们的网站服务。</p>
            <p>&nbsp;</p>
            <p>您个人信息的管理</p>
            <p>腾讯会在如下情形使用您的个人信息：(1)符合法律法规的要求；（2）根据您的授权；（3）符合腾讯相关服务条款、软件许可使用协议的约定； </p>
            <p>腾讯不会未经允许向第三方披露您的个人信息。除非满足下述情形之一： (1)根据法律法规的规定；（2）符合您与腾讯之间的相关服务条款、软件许可使用协议的约定；</p>
            <p>&nbsp;</p>
            <p>您个人信息的安全</p>
            <p>腾讯严格保护您的个人信息安全。我们使用各种制度、安全技术和程序等措施来保护您的个人信息不被未经授权的访问、使用或泄漏。如果您对我们的个人信息保护有任何疑问，请联系我们。</p>
            <p>&nbsp;</p>
            <p>访问您的个人信息</p>
            <p>如果您注册了腾讯相关服务，您可以查阅或编辑您提交给腾讯的个人信息。一般情况下，您可随时浏览、修改自己提交的信息，但出于安全性和身份识别（如号码申诉服务）的考虑，您可能无法修改注册时提供的初始注册信息及其他验证信息。</p>
            <p>&nbsp;</p>
            <p>Cookie 的使用</p>
            <p>腾讯使用 Cookie 来帮助您实现您的联机体验的个性化。Cookie 是由网页服务器存放在您的访问设备上的文本文件。指定给您的 Cookie 是唯一的，它只能被将 Cookie 发布给您的域中的 Web 服务器读取。</p>
            <p>Cookie 的主要用途之一是提供一种节约时间的实用功能。例如，如果您将腾讯的网页个性化，或在腾讯多个服务上注册，Cookie 会帮助您在后续访问时调用您的信息。这样可以简化记录您填写个人信息（例如一键登录等）的流程。当您返回到腾讯时，腾讯可以调出您以前所提供的信息，使您能够容易地使用您自定义的功能。Cookie及网络beacon等技术可以帮助您优化对广告的选择与互动。</p>
            <p>腾讯在进行与其产品及服务相关的工作时，会使用网络beacon进入我们的网站提取 Cookie。</p>
            <p>您有权接受或拒绝 Cookie。大多数浏览器会自动接受 Cookie，但您通常可根据自己的需要来修改浏览器的设置以拒绝 Cookie。如果选择拒绝 Cookie，那么您可能无法完全体验所访问的腾讯服务或网站的互动功能。</p>
        </div>
		
       
        
    </div>
    
</section>




            </section>
<!--主体内容 END--> 
</div>
        <uc1:RightQuickMenu ID="RightQuickMenu1" runat="server" />
</form>   
    <script type="text/javascript" src="../js/jquery-1.10.2.min.js"></script>
<script type="text/javascript" src="../js/oneself.js"></script>
    <script type="text/javascript" src="../js/MyCxcPlug.js"></script> 
<script type="text/javascript" src="../js/default.randheli.min1.js"></script>
<script>
    var app = null;

    $(function () {
        app = new App(
			null,
			{
			    section: 'experiences',
			    page: 'experiences-single',
			    env: 'production',
			    base_url: 'index.htm',
			    header_open: 'default',
			    fixedTop: 0,
			    is_tablet: false,
			    is_mobile: false
			}
		);
    });
</script>
        

<script type="text/javascript" src="../js/jquery.nicescroll.js"></script>
<script type="text/javascript">
    $("#sucai").niceScroll({
        cursorcolor: "#009B00",
        cursoropacitymax: 1,
        touchbehavior: false,
        cursorwidth: "5px",
        cursorborder: "0",
        cursorborderradius: "3px"
    });
</script>

<script type="text/javascript">
    $(document).ready(function (e) {
        $(".message_click").click(function () {

            var html = '<table><tr><td colspan="2">0/140</td></tr><tr><td><textarea class="messages_txra4"></textarea></td><td><a href="#">发表</a></td></tr></table>'
            var messageDiv = $(this).parents("li").find(".message_reply").html();
            var messageDiv1 = $(this).parents("li").find(".message_reply1").html();
            if (messageDiv == "") {
                $(this).parents("li").find(".message_reply").append(html).addClass("message_reply_border");
            }
            if (messageDiv1 == "") {
                $(this).parents("li").find(".message_reply1").append(html).addClass("message_reply_border");
            }

        });


        $(".picScroll li").mousemove(function () {
            $(this).find("p").addClass("pic_p2")
        }).mouseleave(function () {
            $(this).find("p").removeClass("pic_p2").addClass("pic_p1")

        });

    });
</script>

<!--弹出层-->
<script type="text/javascript" src="../js/MyCxcPlug.js"></script>
<script type="text/javascript">
    $(document).ready(function () {
        $(".food_list_content_btn").click(function () {
            Popuplayer({
                LayerId: "Monver",//层ID
                Masklayer: "cxc",//遮罩层ID
                CloseID: "close",//退出id
                Fun: function () { } //关闭时是否回调函数
            });
        });
    });
</script>

<!--星级打分-->
<script type="text/javascript" src="../js/comment.js"></script>

    </body>
</html>

