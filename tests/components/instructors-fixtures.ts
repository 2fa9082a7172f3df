import type { CatalogueItem } from '../../src/domain/instructors/catalogue';

export const CATALOGUE: CatalogueItem[] = [
  { kind: 'case', id: 'kimura-slippers', label: 'The Kimura slippers', href: '/cases/kimura-slippers/', module: 'A' },
  { kind: 'calculator', id: 'nps', label: 'Net Promoter Score', href: '/tools/nps/', module: 'E', hasPreset: true },
  {
    kind: 'selfCheck',
    id: 'what-is-client-care',
    label: 'What client care is',
    href: '/lessons/what-is-client-care/',
    module: 'A',
  },
  { kind: 'assessment', id: 'module-a-assessment', label: 'Module A assessment', href: '/assessments/a/', module: 'A' },
];
