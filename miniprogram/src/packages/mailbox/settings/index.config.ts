export default definePageConfig({ navigationBarTitleText: '信箱设置' });
