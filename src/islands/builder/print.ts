/**
 * Prints one part of the page: `className` on <body> makes the print stylesheet
 * (builder.css) hide everything except that part, and is removed once printing is done.
 */
export function printOnly(className: 'print-questionnaire' | 'print-report'): void {
  const body = document.body;
  body.classList.add(className);
  const done = () => {
    body.classList.remove(className);
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  try {
    window.print();
  } finally {
    // Browsers whose print() returns at once still fire afterprint; those that never fire it
    // (or have no print dialog at all) must not leave the page stuck in print mode.
    setTimeout(done, 1000);
  }
}
