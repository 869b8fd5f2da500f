<!DOCTYPE html>
<html>
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

    <title>隐私政策 - 多开分身</title>
    <meta name="viewport"
          content="width=device-width, initial-scale=1.0, user-scalable=0, minimum-scale=1.0, maximum-scale=1.0">
    <meta name="format-detection" content="telephone=no">
    <meta name="apple-mobile-web-app-capable" content="yes">
    <meta name="apple-mobile-web-app-status-bar-style" content="black">
</head>
<style>

    .agreement {
        text-align: justify;
    }

    .agreement h2 {
        text-align: center;
        font-family: PingFang-SC-Medium;
        font-size: 20px;
        font-weight: bolder;
    }
    .agreement h4 {
        font-family: PingFang-SC-Medium;
        font-size: 14px;
        color: #222222;
        letter-spacing: 0;
        line-height: 22px;
        font-weight: normal;
    }
    .content_agreement {
        margin-bottom: 30px;
        margin: 0 auto;
    }
    .content_agreement li {
        font-family: PingFang-SC-Medium;
        font-size: 14px;
        color: #222222;
        letter-spacing: 0;
        line-height: 22px;
        margin-bottom: 20px;
    }

</style>

<body style="overflow-x: hidden;">
<div style="padding-left: 15px; padding-right: 15px">
    <div class="agreement">

        <h3 style="text-align: center;display: block;width: 100%;">隐私政策声明条款</h3>

        <ul class="content_agreement" style="list-style-type: none;padding-left: 0px;">
            <li>
                <b>第一条【我们如何收集和使用您的个人信息】</b><br>
                个人信息是指以电子或者其他方式记录的能够单独或者与其他信息结合识别特定自然
                人身份或者反映特定自然人活动情况的各种信息。本产品中与您个人无关的信息不属于
                您的个人信息。<br>
                1. 收集并保存的信息<br>
                1.1 您注册、登录相关信息，包括手机号码、登录 IP 地址、终端信息（如手机
                IMEI 码、版本、设备识别码等）、登录日志等。<br>
                1.2 您的使用记录，包括您的搜索记录、应用版本信息、您的位置及其他相关
                日志信息等。<br>
                1.3 您主动提供的信息，包括您在本产品主动发布的信息、您与客服联系时提
                供的信息，您参与问卷调查时填写的信息、您参与平台活动提供的信息等。<br>
                1.4 事先经您明确授权同意收集的信息。<br>
                1.5 金融监管要求收集并保存的信息。<br>

                2. 信息用途<br>
                2.1 为便于您注册、登录、使用本产品各项服务。<br>
                2.2 为提升您的服务体验及改善我们的产品和服务。<br>
                2.3 为监管检查、公司审计、稽核所需。<br>
                2.4 法律法规允许的其他用途。<br>

                您提供的上述信息，将在您使用我们服务期间持续授权我们使用。<br>
                当我们要将信息用于本条款未载明的其它用途时，会事先征求您的同意。当我们要将基
                于特定目的收集而来的信息用于其他目的时，会事先征求您的同意。<br>


            </li>

            <li>
                <b> 第二条【我们如何使用本地数据库、keychain】</b><br>
                为了确保 APP 的正常运转，我们会在您的移动设备上存储一些数据文件。借助存储的
                数据可以提供更好的客户服务。在此过程中，我们也可能会获得和保存关于您移动设备
                的相关信息，比如 IP 地址、硬件 ID 等。<br>
            </li>

            <#--第三条-->
            <li>
                <b>第三条【我们如何共享、转让、公开披露您的个人信息】</b><br>
                1. 共享 <br>
                我们不会与任何第三方公司、组织和个人分享您的个人信息，但以下情况除外：<br>
                1.1 在获取明确同意的情况下共享：获得您的明确同意后，我们会与其他方共
                享您的个人信息。<br>
                1.2 我们可能会根据法律法规规定，或按政府主管部门的强制性要求，对外共
                享您的个人信息。<br>

                2. 转让<br>
                我们不会将您的个人信息转让给任何公司、组织和个人，但以下情况除外：<br>
                2.1 在获取明确同意的情况下转让：获得您的明确同意后，我们会向其他方转
                让您的个人信息。<br>
                2.2 在涉及合并、收购或破产清算时，如涉及到个人信息转让，我们会在要求新的持有您个人信息的公司、组织继续受此条款的约束，否则我们将要求该公司、组织重新向您征求授权同意。<br>

                3. 公开披露<br>
                我们仅会在以下情况下，公开披露您的个人信息：<br>
                3.1 获得您明确同意后。<br>
                3.2 基于法律的披露：在法律、法律程序、诉讼或政府主管部门强制性要求的情况下，我们可能会公开披露您的个人信息。<br>

                4.  共享、转让、公开披露个人信息时事先征得授权同意的例外，在以下情形中，共享、转让、公开披露个人信息无需事先征得个人信息主体的
                授权同意<br>
                4.1 与国家安全、国防安全直接相关的。<br>
                4.2 与公共安全、公共卫生、重大公共利益直接相关的。<br>
                4.3 与犯罪侦查、起诉、审判和判决执行等直接相关的。<br>
                4.4 出于维护个人信息主体或其他个人的生命、财产等重大合法权益但又很难得到本人同意的；个人信息主体自行向社会公众公开的个人信息；从合法公开披露的信息中收集个人信息的，如合法的新闻报道、政府信息公开等渠道。
                <br>
            </li>

            <li>
                <b>第四条【我们如何保护您的个人信息】</b><br>
                我们非常重视个人信息安全，并采用符合业界标准的安全防护措施保护您的个人信
                息，包括建立合理的制度规范、技术措施、员工管理措施等。但您理解，由于技术水平
                限制及可能存在的各种恶意手段，有可能因我们可控范围外的因素而出现问题。<br>
                我们会采取一切合理可行的措施，确保未收集无关的个人信息。我们只会在达成本
                条款所述目的所需的期限内保留您的个人信息，除非需要延长保留期或受到法律的允许。
                互联网并非绝对安全的环境，而且电子邮件、即时通讯、社交软件等与其他用户的交流
                方式无法确定是否完全加密，我们建议您使用此类工具时请使用复杂密码，注意保护您
                的个人信息安全。<br>

            </li>

            <li>
                <b>第五条【如何更新】</b><br>
                我们的条款可能变更。未经您明确同意，我们不会削减您按照本条款所应享有的权利。
                对于重大变更，我们会提供公告通知（包括对于某些服务，我们会推送通知，说明具体变更内容）。
                若您不同意该等变更可以停止使用移动应用产品和服务，若您继续使用我们的产品和/或服务，即表示您同意受修订后的本条款的约束。<br>
            </li>

        </ul>
    </div>
</div>
</body>
</html>