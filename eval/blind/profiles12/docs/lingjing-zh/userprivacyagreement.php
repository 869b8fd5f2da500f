<html>

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;}
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:"Helvetica Neue";
	panose-1:2 0 5 3 0 0 0 2 0 4;}
@font-face
	{font-family:"pingfang sc";
	panose-1:2 11 4 0 0 0 0 0 0 0;}
@font-face
	{font-family:"\@宋体";
	panose-1:2 1 6 0 3 1 1 1 1 1;}
@font-face
	{font-family:"\@pingfang sc";}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	margin-bottom:.0001pt;
	text-align:justify;
	text-justify:inter-ideograph;
	font-size:10.5pt;
	font-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink
	{color:blue;
	text-decoration:underline;}
a:visited, span.MsoHyperlinkFollowed
	{color:#954F72;
	text-decoration:underline;}
p.p3, li.p3, div.p3
	{mso-style-name:p3;
	margin:0cm;
	margin-bottom:.0001pt;
	font-size:13.0pt;
	font-family:"Helvetica Neue";
	color:#DCA10D;}
p.p2, li.p2, div.p2
	{mso-style-name:p2;
	margin:0cm;
	margin-bottom:.0001pt;
	font-size:13.0pt;
	font-family:"Helvetica Neue";}
span.s1
	{mso-style-name:s1;
	color:#DCA10D;}
span.s2
	{mso-style-name:s2;
	text-decoration:underline;}
p.p1, li.p1, div.p1
	{mso-style-name:p1;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:2.0pt;
	margin-left:0cm;
	font-size:16.0pt;
	font-family:"Helvetica Neue";}
p.p4, li.p4, div.p4
	{mso-style-name:p4;
	margin:0cm;
	margin-bottom:.0001pt;
	font-size:13.0pt;
	font-family:"pingfang sc",sans-serif;}
.MsoChpDefault
	{font-size:10.0pt;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:72.0pt 90.0pt 72.0pt 90.0pt;
	layout-grid:15.6pt;}
div.WordSection1
	{page:WordSection1;}
-->
</style>

</head>

<body lang=ZH-CN link=blue vlink="#954F72" style='text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:15.6pt'>

<p class=p1 align=center style='text-align:center'><b><span style='font-size:
14.0pt;font-family:宋体'>《</span></b><b><span lang=ZH style='font-size:14.0pt;
font-family:宋体'>灵镜新世界</span></b><b><span style='font-size:14.0pt;font-family:
宋体'>》用户隐私政策</span></b></p>

<p class=p2 style='text-indent:21.0pt'><span style='font-size:10.5pt;
font-family:宋体'>北京庄生科技有限责任公司作为</span><span lang=ZH style='font-size:10.5pt;
font-family:宋体'>灵镜新世界</span><span style='font-size:10.5pt;font-family:宋体'>的开发运营者，尊重您（以下简称“用户”）的隐私。您在使用</span><span
lang=ZH style='font-size:10.5pt;font-family:宋体'>灵镜新世界</span><span
style='font-size:10.5pt;font-family:宋体'>服务时，</span><span lang=ZH
style='font-size:10.5pt;font-family:宋体'>灵镜新世界</span><span style='font-size:
10.5pt;font-family:宋体'>可能会收集和使用您的信息。</span><span lang=ZH style='font-size:10.5pt;
font-family:宋体'>灵镜新世界</span><span style='font-size:10.5pt;font-family:宋体'>希望通过本《用户隐私政策》（以下简称《隐私政策》）向您说明在您使用</span><span
lang=ZH style='font-size:10.5pt;font-family:宋体'>灵镜新世界</span><span
style='font-size:10.5pt;font-family:宋体'>服务时，</span><span lang=ZH
style='font-size:10.5pt;font-family:宋体'>灵镜新世界</span><span style='font-size:
10.5pt;font-family:宋体'>如何收集、使用、储存和分享这些信息，以及</span><span lang=ZH
style='font-size:10.5pt;font-family:宋体'>灵镜新世界</span><span style='font-size:
10.5pt;font-family:宋体'>为您提供的访问、更新、控制和保护这些信息的方式。如您对本《隐私政策》或相关事宜有任何疑问，请通过</span><span
lang=EN-US style='font-size:10.5pt;font-family:宋体'> choicexie@163.com</span><span
style='font-size:10.5pt;font-family:宋体'>与</span><span lang=ZH style='font-size:
10.5pt;font-family:宋体'>灵镜新世界</span><span style='font-size:10.5pt;font-family:
宋体'>联系。</span></p>

<p class=p2 style='text-indent:21.0pt'><span style='font-size:10.5pt;
font-family:宋体'>本《隐私政策》的更新及生效日期：</span></p>

<p class=p2 style='text-indent:21.0pt'><span style='font-size:10.5pt;
font-family:宋体'>更新日期：<span lang=EN-US>2023</span>年<span lang=EN-US>8</span>月<span
lang=EN-US>11</span>日</span></p>

<p class=p2 style='text-indent:21.0pt'><span style='font-size:10.5pt;
font-family:宋体'>生效日期：<span lang=EN-US>2023</span>年<span lang=EN-US>8</span>月<span
lang=EN-US>11</span>日</span></p>

<p class=p2><span lang=EN-US style='font-size:10.5pt;font-family:宋体'>&nbsp;</span></p>

<p class=p2><span lang=EN-US style='font-size:10.5pt;font-family:宋体'>&nbsp;</span></p>

<p class=p2><b><span style='font-size:10.5pt;font-family:宋体'>一、本《隐私政策》适用范围、相关词涵义</span></b></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>（一）本《隐私政策》适用范围为</span><span
lang=ZH style='font-size:10.5pt;font-family:宋体'>灵镜新世界</span><span
style='font-size:10.5pt;font-family:宋体'>，当您使用</span><span lang=ZH
style='font-size:10.5pt;font-family:宋体'>灵镜新世界</span><span style='font-size:
10.5pt;font-family:宋体'>时，本政策即适用。</span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>（二）相关词含义</span></p>

<p class=p2><span lang=EN-US style='font-size:10.5pt;font-family:宋体'>1</span><span
style='font-size:10.5pt;font-family:宋体'>、个人信息是指是以电子或者其他方式记录的与已识别或者可识别的自然人有关的各种信息，不包括匿名化处理后的信息。为免疑义，个人信息包括但不限于敏感个人信息。</span></p>

<p class=p2><span lang=EN-US style='font-size:10.5pt;font-family:宋体'>2</span><span
style='font-size:10.5pt;font-family:宋体'>、敏感个人信息是一旦泄露或者非法使用，容易导致自然人的人格尊严受到侵害或者人身、财产安全受到危害的个人信息，包括生物识别、宗教信仰、特定身份、医疗健康、金融账号、行踪轨迹等信息，以及不满十四周岁未成年人的个人信息。</span></p>

<p class=p2><span lang=EN-US style='font-size:10.5pt;font-family:宋体'>3</span><span
style='font-size:10.5pt;font-family:宋体'>、去标识化处理：指对个人信息进行技术处理，使得个人信息主体无法被识别，且处理后的信息不能被复原。</span></p>

<p class=p2><span lang=EN-US style='font-size:10.5pt;font-family:宋体'>4</span><span
style='font-size:10.5pt;font-family:宋体'>、删除：指在实现日常业务功能所涉及的系统中去除个人信息的行为，使其保持不可被检索、访问的状态。</span></p>

<p class=p2><span lang=EN-US style='font-size:10.5pt;font-family:宋体'>5</span><span
style='font-size:10.5pt;font-family:宋体'>、关联公司：是指在现在、将来受北京</span><span lang=ZH
style='font-size:10.5pt;font-family:宋体'>野蛮声长传播</span><span style='font-size:
10.5pt;font-family:宋体'>有限公司控制的公司、机构。控制指通过所有权、有投票权的股份、合同、实际运营关联或其他被依法认定的方式直接或间接地拥有影响被控制对象管理<span
lang=EN-US>/</span>经营的能力。</span></p>

<p class=p2><span lang=EN-US style='font-size:10.5pt;font-family:宋体'>&nbsp;</span></p>

<p class=p2><b><span style='font-size:10.5pt;font-family:宋体'>二、我们如何收集和使用您的用户信息</span></b></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>（一）在您使用</span><span
lang=ZH style='font-size:10.5pt;font-family:宋体'>灵镜新世界</span><span
style='font-size:10.5pt;font-family:宋体'>或服务时，我们需要<span lang=EN-US>/</span>可能需要收集和使用的您的个人信息，包括不限于：相机权限，Android ID，手机号码等个人信息<span
class=s2>为实现</span></span><span class=s2><span lang=ZH style='font-size:10.5pt;
font-family:宋体'>验证您的用户身份，以及</span></span><span class=s2><span style='font-size:
10.5pt;font-family:宋体'>向您提供我们产品及<span lang=EN-US>/</span>或服务的基本功能，如：AR能力，数据唯一标识判断能力等，您须授权我们收集、使用的必要的信息。如您拒绝提供相应信息，可能导致您不能使用</span></span><span
class=s2><span lang=ZH style='font-size:10.5pt;font-family:宋体'>灵镜新世界</span></span><span
class=s2><span style='font-size:10.5pt;font-family:宋体'>的相关服务和功能</span></span><span
style='font-size:10.5pt;font-family:宋体'>。</span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>您理解并同意：</span></p>

<p class=p2><span lang=EN-US style='font-size:10.5pt;font-family:宋体'>1</span><span
style='font-size:10.5pt;font-family:宋体'>、我们致力于打造多样的产品和服务以满足您的需求。因我们向您提供的产品和服务种类众多，且不同用户选择使用的具体产品<span
lang=EN-US>/</span>服务范围存在差异，相应的，基本<span lang=EN-US>/</span>附加功能及收集使用的个人信息类型、范围等会有所区别，请以具体的产品<span
lang=EN-US>/</span>服务功能为准；</span></p>

<p class=p2><span lang=EN-US style='font-size:10.5pt;font-family:宋体'>2</span><span
style='font-size:10.5pt;font-family:宋体'>、为给您带来更好的产品和服务体验，我们在持续努力改进我们的技术，随之我们可能会不时推出新的或优化后的功能，可能需要收集、使用新的个人信息或变更个人信息使用目的或方式。对此，<span
class=s2>我们将通过更新本政策、弹窗、页面提示等方式另行向您说明对应信息的收集目的、范围及使用方式，并为您提供自主选择同意的方式，且在征得您明示同意后收集、使用。您可以拒绝同意适用修订后的隐私政策，但您需要了解，这可能导致您不能或不能继续完整使用</span></span><span
class=s2><span lang=ZH style='font-size:10.5pt;font-family:宋体'>灵镜新世界</span></span><span
class=s2><span style='font-size:10.5pt;font-family:宋体'>的相关服务和功能，或者无法达到我们拟达到的服务效果</span></span><span
style='font-size:10.5pt;font-family:宋体'>。在此过程中，如果您有任何疑问、意见或建议的，您可通过</span><span
lang=ZH style='font-size:10.5pt;font-family:宋体'>灵镜新世界</span><span
style='font-size:10.5pt;font-family:宋体'>提供的各种联系方式与我们联系，我们会尽快为您作出解答。</span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>（二）我们会出于以下目的，收集和使用您的个人信息：</span></p>

<p class=p2><span lang=EN-US style='font-size:10.5pt;font-family:宋体'>1</span><span
style='font-size:10.5pt;font-family:宋体'>、账号登录</span></p>

<p class=p2><span lang=ZH style='font-size:10.5pt;font-family:宋体'>目前灵镜新世界仅开放给</span><span
style='font-size:10.5pt;font-family:宋体'>注册用户</span><span lang=ZH
style='font-size:10.5pt;font-family:宋体'>使用</span><span style='font-size:10.5pt;
font-family:宋体'>。当您</span><span lang=ZH style='font-size:10.5pt;font-family:
宋体'>登录</span><span style='font-size:10.5pt;font-family:宋体'>时，您需要至少向我们提供您本人的手机号码</span><span
lang=ZH style='font-size:10.5pt;font-family:宋体'>或允许小程序授权验证您的手机号码以验证您的</span><span
style='font-size:10.5pt;font-family:宋体'>身份是否有效，</span><span lang=ZH
style='font-size:10.5pt;font-family:宋体'>如您是未获得授权的用户您将无法登录灵镜新世界，</span><span
class=s2><span style='font-size:10.5pt;font-family:宋体'>您应知悉，手机号码属于您的个人敏感信息，我们收集该类信息是为了满足相关法律法规要求，如您拒绝提供可能导致您无法使用此功能，请您谨慎考虑后再</span></span><span
class=s2><span lang=ZH style='font-size:10.5pt;font-family:宋体'>提供或进行授权</span></span><span
style='font-size:10.5pt;font-family:宋体'>。您可以进入账号设置修改补充您的昵称、头像等相关信息，这些信息均属于您的“账户信息”。其中，为保证用户辨识度，您的昵称、头像将公开显示。</span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>基于我们与通信运营商的合作，当您使用一建登录功能时，经过您的同意，我们会使用运营商提供的功能，将您设备中的手机号作为您</span><span
lang=ZH style='font-size:10.5pt;font-family:宋体'>的</span><span style='font-size:
10.5pt;font-family:宋体'>登录账号，为您提供快捷的登录服务。</span></p>

<p class=p2><span lang=EN-US style='font-size:10.5pt;font-family:宋体'>2</span><span
style='font-size:10.5pt;font-family:宋体'>、<span lang=EN-US>app</span>内操作</span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>在您使用</span><span
lang=ZH style='font-size:10.5pt;font-family:宋体'>灵镜新世界</span><span
style='font-size:10.5pt;font-family:宋体'>过程中，我们会获取您的网络权限以提供该项服务，我们会记录您使用的情况。同时我们会获取您的位置信息，并在<span
lang=EN-US>app</span>中加以体现，作为您的体验一部分。当您使用<span lang=EN-US>app</span>时候，我们会<span
class=s2>收集您的日志记录</span>，作为您的基本分析</span><span lang=ZH style='font-size:10.5pt;
font-family:宋体'>，</span><span style='font-size:10.5pt;font-family:宋体'>并在您更换设备或者重新进入<span
lang=EN-US>app</span>的时候，会回放您之前的操作。我们还会获取您的相机权限，用来保障AR功能的正常运行。同时也会收集您Android ID等个人信息，用于身份确认。</span></p>

<p class=p2><span lang=EN-US style='font-size:10.5pt;font-family:宋体'>3</span><span
style='font-size:10.5pt;font-family:宋体'>、基于相册（图片库<span lang=EN-US>/</span>视频库）的图片<span
lang=EN-US>/</span>视频访问及上传的附加服务：</span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>当您使用更换头像功能时，我们将需要获取您的相册权限，您可以通过设备设置页面进行管理。<span
class=s2>您开启该权限即视为您授权我们可以访问、获取、收集、使用您的个人信息</span>；当您取消该授权后，我们将不再收集该信息，也无法再为您提供上述与之对应的服务；但除非您依照法律的规定删除了您的个人信息，否则您的取消行为不会影响我们基于您之前的授权进行的个人信息的处理、存储。</span></p>

<p class=p2><span lang=EN-US style='font-size:10.5pt;font-family:宋体'>4</span><span
style='font-size:10.5pt;font-family:宋体'>、其他</span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>当我们要将信息用于本《隐私政策》未载明的其它用途时，会事先征求您的同意。当我们要将基于特定目的收集而来的信息用于其他目的时，会事先征求您的同意。</span></p>

<p class=p2><span class=s2><span style='font-size:10.5pt;font-family:宋体'>您充分理解并同意，我们在以下情况下收集、使用您的个人信息无需您的授权同意，且我们可能不会响应您提出的更正<span
lang=EN-US>/</span>修改、删除、注销、撤回同意、索取信息的请求：</span></span></p>

<p class=p2><span class=s2><span style='font-size:10.5pt;font-family:宋体'>（<span
lang=EN-US>1</span>）为订立、履行个人作为一方当事人的合同所必需，或者按照依法制定的劳动规章制度和依法签订的集体合同实施人力资源管理所必需；</span></span></p>

<p class=p2><span class=s2><span style='font-size:10.5pt;font-family:宋体'>（<span
lang=EN-US>2</span>）为履行法定职责或者法定义务所必需；</span></span></p>

<p class=p2><span class=s2><span style='font-size:10.5pt;font-family:宋体'>（<span
lang=EN-US>3</span>）为应对突发公共卫生事件，或者紧急情况下为保护自然人的生命健康和财产安全所必需；</span></span></p>

<p class=p2><span class=s2><span style='font-size:10.5pt;font-family:宋体'>（<span
lang=EN-US>4</span>）为公共利益实施新闻报道、舆论监督等行为，在合理的范围内处理个人信息；</span></span></p>

<p class=p2><span class=s2><span style='font-size:10.5pt;font-family:宋体'>（<span
lang=EN-US>5</span>）依照《个人信息保护法》规定在合理的范围内处理个人自行公开或者其他已经合法公开的个人信息；</span></span></p>

<p class=p2><span class=s2><span style='font-size:10.5pt;font-family:宋体'>（<span
lang=EN-US>6</span>）法律、行政法规规定的其他情形。</span></span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>（三）信息的使用</span></p>

<p class=p2><span class=s2><span style='font-size:10.5pt;font-family:宋体'>为了更好地为您提供服务，也为了灵镜新世界自身的风险防控，您同意并授权灵镜新世界将您的信息用于如下用途：</span></span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>（<span lang=EN-US>1</span>）<span
class=s2>向您提供服务时，用于身份验证、客户服务、安全防范、诈骗监测、存档和备份用途。</span></span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>（<span lang=EN-US>2</span>）<span
class=s2>使用您的电子邮箱、移动电话<span lang=EN-US>(</span>含短信和彩信等<span lang=EN-US>)</span>、微信中部分信息作为向您提供<span
lang=EN-US>/</span>推荐灵镜新世界产品及其他服务的途径。</span></span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>（<span lang=EN-US>3</span>）<span
class=s2>记录并管理您访问和接受服务的状态、使用信息和历史记录。</span></span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>（<span lang=EN-US>4</span>）<span
class=s2>预防、发现、调查欺诈、危害安全、非法或违反与灵镜新世界平台规则的行为，以保护您、灵镜新世界平台的其他用户及灵镜新世界的合法权益。</span></span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>（<span lang=EN-US>5</span>）<span
class=s2>灵镜新世界会对灵镜新世界平台服务使用情况进行统计，并可能会与公众或第三方分享这些统计信息，以展示灵镜新世界平台的产品或服务的整体使用趋势，但这些统计信息不会包含您的任何身份识别信息，且该等信息将不会被复原。</span></span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>（<span lang=EN-US>6</span>）<span
class=s2>让您参与有关灵镜新世界平台服务的调查。</span></span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>（<span lang=EN-US>7</span>）<span
class=s2>根据法律法规或经您同意或授权的其他用途。</span></span></p>

<p class=p2><span lang=EN-US style='font-size:10.5pt;font-family:宋体'>&nbsp;</span></p>

<p class=p2><span lang=EN-US style='font-size:10.5pt;font-family:宋体'>&nbsp;</span></p>

<p class=p2><span lang=ZH style='font-size:10.5pt;font-family:宋体'>三</span><span
style='font-size:10.5pt;font-family:宋体'>、我们如何保护您的个人信息</span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>（一）为保障您的信息安全，灵镜新世界采取各种合理的物理、电子和管理方面的安全措施来保护您的信息，使您的信息不会被泄漏、毁损或者丢失，包括但不限于<span
lang=EN-US>SSL</span>、信息加密存储、数据中心的访问控制、专用的网络通道及代理。灵镜新世界对可能接触到您的信息的员工或外包人员也采取了严格管理，包括但不限于根据岗位的不同采取不同的权限控制，与他们签署保密声明，监控他们的操作情况等措施。灵镜新世界会按现有技术提供相应的安全措施来保护您的信息，提供合理的安全保障，灵镜新世界将在任何时候尽力做到使您的信息不被泄漏、毁损或丢失。您的信息存储于中国的服务器上，为了安全及备份的需要，灵镜新世界可能将您的信息和资料储存到灵镜新世界旗下具备相应安全措施的公司的服务器上。我们会采取合理可行的措施，尽力避免收集无关的个人信息。我们只会在达成本政策所述目的所需的期限内保留您的个人信息，除非法律有强制的存留要求。</span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>（二）灵镜新世界将根据法律法规规定对您的个人信息予以保密，<span
class=s2>但下列情形除外：</span></span></p>

<p class=p2><span class=s2><span lang=EN-US style='font-size:10.5pt;font-family:
宋体'>1</span></span><span class=s2><span style='font-size:10.5pt;font-family:
宋体'>、法律、法规、规章及其他规范性文件另有规定；</span></span></p>

<p class=p2><span class=s2><span lang=EN-US style='font-size:10.5pt;font-family:
宋体'>2</span></span><span class=s2><span style='font-size:10.5pt;font-family:
宋体'>、政府机关、司法机关及监管部门提出要求；</span></span></p>

<p class=p2><span class=s2><span lang=EN-US style='font-size:10.5pt;font-family:
宋体'>3</span></span><span class=s2><span style='font-size:10.5pt;font-family:
宋体'>、相关信息已成为公开信息；</span></span></p>

<p class=p2><span class=s2><span lang=EN-US style='font-size:10.5pt;font-family:
宋体'>4</span></span><span class=s2><span style='font-size:10.5pt;font-family:
宋体'>、您同意无须再严格保密；</span></span></p>

<p class=p2><span class=s2><span lang=EN-US style='font-size:10.5pt;font-family:
宋体'>5</span></span><span class=s2><span style='font-size:10.5pt;font-family:
宋体'>、本政策另有约定；</span></span></p>

<p class=p2><span class=s2><span lang=EN-US style='font-size:10.5pt;font-family:
宋体'>6</span></span><span class=s2><span style='font-size:10.5pt;font-family:
宋体'>、其他合法情形。</span></span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>（三）若灵镜新世界停止运营，将以公告、站内信、短信、邮件等方式通知到个人信息主体，并依法对已采集的个人信息进行删除或匿名化处理。</span></p>

<p class=p2><span lang=EN-US style='font-size:10.5pt;font-family:宋体'>&nbsp;</span></p>

<p class=p2><span lang=ZH style='font-size:10.5pt;font-family:宋体'>四</span><span
style='font-size:10.5pt;font-family:宋体'>、您如何管理您的信息</span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>（一）您可以查询、更新、删除（部分）您的个人信息。</span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>平台为您提供个人信息自助查询、更新、删除（部分）信息的功能，部分信息的删除功能需要您通过注销账号实现。同时您也可通过灵镜新世界平台官方客服实现个人信息的查询、更新、删除等功能，若您有相应的需求，请通过邮箱地址：</span><span
lang=EN-US style='font-size:10.5pt;font-family:宋体'>choicexie@163.com</span><span
style='font-size:10.5pt;font-family:宋体'>，向我们发送要求邮件，并附上相应的账号信息及说明。</span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>（二）您可以改变授权同意的范围</span></p>

<p class=p2><span lang=EN-US style='font-size:10.5pt;font-family:宋体'>1</span><span
style='font-size:10.5pt;font-family:宋体'>、每个业务场景需要一些基本的个人信息才能得以完成。对于最小集之外的个人信息的收集和使用，您可以随时给予或收回您的授权同意。当您收回同意后，我们将不再处理相应的个人信息。但您收回同意的决定，不会影响此前基于您的授权而开展的个人信息处理。</span></p>

<p class=p2><span lang=EN-US style='font-size:10.5pt;font-family:宋体'>2</span><span
style='font-size:10.5pt;font-family:宋体'>、为了保护您的隐私，平台不会以任何方式和途径向您推送非平台相关业务的推广信息。</span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>（三）您可以申请注销个人信息主体账户</span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>您有权注销您的</span><span
lang=ZH style='font-size:10.5pt;font-family:宋体'>灵镜新世界账号</span><span
style='font-size:10.5pt;font-family:宋体'>，您可以通过邮箱地址：</span><span lang=EN-US
style='font-size:10.5pt;font-family:宋体'>choicexie@163.com</span><span
style='font-size:10.5pt;font-family:宋体'>联系我们的客服协助您注销账号。我们收到您的请求后需要您提供账号（手机号码），以核对身份，核验成功后我们将在<span
lang=EN-US>7</span>个工作日内为您完成注销。为了保障安全，我们可能需要您提供相应方式证明您的身份和请求的正当性。您注销成功后，我们将根据法律法规的要求尽快删除您的个人信息或作匿名化处理。</span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>（四）约束信息系统自动决策</span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>在某些业务场景中，我们可能仅依据信息系统、算法等在内的非人工自动决策机制做出决定。如果这些决定显著影响您的合法权益，您有权要求我们做出解释，我们也将提供适当的救济方式，法律法规另有规定的除外。</span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>（五）响应您的上述请求</span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>为保障安全，您可能需要提供书面请求，或以其他方式证明您的身份。我们可能会先要求您验证自己的身份，然后再处理您的请求。</span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>对于您合理的请求，我们原则上不收取费用，但对多次重复、超出合理限度的请求，我们将视情收取一定成本费用。对于那些无端重复、需要过多技术手段（例如，需要开发新系统或从根本上改变现行惯例）、给他人合法权益带来风险或者非常不切实际（例如，涉及备份磁带上存放的信息）的请求，我们可能会予以拒绝。</span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>在以下情形中，按照法律法规要求，我们将无法响应您的请求：</span></p>

<p class=p2><span lang=EN-US style='font-size:10.5pt;font-family:宋体'>1</span><span
style='font-size:10.5pt;font-family:宋体'>、与国家安全、国防安全有关的；</span></p>

<p class=p2><span lang=EN-US style='font-size:10.5pt;font-family:宋体'>2</span><span
style='font-size:10.5pt;font-family:宋体'>、与公共安全、公共卫生、重大公共利益有关的；</span></p>

<p class=p2><span lang=EN-US style='font-size:10.5pt;font-family:宋体'>3</span><span
style='font-size:10.5pt;font-family:宋体'>、与犯罪侦查、起诉和审判等有关的；</span></p>

<p class=p2><span lang=EN-US style='font-size:10.5pt;font-family:宋体'>4</span><span
style='font-size:10.5pt;font-family:宋体'>、有充分证据表明您存在主观恶意或滥用权利的；</span></p>

<p class=p2><span lang=EN-US style='font-size:10.5pt;font-family:宋体'>5</span><span
style='font-size:10.5pt;font-family:宋体'>、响应您的请求将导致您或其他个人、组织的合法权益受到严重损害的。</span></p>

<p class=p2><span lang=EN-US style='font-size:10.5pt;font-family:宋体'>&nbsp;</span></p>

<p class=p2><span lang=ZH style='font-size:10.5pt;font-family:宋体'>五</span><span
style='font-size:10.5pt;font-family:宋体'>、我们如何保护未成年人的信息</span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>我们重视未成年人的个人信息保护，我们的产品、网站和服务主要面向成人。</span></p>

<p class=p2><span lang=EN-US style='font-size:10.5pt;font-family:宋体'>1</span><span
style='font-size:10.5pt;font-family:宋体'>、<span class=s2>若您是未满<span lang=EN-US>18</span>周岁的未成年人，在使用灵镜新世界及相关服务前，应在您的父母或其他监护人监护、指导下共同阅读并同意本隐私政策。</span></span></p>

<p class=p2><span lang=EN-US style='font-size:10.5pt;font-family:宋体'>2</span><span
style='font-size:10.5pt;font-family:宋体'>、<span class=s2>若您是未满<span lang=EN-US>14</span>周岁的未成年人的监护人，在使用</span></span><span
class=s2><span lang=ZH style='font-size:10.5pt;font-family:宋体'>灵镜新世界</span></span><span
class=s2><span style='font-size:10.5pt;font-family:宋体'>及相关服务前，应为您的被监护人阅读并同意本隐私政策。</span></span></p>

<p class=p2><span lang=EN-US style='font-size:10.5pt;font-family:宋体'>3</span><span
style='font-size:10.5pt;font-family:宋体'>、<span class=s2>我们根据国家相关法律法规的规定保护未成年人的个人信息，只会在法律允许、父母或其他监护人明确同意或保护未成年人所必要的情况下收集、使用、共享或披露未成年人的个人信息。如果我们发现在未事先获得可证实的父母或其他监护人同意的情况下收集了未成年人的个人信息，则会设法尽快删除相关信息。同时我们建立了严格的未成年人信息收集使用规则，以保护儿童（未满<span
lang=EN-US>14</span>周岁）和青少年（已满<span lang=EN-US>14</span>周岁但未满<span lang=EN-US>18</span>周岁）的个人信息安全。</span></span></p>

<p class=p2><span lang=EN-US style='font-size:10.5pt;font-family:宋体'>&nbsp;</span></p>

<p class=p2><span lang=ZH style='font-size:10.5pt;font-family:宋体'>六</span><span
style='font-size:10.5pt;font-family:宋体'>、您的信息如何存储</span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>我们在中华人民共和国境内收集和产生的用户信息，将存储在中华人民共和国境内。如部分服务涉及跨境业务，我们需要向境外机构传输个人信息的，我们会按照法律法规和相关监管部门规定执行，向您说明个人信息出境的目的以及涉及的信息类型，征得您的同意，并通过签订协议等有效措施，要求境外机构为所获得的您的个人信息保密。我们只会在本政策所述目所必需期间和法律法规要求的时限内保留您的个人信息。</span></p>

<p class=p2><span lang=EN-US style='font-size:10.5pt;font-family:宋体'>&nbsp;</span></p>

<p class=p2><span lang=ZH style='font-size:10.5pt;font-family:宋体'>七</span><span
style='font-size:10.5pt;font-family:宋体'>、本《隐私政策》的更新</span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>灵镜新世界可能会对本政策进行变更，未经您明确同意，我们不会削减您按照本隐私政策所应享有的权利。<span
class=s2>如发生变更，灵镜新世界将依据本《隐私政策》中有关通知事项的约定方式通知您，该变更将在公示期满后即时生效。若您在本政策变更后继续访问灵镜新世界的网站及其相关网站、或移动设备客户端，或使用灵镜新世界提供的任一服务，我们会以弹窗的方式提示用户阅读，重新征得您的同意，未经您的同意，我们不会向您适用变更后的隐私协议</span>。</span></p>

<p class=p2><span lang=EN-US style='font-size:10.5pt;font-family:宋体'>&nbsp;</span></p>

<p class=p2><span lang=ZH style='font-size:10.5pt;font-family:宋体'>八</span><span
style='font-size:10.5pt;font-family:宋体'>、联系我们</span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>如果您对本个人信息保护政策有任何疑问、意见或建议，或者如果您有个人信息相关的申诉或举报，可通过</span><span
lang=EN-US style='font-size:10.5pt;font-family:宋体'>choicexie@163.com</span><span
style='font-size:10.5pt;font-family:宋体'>联系我们，我们将在十五个工作日内回复。</span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>如果您对我们的回复不满意，特别是我们的个人信息处理行为损害了您的合法权益，您还可以向网信、电信、公安及工商等监管部门进行投诉或举报。</span></p>

<p class=p2><span lang=EN-US style='font-size:10.5pt;font-family:宋体'>&nbsp;</span></p>

<p class=p2><span lang=ZH style='font-size:10.5pt;font-family:宋体'>九</span><span
style='font-size:10.5pt;font-family:宋体'>、其他</span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>（一）您应认真阅读并充分理解本隐私保护政策所有内容的意义以及由此产生的法律效力，自愿同意本政策。<span
class=s2>一旦您在线点击“同意”本隐私保护政策即视为该等行为是您本人真实的意思表示，您同意承担由此带来的一切法律后果</span>。</span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>（二）因您与灵镜新世界基于本政策的相关服务而产生争议，<span
class=s2>双方一致同意提交</span></span><span class=s2><span lang=ZH style='font-size:
10.5pt;font-family:宋体'>北京市</span></span><span class=s2><span style='font-size:
10.5pt;font-family:宋体'>丰台</span></span><span class=s2><span lang=ZH
style='font-size:10.5pt;font-family:宋体'>区</span></span><span class=s2><span
style='font-size:10.5pt;font-family:宋体'>人民法院裁判</span></span><span
style='font-size:10.5pt;font-family:宋体'>。</span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>（三）法律法规规定的其他情形</span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>请您理解，我们向您提供的功能和服务是不断更新和发展的，如果某一功能或服务未在说明中且收集了您的信息，我们会通过页面提示、交互流程、网站公告等方式另行向您说明信息收集的内容、范围和目的，以征得您的同意。</span></p>

<p class=p2><span style='font-size:10.5pt;font-family:宋体'>请注意，如未来业务发展需要从第三方间接获取您的个人信息，我们会在获取前向您明示您个人信息的来源、类型及使用范围，如果灵镜新世界开展业务需要进行个人信息处理活动超出您原本向第三方提供个人信息时的授权同意范围，我们将在处理您的个人信息前，征得您的明示同意；此外我们也将会严格遵守相关法律法规的规定，并要求第三方保障其提供的信息的合法性。</span></p>

<p class=p2><span lang=EN-US style='font-size:10.5pt;font-family:宋体'>&nbsp;</span></p>

<p class=MsoNormal><span lang=EN-US style='font-family:宋体'>&nbsp;</span></p>

</div>

</body>

</html>
