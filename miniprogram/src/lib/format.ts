import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/** Calendar dates travel as `YYYY-MM-DD` strings (no time zone); show them the Chinese way. */
export const formatDate = (date: string) => dayjs(date).format('YYYY年M月D日');

/** Instants travel as ISO strings; people read them in China time whatever the phone's zone. */
export const formatDateTime = (at: string) => dayjs(at).utcOffset(8).format('YYYY年M月D日 HH:mm');
