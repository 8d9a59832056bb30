/**
 * Loaded by safety.test.ts inside an iframe whose only policy is a strict CSP (default-src 'self'):
 * registers the element, draws the Reuters list, selects an event, and reports what happened.
 */
import { buildEventList, REUTERS_SPECS } from './fixtures.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));

/** Positive control: the policy is in force (an inline script is refused and reported). */
async function control(): Promise<boolean> {
  const script = document.createElement('script');
  script.textContent = 'window.__inlineRan = true';
  document.head.append(script);
  await new Promise((r) => setTimeout(r, 20));
  const refused = !(window as unknown as { __inlineRan?: boolean }).__inlineRan && violations.length > 0;
  violations.length = 0;
  return refused;
}

async function run(): Promise<void> {
  try {
    const policyInForce = await control();
    await import('../../../src/news-timeline.js');
    const response = await fetch('/events/reuters-2016-10-17-syria-egypt-mamlouk.json');
    const { article } = await response.json();
    const el = document.createElement('news-timeline');
    el.style.width = '800px';
    document.body.append(el);
    el.data = buildEventList(article.text, article.published, REUTERS_SPECS);
    el.selected = 'e2';
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
    el.zoomIn();
    await el.updateComplete;
    const root = el.shadowRoot!;
    parent.postMessage(
      {
        kind: 'csp-report',
        policyInForce,
        violations,
        options: root.querySelectorAll('g.event').length,
        details: root.querySelector('[part="details"] .when')?.textContent,
        adopted: root.adoptedStyleSheets.length,
        labelColor: getComputedStyle(root.querySelector('text.label')!).fill,
      },
      '*',
    );
  } catch (error) {
    parent.postMessage({ kind: 'csp-report', error: String(error), violations }, '*');
  }
}
void run();
