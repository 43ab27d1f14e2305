import { useState } from 'react';
import { chooseSpreadsheet } from './choose-spreadsheet';
import { CloudError, networkError } from './cloud-error';
import { randomName, uploadFile } from './upload';

/**
 * A page that imports a spreadsheet: the file is picked, uploaded under the caller's own
 * imports folder (the only place an import action reads from) and handed to `importer`, whose
 * report is kept. `run` does any other work of the page with the same busy label and error.
 */
export function useSheetImport<R>(memberId: string, importer: (fileID: string) => Promise<R>) {
  const [report, setReport] = useState<R>();
  const [busy, setBusy] = useState('');
  const [error, setError] = useState('');

  const run = async (label: string, work: () => Promise<unknown>) => {
    setBusy(label);
    setError('');
    try {
      await work();
    } catch (err) {
      setError((err instanceof CloudError ? err : networkError()).message);
    } finally {
      setBusy('');
    }
  };

  const importFile = async () => {
    const file = await chooseSpreadsheet();
    if (!file) return;
    await run('import', async () => {
      setReport(undefined);
      const fileID = await uploadFile(`imports/${memberId}/${randomName('xlsx')}`, file);
      setReport(await importer(fileID));
    });
  };

  return { report, busy, error, run, importFile };
}
