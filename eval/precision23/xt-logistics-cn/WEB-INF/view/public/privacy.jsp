<!--
	模块作者：刘霄
	创建日期：2017-01-16
	模块功能：法律声明
-->
<%@page pageEncoding="utf-8"%>
<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
    
    <meta name="viewport" content="width=device-width,initial-scale=1,  minimum-scale=1, maximum-scale=1,	 user-scalable=no">
    <title>运易达 - 网站隐私条款 （</title>
    <meta name="keywords" content="运易达,进化论,WorkYun,工作云,搜狗工作云,搜狗,sogou,项目管理,问题管理,活动管理,缺陷管理,Cynthia,问卷调查,用例设计">
    <meta name="Description" content="运易达是一款灵活、简洁、免费的项目管理工具，集任务管理、缺陷管理、文件管理于一体，并包括甘特图、燃尽图、缺陷趋势图等专业项目管理工具，让您的团队高效协作，项目顺利推进。">
    <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="renderer" content="webkit|ie-comp|ie-stand">
    <meta name="robots" content="index,follow">
    <meta name="viewport" content="width=device-width, initial-scale=1.0,maximum-scale=1.0, user-scalable=no">
    <link rel="stylesheet" href="../app/public/privacy_files/index.css">
    <link href="../app/public/privacy_files/index(1).css" rel="stylesheet" type="text/css">
    <style>
        html,body
        {
            overflow-y: auto;
        }
        
        button
        {
            float: right;
            width: 60px; 
            height: 25px;
            margin-left:10px;
            margin-top:20px;
            border: 1px solid #3aa5e6;
            -moz-border-radius: 3px;      /* Gecko browsers */
            -webkit-border-radius: 3px;   /* Webkit browsers */
            border-radius:3px;            /* W3C syntax */
        }
<!--
 /* Font Definitions */
 @font-face
	{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;}
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
	{font-family:微软雅黑;
	panose-1:2 11 5 3 2 2 4 2 2 4;}
@font-face
	{font-family:"\@宋体";
	panose-1:2 1 6 0 3 1 1 1 1 1;}
@font-face
	{font-family:"\@微软雅黑";
	panose-1:2 11 5 3 2 2 4 2 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	margin-bottom:.0001pt;
	text-align:justify;
	text-justify:inter-ideograph;
	font-size:10.5pt;
	font-family:"Calibri","sans-serif";}
p.MsoHeader, li.MsoHeader, div.MsoHeader
	{mso-style-link:"页眉 Char";
	margin:0cm;
	margin-bottom:.0001pt;
	text-align:center;
	layout-grid-mode:char;
	border:none;
	padding:0cm;
	font-size:9.0pt;
	font-family:"Calibri","sans-serif";}
p.MsoFooter, li.MsoFooter, div.MsoFooter
	{mso-style-link:"页脚 Char";
	margin:0cm;
	margin-bottom:.0001pt;
	layout-grid-mode:char;
	font-size:9.0pt;
	font-family:"Calibri","sans-serif";}
span.Char
	{mso-style-name:"页眉 Char";
	mso-style-link:页眉;}
span.Char0
	{mso-style-name:"页脚 Char";
	mso-style-link:页脚;}
 /* Page Definitions */
 @page Section1
	{size:595.3pt 841.9pt;
	margin:72.0pt 90.0pt 72.0pt 90.0pt;
	layout-grid:15.6pt;}
div.Section1
	{page:Section1;}
 /* List Definitions */
 ol
	{margin-bottom:0cm;}
ul
	{margin-bottom:0cm;}
