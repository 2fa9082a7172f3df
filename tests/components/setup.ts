// Component tests wait on conditions (findBy…, waitFor). Testing Library gives up after one
// second by default, which a lazily loaded panel or a file read can exceed on a busy machine;
// a generous limit costs nothing when the condition is met early, and only a stuck test uses it.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/preact');
  configure({ asyncUtilTimeout: 20_000 });
}

export {};
