<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ include file="includes/header.jspf" %>
<link rel="stylesheet" href="css/blog.css">

<div class="content">
    <h1>隐私政策</h1>
    <div class="privacy-content">
        <h2>1. 信息收集</h2>
        <p>我们仅收集必要的用户信息以提供服务，包括用户名和邮箱地址。</p>
        
        <h2>2. 信息使用</h2>
        <p>收集的信息将用于账户管理和服务改进，不会分享给第三方。</p>
    </div>
</div>

<%@ include file="includes/footer.jspf" %>