-->
</style>
</head>
<body lang="ZH-CN" style="text-justify-trim: punctuation; padding: 10px 0px 30px 0px;">
    <div style="width: 80%; margin: 0px auto;">
        <img src="../app/public/privacy_files/logo2.png" style="width: 120px;" >
        <button style="color: White; background-color: #3aa5e6;" onclick="location.href='eyt_register_new_new';">
            注册</button>
        <button style="color: #3aa5e6; background-color: White;" onclick="location.href='eyt_login';">
            登录</button>
    </div>
    <div class="Section1" style="layout-grid: 15.6pt; background-color: White !important;
        padding: 30px; width: 80%; margin: 0px auto; box-sizing: border-box;">
        <p class="MsoNormal" align="left" style="margin-top: 0px; margin-right: 0cm; margin-bottom: 22.5pt;
            margin-left: 0cm; text-align: center">
            <span style="font-size: 19.5pt; font-family: 宋体; color: #383838">隐私条款</span></p>
        <div style="text-align: center; border-top: 2px solid #eee; position: relative; margin-bottom: 25px;">
            
        </div>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 0cm; text-align: left; line-height: 150%">
            <b><span style="font-size: 12.0pt; line-height: 150%; font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;;
                color: #383838">一、合约定义</span></b></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 0cm; text-align: left; line-height: 150%">
            <span lang="EN-US" style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">1.</span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">本网站（本合约中指包括但不限于<span lang="EN-US">运易达</span>网站和相关应用）由哈尔滨俄运通科贸有限公司（以下简称“俄运通公司”）所有和运营。</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 0cm; text-align: left; line-height: 150%">
            <span lang="EN-US" style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">2.</span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">本合约是网站用户<span lang="EN-US">(</span>含个人、企业及其他组织<span lang="EN-US">)</span>与俄运通公司之间的法律契约，用户在使用本网站时即代表接受本合约条款的约束。</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 0cm; text-align: left; line-height: 150%">
            <b><span style="font-size: 12.0pt; line-height: 150%; font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;;
                color: #383838">二、知识产权申明</span></b></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 0cm; text-align: left; line-height: 150%">
            <span lang="EN-US" style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">1.</span><span lang="EN-US" style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #333333; background: #FBFBFB">运易达</span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #333333; background: #FBFBFB">中的应用程序、源代码、<span lang="EN-US">LOGO</span>、界面设计、应用程序编程接口（<span lang="EN-US">API</span>）所关联的所有知识产权均归属俄运通公司所有</span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">。</span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;;
                            color: #333333; background: #FBFBFB">未经俄运通公司、用户或相关权利人书面许可， 任何人不得以任何形式进行使用或创造相关衍生作品。</span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">用户不得复制、修改、传播或<a name="_GoBack"></a>在非本网站所属的服务器上做镜像或者以其它方式进行非法使用。</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 0cm; text-align: left; line-height: 150%">
            <span lang="EN-US" style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">2.</span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">用户应当确保其存储于本网站及相关服务器的内容不存在任何侵犯其他第三方知识产权的情形。若存在本条所述情形，俄运通公司有权采取任何手段，由此给网站用户造成的损失由该用户自行承担；若俄运通公司因网站用户存在本条所述行为而向其他第三方承担法律责任的，俄运通公司有权向该用户追偿全部损失。</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 0cm; text-align: left; line-height: 150%">
            <span lang="EN-US" style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">3.</span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">用户在本网站平台所创建的个性化数据归属该用户所有，该用户有权对上述数据进行拷贝、删除等合理操作。</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 0cm; text-align: left; line-height: 150%">
            <b><span style="font-size: 12.0pt; line-height: 150%; font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;;
                color: #383838">三、网站使用规则</span></b></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 0cm; text-align: left; line-height: 150%">
            <span lang="EN-US" style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">1.</span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">用户在使用本网站服务过程中，必须遵循以下规则：</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 35.7pt; text-align: left; text-indent: -17.85pt; line-height: 150%">
            <span lang="EN-US" style="font-size: 10.0pt; line-height: 150%; font-family: Symbol;
                color: #383838">·</span><span lang="EN-US" style="font-size: 7.0pt; line-height: 150%;
                    font-family: &quot;Times New Roman&quot;,&quot;serif&quot;; color: #383838">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
                </span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">遵守中华人民共和国相关的法律法规；</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 35.7pt; text-align: left; text-indent: -17.85pt; line-height: 150%">
            <span lang="EN-US" style="font-size: 10.0pt; line-height: 150%; font-family: Symbol;
                color: #383838">·</span><span lang="EN-US" style="font-size: 7.0pt; line-height: 150%;
                    font-family: &quot;Times New Roman&quot;,&quot;serif&quot;; color: #383838">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
                </span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #333333; background: #FBFBFB">
                    不得向第三方直接或间接出售、转售<span lang="EN-US">运易达</span>服务</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 35.7pt; text-align: left; text-indent: -17.85pt; line-height: 150%">
            <span lang="EN-US" style="font-size: 10.0pt; line-height: 150%; font-family: Symbol;
                color: #383838">·</span><span lang="EN-US" style="font-size: 7.0pt; line-height: 150%;
                    font-family: &quot;Times New Roman&quot;,&quot;serif&quot;; color: #383838">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
                </span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">不得对本网站进行任何形式的逆向工程、反向编译、反汇编，或为开发同类型的产品抄袭模仿本网站的设计；</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 35.7pt; text-align: left; text-indent: -17.85pt; line-height: 150%">
            <span lang="EN-US" style="font-size: 10.0pt; line-height: 150%; font-family: Symbol;
                color: #383838">·</span><span lang="EN-US" style="font-size: 7.0pt; line-height: 150%;
                    font-family: &quot;Times New Roman&quot;,&quot;serif&quot;; color: #383838">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
                </span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">不得</span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #333333; background: #FBFBFB">对网站服务器进行恶意攻击，或者采取恶意手段使用<span lang="EN-US">运易达</span>，造成服务器异常。<span lang="EN-US"><o:p></o:p></span></span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 35.7pt; text-align: left; text-indent: -17.85pt; line-height: 150%">
            <span lang="EN-US" style="font-size: 10.0pt; line-height: 150%; font-family: Symbol;
                color: #383838">·</span><span lang="EN-US" style="font-size: 7.0pt; line-height: 150%;
                    font-family: &quot;Times New Roman&quot;,&quot;serif&quot;; color: #383838">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
                </span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">遵守本协议中的全部约定。</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 0cm; text-align: left; line-height: 150%">
            <span lang="EN-US" style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">2.</span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">如用户在使用本网站服务时违反任何上述规定，俄运通公司有权采取任何措施以减轻用户不当行为造成的影响。</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 0cm; text-align: left; line-height: 150%">
            <span lang="EN-US" style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">3.</span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">用户所拥有的互联网域名所对应的电子邮件地址作为用户权证的唯一识别信息。当用户不再拥有或完全控制在本网站登记的域名时，俄运通公司有权随时删除该域名下的所有用户数据。</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 0cm; text-align: left; line-height: 150%">
            <span lang="EN-US" style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">4.</span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">用户必须对在<span lang="EN-US">运易达</span>的注册信息的真实性、合法性、有效性承担全部责任；不得利用他人的名义发布任何信息；不得恶意使用注册帐户导致其他用户误认；否则<span lang="EN-US">运易达</span>有权立即停止提供服务，收回其帐号并由用户独自承担由此而产生的一切法律责任。</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 0cm; text-align: left; line-height: 150%">
            <span lang="EN-US" style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">5.</span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">用户直接或通过各类方式（如<span lang="EN-US">RSS</span>源和站外<span lang="EN-US">API</span>引用等）间接使用<span lang="EN-US">运易达</span>服务和数据的行为，都将被视作已无条件接受本协议全部内容；若用户对本协议的任何条款存在异议，请停止使用<span lang="EN-US">运易达</span>所提供的全部服务。</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 0cm; text-align: left; line-height: 150%">
            <span lang="EN-US" style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">6.</span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">用户不得利用<span lang="EN-US">运易达</span>服务制作、上载、复制、发布、传播或者转载如下内容：</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 35.7pt; text-align: left; text-indent: -17.85pt; line-height: 150%">
            <span lang="EN-US" style="font-size: 10.0pt; line-height: 150%; font-family: Symbol;
                color: #383838">·</span><span lang="EN-US" style="font-size: 7.0pt; line-height: 150%;
                    font-family: &quot;Times New Roman&quot;,&quot;serif&quot;; color: #383838">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
                </span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">危害国家安全，泄露国家秘密，颠覆国家政权，破坏国家统一的；</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 35.7pt; text-align: left; text-indent: -17.85pt; line-height: 150%">
            <span lang="EN-US" style="font-size: 10.0pt; line-height: 150%; font-family: Symbol;
                color: #383838">·</span><span lang="EN-US" style="font-size: 7.0pt; line-height: 150%;
                    font-family: &quot;Times New Roman&quot;,&quot;serif&quot;; color: #383838">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
                </span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">损害国家荣誉和利益的；</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 35.7pt; text-align: left; text-indent: -17.85pt; line-height: 150%">
            <span lang="EN-US" style="font-size: 10.0pt; line-height: 150%; font-family: Symbol;
                color: #383838">·</span><span lang="EN-US" style="font-size: 7.0pt; line-height: 150%;
                    font-family: &quot;Times New Roman&quot;,&quot;serif&quot;; color: #383838">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
                </span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">煽动民族仇恨、民族歧视，破坏民族团结的；</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 35.7pt; text-align: left; text-indent: -17.85pt; line-height: 150%">
            <span lang="EN-US" style="font-size: 10.0pt; line-height: 150%; font-family: Symbol;
                color: #383838">·</span><span lang="EN-US" style="font-size: 7.0pt; line-height: 150%;
                    font-family: &quot;Times New Roman&quot;,&quot;serif&quot;; color: #383838">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
                </span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">破坏国家宗教政策，宣扬邪教和封建迷信的；</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 35.7pt; text-align: left; text-indent: -17.85pt; line-height: 150%">
            <span lang="EN-US" style="font-size: 10.0pt; line-height: 150%; font-family: Symbol;
                color: #383838">·</span><span lang="EN-US" style="font-size: 7.0pt; line-height: 150%;
                    font-family: &quot;Times New Roman&quot;,&quot;serif&quot;; color: #383838">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
                </span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">散布谣言，扰乱社会秩序，破坏社会稳定的；</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 35.7pt; text-align: left; text-indent: -17.85pt; line-height: 150%">
            <span lang="EN-US" style="font-size: 10.0pt; line-height: 150%; font-family: Symbol;
                color: #383838">·</span><span lang="EN-US" style="font-size: 7.0pt; line-height: 150%;
                    font-family: &quot;Times New Roman&quot;,&quot;serif&quot;; color: #383838">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
                </span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">散布淫秽、色情、赌博、暴力、凶杀、恐怖或者教唆犯罪的；</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 35.7pt; text-align: left; text-indent: -17.85pt; line-height: 150%">
            <span lang="EN-US" style="font-size: 10.0pt; line-height: 150%; font-family: Symbol;
                color: #383838">·</span><span lang="EN-US" style="font-size: 7.0pt; line-height: 150%;
                    font-family: &quot;Times New Roman&quot;,&quot;serif&quot;; color: #383838">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
                </span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">侮辱或者诽谤他人，侵害他人合法权益的；</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 35.7pt; text-align: left; text-indent: -17.85pt; line-height: 150%">
            <span lang="EN-US" style="font-size: 10.0pt; line-height: 150%; font-family: Symbol;
                color: #383838">·</span><span lang="EN-US" style="font-size: 7.0pt; line-height: 150%;
                    font-family: &quot;Times New Roman&quot;,&quot;serif&quot;; color: #383838">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
                </span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">含有法律、行政法规禁止的其他内容的信息。</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 0cm; text-align: left; line-height: 150%">
            <span lang="EN-US" style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">7.运易达</span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">有权对用户使用<span lang="EN-US">运易达</span>的情况进行审查和监督，如用户在使用<span lang="EN-US">运易达</span>时违反任何上述规定，<span lang="EN-US">运易达</span>或其授权的人有权要求用户改正或直接采取一切必要的措施（包括但不限于更改或删除用户张贴的内容、暂停或终止用户使用<span lang="EN-US">运易达</span>的权利）以减轻用户不当行为造成的影响。</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 0cm; text-align: left; line-height: 150%">
            <span lang="EN-US" style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">8.运易达</span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">有权但无义务对用户发布的内容进行审核，有权根据相关证据结合《侵权责任法》、《信息网络传播权保护条例》等法律法规及<span lang="EN-US">运易达</span>社区指导原则对侵权信息进行处理。</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 0cm; text-align: left; line-height: 150%">
            <b><span style="font-size: 12.0pt; line-height: 150%; font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;;
                color: #383838">四、用户信息保护</span></b></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 0cm; text-align: left; line-height: 150%">
            <span lang="EN-US" style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">1.</span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">本网站将尽可能采取一切措施保护用户数据及个人信息资料安全，只根据用户在网站上的行为指示来分发用户的信息，不会向任何第三方公开或共享用户的具体数据。</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 0cm; text-align: left; line-height: 150%">
            <span lang="EN-US" style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">2.</span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">本网站保留使用汇总统计性信息的权利，在不透露单个用户隐私资料的前提下，本网站有权对整个用户数据库进行分析并对用户数据库进行商业上的利用。</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 0cm; text-align: left; line-height: 150%">
            <strong><span style="font-size: 12.0pt; line-height: 150%; font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;;
                mso-bidi-font-family: Calibri; color: #333333; background: white">五、<span lang="EN-US">Cookies</span></span></strong><span lang="EN-US" style="font-size: 9.0pt; line-height: 150%; font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;;
                    color: #333333"><br>
                </span><span lang="EN-US" style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #333333;
                    background: white">1.Cookies</span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;;
                        color: #333333; background: white">是指一种技术，当使用者访问设有<span lang="EN-US">Cookies</span>装置的本网站时，本网站之服务器会自动发送<span lang="EN-US">Cookies</span>至阁下浏览器内，并储存到您的电脑硬盘内，此<span lang="EN-US">Cookies</span>便负责记录日后您到访本网站的种种活动、个人资料、浏览习惯、消费习惯甚至信用记录。</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 0cm; text-align: left; line-height: 150%">
            <span lang="EN-US" style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #333333; background: white">
                2.</span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #333333; background: white">运用<span lang="EN-US">Cookies</span>技术，本网站能够为您提供更加周到的个性化服务。本网站将会运用<span lang="EN-US">Cookies</span>追访您的购物喜好，从而向您提供感兴趣的信息资料或储存密码，以便您造访本网站时不必每次重复输入密码。</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 0cm; text-align: left; line-height: 150%">
            <b><span style="font-size: 12.0pt; line-height: 150%; font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;;
                color: #383838">六、免责申明</span></b></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 0cm; text-align: left; line-height: 150%">
            <span lang="EN-US" style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">1.</span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">本网站将尽全力保障软件平台的连续可靠运行，基于各种异常情况，本网站对可能发生的网络服务的中断或终止所可能导致的一切损失，不承担任何法律责任及经济赔偿。</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 0cm; text-align: left; line-height: 150%">
            <span lang="EN-US" style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">2.</span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">本网站将尽全力保障客户数据的安全备份，但无法承诺<span lang="EN-US">100%</span>的数据恢复，对因数据丢失带来的任何直接或间接损失不承担任何责任。</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 0cm; text-align: left; line-height: 150%">
            <span lang="EN-US" style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">3.</span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">在发生需要从备份文件中恢复数据的情形时，本网站通常需要<span lang="EN-US">12</span>小时，最长<span lang="EN-US">36</span>小时完成，在此时间范围内的数据恢复视作服务是连续的。</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 0cm; text-align: left; line-height: 150%">
            <span lang="EN-US" style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">4.</span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">对于因不可抗力或本网站不能控制的原因造成的网络服务中断和长时间终止，本网站不承担任何责任，但将尽力减少因此而给用户造成的损失和影响。</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 0cm; text-align: left; line-height: 150%">
            <span lang="EN-US" style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #333333; background: white">
                5.</span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #333333; background: white">
                    由于您将用户密码告知他人或与他人共享注册帐户，由此导致的任何个人资料泄露<span lang="EN-US">,</span>本公司不承担任何责任。</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 0cm; text-align: left; line-height: 150%">
            <span lang="EN-US" style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #333333; background: white">
                6.</span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #333333; background: white">
                    任何由于黑客政击、计算机病毒侵入或发作、因政府管制而造成的暂时性关闭等影响网络正常经营之不可抗力而造成的个人资料泄露、丢失、被盗用或被篡改等，本公司不承担任何责任。</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 0cm; text-align: left; line-height: 150%">
            <span lang="EN-US" style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #333333; background: white">
                7.</span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #333333; background: white">
                    由于与本网站链接的其它网站所造成之个人资料泄露及由此而导致的任何法律争议和后果，本公司不承担任何责任。</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 0cm; text-align: left; line-height: 150%">
            <b><span style="font-size: 12.0pt; line-height: 150%; font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;;
                color: #383838">七、合约变更</span></b></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 0cm; text-align: left; line-height: 150%">
            <span lang="EN-US" style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">1.</span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #333333; background: #FBFBFB">此条款在必要时将进行修订，且不会另行通知。修订后的条款一旦在网页上公布即有效代替原来的服务条款。</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 0cm; text-align: left; line-height: 150%">
            <span lang="EN-US" style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">2.</span><span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">如用户继续使用网络服务，则视为用户接受本网站对合约相关条款所做的修订。</span></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 0cm; text-align: left; line-height: 150%">
            <b><span style="font-size: 12.0pt; line-height: 150%; font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;;
                color: #383838">八、法律适用</span></b></p>
        <p class="MsoNormal" align="left" style="margin-top: 7.8pt; margin-right: 0cm; margin-bottom: 7.8pt;
            margin-left: 0cm; text-align: left; line-height: 150%">
            <span style="font-family: &quot;微软雅黑&quot;,&quot;sans-serif&quot;; color: #383838">协议双方就本合约内容或其执行发生任何争议，应首先力争友好协商解决；协商不成时，任何一方均可向俄运通公司注册地所在的人民法院提起诉讼。</span></p>
    </div>


