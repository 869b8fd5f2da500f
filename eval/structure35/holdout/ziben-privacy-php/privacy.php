
<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="chrome=1,IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no">
    <meta name="keywords" content="your tags">
    <meta name="description" content="150 words">
    <meta name="renderer" content="webkit">
    <meta name="x5-orientation" content="portrait">
    <meta http-equiv="pragma" content="no-cache">  
    <meta http-equiv="cache-control" content="no-cache">    
    <meta http-equiv="expires" content="0">  
    <link rel="stylesheet" href="/assets/css/stage.css">
    <title>资本国度-隐私政策</title>
    <!--[if lt IE 9]>
        <script src="/assets/js/html5shiv.min.js"></script>
    <![endif]-->
</head>
<body>
<div class="container_re bg_hei">
    <div class="top_ad"><a href="#"><img src="/assets/pic/support001.png"></a></div>
    <div class="top_pic"></div>
    <div class="header_re clearfloat">
        <a href="#" class="logo_re"><img src="/assets/pic/logo_re.png"> </a>
        <div class="language_box">
            <h5 id="language">
                
                <span>中文</span>
                

                
                <img src="/assets/images/sjx.png">
            </h5>
            <span class="pointer"></span>
            <ul class="language_list">
                <li data="cn">中文</li>
                <li data="en">English</li>
                <!-- <li data="en-us">韩文</li> -->
            </ul>
        </div>
        <ul class="nav_bar_re">
            <li>
                <a href="/" >
                    <img src="/assets/pic/nav_squar.png">家
                </a>
            </li>
            <li>
                <a href="/aboutus/" >
                    <img src="/assets/pic/nav_squar.png">关于我们
                </a>
            </li>
            <li>
                <a href="/register/" >
                    <img src="/assets/pic/nav_squar.png">寄存器
                </a>
            </li>
            <li>
                <a href="/login/" >
                    <img src="/assets/pic/nav_squar.png">登录
                </a>
            </li>
            <li>
                <a href="javascript:alert('尽请期待')" >
                    <img src="/assets/pic/nav_squar.png">资产交易中心
                </a>
            </li>
            <!--
            <li>
                <a href="/video/" >
                    <img src="/assets/pic/nav_squar.png">视频
                </a>
            </li>
            -->
            <li>
                <a href="/faq/" >
                    <img src="/assets/pic/nav_squar.png">常见问题
                </a>
            </li>
            <li>
                <a href="/support"  >
                    <img src="/assets/pic/nav_squar.png">支持
                </a>
            </li>
        </ul>
    </div>
    <!--end of header_re-->
    
