<!DOCTYPE html>
<html lang="en">
	<head>
		@include ('pc/content/title')
		<link rel="stylesheet" type="text/css" href="/pc/styles/homepage.css" />
		<link rel="stylesheet" type="text/css" href="/pc/styles/issue-rules.css" />
	</head>
	<body>
		<header>
			<div class="self-info">
				<div class="item2">
					<a href="/" class="logo"><h1>土豪网</h1></a>
					<span id="title">商品发布守则</span>
				</div>
			</div>
		</header>
		<div id="main">
			<div class="content">
				<header>土豪网是由冰岩作坊六个有爱的小伙伴一起用满满的爱和时间堆砌起来的用闲置换愿望的网站，在这里我们希望有缘的你可以找到自己想要的物品，想要的快乐，想要的归属。所以我们希望您在使用网站的时候，可以本着【尊重他人】【诚实守信】的原则进行沟通和交易。</header>
				<ol>
					<li></li>
					<li>
						<i>1</i>
						<span>请用自己实拍的照片，而不是其他网站获取的照片。</span>
					</li>
					<li>
						<i>2</i>
						<span>请确保您的信息的描述是真实准确的。</span>
					</li>
					<li>
						<i>3</i>
						<span>请不要发布违反国家政策法规的信息，这样的信息将被删除。</span>
					</li>
					<li>
						<i>5</i>
						<span>请将信息发布到指定的类目。</span>
					</li>
					<li>
						<i>6</i>
						<span>请不要重复发布信息。</span>
					</li>
				</ol>
			</div>
		</div>
	</body>
</html>