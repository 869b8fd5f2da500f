<%@ page contentType="text/html;charset=UTF-8"%>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"%>
<c:set var="ctx" value="${pageContext.request.contextPath}" />

<!DOCTYPE html>
<html lang="en">
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
    <meta name="HandheldFriendly" content="True">
    <meta name="MobileOptimized" content="320">
    <meta name="format-detection" content="telephone=no">
    <meta http-equiv="cleartype" content="on">
    <title>隐私声明</title>
    <meta name="description" content="3 styles with inline editable feature" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0" />
    <link rel="stylesheet" href="${ctx}/static/common/assets/css/bootstrap.min.css" />
    <link rel="stylesheet" href="${ctx}/static/common/assets/font-awesome/4.5.0/css/font-awesome.min.css" />
    <link rel="stylesheet" href="${ctx}/static/common/assets/css/jquery-ui.custom.min.css" />
    <link rel="stylesheet" href="${ctx}/static/common/assets/css/jquery.gritter.min.css" />
    <link rel="stylesheet" href="${ctx}/static/common/assets/css/select2.min.css" />
    <link rel="stylesheet" href="${ctx}/static/common/assets/css/bootstrap-datepicker3.min.css" />
    <link rel="stylesheet" href="${ctx}/static/common/assets/css/bootstrap-editable.min.css" />
    <link rel="stylesheet" href="${ctx}/static/common/assets/css/fonts.googleapis.com.css" />
    <link rel="stylesheet" href="${ctx}/static/common/assets/css/ace.min.css" class="ace-main-stylesheet" id="main-ace-style" />
    <link rel="stylesheet" href="${ctx}/static/common/assets/css/ace-part2.min.css" class="ace-main-stylesheet" />
    <link rel="stylesheet" href="${ctx}/static/common/assets/css/ace-skins.min.css" />
    <link rel="stylesheet" href="${ctx}/static/common/assets/css/ace-rtl.min.css" />
    <link rel="stylesheet" href="${ctx}/static/common/assets/css/ace-ie.min.css" />
    <script src="${ctx}/static/common/assets/js/ace-extra.min.js"></script>
    <script src="${ctx}/static/common/assets/js/html5shiv.min.js"></script>
    <script src="${ctx}/static/common/assets/js/respond.min.js"></script>
    <style>
        body {
            font-size: 18px;
            line-height: 22px;
            font-family: "宋体";
            color: #000000;
            background-color:#FBFBFF;
        }
    </style>
</head>

<body>
<br>
<p align="center"><strong>隐私声明 </strong></p>
<br>
<p align="center">2020年03月24日 </p>
<br>
<p>&nbsp;&nbsp;我们深知个人信息对您的重要性，并会尽全力保护您的个人信息安全可靠。我们致力于维持您对我们的信任，恪守以下原则，保护您的个人信息：权责一致原则、目的明确原则、选择同意原则、最少够用原则、确保安全原则、主体参与原则、公开透明原则等。同时，我们承诺，我们将按业界成熟的安全标准，采取相应的安全保护措施来保护您的个人信息。 <br />
    请在使用我们的产品（或服务）前，仔细阅读并了解本《隐私权政策》。 </p>
<p><strong>一、我们如何收集和使用您的个人信息 </strong><br />
    &nbsp;&nbsp;我们提供SDK接入服务，为改善产品或服务体验,我们收集的数据可能包括SDK代码版本、IP地址、平台、时间、应用标识符、应用程序版本、独立设备标识符、iOS标识符（IDFA)、网卡（MAC）地址、国际移动设备识别码（IMEI）、设备型号、终端制造厂商、终端设备操作系统版本信息。</p>
<p>&nbsp;&nbsp;当我们要将信息用于本策略未载明的其它用途时，会事先征求您的同意。 <br />
    &nbsp;&nbsp;当我们要将基于特定目的收集而来的信息用于其他目的时，会事先征求您的同意。 </p>
<p><strong>二、我们如何共享、转让、公开披露您的个人信息 </strong><br />
    （一）共享 <br />
    &nbsp;&nbsp;我们不会向其他任何公司、组织和个人分享您的个人信息，但以下情况除外： </p>
