<?xml version="1.0" encoding="UTF-8" ?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<%@ page language="java" contentType="text/html; charset=UTF-8"
    pageEncoding="UTF-8"%>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>在此处插入标题</title>
</head>
<body>
    <div>
        <h1 style="text-align: center;">隐私政策</h1>
    </div>
    
    <div>
        <div>感谢您访问“医知便民网”（以下简称“本网站”）。我们承诺尊重和保护您的隐私权，确保您的个人信息得到充分的保护。本隐私政策旨在向您说明我们如何收集、使用、保护和披露您的信息。请在使用本网站之前仔细阅读本隐私政策。</div>
        <div>
            <b>1. 信息收集</b><br>
            在您访问本网站时，我们可能会收集以下类型的信息：<br>
            个人信息：当您注册账号、填写表单、订阅我们的服务或与我们进行互动时，我们可能会收集您的姓名、电子邮件地址、联系电话等信息。<br>
            使用数据：我们会收集与您访问本网站相关的使用数据，例如您的浏览器类型、IP 地址、访问时间、页面浏览历史等，以帮助我们分析网站的使用情况并提供改进。<br>
            Cookies：我们使用 cookies（小型文本文件）来收集和存储信息，以便为您提供更加个性化的体验。您可以在浏览器设置中禁用 cookies，但这可能会影响您使用本网站的某些功能。<br>
        </div>

        <div>
            <b>2. 信息使用</b><br>
            我们收集的信息将用于以下目的：<br>
            提供和改进网站服务：我们将根据您的需求和偏好优化网站功能，为您提供更好的用户体验。<br>
            与您沟通：我们可能会通过电子邮件或其他方式向您发送关于我们服务的更新、通知或其他相关信息。<br>
            分析和统计：我们使用收集的使用数据来分析网站的流量、趋势和用户行为，以便优化网站性能和内容。<br>
        </div>

        <div>
            <b>3. 信息保护</b><br>
            我们承诺采取适当的技术和组织措施，保护您的个人信息免遭未经授权的访问、修改、披露或销毁。我们使用安全的服务器和加密技术来保护您的数据。但请注意，没有任何网络传输是绝对安全的，我们无法保证信息的绝对安全。
        </div>

        <div>
            <b>4. 信息分享与披露</b><br>
            我们不会将您的个人信息出售、交换或出租给第三方。我们仅在以下情况下可能会披露您的信息：<br>
            经您同意：在您明确同意的情况下，我们可能会向第三方披露您的个人信息。<br>
            法律要求：当我们依法需要响应政府机构的要求或遵守法律程序时，我们可能会披露您的个人信息。<br>
            服务提供商：我们可能会聘请第三方服务提供商来帮助我们运营本网站或提供服务，这些服务提供商可能会接触到您的信息，但他们只能在我们授权的范围内使用您的数据。<br>
        </div>

        <div>
            <b>5. 儿童隐私</b><br>
            本网站不向18岁以下的儿童收集个人信息。如果您是父母或监护人并发现您的孩子向我们提供了个人信息，请与我们联系，我们将采取措施删除这些信息。
        </div>

        <div>
            <b>6. 第三方链接</b><br>
            本网站可能包含指向其他网站的链接。我们对这些第三方网站的隐私政策或内容不承担责任。我们建议您在访问任何第三方网站时，先阅读其隐私政策。
        </div>

        <div>
            <b>7. 隐私政策的变更</b><br>
            我们可能会不时更新本隐私政策，以反映我们的数据处理实践或法律法规的变化。更新后的隐私政策将发布在本页面，变更生效日期也会在页面上进行标注。请定期查看，以确保您了解我们的隐私政策。
        </div>

        <div>
            <b>8. 联系我们</b><br>
            如果您对本隐私政策有任何疑问或 concerns，或希望更新、删除您的个人信息，请通过以下方式与我们联系：<br><br>
            邮箱：[您的电子邮件地址]<br>
            联系电话：[您的联系电话]<br><br>

            感谢您使用“医知便民网”，我们致力于为您提供安全、可靠的健康服务。
        </div>

        <br><br><br>

        <div>
            <p style="font-size: 12px; color: gray;">*Diese Website ist in der <b style="color: black;">Bundes</b><b style="color: red;">republik</b><b style="color: gold;">Deutschlands</b> ansässig, daher unterliegt die Erhebung, Verarbeitung und Speicherung aller personenbezogenen Daten den geltenden Datenschutzgesetzen Deutschlands und der Europäischen Union, einschließlich der Datenschutz-Grundverordnung <a href="https://dsgvo-gesetz.de/">(DSGVO).</a> Wir stellen sicher, dass Ihre persönlichen Informationen jederzeit rechtmäßig, fair und transparent verarbeitet werden und Ihre Privatsphäre geschützt bleibt.</p>
        </div>

    </div>








</body>
</html>