import type { TestProject } from 'vitest/node';
import { serveStatic } from './server.mjs';

/** Serve dist/ once for all browser tests; tests read the address from `inject('baseUrl')`. */
export default async function setup(project: TestProject) {
  const server = await serveStatic('dist', process.env['BASE_PATH'] ?? '/');
  project.provide('baseUrl', server.url);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
