<%@ page language="java" import="java.util.*" pageEncoding="UTF-8"%>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"%>
<c:set var="ctx" value="${pageContext.request.contextPath}" />
<!DOCTYPE html>
<html>
<head lang="en">
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width">
    <title>杭州米号科技有限公司</title>
    <link href="${ctx }/images/zm_log.ico" rel="shortcut icon" />
    <link rel="stylesheet" href="${ctx }/css/bootstrap.css"/>
    <link rel="stylesheet" href="${ctx }/css/newmain.css"/>
    <script src="${ctx }/js/jquery-2.1.4.min.js"></script>
    <script src="${ctx }/js/bootstrap.js"></script>
    <script src="${ctx }/js/newmain.js"></script>
</head>
<body>
<%@include file="header.jsp" %>
<section>
    <div class="container container-c nm-privacy-content">
        <div class="row "><img src="${ctx }/images/yinsi_gelan.png"/><h2>隐私条款</h2></div>
        <div class="row ">
            <p>1. 信息的收集和使用</p>

            <p>（1）为了以创建账户、识别用户、回应查询和邮件等方式来为您提供服务、改进软件性能和外观、推荐新功能/新产品等目的，米号科技会要求您提供个人信息（包括但不限于您的姓名、电话号码、电子邮件地址等），并且会收集其他与您相关的信息（包括但不限于设备信息、日志信息、位置信息以及其他类似的特征记录）。</p>

            <p>（2）米号科技可能会将您通过自己的帐户提交的信息与米号科技的其他服务或第三方的信息相结合，以便为您提供更好的体验并提高米号科技的服务质量。</p>

            <p>（3）米号科技的产品和服务中可能含有第三方产品和/或服务的链接或信息。如果您将个人信息填写在其他平台上或通过第三方程序提交/发布，则该方可能会获知您的信息。该第三方应用程序可能有其相应的隐私政策规定，请仔细查看，并在提供个人信息前请仔细考虑清楚。本隐私政策不适用于第三方向您收集信息的行为，米号科技无法控制第三方的行为，因此也不会对第三方收集、使用您信息的行为承担责任。</p>

            <p>（4）米号科技将严格遵守有关法律法规和本隐私政策所载明的内容收集、使用您的信息。除非持有米号科技官方出具的授权文件，否则米号科技的具体工作人员不会直接向您索要个人信息。如遇此类情况，您可以直接与米号科技联系。</p>
            <br/>

            <p>2. 信息的披露</p>

            <p>（1）除非法律法规规定、政府部门要求或本隐私政策载明的例外情况，米号科技会妥善保存您的信息，不予泄露。</p>

            <p>（2）您于此授权，在以下情形中，米号科技可以向第三方披露您的信息而无需再行获得您的同意：</p>

            <p style="text-indent:1em">（a）如果米号科技披露这些信息是用来识别、联系或向可能对米号科技的权利或财产、网站用户或者其他任何人（包括其他任何人的权利和财产）造成损害之行为提起诉讼之必要；</p>

            <p style="text-indent:1em">（b）米号科技将个人信息提供给米号科技的关联方或其他有合作关系的企业或个人，以便其代表/协助米号科技处理这些信息。米号科技要求上述各方同意按照米号科技的规定、本隐私政策以及有关法律法规之规定来处理这些信息。</p>
            <p>（3）根据法律监管要求，我们将搜集您以下的非公共信息：</p>
            <p style="text-indent:1em">（a）身份信息和就业信息</p>
            <p style="text-indent:1em">（b）账户余额和交易历史</p>
            <p style="text-indent:1em">（c）账户信息和投资经验</p>
            <br/>
            <p>3. 信息安全</p>

            <p>（1）米号科技将尽合理的努力保障您的信息安全，但是您应当知晓米号科技不能完全避免与个人信息安全相关的风险（特别是发生米号科技无法控制的情况时，如不可抗力或第三方原因），因此，米号科技对隐私信息的维护或保密无法做出任何确定性的保证或承诺。如果米号科技知悉其所获取并储存的数据安全受到危害或由于外部行为（包括但不限于外部安全攻击）使用户的非公开信息被披露给不相关第三方，尽管本政策中有其他免责规定，米号科技仍将采取其认为适当的合理措施（包括但不限于内部调查、上报并通知执法机构、以及配合执法机构工作等）。同时，米号科技也会在其认为适当的情况下采取合法合理措施通知相关用户，告知其被披露的信息以及锤子科技对该信息的知悉程度。</p>

            <p>（2）您应当注意保护您的个人信息安全。例如，不要泄露您的个人密码等。</p>

            <p>（3）米号科技会采取必要手段、努力防止内部工作人员越权获取/利用/泄露您的信息。</p>

            <p>（4）为了保护您的个人信息，防范未经授权的访问和使用，我们将使用法律要求的安全措施，这些措施包括：电脑防护，加密文件以及安全办公楼。除非法律法规要求，否则我们不会将个人、非公开信息披露给第三方。例如，在其它原因下我们可能披露或报告这类信息：在有必要授权、完成、监管或执行您所要求或授权的交易的时候；维护及监管您的账户；向您提供账户确认、账单和记录；维持正确的档案记录；在我们相信根据相应的法律、法则或规章披露是必需的时候；与执法机关或监管或自监管组织合作；执行我们的客户协议及其它协议；满足我们的责任，或保护我们的权利及财产。</p>
            <br/>
            <p>4. 本隐私政策的修订</p>

            <p>虽然本隐私声明说明了米号科技在保护隐私方面所遵循的标准，但这些标准可能会发生变化。如有更新，米号科技会在发布修订版本时以米号科技认为适当的方式通知您变动内容和生效日期。</p>

        </div>
    </div>
</section>
<footer>
    <div class="container-fluid">
        <div class="row nm-footer">杭州米号科技有限公司版权所有 浙ICP备14016681号 <a href="${ctx }/index_pravicy.jsp">隐私条款</a><br>
            <a target="_blank" href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33010602003615" style="display:inline-block;text-decoration:none;height:20px;line-height:20px;width: auto"><img src="images/beiantubiao.png" style="float:left;"/><p style="float:left;height:20px;line-height:20px;margin: 0px 0px 0px 5px; color:#fff;">浙公网安备 33010602003615号</p></a>
        </div>
    </div>
</footer>
</body>
</html>