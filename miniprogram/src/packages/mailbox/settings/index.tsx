import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { useMailboxSettings } from '../../../features/mailbox/api';
import { SettingsForm } from '../../../features/mailbox/components/SettingsForm';

/** 信箱设置, for the party committee's admins: the server refuses anyone else. */
export default function MailboxSettingsPage() {
  const settings = useMailboxSettings();
  if (settings.error) return <ErrorState error={settings.error} onRetry={settings.reload} />;
  if (!settings.data) return <Loading />;
  return <SettingsForm initial={settings.data} />;
}
