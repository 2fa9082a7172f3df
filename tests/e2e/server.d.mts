export function serveStatic(root: string, base?: string): Promise<{ url: string; close: () => Promise<void> }>;
