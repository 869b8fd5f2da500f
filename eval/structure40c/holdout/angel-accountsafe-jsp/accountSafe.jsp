<%@ page language="java" pageEncoding="utf-8"%>
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="en">
<head>
    <meta name="viewport" content="width=device-width,initial-scale=1,minimum-scale=1,maximum-scale=1,user-scalable=no" />
    <title>账号与安全</title>
    <style>
        applet, object, iframe, body, h1, h2, h3, h4, h5, h6, p, blockquote, pre, a, abbr, acronym, address, big, cite, code, del, dfn, em, font, img, ins, kbd, q, s, samp, small, strike, strong, sub, sup, tt, var, dd, dl, dt, li, ul, fieldset, form, label, legend, caption, img, header, section {
            margin: 0;
            padding: 0;
            outline: none;
            border: none;
        }
        h1, h2, h3, h4, h5, h6{font-weight: normal;}
        * {
            -webkit-box-sizing: border-box;
            -moz-box-sizing: border-box;
            box-sizing: border-box;
        }
        body{position: relative;}
        .xieyiBody{
            background:#f8f9fb;
            padding: 12px;
            text-align: justify;
        }
        .dl_list dt{
            font-size: 18px;
            color: #ff6e7f;
            line-height: 28px;
            margin: 12px 0 2px 0;
        }
        .dl_list dd{
            font-size: 16px;
            color: #666;
            line-height: 26px;
            padding-left: 22px;
        }
        .xieyi_h1{
            padding-top: 20px;
            font-size: 18px;
            font-weight: bold;
            color: #666;
        }
    </style>
</head>
<body class="xieyiBody">
    <div class="main_list">
        <h1 class="xieyi_h1" style="padding-top: 0;">账号与安全</h1>
        <dl class="dl_list">
            <dt>1. 为什么在注册App时，需要提供真实姓名等资料？</dt>
            <dd>
                天使医生App涵盖院内服务与院外服务。涉及医院方面的功能，医院需要核实您的身份信息，因此请您配合进行实名认证。请放心，我们会严格保护您的信息安全。
            </dd>
        </dl>
        <dl class="dl_list">
            <dt>2. 什么是关联医院？我在使用天使医生时，必须要关联医院吗？</dt>
            <dd>
                您在注册时会提醒需要关联医院，建议您及时进行关联。关联医院将默认作为您使用各类服务的首选医院，并进行院内院外业务数据的同步。
                天使医生App中有许多功能与服务，都与院内的业务进行关联，部分功能仅对院内关联用户开放。因此关联医院对您日常使用医院功能是十分重要的。
                目前，一个用户只能同时关联一家医院。当您需要重新关联医院时，您可在侧边栏点击用户头像，进入个人信息中心。在里面有当前绑定的医院，点击右侧“重新关联”，即可重新选择医院进行关联。
            </dd>
        </dl>
        <dl class="dl_list">
            <dt>3. 我可以使用非关联医院的服务吗？</dt>
            <dd>
                不同医院的功能与服务都是不同的。您可以体验非关联医院的服务。在侧边栏，您可以看到当前医院（默认为关联医院），点击后您可以进入医院列表，切换其他医院。医院模块的功能都是根据您所处的医院进行的。
            </dd>
        </dl>
        <dl class="dl_list">
            <dt>4. 昵称是用来做什么的？</dt>
            <dd>
                App内有社交相关的功能，如话题组中分享内容，或是交流圈中参与群聊，这类功能都是非实名机制，我们不会透露任何您的身份信息。您可在个人信息设置页面中设置昵称，与其他用户进行互动。
            </dd>
        </dl>
        <dl class="dl_list">
            <dt>5. 可以修改预产期吗？</dt>
            <dd>
                注册时需要填写孕期状态。这些都可以在用户信息页面中修改。用户可以直接输入预产期日期，也可点击问号图标，切换输入末次月经第一天的日期，系统会自动推算出预产期。
                注意，当您在使用部分院内业务时，预产期会与业务数据关联，此时预产期是不可以修改的。
            </dd>
        </dl>
        <dl class="dl_list">
            <dt>6. 我可以修改注册账号时的手机号吗？</dt>
            <dd>
                由于App有大量业务是与医院合作，需要通过真实有效的联系方式与您本人进行联系，在注册时仅支持手机号注册，并完成验证。
                为了您的账号安全，当前版本中，手机号作为用户登录的账号，一经注册，不能修改。
            </dd>
        </dl>
        <dl class="dl_list">
            <dt>7. 怎样申请服务退款？</dt>
            <dd>
                当某项付费服务发生异常，需要申请退款时，您可以联系客服。客服人员会与院方反馈您遇到的问题，待核证问题后，将帮您处理退款事宜。
                退款成功后的钱会在3-10个工作日内返回您原来选择的支付平台账户内。
            </dd>
        </dl>
    </div>
</body>
</html>
