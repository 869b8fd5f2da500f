<%@ page language="java" contentType="text/html; charset=utf-8"
         pageEncoding="UTF-8" %>
<%@ include file="/pages/includes/taglibs.jsp" %>
<!DOCTYPE html>
<!--[if IE 9]> <html lang="en" class="ie9"> <![endif]-->
<!--[if !IE]><!-->
<html lang="en">
<!--<![endif]-->
<head>
 <c:import url="/portal/includes/head-libs.jsp"/>
</head>

<body class="no-trans">

<!-- <section class="theva_padding"> -->
<section>
  <div class="mission-hero about_bg" id="hero">
    <div class="content">
      <div class="hero-intro">
        <div class="row">
          <div class="small-12 medium-9 medium-centered columns">
            <h1 class="hero-header"><b class="m_4">隐私政策</b><br>
              </h1>
          </div>
        </div>
      </div>
    </div>
  </div>
  
  <div class="container m_5 m_bag_6">
    <div class=" col-lg-9 col-sm-9 text-center" style="margin:0px auto; float:none">
      <h2 class="title text-left " ><b>隐私政策</b></h2>
      <div class="section-text">
        <sys:param key="PORTAL_INDEX_PRIVACYPOLICY"/>
      </div>
    </div>
  </div>
</section>
</body>
</html>
