// The README's Vue snippet, run by frameworks.test.ts (the lines between the README markers are the README's).
const { container, eventList } = window.frameworkTest;
// README:start
import { createApp, markRaw } from 'vue';
import 'news-timeline/news-timeline-element.js'; // registers <news-timeline>

const app = createApp({
  template: '<news-timeline :data="eventList" @news-timeline-select="select"></news-timeline>',
  setup: () => ({
    eventList: markRaw(eventList), // a property, and no deep reactivity over thousands of events
    select: (event) => console.log(event.detail.event),
  }),
});
app.config.compilerOptions.isCustomElement = (tag) => tag === 'news-timeline';
app.mount(container);
// README:end
