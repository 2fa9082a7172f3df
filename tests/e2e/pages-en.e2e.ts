// Every English page (at the root): layout, alternates, CSP, requests, script errors, axe. See every-page.ts.
import { checkEveryPage } from './every-page';

checkEveryPage('en');
