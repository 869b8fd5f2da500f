<?php
/**
 * Template Name:隐私协议
 */
get_header();
?>
<section class="banner banner-terms">
    <ul class="wrapper current">

        <li class="left banner-cxt">
            <h1><img src="<?php mySrc();?>/images/banner-pic-06.png"></h1>
            <p>迅捷PDF转换器是一款功能强大、界面简洁、操作简单的PDF转WORD软件，你只需把PDF文件拖拽到软件界面中，然后单击"转换"即可完成转换。
            </p>
        </li>
        <li class="right banner-pic"> </li>
        <div class="clearfix"></div>
    </ul>
</section>
<section class="terms">
  <div class="wrapper">
    <h1>隐私协议</h1>
      <div>
        <h3>温馨提醒：迅捷PDF转换器为保护所有使用者使用我们服务时所涉及的隐私和个人资料，创建了以下的隐私政策，<span>请您务必仔细阅读本协议。</span></h3>
        <h2>1、 隐私政策适用范围</h2>
        <p>该隐私政策仅适用于www.xjpdf.com。</p>
        <p>www.xjpdf.com明白个人隐私的重要性，并采取最好的实践履行这一职责。下面是我们的隐私政策，我们确保您在使用迅捷PDF转换器时受到隐私保护。在阅读完本策之後，如果您对本隐私政策有进一步的问题，请联系我们。</p>
        <h2>2、个人信息及文档</h2>
        <p>迅捷PDF转换器不会收集你的个人信息,在使用我们网站的过程中，我们不会记录你的IP地址、浏览器类型、引用地址以及其它技术数据。用户上传的文档会暂存在网站服务器上，对用户上传的文档及本站新产生的文档我们会作定期删除，目前是每天清除，考虑服务器的负载及空间有限，以后清除文档的间隔时间可能会更短，转换后的文档请及时下载。本站对用户上传的文档不下载、不浏览、不拷贝。本站会担起一个网站的责任，保护用户的隐私。</p>
        <h2>3、交易信息</h2>
        <p>本站另有软件下载，对于购买本站软件的用户，本站会保护交易用户的个人信息，包括机器码、注册码、邮箱、买方姓名电话等，我们不会向任何机构及个人泄露任何可用于识别个人信息及个人文档。</p>
    </div>
  </div>
</section>
<?php
get_footer();