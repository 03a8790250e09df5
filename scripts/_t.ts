import { chromium } from 'playwright-core';
import { serveDist } from './serve';
import { chromePath } from './chromium';
const { server, url } = await serveDist(process.env.DIST ?? '/work/main/dist/');
const browser = await chromium.launch({ executablePath: chromePath(), args: ['--no-sandbox'] });
for (let run = 0; run < 3; run++) {
const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Network.enable');
await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8 * 0.9, uploadThroughput: 750e3 / 8 });
await page.addInitScript(() => {
  const w = window as any; w.__m = {};
  new MutationObserver(() => { if (!w.__m.ready && document.querySelector('.shell[data-ready]')) w.__m.ready = performance.now(); if (!w.__m.shell && document.querySelector('.shell')) w.__m.shell = performance.now(); }).observe(document, { subtree: true, childList: true, attributes: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__m[e.name] = e.startTime; }).observe({ type: 'paint', buffered: true });
});
await page.goto(url);
await page.locator('.shell[data-ready]').waitFor();
await page.waitForTimeout(1500);
const m = await page.evaluate(() => {
  const w = window as any;
  const res = performance.getEntriesByType('resource').map((r: any) => [r.name.split('/').pop(), Math.round(r.responseEnd)]);
  const lastJs = Math.max(...res.filter((r) => String(r[0]).endsWith('.js')).map((r) => r[1] as number));
  return { shell: Math.round(w.__m.shell), ready: Math.round(w.__m.ready), fcp: Math.round(w.__m['first-contentful-paint']), lastJs, dcl: Math.round((performance.getEntriesByType('navigation')[0] as any).domContentLoadedEventEnd) };
});
console.log(JSON.stringify(m));
await ctx.close();
}
await browser.close(); server.close();
