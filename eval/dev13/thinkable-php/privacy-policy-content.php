<?php
/**
 * Sample Privacy Policy Content
 * 
 * This file contains sample privacy policy content that can be copied and pasted
 * into the WordPress editor when creating the Privacy Policy page.
 */

$privacy_policy_content = <<<EOT
<h2>Privacy Policy</h2>

<p>Last updated: [Current Date]</p>

<p>This Privacy Policy describes how we collect, use, and disclose your personal information when you visit our website.</p>

<h3>Information We Collect</h3>

<p>We may collect the following types of information:</p>

<ul>
    <li><strong>Personal Information:</strong> Name, email address, phone number, and other similar contact information that you voluntarily provide to us.</li>
    <li><strong>Usage Data:</strong> Information about how you use our website, including IP address, browser type, pages visited, time spent on pages, and other similar data.</li>
    <li><strong>Cookies and Similar Technologies:</strong> We use cookies and similar tracking technologies to track activity on our website and hold certain information.</li>
</ul>

<h3>How We Use Your Information</h3>

<p>We use the information we collect for various purposes, including:</p>

<ul>
    <li>To provide and maintain our website</li>
    <li>To notify you about changes to our website</li>
    <li>To allow you to participate in interactive features when you choose to do so</li>
    <li>To provide customer support</li>
    <li>To gather analysis or valuable information so that we can improve our website</li>
    <li>To monitor the usage of our website</li>
    <li>To detect, prevent, and address technical issues</li>
</ul>

<h3>Data Retention</h3>

<p>We will retain your personal information only for as long as is necessary for the purposes set out in this Privacy Policy.</p>

<h3>Data Security</h3>

<p>The security of your data is important to us, but remember that no method of transmission over the Internet or method of electronic storage is 100% secure.</p>

<h3>Your Rights</h3>

<p>You have certain rights regarding your personal information, including:</p>

<ul>
    <li>The right to access, update, or delete your personal information</li>
    <li>The right to rectification</li>
    <li>The right to object to processing</li>
    <li>The right to data portability</li>
    <li>The right to withdraw consent</li>
</ul>

<h3>Changes to This Privacy Policy</h3>

<p>We may update our Privacy Policy from time to time. We will notify you of any changes by posting the new Privacy Policy on this page.</p>

<h3>Contact Us</h3>

<p>If you have any questions about this Privacy Policy, please contact us:</p>

<ul>
    <li>By email: [Your Email]</li>
    <li>By phone: [Your Phone Number]</li>
    <li>By mail: [Your Physical Address]</li>
</ul>
EOT; 