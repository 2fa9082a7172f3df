// Lets Node run the project's TypeScript build steps directly (Node strips the types): the
// sources import each other without file extensions, as the bundler allows, so a relative
// import that does not resolve as written is retried with `.ts`, then as a folder's index.ts.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (!specifier.startsWith('.')) throw error;
      try {
        return nextResolve(`${specifier}.ts`, context);
      } catch {
        return nextResolve(`${specifier}/index.ts`, context);
      }
    }
  },
});
