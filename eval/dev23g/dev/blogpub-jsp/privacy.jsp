<%@ page language="java" contentType="text/html; charset=UTF-8"
    pageEncoding="UTF-8"%>
<%@ include  file="_layout/header.jsp"%>
<%@ include  file="_layout/bar.jsp"%>
	<!-- main content -->
	<main class="main main--breadcrumb">
		<!-- breadcrumb -->
		<div class="breadcrumb">
			<div class="container">
				<div class="row">
					<div class="col-12">
						<ul class="breadcrumb__wrap">
							<li class="breadcrumb__item"><a href="#">首页</a></li>
							<li class="breadcrumb__item breadcrumb__item--active">隐私政策</li>
						</ul>
					</div>
				</div>
			</div>
		</div>
		<!-- end breadcrumb -->

		<div class="container">
			<div class="row">
				<div class="col-12 col-md-7 col-lg-8 col-xl-9">
					<div class="privacy">
						<h2 class="privacy__title">隐私政策</h2>

						<p class="privacy__text">本网站尊重并保护所有使用服务用户的个人隐私权。为了给您提供更准确、更有个性化的服务，本网站会按照本隐私权政策的规定使用和披露您的个人信息。但网站将以高度的勤勉、审慎义务对待这些信息。除本隐私权政策另有规定外，在未征得您事先许可的情况下，本网站不会将这些信息对外披露或向第三方提供。本网站会不时更新本隐私权政策。 您在同意本网站服务使用协议之时，即视为您已经同意本隐私权政策全部内容。本隐私权政策属于网站服务使用协议不可分割的一部分。</p>
						<p>1. 适用范围</p>
						<p class="privacy__text">(a) 在您使用网站网络服务，或访问网站平台网页时，网站自动接收并记录的您的浏览器和计算机上的信息，包括但不限于您的IP地址、浏览器的类型、使用的语言、访问日期和时间、软硬件特征信息及您需求的网页记录等数据；</p>
						<p class="privacy__text">您了解并同意，以下信息不适用本隐私权政策：</p>
						<p class="privacy__text">(a) 网站收集到的您在网站发布的有关信息数据，包括但不限于参与活动、成交信息及评价详情；</p>
						<p class="privacy__text">(b) 违反法律规定或违反网站规则行为及网站已对您采取的措施。</p>
						<p>2. 信息使用</p>
						<p class="privacy__text">(a)网站不会向任何无关第三方提供、出售、出租、分享或交易您的个人信息，除非事先得到您的许可，或该第三方和网站（含网站关联公司）单独或共同为您提供服务，且在该服务结束后，其将被禁止访问包括其以前能够访问的所有这些资料。</p>
						<p class="privacy__text">(b) 网站亦不允许任何第三方以任何手段收集、编辑、出售或者无偿传播您的个人信息。任何网站平台用户如从事上述活动，一经发现，网站有权立即终止与该用户的服务协议。</p>
					</div>
				</div>
			</div>
		</div>
	</main>
	<!-- end main content -->

<%@ include  file="_layout/footer.jsp"%>