import type { IncomingMessage, ServerResponse } from 'node:http';

export function serveStatic(
  root: string,
  base?: string,
  options?: {
    folderIndex?: boolean;
    onRequest?: (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;
  },
): Promise<{ url: string; close: () => Promise<void> }>;
