import { useEffect, useState } from 'preact/hooks';
import type { ComponentProps, FunctionComponent } from 'preact';
import { $storageFaults } from '../stores/vault';
import type StorageNoticeComponent from './StorageNotice';
import { useSavedStore } from './useHydrated';

type Props = ComponentProps<typeof StorageNoticeComponent>;

/**
 * The storage notice, loaded only when there is something to say: for islands whose page is
 * close to the JavaScript budget. Renders exactly what StorageNotice renders.
 */
export default function LazyStorageNotice(props: Props) {
  const faults = useSavedStore($storageFaults, []);
  const [Notice, setNotice] = useState<FunctionComponent<Props> | null>(null);
  useEffect(() => {
    if (faults.length > 0 && !Notice) import('./StorageNotice').then((m) => setNotice(() => m.default)).catch(() => {});
    // eslint-disable-next-line react-hooks/exhaustive-deps -- loads once, when the first fault appears
  }, [faults.length]);
  return Notice ? <Notice {...props} /> : null;
}
