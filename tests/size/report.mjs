// `npm run size`: a page-weight table of dist/ (gzipped KB) against the product's budgets.
import { weighSite } from './weigh.mjs';
import { BUDGET } from './budget.mjs';

const kb = (n) => (n / 1024).toFixed(1).padStart(6);
const rows = weighSite();
console.log('page'.padEnd(52), '  html    css     js  total  islands   (gzipped KB; js = every island on the page)');
for (const r of rows)
  console.log(r.page.padEnd(52), kb(r.html), kb(r.css), kb(r.js), kb(r.total), String(r.islands).padStart(6));
const heaviestJs = rows.reduce((a, b) => (b.js > a.js ? b : a));
console.log(`\nheaviest JS: ${heaviestJs.page} ${kb(heaviestJs.js)} KB (budget ${BUDGET.jsPerPage / 1024} KB)`);
// This table counts every island a page holds, including those that hydrate only when scrolled
// into view; the 20 KB bar is for what loads before interaction, measured in a browser by
// tests/e2e/weight.e2e.ts. Pages whose islands add up to more are listed for information.
const over = rows.filter((r) => r.js > BUDGET.jsPerPage);
if (over.length)
  console.log(
    `pages whose islands add up to more than ${BUDGET.jsPerPage / 1024} KB once all are scrolled into view: ${over.length}`,
  );
