export default definePageConfig({ navigationBarTitleText: '导入线下学时' });
