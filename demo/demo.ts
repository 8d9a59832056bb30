import '../src/news-timeline.js';
import type { EventList } from '../src/extract/types.js';

const DEFAULT_EVENTS = './events/reuters-2016-10-17-syria-egypt-mamlouk.json';

const timeline = document.querySelector('news-timeline')!;
const response = await fetch(DEFAULT_EVENTS);
timeline.data = (await response.json()) as EventList;
