/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig(
  {
    test: {
      globals: true,
      include: ['tests/{unit,components,content}/**/*.test.{ts,tsx}'],
      environment: 'node',
    },
  },
  { devToolbar: { enabled: false } },
);
