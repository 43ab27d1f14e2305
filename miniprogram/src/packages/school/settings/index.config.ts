export default definePageConfig({ navigationBarTitleText: '学时标准' });
