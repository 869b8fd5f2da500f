
<!DOCTYPE html>
<html>
    <head>
        <meta charset="UTF-8">
        <title></title>
        <link rel="stylesheet" type="text/css" href="<?php echo SOURCE_PATH; ?>/css/public.css"/>
        <link rel="stylesheet" type="text/css" href="<?php echo SOURCE_PATH; ?>/css/protocol.css"/>
        <style type="text/css">
            .agrbtn{margin: 50px;text-align: center;}
            .btn{padding-left: 40px;padding-right: 40px;}
            .btn-info{margin-right: 30px;}
        </style>
    </head>
    <body>
        <div class="main">
            <div class="header">
                <span>《乐居邦网用户服务协议》</span>
                <p class="tit">生效日期：2017年7月7日</p>
            </div>
            <div class="cont">
                <p class="tit">一、服务性平台</p>
                <p>我常想在纷扰中寻出一点闲静来，然而委实不容易。目前是这么离奇，心里是这么芜杂。一个人做到只剩了回忆的时候，生涯大概总要算是无聊了
                    罢，但有时竟会连回忆也没有。中国的做文章有轨范，世事也仍然是螺旋。前几天我离开中山大学的时候，便想起四个月以前的离开厦门大学；听
                    到飞机在头上鸣叫，<span>竟记得了一年前在北京城上日日旋绕的飞机</span>。我那时还做了一篇短文，叫做《一觉》。现在是，连这“一觉”也没有了。
                </p>
                <p>我常想在纷扰中寻出一点闲静来，然而委实不容易。目前是这么离奇，心里是这么芜杂。一个人做到只剩了回忆的时候，生涯大概总要算是无聊了
                    罢，但有时竟会连回忆也没有。中国的做文章有轨范，世事也仍然是螺旋。前几天我离开中山大学的时候，便想起四个月以前的离开厦门大学；听
                    到飞机在头上鸣叫，竟记得了一年前在北京城上日日旋绕的飞机。我那时还做了一篇短文，叫做《一觉》。现在是，连这“一觉”也没有了。
                </p>
                <p class="tit">一、服务性平台</p>
                <p>我常想在纷扰中寻出一点闲静来，然而委实不容易。目前是这么离奇，心里是这么芜杂。一个人做到只剩了回忆的时候，生涯大概总要算是无聊了
                    罢，但有时竟会连回忆也没有。中国的做文章有轨范，世事也仍然是螺旋。前几天我离开中山大学的时候，便想起四个月以前的离开厦门大学；听
                    到飞机在头上鸣叫，竟记得了一年前在北京城上日日旋绕的飞机。我那时还做了一篇短文，叫做《一觉》。现在是，连这“一觉”也没有了。
                </p>
                <p>我常想在纷扰中寻出一点闲静来，然而委实不容易。目前是这么离奇，心里是这么芜杂。一个人做到只剩了回忆的时候，生涯大概总要算是无聊了
                    罢，但有时竟会连回忆也没有。中国的做文章有轨范，世事也仍然是螺旋。前几天我离开中山大学的时候，便想起四个月以前的离开厦门大学；听
                    到飞机在头上鸣叫，竟记得了一年前在北京城上日日旋绕的飞机。我那时还做了一篇短文，叫做《一觉》。现在是，连这“一觉”也没有了。
                </p>
            </div>
            <div class="agrbtn">
                <a class="btn btn-info" href="<?php echo spUrl('passport', 'login') ?>">取消</a>
                <a class="btn btn-success" href="<?php echo $key == 1 ? spUrl('passport', 'regist_person') : spUrl('passport', 'regist_company') ?>">同意</a>
            </div>
        </div>
    </body>
</html>
