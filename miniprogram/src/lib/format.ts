import dayjs from 'dayjs';

/** Calendar dates travel as `YYYY-MM-DD` strings (no time zone); show them the Chinese way. */
export const formatDate = (date: string) => dayjs(date).format('YYYY年M月D日');
