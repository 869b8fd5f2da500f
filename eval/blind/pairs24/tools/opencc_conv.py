"""Print stdin converted with OpenCC (config in argv[1], default tw2sp): used to word-diff a zh-Hant edition against its zh-Hans one."""
import sys, opencc
c = opencc.OpenCC(sys.argv[1] if len(sys.argv) > 1 else "tw2sp")
sys.stdout.write(c.convert(sys.stdin.read()))
