/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig(
  {
    test: {
      globals: true,
      include: ['tests/{unit,components,content}/**/*.test.{ts,tsx}'],
      environment: 'node',
      setupFiles: ['tests/components/setup.ts'],
      // Vitest's default leaves one core idle (cores − 1 workers: one on a 2-core machine).
      maxWorkers: '100%',
      // Tests wait on conditions; this limit only ends a test that is stuck on a busy machine.
      testTimeout: 120_000,
    },
  },
  { devToolbar: { enabled: false } },
);
