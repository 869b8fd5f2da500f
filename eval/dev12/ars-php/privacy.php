<?php
session_start();  
$page = "privacy";
?>
<!DOCTYPE html>
<html lang="en">
<head>
 <title>Privacy</title>
<?php include('head.php'); ?>
</head>
<body>
<?php include('nav-bar.php'); ?>
<div class="card container mt-2">
  <center><h5>Privacy Notice</h5> </center>

This privacy notice discloses the privacy practices for (website address). This privacy notice applies solely to information collected by this website. It will notify you of the following:<br/><br/>

What personally identifiable information is collected from you through the website, how it is used and with whom it may be shared.<br/>
What choices are available to you regarding the use of your data.<br/>
The security procedures in place to protect the misuse of your information.<br/>
How you can correct any inaccuracies in the information.<br/>
Information Collection, Use, and Sharing 
We are the sole owners of the information collected on this site. We only have access to/collect information that you voluntarily give us via email or other direct contact from you. We will not sell or rent this information to anyone.<br/><br/>

We will use your information to respond to you, regarding the reason you contacted us. We will not share your information with any third party outside of our organization, other than as necessary to fulfill your request, e.g. to ship an order.<br/><br/>

Unless you ask us not to, we may contact you via email in the future to tell you about specials, new products or services, or changes to this privacy policy.<br/><br/>

Your Access to and Control Over Information <br/>
You may opt out of any future contacts from us at any time. You can do the following at any time by contacting us via the email address or phone number given on our website:<br/><br/>

See what data we have about you, if any.<br/>
Change/correct any data we have about you.<br/>
Have us delete any data we have about you.<br/>
Express any concern you have about our use of your data.<br/>
Security <br/>
We take precautions to protect your information. When you submit sensitive information via the website, your information is protected both online and offline.<br/><br/>

Wherever we collect sensitive information (such as credit card data), that information is encrypted and transmitted to us in a secure way. You can verify this by looking for a lock icon in the address bar and looking for "https" at the beginning of the address of the Web page.<br/><br/>

While we use encryption to protect sensitive information transmitted online, we also protect your information offline. Only employees who need the information to perform a specific job (for example, billing or customer service) are granted access to personally identifiable information. The computers/servers in which we store personally identifiable information are kept in a secure environment.<br/><br/>

If you feel that we are not abiding by this privacy policy, you should contact us immediately via telephone at XXX YYY-ZZZZ or via email.<br/><br/><br/>

 <center><h5>Optional Clauses</h5> </center>
If your site has a registration page that customers must complete to do business with you, insert a paragraph like this in your privacy notice: <br/>
Registration <br/>
In order to use this website, a user must first complete the registration form. During registration a user is required to give certain information (such as name and email address). This information is used to contact you about the products/services on our site in which you have expressed interest. At your option, you may also provide demographic information (such as gender or age) about yourself, but it is not required.<br/><br/>

If you take and fill orders on your site, insert a paragraph like this in your privacy notice: <br/>
Orders <br/>
We request information from you on our order form. To buy from us, you must provide contact information (like name and shipping address) and financial information (like credit card number, expiration date). This information is used for billing purposes and to fill your orders. If we have trouble processing an order, we'll use this information to contact you.<br/><br/>

If you use cookies or other devices that track site visitors, insert a paragraph like this in your privacy notice: <br/>
Cookies <br/>
We use "cookies" on this site. A cookie is a piece of data stored on a site visitor's hard drive to help us improve your access to our site and identify repeat visitors to our site. For instance, when we use a cookie to identify you, you would not have to log in a password more than once, thereby saving time while on our site. Cookies can also enable us to track and target the interests of our users to enhance the experience on our site. Usage of a cookie is in no way linked to any personally identifiable information on our site.<br/><br/>

If other organizations use cookies or other devices that track site visitors to your site, insert a paragraph like this in your privacy notice: <br/>
Some of our business partners may use cookies on our site (for example, advertisers). However, we have no access to or control over these cookies.<br/><br/>

If you share information collected on your site with other parties, insert one or more of these paragraphs in your privacy notice: <br/>
Sharing <br/>
We share aggregated demographic information with our partners and advertisers. This is not linked to any personal information that can identify any individual person.<br/><br/>

And/or: <br/>
We use an outside shipping company to ship orders, and a credit card processing company to bill users for goods and services. These companies do not retain, share, store or use personally identifiable information for any secondary purposes beyond filling your order.<br/><br/>

And/or: <br/>
We partner with another party to provide specific services. When the user signs up for these services, we will share names, or other contact information that is necessary for the third party to provide these services. These parties are not allowed to use personally identifiable information except for the purpose of providing these services.<br/><br/>

If your site has links to other sites, you might insert a paragraph like this in your privacy notice: <br/>
Links <br/>
This website contains links to other sites. Please be aware that we are not responsible for the content or privacy practices of such other sites. We encourage our users to be aware when they leave our site and to read the privacy statements of any other site that collects personally identifiable information.<br/><br/>

If you ever collect data through surveys or contests on your site, you might insert a paragraph like this in your privacy notice: <br/>
Surveys & Contests <br/>
From time-to-time our site requests information via surveys or contests. Participation in these surveys or contests is completely voluntary and you may choose whether or not to participate and therefore disclose this information. Information requested may include contact information (such as name and shipping address), and demographic information (such as zip code, age level). Contact information will be used to notify the winners and award prizes. Survey information will be used for purposes of monitoring or improving the use and satisfaction of this site.<br/>

</div>

<?php include('footer.php'); ?>
</body>
</html>
