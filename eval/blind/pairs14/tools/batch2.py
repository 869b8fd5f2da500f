"""Annotation for the markup-only pair of pairs14 (c9p), written before any policylens run."""
from ann import N, src, write

n = "mememo-markup-only"
write(n, {
    "source": src(n, "AaronYu2017/MeMemo-support", "AaronYu2017+MeMemo-support", "none (no licence file seen)",
                  "3332db3~1", "privacy-zh.html", "3332db3", "privacy-zh.html", "html"),
    "changed": [], "noise_only": [], "unchanged": [],
    "changes": [],
    "noise": [N(None, None, None, "<!-- Cloudflare Web Analytics --><script defer src='https://static.cloudflareinsights.com/beacon.min.js' …></script>", "markup",
                note="one line of markup (comment + script tag) added before </body>; no text change")],
    "notes": "Commit 'Add Cloudflare Web Analytics + social media footer icons': for privacy-zh.html only the analytics <script> line is added. Expected: no change.",
})
