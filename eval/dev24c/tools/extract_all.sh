#!/bin/sh
# Every edition of eval/dev24c, byte-exact from `fetch` snapshots (run from eval/dev24c; writes SOURCES.txt).
set -e
{
sh tools/extract.sh timecube en 2026-01-07 zergcsda+timecube-docs 05e964e959f35a853a1e9ef4ef9db0045e1744f8 privacy.html html
sh tools/extract.sh timecube zh-Hans 2026-01-07 zergcsda+timecube-docs 05e964e959f35a853a1e9ef4ef9db0045e1744f8 privacy_zh.html html
sh tools/extract.sh hodor en 2024-04-24 ximlu+hodor 0c6952a23b4885e4e02ad04e66db85738f08d4e4 privacy_en.html html
sh tools/extract.sh hodor zh-Hans 2024-04-24 ximlu+hodor 0c6952a23b4885e4e02ad04e66db85738f08d4e4 privacy_zh.html html
sh tools/extract.sh goodhappens en 2026-05-01 nihe0909+goodhappens-site 5400cb858716499a0696c4e2f620bb9e2137556c privacy/en/index.html html
sh tools/extract.sh goodhappens zh-Hans 2026-05-01 nihe0909+goodhappens-site 5400cb858716499a0696c4e2f620bb9e2137556c privacy_zh.html html
} > SOURCES.txt