<div style="position: static; width: 0px; height: 0px; border: none; padding: 0px; margin: 0px;"><div id="trans-tooltip"><div id="tip-left-top" style="background: url(&quot;chrome-extension://ikkbfngojljohpekonpldkamedehakni/imgs/map/tip-left-top.png&quot;);"></div><div id="tip-top" style="background: url(&quot;chrome-extension://ikkbfngojljohpekonpldkamedehakni/imgs/map/tip-top.png&quot;) repeat-x;"></div><div id="tip-right-top" style="background: url(&quot;chrome-extension://ikkbfngojljohpekonpldkamedehakni/imgs/map/tip-right-top.png&quot;);"></div><div id="tip-right" style="background: url(&quot;chrome-extension://ikkbfngojljohpekonpldkamedehakni/imgs/map/tip-right.png&quot;) repeat-y;"></div><div id="tip-right-bottom" style="background: url(&quot;chrome-extension://ikkbfngojljohpekonpldkamedehakni/imgs/map/tip-right-bottom.png&quot;);"></div><div id="tip-bottom" style="background: url(&quot;chrome-extension://ikkbfngojljohpekonpldkamedehakni/imgs/map/tip-bottom.png&quot;) repeat-x;"></div><div id="tip-left-bottom" style="background: url(&quot;chrome-extension://ikkbfngojljohpekonpldkamedehakni/imgs/map/tip-left-bottom.png&quot;);"></div><div id="tip-left" style="background: url(&quot;chrome-extension://ikkbfngojljohpekonpldkamedehakni/imgs/map/tip-left.png&quot;);"></div><div id="trans-content"></div></div><div id="tip-arrow-bottom" style="background: url(&quot;chrome-extension://ikkbfngojljohpekonpldkamedehakni/imgs/map/tip-arrow-bottom.png&quot;);"></div><div id="tip-arrow-top" style="background: url(&quot;chrome-extension://ikkbfngojljohpekonpldkamedehakni/imgs/map/tip-arrow-top.png&quot;);"></div></div></body></html>