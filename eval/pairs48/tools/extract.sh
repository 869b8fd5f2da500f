#!/bin/sh
# extract.sh: write pairs/<name>/old.html and new.html byte for byte from the fetch snapshots (git show COMMIT:PATH).
M=/work/.mirror
x() { mkdir -p pairs/$1; git -C $M/$2/repo show $3:$4 > pairs/$1/old.html; git -C $M/$2/repo show $5:$6 > pairs/$1/new.html; }
S=zengchanghuan+szvip-policy; P=Luminoid+petfolio-site; Y=NasCraftsman+mycomi-legal; B=Globetrotter-Studio+blindclock; A=Cosmopolition+amurmur-support
x szvip-restructure $S b26520c privacy-policy-cn.html 975679c privacy-policy-cn.html
x szvip-company $S cd57fe0 privacy.html b26520c privacy.html
x szvip-footnav $S 0b5f845 privacy-policy-cn.html 539887c privacy-policy-cn.html
x szvip-wording $S fded4db privacy-policy-cn.html 0b5f845 privacy-policy-cn.html
x szvip-publisher $S 7732dc4 igimbal/privacy-policy-cn.html 8422fa7 igimbal/privacy-policy-cn.html
x szvip-arrows $S 4fb7316 privacy-policy-domestic-cn.html 74ef90f privacy-policy-domestic-cn.html
x petfolio-meta $P d6c248c zh/privacy.html 272f4fc zh/privacy.html
x petfolio-symptom $P 272f4fc zh/privacy.html 3bb2989 zh/privacy.html
x petfolio-appname $P 3bb2989 zh/privacy.html a28757d zh/privacy.html
x mycomi-table $Y f434cc4 zh/privacy.html 4245ae8 zh/privacy.html
x mycomi-email $Y 6c6ab0b zh/privacy.html f434cc4 zh/privacy.html
x mycomi-crashlytics $Y e48aaf3 zh/privacy.html 6c6ab0b zh/privacy.html
x blindclock-seo $B ba263cd zh/privacy.html 7e9dc32 zh/privacy.html
x amurmur-contact $A 736d568 zh/privacy.html 785ffa2 zh/privacy.html
