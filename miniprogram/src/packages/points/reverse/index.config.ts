export default definePageConfig({ navigationBarTitleText: '冲正积分' });
