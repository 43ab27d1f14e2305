export default definePageConfig({ navigationBarTitleText: '微党校管理' });
