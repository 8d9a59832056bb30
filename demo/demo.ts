/** The demo page's script: mounts the app (demo/app.ts) into the page's <main>. */
import { mountDemo } from './app.js';

const container = document.querySelector<HTMLElement>('#app');
if (container) {
  container.removeAttribute('aria-busy');
  container.replaceChildren();
  void mountDemo(container);
}
