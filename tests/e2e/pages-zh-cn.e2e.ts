// Every Chinese page (under zh-cn/): layout, alternates, CSP, requests, script errors, axe. See every-page.ts.
import { checkEveryPage } from './every-page';

checkEveryPage('zh-cn');
