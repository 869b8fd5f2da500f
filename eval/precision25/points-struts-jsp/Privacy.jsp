<%@ include file="/jsp/common/init.jsp" %>
<%@ page language="java" pageEncoding="UTF-8"%>
<%@ page contentType="text/html; charset=UTF-8" %>

<meta name="description" content="请仔细阅读微积分平台的隐私条款 " />
<title><s:text name="bshare.points.privacy"/> - <s:text name="bshare.points.title"/></title>

<style>
    .container-privacy { margin: 10px 0 30px; padding: 30px 0; color: #666; font-size: 12px; }
    .wrapper-text { padding:0 40px; }
</style>

<div class="container-center">
	<div class="container-breadcrumbs">
	    <a class="bLinkDark" href="${points_cxt_path}"><s:text name="bshare.points.point"/></a>
	    <span>&gt;</span>
	    <a class="bLinkDark" href="${points_cxt_path}/privacy"><s:text name="bshare.points.privacy"/></a>
	</div>
	<div class="spacer20 clear"></div>
	
	<div class="container-privacy module-white-grey div-shadow-5">
	    <div class="wrapper-text">
			<p class="heading1" style="text-align: center;">微积分网站隐私条款 </p>
			<div class="spacer20 clear"></div>
	        <div><s:text name="bshare.privacy.body1" /></div>
            <div class="spacer15"></div>
            <div class="heading4"><s:text name="bshare.privacy.title2" /></div>
            <div class="spacer10"></div>
            <div>&nbsp;&nbsp;&nbsp;<img src="${image_path}/arrow_s.gif" />&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<s:text name="bshare.privacy.body2.1" /></div>
            <div>&nbsp;&nbsp;&nbsp;<img src="${image_path}/arrow_s.gif" />&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<s:text name="bshare.privacy.body2.2" /></div>
            <div>&nbsp;&nbsp;&nbsp;<img src="${image_path}/arrow_s.gif" />&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<s:text name="bshare.privacy.body2.3" /></div>
            <div>&nbsp;&nbsp;&nbsp;<img src="${image_path}/arrow_s.gif" />&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<s:text name="bshare.privacy.body2.4" /></div>
            <div>&nbsp;&nbsp;&nbsp;<img src="${image_path}/arrow_s.gif" />&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<s:text name="bshare.privacy.body2.5" /></div>
            <div class="spacer15"></div>
            
            <div class="heading4"><s:text name="bshare.privacy.title3" /></div>
            <div class="spacer10"></div>
            <div><s:text name="bshare.privacy.body3" /></div>
            <div class="spacer15"></div>
            <div class="heading4"><s:text name="bshare.privacy.title4" /></div>
            <div class="spacer10"></div>
            <div><s:text name="bshare.privacy.body4" /></div>
            <div class="spacer15"></div>
            <div class="heading4"><s:text name="bshare.privacy.title5" /></div>
            <div class="spacer10"></div>
            <div><s:text name="bshare.privacy.body5" /></div>
            <div class="spacer15"></div>
            <div class="heading4"><s:text name="bshare.privacy.title6" /></div>
            <div class="spacer10"></div>
            <div><s:text name="bshare.privacy.body6" /></div>
            <div class="spacer15"></div>
            <div class="heading4"><s:text name="bshare.privacy.title7" /></div>
            <div class="spacer10"></div>
            <div><s:text name="bshare.privacy.body7" /></div>
            <div class="spacer15"></div>
            <div class="heading4"><s:text name="bshare.privacy.title8" /></div>
            <div class="spacer10"></div>
            <div><s:text name="bshare.privacy.body8" /></div>
            <div class="spacer15"></div>
            <div class="heading4"><s:text name="bshare.privacy.title9" /></div>
            <div class="spacer10"></div>
            <div><s:text name="bshare.privacy.body9" /></div>
            <div class="spacer10"></div>
            <div>&nbsp;&nbsp;&nbsp;1.&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<s:text name="bshare.privacy.body9.1" /></div>
            <div>&nbsp;&nbsp;&nbsp;2.&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<s:text name="bshare.privacy.body9.2" /></div>
            <div>&nbsp;&nbsp;&nbsp;3.&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<s:text name="bshare.privacy.body9.3" /></div>
            <div>&nbsp;&nbsp;&nbsp;4.&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<s:text name="bshare.privacy.body9.4" /></div>
            <div>&nbsp;&nbsp;&nbsp;5.&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<s:text name="bshare.privacy.body9.5" /></div>
            <div class="spacer10"></div>
            <div><s:text name="bshare.privacy.body9.sub1" /></div>
            <div class="spacer10"></div>
            <div>&nbsp;&nbsp;&nbsp;1.&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<s:text name="bshare.privacy.body9.6" />
            </div>
            <div>&nbsp;&nbsp;&nbsp;2.&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<s:text name="bshare.privacy.body9.7" /></div>
            <div>&nbsp;&nbsp;&nbsp;3.&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<s:text name="bshare.privacy.body9.8" /></div>
            <div class="spacer10"></div>
            <div><s:text name="bshare.privacy.body9.sub2" /></div>
            <div class="spacer15"></div>
            <div class="heading4"><s:text name="bshare.privacy.title10" /></div>
            <div class="spacer10"></div>
            <div><s:text name="bshare.privacy.body10" /></div>
            <div class="spacer15"></div>
            <div class="heading4"><s:text name="bshare.privacy.title11" /></div>
            <div class="spacer10"></div>
            <div><s:text name="bshare.privacy.body11" /></div>
            <div class="spacer15"></div>
            <div class="heading4"><s:text name="bshare.privacy.title12" /></div>
            <div class="spacer10"></div>
            <div><s:text name="bshare.privacy.body12" /></div>
            <div class="spacer15"></div>
            <div class="heading4"><s:text name="bshare.privacy.title13" /></div>
            <div class="spacer10"></div>
            <div><s:text name="bshare.privacy.body13" /></div>
            <div class="spacer15"></div>
            <div class="heading4"><s:text name="bshare.privacy.title14" /></div>
            <div class="spacer10"></div>
            <div><s:text name="bshare.privacy.body14" /></div>
            <div class="clear"></div>
	    </div>
	    <div class="clear spacer10"></div>
	    <div class="text-12 text-blue" style="padding: 0 40px;"><s:text name="bshare.privacy.last.updated" /></div>
	    <div class="spacer20 clear"></div>
	</div>
</div>