<?php
/* Template Name: Privacy Policy */
get_header(); ?>

<h1>Privacy Policy</h1>
<p>At [Company Name], accessible from [Website URL], one of our main priorities is the privacy of our visitors. This Privacy Policy document contains types of information that is collected and recorded by [Company Name] and how we use it.</p>

<h2>1. Log Files</h2>
<p>[Company Name] follows a standard procedure of using log files. These files log visitors when they visit websites. The information collected by log files includes internet protocol (IP) addresses, browser type, Internet Service Provider (ISP), date and time stamp, and referring/exit pages.</p>

<h2>2. Cookies and Web Beacons</h2>
<p>Like any other website, [Website Name] uses cookies to store information about visitors’ preferences, and the pages on the website that the visitor accessed or visited.</p>

<h2>3. GDPR Data Protection Rights</h2>
<p>If you are a resident of the European Economic Area (EEA), you have certain data protection rights. [Company Name] aims to take reasonable steps to allow you to correct, amend, delete, or limit the use of your personal data.</p>

<?php get_footer(); ?>