<!--main content-->
<div class="container_re bg_hei pt50 clearfloat">
    <div class="article_box">
        <h1>隐私政策</h1>
        <dl>
            <dd>感谢您访问我们的网站。您的隐私，您提供的信息的完整性对我们很重要，这个网站的所有者和经营者。我们已经制定了保护您的利益以下的隐私政策。本网站由“超链接”到其他第三方网站的连接。我们不负责以任何方式对其它第三方网站的隐私惯例，建议大家使用前审阅那些链接网站的隐私政策。我们对我们的隐私政策以及我们对我们网站的做法，其中包括下文所载的隐私政策负责。如果您对本隐私政策有任何问题或疑虑，请通过我们的“联系我们”页面通过电子邮件解决这些问题给我们。
            </dd>
            <dt>个人信息采集</dt>
            <dd>公司收集必要的客户信息，以便开设客户交易账户、执行交易、保护客户资产和隐私安全并向客户提供所需的服务。在该方面，公司从客户，在某些情况下，从银行、信贷机构、清算机构或能够帮助公司掌握客户需求和偏好的其他来源采集信息，以便有效服务客户。公司采集的客户信息包括识别客户和与客户沟通所需要的信息。公司也可收集某些个人基本信息，包括出生日期、教育背景、从事职业等。同时公司还会对交易相关信息进行评估</dd>
            <dt>个人信息使用</dt>
            <dd>公司对客户个人信息的使用仅以提供高质量服务和保证客户安全为目的。此类信息能够帮助公司提高服务质量、定制浏览体验并将与客户相关的新产品、服务或优惠活动及时传达给客户；在该方面，客户也同意出于此类目的的信息使用。如果客户出于任何原因不希望接收此类性质的信息，可以通过如下邮箱与公司取得联系：【邮箱地址】</dd>
            <dt>个人信息保护</dt>
            <dd>客户向公司提供的任何个人信息均将被视为保密文件，仅用于公司内部及其关联公司，且如果不经监管程序或法律程序批准，不得向任何第三方披露该信息。对于经法律或管理机构批准认为有必要披露的信息，除非管理机构另有说明，否则须遵循“须知”原则。在此类情况下，公司应将该信息的机密性清楚地告知第三方。</dd>
            <dt>关联公司与合作伙伴</dt>
            <dd>如果出于向客户提供产品或服务的目的，且关联公司提出合理要求，公司可与其共享客户信息。为了提供满足客户需求的、类似的额外产品和服务，公司可与其合作伙伴、关联公司和附属公司共享客户信息，但须在获得客户授权的情况下，有意义有目的地移交。</dd>
            <dt>非关联第三方</dt>
            <dd>除该隐私保护政策表述的情况外，公司不得通过出卖、出租或其他方式向第三方披露客户个人信息。<br>
                公司保留在法律、规章允许和政府授权的情况下向第三方披露客户信息的权利。同时，公司可披露征信报告生成所需信息或收债代理商出于为公司及其客户提供服务之目的所需信息。此外，公司可协助第三方完成某些内部职能，如账户处理、政策执行、客户服务、客户满意度调查或与其业务相关的其他数据采集活动。客户信息的分享和使用应严格遵循上述执行规范，且不得用于任何其他目的。所有公司与之共享客户信息的第三方均需自觉按照相关法律要求和与公司类似的保护方式，保护此类客户个人信息。公司不得与其认为不能向客户提供相应水平保护的第三方共享客户信息。<br>
                如果客户由业务介绍人引进，则该业务介绍人有权获知客户信息。因此，客户同意与该业务介绍人共享信息。</dd>
            <dt>联系客户</dt>
            <dd>公司可不时通过电话或电子邮箱的方式联系客户，以向客户提供更多关于公司、二元期权交易或金融市场交易的资料。此外，公司还可以通过电话或电子邮箱联系客户，不时地向客户推荐一些独特的促销产品。当客户同意我们使用信息的条款和条件时，就代表其默认同意接收此类联系。任何人可在任何时候无理由屏蔽公司的进一步联系，只需简单地通过电话或邮件告知公司，要求公司不再做进一步联系。</dd>
            <dt>责任限制</dt>
            <dd>公司不对无限制用户使用或无需保密的隐私保护政策或客户网站链接【域名链接】内容或收录信息负责。选择链接到联名网站或关联网站的客户可能需要提供注册信息或其他个人信息。值得注意的是，此类信息由第三方保持记录，且受该第三方的隐私保护政策保护。</dd>
            <dt>隐私保护政策更新</dt>
            <dd>公司可不时更新隐私保护政策。如果公司对其隐私保护政策作出重要调整，包括信息收集方式、处理方式和信息使用方式，则应将改进后的隐私保护政策上传到公司网站。在这一方面，客户同意将更新后的隐私保护政策以电子版的方式公布在公司网站上，与实际的纸质版书面通知同时进行。任何关于公司隐私保护政策的问题都须遵循该通知内容及客户协议。公司鼓励客户定期查阅该隐私保护政策，以便知悉公司根据该政策收集的信息内容、信息使用情况和信息披露情况。</dd>
        </dl>
    </div>
</div>

</div>
<div class="footer_re">
    <div class="footer_re_nav">
        <a href="/risk/disclosure/">风险披露<img src="/assets/pic/icon_pdf.png"></a>
        <a href="/privacy/">隐私政策<img src="/assets/pic/icon_pdf.png"></a>
        <a href="/contract/">条款和条件<img src="/assets/pic/icon_pdf.png"></a>
        <a href="/support/">支持</a>
    </div>
    <p>Copyright © 2012-2017 capitalrev.com .All rights reserved.<br>
        © Global Action Cash 2011 - 2017 </p>
</div>
<script src="/assets/js/jquery-2.1.3.min.js"></script>
<script src="/assets/js/common.js"></script>
 
</body>
</html>