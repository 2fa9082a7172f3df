import { fileDate } from '../i18n/dates';

/** Offer text as a file download, entirely in the browser. */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name stamped with today's date: `client-care-data-2026-11-24.json`. */
export const datedName = (stem: string, ext: string, now = new Date()) => `${stem}-${fileDate(now)}.${ext}`;
