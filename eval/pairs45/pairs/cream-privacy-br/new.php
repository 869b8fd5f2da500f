<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
    <title>服务内容</title>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <link rel="stylesheet" href="/application/frontend/views/resources/css/reset.css" />
    <link rel="stylesheet" href="/application/frontend/views/resources/css/wx_footlist.css" />
    <link rel="stylesheet" href="/application/frontend/views/resources/css/wx_home.css" />

    <script type="text/javascript" src="/application/frontend/views/resources/js/jquery-1.8.3.js"></script>
    <script src="/application/frontend/views/resources/js/jquery.tipsy.js" type="text/javascript"></script>

<script type="text/javascript">
</script>

</head>
<body>
  <?php include  'application/frontend/views/share/header_home.php';?>
  <div class="body article_body" >
    <div class="foot_list_left" style="height: 1550px;">
      <h1><b>服务条款</b></h1>
      <ul class="foot_list_ul">
        <li><a href="<?php echo site_url('static/wxc_help/termsofservice'); ?>" title="服务条款">服务条款</a></li>
        <li class="nowli"><a href="#" title="服务内容">隐私政策</a></li>
        <li><a href="<?php echo site_url('static/wxc_help/termsoflaw'); ?>" title="准则&规范">准则&规范</a></li>
      </ul>
    </div>
    <div class="foot_list_right">
      <h2><b>隐私政策</b></h2>
      <div class="text_line">
        <p style="font-size:14px"><b>一、隐私权政策适用范围</b>
  <p style="font-size:13px">包括醍醐如何收集、处理、保护：</p>

  <p style="font-size:13px">用户在登录本网站和服务器时留下的个人身份信息;</p>
  <p style="font-size:13px">用户通过本网站和服务器与其他用户或非用户之间传送的各种资讯;</p>
  <p style="font-size:13px">醍醐与商业伙伴共享的其他用户或非用户的各种信息。</p>
  </br>
  <p style="font-size:14px"><b>二、信息和资讯收集和使用</b></p>
  您提供的信息和资讯在您登记注册醍醐帐户，或使用该帐户，或参加其他醍醐及与之相关需要注册的服务或推广活动时，我们会要求您提供个人信息(包括但不限于您的电子邮件地址、帐户密码以及昵称等)。这些信息会以加密方式保存在安全的服务器上。我们会将从您的帐户下采集的个人信息和资讯与其他从醍醐服务中或从第三方获得的信息和资讯进行整合，以便向您提供更好的用户体验和改善我们的服务质量。在某些服务中，我们会给予提示，由您亲自决定是否参与上述信息和资讯的整合。
  <p style="font-size:13px"><b>cookie</b></p>
  当您访问醍醐时，我们会向您的电脑发送一个或多个cookie(包含有一串字符的小文件)它能够对您的浏览器进行辨识。我们通过饼干技术来记录用户的使用偏好和习惯并跟踪用户倾向(诸如用户常用的搜索方式等)，以具有针对性的改善我们的服务质量。大多数浏览器都能在默认设置的状态下接受cookie， 但是您也可以重新设置浏览器来拒绝所有cookie，或者让浏览器在是否接受cookie时进行提示。需要注意的是，如果您将浏览器设置为拒绝接受 cookie，则一些醍醐的特色功能或服务可能会无法正常运行。我们允许那些在醍醐网页上发布广告的公司在用户电脑上设定或取用cookie。
  <p style="font-size:13px"><b>日志资讯</b></p>
  <p style="font-size:13px">当您使用醍醐的服务时，我们的主机会自动记录您的浏览器在访问网站时所发送的信息和资讯。主机日志资讯包括但不限于您的网路请求、IP地址、浏览器类型、浏览器使用的语言、请求的日期和时间，以及一个或多个可以对您的浏览器进行辨识的cookie。
  <p style="font-size:13px"><b>用户交流</b></p>
  <p style="font-size:13px">当您与醍醐通过电子邮件或其他方式进行交流时，我们可能会记录这些交流内容用以处理您的问题以及改善我们的服务。</p>
  <p style="font-size:13px">醍醐仅对本隐私权政策和/或具体服务的隐私声明中允许的目的而对用户的个人信息和资讯进行处理。除上述已列明部分外，这些目的还包括：向用户提供产品或服务，包括列明定制的内容和广告;审计、调研和分析，以维持、保护和改善醍醐的服务;确保网站的技术运作;开发新服务;以及其他醍醐运营所需要的目的。
  </p>
  <p style="font-size:13px"><b>商业使用</b></p>
  <p style="font-size:13px">醍醐可能将部分用户信息用于广告追踪，品牌合作等商业用途，但醍醐不会将您的个人信息销售、出租给任何第三方。</p>
  <p style="font-size:13px">醍醐可能会与部分用户合作，经用户同意后，共同销售某些用户的文档、资料，如笔记、图片、数字化文件或者档案等。</p>
  <p style="font-size:13px">醍醐可能会在网站的某些页面中增加广告投放等。</p>
  </br>
  <p style="font-size:14px"><b>三、资讯公开与共享</b></p>
  <p style="font-size:13px">醍醐不会将您的个人信息和资讯故意透露、出租或出售给任何第三方。</p>
  <p style="font-size:13px"><b>但以下情况除外：</b></p>
  <p style="font-size:13px">用户本人同意与第三方共享信息和资讯;</p>
  <p style="font-size:13px">只有透露用户的个人信息和资讯，才能提供用户所要求的某种产品和服务;</p>
  <p style="font-size:13px">应代表醍醐提供产品或服务的主体的要求提供(除非我们另行通知，否则该等主体无权将相关用户个人信息和资讯用于提供产品和服务之外的其他用途)；</p>
  <p style="font-size:13px">根据法律法规或行政命令的要求提供;</p>
  <p style="font-size:13px"><b>因外部审计需要而提供;</b></p>
  <p style="font-size:13px">用户违反了醍醐服务条款或任何其他产品及服务的使用规定;</p>
  <p style="font-size:13px">经醍醐评估，用户的帐户存在风险，需要加以保护。</p>
  </br>
  <p style="font-size:14px"><b>四、编辑、删除个人账户资料的权限</b></p>
  <p style="font-size:13px">您有权在任何时候编辑您在醍醐的帐户信息和资讯，您也可以填写相关申请表格，要求删除个人帐户，但是您无条件同意在您的帐户删除后，该帐户内及与该帐户相关的信息和资讯仍然保留在醍醐档案记录中，除上述第三条规定的情况外，我们将为您保密。
  </p>
  </br>
  <p style="font-size:14px"><b>五、安全保障</b></p>
  <p style="font-size:13px">您的醍醐帐户具有密码保护功能，以确保您的隐私及信息和资讯安全。</p>
  </br>
  <p style="font-size:14px"><b>六、隐私政策的修订</b></p>
  <p style="font-size:13px">醍醐会不时对隐私权政策进行修改。如有修改，我们会在修改后及时公告相关修改内容及新规定，以便您知悉和使用。</p>
  </br>
  <p style="font-size:14px"><b>七、问题和建议</b></p>
  <p style="font-size:13px">如果您有任何问题和建议，请随时通知我们。</p>
  <br />
  <br />
      </div>
    </div>
    <a href="<?php echo site_url('primary/wxc_feedback/feedback_page'); ?>">
      <div class="feedback">
      </div>
    </a>
  </div>
  <?php include  'application/frontend/views/share/footer.php';?>
</body>

</html>
