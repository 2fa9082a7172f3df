import { matchesFilter, type PickerEntry } from '../../../src/domain/instructors/picker';

const ENTRIES: PickerEntry[] = [
  { kind: 'case', id: 'restaurant-seat-change', label: 'The seat that was changed', module: 'B' },
  { kind: 'worksheet', id: 'ww-care-plan', label: 'Care-plan worksheet' },
  { kind: 'calculator', id: 'recovery', label: 'Service recovery', module: 'B' },
  { kind: 'selfCheck', id: 'service-recovery-steps', label: '服务补救的步骤', module: 'B' },
  { kind: 'assessment', id: 'module-e-assessment', label: 'Module E assessment', module: 'E' },
];
const ids = (query: string, kind: PickerEntry['kind'] | '' = '', module = '') =>
  ENTRIES.filter((e) => matchesFilter(e, { query, kind, module })).map((e) => e.id);

describe('the picker filter', () => {
  test.each([
    ['', '', '', ENTRIES.map((e) => e.id)],
    ['recovery', '', '', ['recovery', 'service-recovery-steps']],
    ['  RECOVERY  service ', '', '', ['recovery', 'service-recovery-steps']],
    ['补救', '', '', ['service-recovery-steps']],
    ['ｓｅａｔ', '', '', ['restaurant-seat-change']],
    ['', 'case', '', ['restaurant-seat-change', 'ww-care-plan']],
    ['', '', 'B', ['restaurant-seat-change', 'recovery', 'service-recovery-steps']],
    ['', '', '-', ['ww-care-plan']],
    ['recovery', 'calculator', 'B', ['recovery']],
    ['nothing like this', '', '', []],
  ])('query %j, kind %j, module %j', (query, kind, module, expected) => {
    expect(ids(query, kind as PickerEntry['kind'] | '', module)).toEqual(expected);
  });
});
