<%@ page language="java" contentType="text/html; charset=UTF-8"
	pageEncoding="UTF-8"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>用户隐私</title>
<link href="style/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="js/jquery-1.7.2.min.js"></script>
<script type="text/javascript" src="js/jq.js"></script>
</head>

<body>
<div class="top abouttop">
   <div class="uscont">
     <a href="index.jsp" class="fl"><img src="images/tj_03.jpg" width="223" height="67" /></a>
     <div class="search2 fr">
         <input type="text" value="搜索安卓软件和游戏" class="sou2"/>
         <input type="button" value="" class="soubut" />
     </div>
     <!--search2-->
   </div>
   <!--uscont-->
</div>
<!--top-->
<div class="middle">
    <div class="ustit"><img src="images/ys_03.jpg" />用户隐私</div>
    <!--ustit-->
    <div class="privacy">
       <img src="images/ys_07.jpg" width="292" height="489" />
       <div class="privacycont">
          <h3 class="ptit">柴米游戏用户隐私保护政策:</h3>
          <div class="dover">
            <div><b>一、 个人信息的收集与使用</b></div>
            <p>"柴米游戏"在注册时不会主动搜集您的个人信息，您可以自主选择是否完善个人基本信息。但是，为向您提供更深入的服务，在以下情况下，柴米游戏可能会要求您提供个人信息：对您的反馈意见进行回复及处理投诉等，实施问卷调查，对你进行活动奖励、举办活动，进行市场调查的数据统计分析，维护系统，其他根据本公司相关规定。</p>
            <div><b>二、 个人信息的公开与提供</b></div>
            <p>尊重和保障用户个人隐私是柴米游戏的一项基本政策，柴米游戏不对外公开、编辑或透露您的注册资料，除非：</p>
            <p>经过本人同意向第三方提供个人信息；
</p>
            <p>只有透露你的个人资料，才能提供你所要求的产品和服务；              </p>
            <p>我们需要向代表我们提供产品或服务的公司提供资料（除非我们另行通知你，否则这些公司无权使用你的身份识别资料）；
              向</p>
            <p>您发出有关不同产品和服务的资料；</p>
            <p> 在接到法庭、检察院、公安局、税务局、律师事务所等拥有调查权限的机构的调查要求时，向这些机构提供个人信息；              </p>
            <p>对本公司有保密义务的人员开放信息；              </p>
            <p>我们发现你违反了柴米游戏服务条款或任何其他产品及服务的使用规定；</p>
            <p> 其它公司服务中出现的允许提供个人信息的服务规定。 </p>
            <div><b>三、 隐私权政策的修订</b></div>
            <p>柴米游戏时常会对隐私权政策进行修改。如果在使用用户个人信息政策方面有大幅度修改时，我们会在网页中显眼的位置贴出相关规定以便及时通知用户。
            </p>
            <p>问题与建议 </p>
            <p>如果你还有其他问题和建议，请填写<a href="suggestion_feedback.jsp" class="blue"><b>意见反馈</b></a>。 </p>
         </div>
       </div>
       <!--privacy-->
    </div>
    <!--privacy-->
</div>
<!--midddle-->
   <div class="icon2"><img src="images/ic_03.jpg" /></div>

     <div class="fotter fotter2"> 
          <div class="footcont">
             <div class="footmain">
                <div class="copyright">
                   <p class="tit3"><a href="index.jsp">柴米游戏丨中国第一手游杂志</a></p>
                   <p>&copy;2014 - 2020 柴米游戏 丨京ICP备11000000号-2</p>
                   <p>除非特别注明，应用程序由第三方市场提供，柴米游戏仅根据您的指令提供搜索结果链接，与出处无关，详情请参阅 知识产权保护声明</p>
                </div>
                <!--copyright-->
                <dl>
                   <dt>意见与服务</dt>
                   <dd><a href="about_us.jsp">关于我们</a></dd>
                   <dd><a href="teamwork.jsp">商务洽谈</a></dd>
                   <dd><a href="developer_center.jsp">开发者中心</a></dd>
                 </dl>
                 <dl>
                   <dt>帮助与支持</dt>
                   <dd><a href="use_item.jsp">使用条款</a></dd>
                   <dd><a href="users_privacy.jsp">用户隐私</a></dd>
                   <dd><a href="knowledge_equity.jsp">知识产权保护声明</a></dd>
                 </dl>
                 <p class="logo2 fl"><a href="index.jsp"><img src="images/im_14.jpg" /></a></p>
               </div>
               <!--footmain-->
           </div>
           <!--footcont-->
       </div>
       <!--fotter-->
<script type="text/javascript">var cnzz_protocol = (("https:" == document.location.protocol) ? " https://" : " http://");document.write(unescape("%3Cspan id='cnzz_stat_icon_1252900022'%3E%3C/span%3E%3Cscript src='" + cnzz_protocol + "s23.cnzz.com/z_stat.php%3Fid%3D1252900022%26show%3Dpic' type='text/javascript'%3E%3C/script%3E"));</script>
</body>
</html>
