<!--<!DOCTYPE html>-->
<%@ taglib uri="http://java.sun.com/jsp/jstl/core" prefix="c" %>
<%@ taglib uri="http://www.springframework.org/tags" prefix="s" %>
<%@ taglib uri="http://www.springframework.org/tags/form" prefix="form" %>
<%@ page session="false" %>
<%@page  language="java" contentType="text/html" pageEncoding="UTF-8"%>
<html>
    <%@include file="../common/appInclude.jsp" %>
    <body>
       
        <!-- Header -->
        <%@include file="../common/header.jsp" %>
        <!-- End of Header -->
        <!-- Page title -->
        <!--
            <div id="pagetitle">
                    <div class="wrapper-login"></div>
            </div>
        <!-- End of Page title -->

        <!-- Page content -->
        <div id="page">
            <!-- Wrapper -->
            <div class="wrapper">

                <!-- Login form -->

                <section class="width5">					
                    <div class="pageline">   
                    </div>
                    <div class="content-box">
                        <header class="blue">
                            <h3>用户协议</h3>
                            
                        </header>

                    </div>
                    
                    <pre>

第一章 总　则
    第一条
        ATUGAME用户是指ATUGAME的注册用户，其行为需遵守本公约；未注册者在本平台的活动亦参照本公约。
    第二条
        ATUGAME用户在本平台的活动不得违反现行法律法规。本平台将按照相关法律法规及用户注册协议，配合司
    法机关维护被侵权人合法权益。

第二章 用户权利
    第三条
        用户享有ATUGAME帐号的使用权。该使用权不得以任何方式转让，帐号的行为将被视为注册用户的行为。
    第四条
        用户在本平台的表达不得侵害他人合法权益，不得与现行法律法规和本公约相冲突。
    第五条
        用户的个人隐私受到保护。对用户隐私的保护是ATUGAME的基本政策，用户自行公开、司法机关依照法定程
序要求披露的除外。
    第六条
        用户在ATUGAME的正当权益受到侵害时，可通过联系******功能或司法途径维护权益。

第三章 用户行为规范
    第七条
        用户注册、使用账号应符合现行法律法规。不得以任何方式受让帐号使用权，不得盗用他人帐号。
    第八条
        用户不得恶意通过机器或软件等非人力手段注册帐号、发布内容。
    第九条
        用户拥有发布信息的权利，但不得发布含危害信息。
        危害信息主要包括：
        一、	根据现行法律法规，危害国家及社会安全的信息(简称“敏感信息”)，主要表现为：
            1.反对宪法确定的基本原则的；
            2.危害国家统一、主权和领土完整的；
            3.泄露国家秘密、危害国家安全或者损害国家荣誉和利益的；
            4.煽动民族仇恨、民族歧视，破坏民族团结，或者侵害民族风俗、习惯的；
            5.宣扬邪教、迷信的；散布谣言，扰乱社会秩序，破坏社会稳定的；
            6.宣扬淫秽、赌博、暴力或者教唆犯罪的；煽动非法集会、结社、游行、示威、聚众扰乱社会秩序的；
            7.有法律、行政法规和国家规定禁止的其他内容的。
        二、	垃圾广告，包括垃圾信息和恶意行为，主要表现为：
            1.刷赞；
            2.通过机器或软件等非人力手段大量发送广告信息；
            3.机器抓取发送的无意义内容、重复内容。
        三、淫秽色情信息，主要表现为：
            1.淫秽：具体描绘性行为或露骨宣扬色情的诲淫性信息。
            2.色情：露三点的图片、视频，带有色情意味、暗示、挑逗和引起他人类似感受的文字。
    第十条
        用户应尊重他人名誉权，不得以侮辱、诽谤等方式对他人进行人身攻击。不得恶意通过站点信息
        描述侵害其他网站的利益。
    第十一条
        用户应尊重他人隐私权，不得侵害他人隐私。涉及公众利益或经由当事人同意的除外。
        隐私包括真实姓名、身份证号、电话号码、家庭住址及用户不愿公开的其他个人信息。

第四章 社区管理
    第十二条
        ATUGAME社区管理由站方完成。
        所有用户发布的站点内容均须通过站方审核。站方有权判定审核通过并正式发布或判定未通过，并
    对未通过审核的内容反馈修改建议。
    第十三条
        站方可通过主动发现及接受用户举报发现违规行为
    第十四条
        违规处理包括：删除已发布的含危害信息的站点信息内容。由站方直接处理。

第五章 附　则
    第十五条
        站方可依照互联网发展的不同阶段，随着站点管理经验的不断丰富，出于维护ATUGAME网站秩序的目的，不
    断完善本公约。
    第十六条
        您同意ATUGAME因任何理由，包含但不限于缺乏使用，违反本服务条款的文字及精神，终止您的密码、帐号
    或本服务之使用（或服务之任何部分），并将您在本服务内任何内容加以移除并删除。您同意依本服务条款任何
    规定提供之本服务，无需进行事先通知即可中断或终止，您同意，ATUGAME可立即关闭或删除您的帐号及您帐号
    中所有相关信息及文件，及/或禁止继续使用前述文件或本服务。此外，您同意若本服务之使用被中断或终止或您
    的帐号及相关信息和文件被关闭或删除，ATUGAME对您或任何第三人均不承担任何责任。 
    第十七条
        本公约自2012年9月1日起施行。

                    </pre>
                    

                </section>
                <!-- End of login form -->

            </div>
            <!-- End of Wrapper -->
        </div>
        <!-- End of Page content -->

        <!-- Page footer -->
        <%@include file="../common/footer.jsp" %>
        <!-- End of Animated footer -->

        <!-- Scroll to top link -->
        <a href="#" id="totop">^ scroll to top</a>

        <!-- User interface javascript load -->
    </body>
</html>
