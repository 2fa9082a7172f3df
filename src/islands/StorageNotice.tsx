import { format, type Locale } from '../i18n/format';
import { localePath } from '../i18n/paths';
import { $storageFaults } from '../stores/vault';
import { useSavedStore } from './useHydrated';

import { STORAGE_NOTICE_KEYS } from './storage-notice-keys';

export { STORAGE_NOTICE_KEYS };
type Strings = Record<(typeof STORAGE_NOTICE_KEYS)[number], string>;

/**
 * Says plainly when saving is not working, inside every island that saves. Rendered only
 * when there is a fault, so pages without trouble show nothing.
 */
export default function StorageNotice({ strings, locale }: { strings: Strings; locale: Locale }) {
  const faults = useSavedStore($storageFaults, []);
  if (faults.length === 0) return null;
  return (
    <div class="notice" role="alert">
      {faults.map((fault) => (
        <p key={`${fault.kind}-${'slot' in fault ? fault.slot : ''}`}>
          {fault.kind === 'disabled' && strings['storage.disabled']}
          {fault.kind === 'readonly' && strings['storage.readonly']}
          {fault.kind === 'full' && strings['storage.full']}
          {fault.kind === 'corrupt' && format(strings['storage.corrupt'], { slot: fault.slot })}
          {fault.kind === 'newer' && format(strings['storage.newer'], { slot: fault.slot })}
        </p>
      ))}
      <p>
        <a href={localePath(locale, 'data/')}>{strings['storage.exportNow']}</a>
      </p>
    </div>
  );
}
