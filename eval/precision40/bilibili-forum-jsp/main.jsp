<%@ page language="java" contentType="text/html; charset=UTF-8"
    pageEncoding="UTF-8"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>后台</title>
<script type="text/javascript" src="../js/jquery.js"></script>
<link rel="stylesheet" href="../css/add.css" type="text/css" media="screen" />
<link rel="stylesheet" href="../utilLib/bootstrap.min.css" type="text/css" media="screen" />
</head>
<body>
	<div>
		<img alt="" src="../img/backt.png" width="100%" height="100%">
	</div>
	<div class="container">
	
		<h1>管理守则<span class="label label-default"></span></h1>
		<h1><small>bilibili用户反馈论坛管理细则暨发帖须知</small></h1>
		<h3>一、bilibili用户反馈论坛定位</h3>
		<h3>bilibili用户反馈论坛是仅提供给B站用户进行各类产品问题反馈与意见建议的交流平台</h3>
		<h3>二、bilibili用户反馈论坛发帖管理标准</h3>
		<h3>　（一）bilibili用户反馈论坛发帖范围</h3>
		<h3>1、本版仅用于反馈版本bug、发布产品建议与测试版本讨论。</h3>
		<h3>2、禁止任何形式的生活娱乐、灌水主题贴</h3>
		<h3>3、禁止讨论任何国家时政问题</h3>
		<h3>4、禁止讨论与宗教派别有关主题</h3>
		<h3>5、禁止发布任何色情、暴力、恐怖相关主题</h3>
		<h3>（二）帖子删除、账号封禁管理细则</h3>
		<h3>1、发布生活娱乐、灌水内容的帖子或恶意刷楼，首次删除相关帖子与回复并论坛禁言一周，第二次论坛禁言一月，第三次论坛发帖与评论权限永久封禁。
		</h3>
		<h3>2、涉及色情政治暴力恐怖、敏感反动以及广告内容的帖子，删除帖子并永久封禁论坛权限及bilibili账号。
		</h3>
		<h3>三、账号相关</h3>
		<h3>1、试运营期间仅开放B站等级在LV2、LV3、LV4、LV5、LV6的账号才可在反馈论坛中发帖及回复
		</h3>
		<h3>2、如账号被误封（盗号后被封禁），请出示误封记录或被盗证据以站内短信给版主、客服QQ方式进行申诉，核实误封后，原操作版主进行解封。</h3>
	
	</div>
</body>
</html>