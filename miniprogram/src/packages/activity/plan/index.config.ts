export default definePageConfig({ navigationBarTitleText: '安排组织生活' });
