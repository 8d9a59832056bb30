// The README's React 19 snippet, run by frameworks.test.ts (the lines between the README markers are the README's).
const { container, eventList } = window.frameworkTest;
// README:start
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import 'news-timeline/news-timeline-element.js'; // registers <news-timeline>

createRoot(container).render(
  createElement('news-timeline', {
    data: eventList, // React 19 sets it as a property
    'onnews-timeline-select': (event) => console.log(event.detail.event),
  }),
);
// README:end
