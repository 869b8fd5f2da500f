<%--
  Created by IntelliJ IDEA.
  User: 周永都
  Date: 2022/12/9
  Time: 18:07
  To change this template use File | Settings | File Templates.
--%>
<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<html>
<style>
    *{
        padding: 0;
        margin: 0;
    }
    .box1{
        width: 200px;
        height: 100px;
        margin: auto auto;
    }
    .box2{
        margin: 0 auto;
        width: 90%;
        height: 300px;
    }
    .box3{
        width: 200px;
        height: 100px;
        margin: 0 auto;
    }
</style>
<head>
    <title>欢迎界面</title>
</head>
<body>
    <div class="box1"><h1>欢迎使用</h1>
    </div>
    <div class="box3"><h2>用户隐私保护原则</h2></div>
    <div class="box2">
         我们严格遵守法律法规，遵循以下隐私保护原则，为用户提供安全、可靠的服务：<br>
        （a）安全可靠<br>
         我们通过合理有效的信息安全技术及管理制度，保证用户的信息安全无虞，防止用户的信息泄露或者被篡改。我们在产品或者服务开发的各个环节，综合法律、产品、设计等多个要素，全面融入隐私保护的理念。<br>
        （b）自主自愿<br>
         我们为用户提供便利的信息管理选项，以便用户做出自己的选择，保护用户的个人信息。<br>
        （c）合理必要<br>
         我们严格遵照《中华人民共和国网络安全法》及相关法律法规的规定，仅向用户收集必要的有限信息，与我们的服务无关的信息我们禁止收集。<br>
        （d）清晰透明<br>
         我们努力使用简明易懂的表述，向用户介绍我们的隐私政策，以便用户轻松掌握我们的信息处理全过程。用户可以随时查询我们收集使用信息的情况，也可以要求我们更正或者删除已收集的信息，甚至可以注销账户。用户还可以对我们关于信息安全方面的服务进行投诉或者举报，欢迎随时联系我们。</div>
</body>
</html>

