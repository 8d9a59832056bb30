// npm start: serves the built demo (dist/demo/) on http://localhost:$PORT (default 8000).
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
await startDevServer({
  config: { rootDir: 'dist/demo', port, hostname: 'localhost', open: false, watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`news-timeline demo: http://localhost:${port}/`);
