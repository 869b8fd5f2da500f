<!DOCTYPE html>
<html lang="en">
	<head>
                
                <script src="js/google_analytics.js"></script>
                
                <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
                <meta charset="utf-8" />
                <title>ttshow-隱私權政策</title>
                <link rel="shortcut icon" href="http://ttshow.tw/images/logo.png">

        <meta name="description" content="讓台灣的好作品、好人才被全世界看見" />
        <meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0" />

        <!-- bootstrap & fontawesome -->
        <link rel="stylesheet" href="template/assets/css/bootstrap.css" />
                <link rel="stylesheet" href="template/assets/css/font-awesome.css" />
                <!--link rel="stylesheet" href="template/assets/css/jquery-ui.css" />
                <link rel="stylesheet" href="template/assets/css/ace-fonts.css" /-->

        <!-- ace styles 4/9 AL 更換CSS路徑-->
        <link rel="stylesheet" href="template/assets/css/ace.css" class="ace-main-stylesheet" id="main-ace-style" />

        <script src="template/assets/js/jquery.js"></script>
        <script src="js/device.js"></script>
        <script src="js/create.js"></script>
        
        <script src="template/assets/js/ace-extra.js"></script>

        <link href="js/TouchSwipe-Jquery-Plugin-master/demos/css/main.css" type="text/css" rel="stylesheet" />
                
	</head>

	<body class="no-skin">
        <!-- #section:basics/navbar.layout -->
        <div id="loadingpage" class="widget-box-overlay"><i class="ace-icon loading-icon fa fa-spinner fa-spin fa-2x white"></i></div>
        
        <?php include( "header_1.php"); ?>
           
        
        <div class="main-container" id="main-container" style="background-color: white;">
                <div class="main-content">
                        <div class="main-content-inner">
                                <div class="page-content">
                                    <!--AL 0510 edit-->        
                                    
                                        <div class="col-xs-12 col-sm-12 col-md-12 col-lg-12" style="font-size: 15px; line-height: 30px; padding: 6px 100px 0; letter-spacing: 1px;">
                                                <h2 style="font-size: 20px; font-weight: normal; margin: 25px 0px 15px;">隱私權政策</h2>
                                                <p>
                                                      「超人氣娛樂股份有限公司」為保護網站使用者資料及線上隱私權，謹在此說明「超人氣娛樂股份有限公司」所屬網站，於線上取得使用者個人資料的方式及範圍、利用方法事項：
                                                </p>
                                                <p style="text-align: justify;">
                                                      1.政策大綱
                                                      「超人氣娛樂股份有限公司」承諾保障您的隱私權利。謹據臺灣相關法律對於個人資料(隱私)之規定，保障您的隱私權利。
                                                </p>
                                                <p style="margin-left: 2em; text-indent: -2em;">
                                                      2.個人資料搜集及用途
                                                      <br>(1)凡登記使用「超人氣娛樂股份有限公司」轄下相關網站或行動版的網站服務、參與推廣計劃或有獎活動，均需自願提供個人資料，個人資料可能包括但不限於以下資料：

                                                      <br>a.用戶姓名
                                                      <br>b.聯絡地址
                                                      <br>c.電話號碼、傳呼機號碼或傳真機號碼
                                                      <br>d.電子郵件帳號
                                                      <br>e.身份證字號
                                                      <br>f.交易記錄
                                                      <br>g.銀行帳戶號碼及戶主姓名
                                                      <br>h.信用卡號碼、銀行名稱及信用卡有效日期
                                                      <br>i.其他相關資料（詳閱有關登記表格）
                                                      <br>「超人氣娛樂股份有限公司」會根據此隱私權保護政策聲明邀請您提供個人資料，而您提供的個人資料亦只會用於該畫面上說明的用途上。除非是許可或法律上需要，否則「超人氣娛樂股份有限公司」不會在未經您事前同意下使用您的個人資料。
                                                      <br>(2) 「超人氣娛樂股份有限公司」不會在你瀏覽本公司所屬網站或行動版時，搜集您的個人資料，只會搜集您的瀏覽次數記錄及網路位址，不會搜集您的個人資料。瀏覽次數記錄的收集，只作統計網站使用率用。
                                                      <br>(3)當用戶瀏覽「超人氣娛樂股份有限公司」行動版時,其應用程式或會定期連線到伺服器檢視瀏覽用量及用戶每項傳輸活動，並紀錄在軟體開發商的伺服器紀錄中。如用戶使用瀏覽以外的進階功能，將會記錄資訊及其他額外資料。
                                                      <br>(4)當你瀏覽網站時，「超人氣娛樂股份有限公司」所屬網站會以寄存Cookies方式搜集您使用網站的資料。「Cookies」是從網站伺服器發出並儲存於你電腦硬碟內的細小文字檔。在訂閱「超人氣娛樂股份有限公司」所屬網站收費內容、使用登記會員服務時，您必須接受Cookies，否則無法訂閱。經Cookies搜集的資料只作網站分析，了解你對「超人氣娛樂股份有限公司」所屬網站的喜惡，並不會提供給第三者。
                                                      <br>(5)在「超人氣娛樂股份有限公司」所屬網站或行動版，擺放的客戶廣告有可  能在您的電腦內寄存Cookies，您了解並同意，客戶公司將根據其自訂的隱私權保護政策，權責不包括在本政策內。
                                                </p>

                                                <p style="">
                                                      3.個人資料的安全
                                                      當網站接收到你的個人資料時，網站系統會即時保存妥當並予以保密，只有得到授權及經過訓練的員工才可獲准接觸有關資料。www.appledaily.com.tw亦會確保員工遵循在個人資料安全及保密方面的操守。
                                                </p>
                                                <p style="margin-left: 2em; text-indent: -2em;">
                                                      4.個人資料的傳輸
                                                      您的個人資料會得到保密，但您的個人資料可能會傳輸到以下單位：
                                                      <br>(1)有關付款的相關銀行
                                                      <br>(2)其他執行資料安全工作的人士及機構
                                                      <br>(3)得到許可及法律所需的地方
                                                      <br>(4)商業伙伴及贊助商
                                                </p>
                                                <p style="">
                                                      5.個人資料的使用及其促銷用途
                                                      「超人氣娛樂股份有限公司」可能會就您的個人資料投寄促銷活動的相關資訊給您
                                                </p>
                                                <p style="">
                                                      6.取用及更改個人資料
                                                      在此隱私權保護政策聲明下，您有權追究您個人資料的用途及更改任何不準確的資料
                                                </p>

                                        </div>
                                </div>
                        </div>
                </div>
        </div>

        
        <!-- /.main-content -->
  
  
        <a href="#" id="btn-scroll-up" class="btn-scroll-up btn btn-sm btn-inverse">
                    <i class="ace-icon fa fa-angle-double-up icon-only bigger-110">
                    </i>
        </a>
        
        
        <?php include( "footer.php"); ?>

        <!-- <![endif]-->

        <!--[if IE]>
    <script type="text/javascript">
     window.jQuery || document.write("<script src='template/assets/js/jquery1x.js'>"+"<"+"/script>");
    </script>
    <![endif]-->
        <script type="text/javascript">
                if ('ontouchstart' in document.documentElement) document.write("<script src='template/assets/js/jquery.mobile.custom.js'>" + "<" + "/script>");
        </script>
        <script src="template/assets/js/bootstrap.js"></script>

		<!-- page specific plugin scripts -->
		<script src="template/assets/js/jquery-ui.js"></script>
		<script src="template/assets/js/jquery.ui.touch-punch.js"></script>

		<!-- ace scripts -->
		<script src="template/assets/js/ace/elements.scroller.js"></script>
		<script src="template/assets/js/ace/elements.colorpicker.js"></script>
		<script src="template/assets/js/ace/elements.fileinput.js"></script>
		<script src="template/assets/js/ace/elements.typeahead.js"></script>
		<script src="template/assets/js/ace/elements.wysiwyg.js"></script>
		<script src="template/assets/js/ace/elements.spinner.js"></script>
		<script src="template/assets/js/ace/elements.treeview.js"></script>
		<script src="template/assets/js/ace/elements.wizard.js"></script>
		<script src="template/assets/js/ace/elements.aside.js"></script>
		<script src="template/assets/js/ace/ace.js"></script>
		<script src="template/assets/js/ace/ace.ajax-content.js"></script>
		<script src="template/assets/js/ace/ace.touch-drag.js"></script>
		<script src="template/assets/js/ace/ace.sidebar.js"></script>
		<script src="template/assets/js/ace/ace.sidebar-scroll-1.js"></script>
		<script src="template/assets/js/ace/ace.submenu-hover.js"></script>
		<!--script src="template/assets/js/ace/ace.widget-box.js"></script>
		<script src="template/assets/js/ace/ace.settings.js"></script>
		<script src="template/assets/js/ace/ace.settings-rtl.js"></script>
		<script src="template/assets/js/ace/ace.settings-skin.js"></script>
		<script src="template/assets/js/ace/ace.widget-on-reload.js"></script>
		<script src="template/assets/js/ace/ace.searchbox-autocomplete.js"></script-->

		<!-- inline scripts related to this page -->
		<script type="text/javascript">
			jQuery(function($) {
                            
				//jquery tabs
                                if( $( "#tabs" ).length )
				$( "#tabs" ).tabs().show();
                            
                            
                            
			});
		</script>

        <!-- the following scripts are used in demo only for onpage help and you don't need them -->
        <!--link rel="stylesheet" href="template/assets/css/ace.onpage-help.css" /-->
        <!--link rel="stylesheet" href="template/docs/assets/js/themes/sunburst.css" /-->

        <script type="text/javascript">
                ace.vars['base'] = '..';
        </script>
        
        <script src="js/TouchSwipe-Jquery-Plugin-master/jquery.touchSwipe.min.js"></script>
        
        
        <!-- init       : null -->
        <!-- callback   : FB_connected_callback_init( response ) -->
        <script src="js/fb-login.js"></script>
        
        <script src="js/TouchSwipe-Jquery-Plugin-master/jquery.touchSwipe.min.js"></script>
        
        <script src="js/view_upload_img.js"></script>
        <script src="js/document_ready.js"></script>
        <script type="text/javascript">

                $("document").ready(function() {
                    
                        $( "#loadingpage" ).hide();
                        
                });
                
                function FB_connected_callback_init( response )
                {
                            console.log( '---------------------------' );
                            console.log( response );
                            $.UserMsg = response;
                            console.log( $.UserMsg );
                            
                            $( "#user-profile" ).hide().html( 'Dear ' + response.name );
                            
                            $( "#user-profile-join" ).hide(); // show
                            
                            $( "#user-profile-join" ).unbind( "click" ).bind( "click", function(e) {
                                        alert(123);
                            });
                            console.log( '---------------------------' );


                            $( "#fb-login-button" ).removeClass( "nav-search" );
                            $("#sidebar").css("display","block");
                            
                            $("#pagecontent").css("display","block");
                };
                function FB_connected_callback_select_ttshow_db( data ) {
                        
                        try {
                                var data = JSON.parse( data );
                                if( data.usertype == "manage") {
                                        $("#apply_member").css("display","none");
                                        $("#apply_channel").css("display","none");
                                        $("#modify_member").css("display","block"); 
                                        $("#modify_channel").css("display","block");
                                } else if( data.usertype == "editor") {                                    
                                        $("#apply_member").css("display","none");
                                        $("#apply_channel").css("display","block");
                                        $("#modify_member").css("display","block"); 
                                        $("#modify_channel").css("display","none");
                                } else if( data.usertype == "") {
                                        $("#apply_member").css("display","block");
                                        $("#apply_channel").css("display","block");
                                        $("#modify_member").css("display","none"); 
                                        $("#modify_channel").css("display","none");
                                }
                                console.log(data);
                        }
                        catch (e) {
                                console.log( e );
                        }
                }
                function FB_unconnected_callback_init() {
                        
                }
        </script>

</body>

</html>
