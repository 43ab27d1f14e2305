import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { useHoursSettings } from '../../../features/school/api';
import { HoursSettingsForm } from '../../../features/school/components/HoursSettingsForm';

/** 学时标准, for the party committee's admins: the server refuses anyone else. */
export default function HoursSettingsPage() {
  const settings = useHoursSettings();
  if (settings.error) return <ErrorState error={settings.error} onRetry={settings.reload} />;
  if (!settings.data) return <Loading />;
  return <HoursSettingsForm initial={settings.data} />;
}
