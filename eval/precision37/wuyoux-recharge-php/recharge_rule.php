<?php
/**
 * @link http://www.281.com.cn/
 * @copyright Copyright (c) 2014 中山市中辰信息科技有限公司
 * @license http://www.281.com.cn/license
 * User: gred(关瑞宏)
 * Date: gred 2018/3/20
 */
?>

<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>充值协议</title>
    <style>
        body {
            padding: 20px;
            margin: 0;
        }

        h1 {
            font-size: 15px;
            margin-top: 1.6em;
            color: #666666;
            text-align: center;
        }

        h2 {
            font-size: 14px;
            margin-top: 1.6em;
            color: #666666;
        }

        p {
            font-size: 14px;
            line-height: 24px;
            color: #999999;
            text-indent: 2em
        }
    </style>
</head>
<body>
<p>尊敬的无忧帮帮用户，为保障您的合法权益，请您在点击“充值”按钮前，完整、仔细地阅读本充值协议。当你继续点击“充值”按钮，即视为您已阅读、理解本协议，并同意按照本协议内容执行。</p>
<p>1、您充值后，账户余额仅可用于支付无忧帮帮平台提供的服务；账户余额使用不设有效期，不能提现、转移、转赠，不能用于手机充值，请根据您的实际需求选择充值金额。</p>
<p>2、购买优惠券后，需在有效期内使用，优惠券仅可用于相对应的服务（具体看优惠券上说明）；优惠券有效期不可延长、转赠、退券，请根据您的实际需求购买相应优惠券数量。</p>
<p>3、您在下单接受服务前，请您认真查看价格提示，确认无异议后下单，订单服务费金额以您最终支付的金额为准，如您对服务费有异议，请在下单前联系客服。</p>
<p>
    4、我们包含充值赠送在内的所有优惠推广活动仅面向正当、合法使用服务的商户。一旦您存在利用我们的规则漏洞进行任何形式的作弊行为（包括但不限于通过我们的活动获得不正当的经济利益），我们有权追回您作弊所得的不正当经济利益、关闭作弊账户或与您相关的所有账户，并保留取消您后续使用我们服务的权利，及依据严重程度追究您的法律责任。</p>
</body>
</html>