export default definePageConfig({ navigationBarTitleText: '考试中心' });
