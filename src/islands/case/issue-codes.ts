/** Issue codes, for a message that should never be needed. */
export const issueCodes = (issues: readonly { code: string }[]) =>
  [...new Set(issues.map((issue) => issue.code))].slice(0, 3).join(', ');
