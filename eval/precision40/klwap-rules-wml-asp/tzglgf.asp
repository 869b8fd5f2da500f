<% Response.ContentType="text/vnd.wap.wml" %>
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE wml PUBLIC "-//WAPFORUM//DTD WML 1.1//EN" "http://www.wapforum.org/DTD/wml_1.1.xml">
<!--#INCLUDE VIRTUAL="/bbs/reg/useregs.asp"-->
<!--#INCLUDE VIRTUAL="/bbs/public/codeun.asp"-->
<wml>
<head>
<meta http-equiv="Cache-Control" content="max-age=0"/>
<meta http-equiv="Cache-Control" content="no-cache"/>
<meta http-equiv="Expires" content="Mon, 1 Jan 1990 00:00:00 GMT"/>
</head>
<card id="index" title="<%=converttowidebaiti(SystemSiteName)%>-文章规范">
<p align="left">
文章规范<br/>
----------<br/>
(一)论坛的文章分为以下四种：<br/>
一、水帖： 1、重复的文章； 2、毫无意义的文章； 3、无根据造谣生事的文章； 4、伤害他人的文章； 5、违反社区论坛规章制度和国家法律的文章； <br/>
<br/>
二、过期帖： <br/>
1、意义比较简单，比如求助，帖聊、寻人、通知等；<br/> 
2、过期无意义，无存在价值的文章； <br/>
<br/>
三、好文章： <br/>
1、符合本版主题； <br/>
2、表达清晰、述事完整的文章； <br/>
3、意义相对深刻，比如：心情随笔，经历等； <br/>
<br/>
四、精华贴：<br/>
 1、符合本版主题； <br/>
2、非原创文章请注明[转载]； <br/>
3、思路清晰，文笔流畅； <br/>
4、文章见解精妙独特，有特殊的意义；<br/>
5、不存在攻击和伤害他人的内容； <br/>
6、没有触犯论社和国家相关法规。 <br/>
<br/>
(二)文章分类处理： <br/>
1、水帖必删除，明知故犯扣积分删除，如果帖主继续滥发水帖，禁止发帖1-30天。造谣生事，攻击他人视情节严重而定，封号处理。 <br/>
2、过期帖子，过期后，例如求助问题已经解决，寻人一段时间后无果，版主可以视具体情况自行安排删除。作者对此应该表示理解和尊重。 <br/>
3、好帖保留，这是论坛的基本内容，大家应该抱着就事论事的态度共同参与。 <br/>
4、精华帖是论坛的财富，我们要好好把好这一关，让精华帖称的上精华二字。<br/>
---------------<br/>
<a href='index.asp?SessionID=<%=SessionID%>'>返回上级</a><br/>  
<a href='/bbs/index.asp?SessionID=<%=SessionID%>'><%=converttowidebaiti(SystemSiteName)%></a><br/>    
<a href='/index.asp?SessionID=<%=SessionID%>'>网站首页</a>
</p>
</card>
</wml>