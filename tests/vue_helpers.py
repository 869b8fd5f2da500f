"""A uni-app page whose script picks the document it shows from its route (u53h's form, `load.vue_data._Script._routed`),
shared by tests/test_l53v_vue_routed.py (which fills INITIAL and ASSIGN: the document set in `data()` and in `onLoad`)
and tests/test_u54x_code_blanks.py (the same page respaced with JavaScript's non-ASCII blanks)."""

from __future__ import annotations

ROUTED_VUE_PAGE = """<template>
  <view class="page">
    <text class="title">{{ doc.title }}</text>
    <text class="updated">更新日期：{{ doc.updated }}</text>
    <view v-for="(s, i) in doc.sections" :key="i">
      <text class="head">{{ i + 1 }}. {{ s.h }}</text>
      <text class="body">{{ s.b }}</text>
    </view>
  </view>
</template>

<script>
const AGREEMENT = {
  title: '用户服务协议',
  updated: '2026年10月1日',
  sections: [
    { h: '协议的接受', b: '本协议是您与本平台之间的约定。' },
  ],
};

const PRIVACY = {
  title: '隐私政策',
  updated: '2026年9月1日',
  sections: [
    { h: '我们如何收集信息', b: '我们收集您的手机号码用于登录。' },
  ],
};

export default {
  data() {
    return { doc: INITIAL, other: 1 };
  },
  onLoad(q) {
    ASSIGN
  },
};
</script>

<style scoped>
.title { display: block; font-size: 38rpx; font-weight: 900; }
.updated { display: block; font-size: 24rpx; }
.head { display: block; font-size: 29rpx; font-weight: 800; }
.body { display: block; font-size: 26rpx; }
</style>
"""
