export default definePageConfig({ navigationBarTitleText: '答卷' });