&nbsp;&nbsp;1、根据法律、法规及法律程序的规定； <br />
&nbsp;&nbsp;2、根据政府部门（如行政机构、司法机构）的要求； <br />
&nbsp;&nbsp;3、事先获得您的许可。 <br />
（二）转让 <br />
&nbsp;&nbsp;我们不会将您的个人信息转让给任何公司、组织和个人，但以下情况除外： <br />
在涉及合并、收购或破产清算时，如涉及到个人信息转让，我们会在要求新的持有您个人信息的公司、组织继续受此隐私政策的约束，否则我们将要求该公司、组织重新向您征求授权同意。 <br />
（三）公开披露 <br />
&nbsp;&nbsp;我们仅会在以下情况下，公开披露您的个人信息： <br />
&nbsp;&nbsp;1、获得您明确同意后； <br />
&nbsp;&nbsp;2、基于法律的披露：在法律、法律程序、诉讼或政府主管部门强制性要求的情况下，我们可能会公开披露您的个人信息。 </p>
<p><strong>三、我们如何保护您的个人信息 </strong><br />
    （一）我们已使用符合业界标准的安全防护措施保护您提供的个人信息，防止数据遭到未经授权访问、公开披露、使用、修改、损坏或丢失。我们会采取一切合理可行的措施，保护您的个人信息。我们同时对我们网站提供 https 安全浏览方式；我们会使用加密技术确保数据的保密性；我们会使用受信赖的保护机制防止数据遭到恶意攻击；我们会部署访问控制机制，确保只有授权人员才可访问个人信息；以及我们会举办安全和隐私保护培训课程，加强员工对于保护个人信息重要性的认识。 <br />
    （二）我们会采取一切合理可行的措施，确保未收集无关的个人信息。我们只会在达成本政策所述目的所需的期限内保留您的个人信息，除非需要延长保留期或受到法律的允许。 <br />
    （三）互联网环境并非百分之百安全，我们将尽力确保或担保您发送给我们的任何信息的安全性。如果我们的物理、技术、或管理防护设施遭到破坏，导致信息被非授权访问、公开披露、篡改、或毁坏，导致您的合法权益受损，我们将承担相应的法律责任。 <br />
    （四）在不幸发生个人信息安全事件后，我们将按照法律法规的要求，及时向您告知：安全事件的基本情况和可能的影响、我们已采取或将要采取的处置措施、您可自主防范和降低风险的建议、对您的补救措施等。我们将及时将事件相关情况以邮件、信函、电话、推送通知等方式告知您，难以逐一告知个人信息主体时，我们会采取合理、有效的方式发布公告。 <br />
    同时，我们还将按照监管部门要求，主动上报个人信息安全事件的处置情况。 </p>
<p><strong>四、您的权利 </strong><br />
    &nbsp;&nbsp;按照中国相关的法律、法规、标准，以及其他国家、地区的通行做法，我们保障您对自己的个人信息行使以下权利： <br />
    （一）查询您的个人信息 <br />
    &nbsp;&nbsp;您有权访问您的个人信息，法律法规规定的例外情况除外。如果您想行使数据访问权，可以通过以下方式自行访问： <br />
    &nbsp;&nbsp;账户信息——如果您希望访问或编辑您的账户中的个人资料信息、更改您的密码、手机号等，您可以登录账号并通过&ldquo;个人信息编辑页面&rdquo;执行此类操作。 <br />
<p>如果您无法通过上述路径访问这些个人信息，您可以随时通过商务运营与我们联系。我们会及时回复您的访问请求。 </p>
<p>（二）删除您的个人信息 <br />
    &nbsp;&nbsp;在以下情形中，您可以向我们提出删除个人信息的请求： <br />
    &nbsp;&nbsp;1、如果我们处理个人信息的行为违反法律法规； <br />
    &nbsp;&nbsp;2、如果我们收集、使用您的个人信息，却未征得您的同意； <br />
    &nbsp;&nbsp;3、如果我们处理个人信息的行为违反了与您的约定； <br />
    &nbsp;&nbsp;4、如果您不再使用我们的产品或服务，或您注销了账号； <br />
    &nbsp;&nbsp;5、如果我们不再为您提供产品或服务。 <br />
    若我们决定响应您的删除请求，我们还将同时通知从我们获得您的个人信息的实体，要求其及时删除，除非法律法规另有规定，或这些实体获得您的独立授权。 <br />
    当您从我们的服务中删除信息后，我们可能不会立即备份系统中删除相应的信息，但会在备份更新时删除这些信息。 </p>
<p>
<p><strong>五、本隐私权政策如何更新 </strong><br />
    &nbsp;&nbsp;我们可能适时会对本隐私权政策进行调整或变更，本隐私权政策的任何更新将以标注更新时间的方式公布在我们网站上，除法律法规或监管规定另有强制性规定外，经调整或变更的内容一经通知或公布后的7日后生效。您在隐私权政策调整或变更后继续使用我们提供的任一服务,我们相信这代表您已充分阅读、理解并接受修改后的隐私权政策并受其约束。 </p>
<p><strong>六、如何联系我们 </strong><br />
    &nbsp;&nbsp;如果您对本隐私政策有任何疑问、意见或建议，可通过以下方式与我们联系： <br />
    <br />
    <strong>&nbsp;&nbsp;邮箱：18031924099@163.com；电话：18031924099 </strong></p>
<p>&nbsp;</p>
<p>&nbsp;</p>
<p>&nbsp;</p>
</body>

</html>


