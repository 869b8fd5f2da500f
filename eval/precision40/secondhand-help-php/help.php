<!DOCTYPE html>
<html lang="en">
    
<?php include 'head.php'; ?>

<body>
    <!-- header的html -->
    <?php include 'header.php'; ?>
    

    <!-- 以下写内容 -->
    <div class="my_account_wrap section_padding_b">   
        <div class="container">
            <div class="row">
                <!-- account content -->
                <div class="col-lg-12">
                <h2 style="max-width:50%; float:left; margin-top:10px; margin:10px;">食用指南</h2>
                <div class="prof_recent_order shadow_sm">
                
                    <div class="acorder_wrapper">
                    
                        <div class="single_prof_recorder mt-0 mb-4 shadow_sm">
                                <div class="prorder_txt prorder_odnumber">
                                <h2 style="max-width:50%; float:left;">投稿流程</h2>

                                </div>
                                <div class="prorder_txt prorder_purchased">
                                    <h6>1：注册账户</h6>
                                </div>
                                <div class="prorder_txt prorder_purchased">
                                    <h6>2：打开用户页面-编辑，填写自己的微信号(交流用），如果不填写别人只能看到闲置却不能联系你</h6>
                                </div>
                                <div class="prorder_txt prorder_purchased">
                                    <h6>3：点击下方发布，选择发布新闲置/提问题等</h6>
                                </div>
                                <div class="prorder_txt prorder_purchased">
                                    <h6>4：填写发布信息，点击发布</h6>
                                </div>
                                <div class="prorder_txt prorder_purchased">
                                    <h6>5：如果您已经决定好出售闲置，可以在【我的账户】里选择【管理我的闲置】进行编辑或删除（这样别人就无法联系您）</h6>
                                </div>
                        </div>
                    </div>
                    <div class="acorder_wrapper">
                    
                        <div class="single_prof_recorder mt-0 mb-4 shadow_sm">
                                <div class="prorder_txt prorder_odnumber">
                                <h2 style="max-width:50%; float:left;">投稿注意事项</h2>

                                </div>
                                <div class="prorder_txt prorder_purchased">
                                    <h6>为了让您的闲置更准确的被搜索，我们推荐</h6>
                                </div>
                                <div class="prorder_txt prorder_purchased">
                                    <h6>1：写地区时填写多项，例如 东京 新宿（这样在搜索框搜索东京的人也能搜到您的闲置）</h6>
                                </div>
                                <div class="prorder_txt prorder_purchased">
                                    <h6>2：发布照片，让买家安心（相信大多数人会倾向选择有图片实物的物品）</h6>
                                </div>
                                <div class="prorder_txt prorder_purchased">
                                    <h6>3：在描述中明确注意事项，例如交易地点是否有限制，限制有无磨损，求闲置时明确自己的要求是重视性能还是重视价格等</h6>
                                </div>
                                <div class="prorder_txt prorder_purchased">
                                    <h6>4：如果有东西不想要了，您可以选择送闲置，意思是免费送人</h6>
                                </div>

                        </div>
                    </div>
                    <div class="single_prof_recorder mt-0 mb-4 shadow_sm">
                            <div class="prorder_txt prorder_odnumber">
                                <h2 style="max-width:50%; float:left;">购买流程</h2>

                                </div>
                                <div class="prorder_txt prorder_purchased">
                                    <h6>购买并不需要注册账户</h6>
                                </div>
                                <div class="prorder_txt prorder_purchased">
                                    <h6>1：找到您想要的限制，打开限制页面</h6>
                                </div>
                                <div class="prorder_txt prorder_purchased">
                                    <h6>2：点击联系卖家，新页面有复制卖家微信号的按钮</h6>
                                </div>
                                <div class="prorder_txt prorder_purchased">
                                    <h6>3：复制微信号后，您可以与卖家在微信联系</h6>
                                </div>
                            </div>
                            <div class="single_prof_recorder mt-0 mb-4 shadow_sm">
                            <div class="prorder_txt prorder_odnumber">
                                <h2 style="max-width:50%; float:left;">免责声明</h2>

                                </div>
                                <div class="prorder_txt prorder_purchased">
                                    <h6>本网站只负责提供一个交流平台，无法对交易进行任何意义上的监督，买到假货时我们无法赔偿，请各位自行判断</h6>
                                </div>

                            </div>
                    </div>
                            
                    </div>
                </div>
            </div>
        </div>
    </div>



    <!-- footer的html -->
    <?php include 'footer.php'; ?>

    <!-- all js -->

</body>
<?php include 'alljs.php';?>
</html>