// loadJson against a real HTTP server on the loopback address: what went wrong is said in the message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadJson, SourceError } from '../../../src/timeline/source-loader.js';

let server: Server;
let base: string;
const JSON_BODY = JSON.stringify({ version: 2 });

before(async () => {
  server = createServer((request, response) => {
    const routes: Record<string, () => void> = {
      '/loop': () => response.writeHead(302, { location: '/loop' }).end(),
      '/ping': () => response.writeHead(307, { location: '/pong' }).end(),
      '/pong': () => response.writeHead(307, { location: '/ping' }).end(),
      '/moved': () => response.writeHead(301, { location: '/ok' }).end(),
      '/ok': () => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON_BODY),
      '/json-as-html': () => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(JSON_BODY),
      '/page': () => response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>Not found</p>'),
    };
    (routes[request.url ?? ''] ?? (() => response.writeHead(404).end()))();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => server.close());

const load = (path: string) =>
  loadJson(`${base}${path}`, { signal: new AbortController().signal, timeoutMs: 5000, maxBytes: 1e6 });

async function failure(path: string): Promise<SourceError> {
  try {
    await load(path);
  } catch (error) {
    assert.ok(error instanceof SourceError);
    return error;
  }
  assert.fail(`${path} loaded`);
}

test('a redirect loop says it redirects and could not be followed', async () => {
  for (const path of ['/loop', '/ping']) {
    const error = await failure(path);
    assert.equal(error.kind, 'redirect', error.message);
    assert.match(error.message, /its redirects could not be followed \(a redirect loop/);
  }
});

test('a redirect that ends well is followed', async () => {
  assert.deepEqual(await load('/moved'), { version: 2 });
});

test('JSON served as text/html says so, and an HTML page is still an HTML page', async () => {
  const json = await failure('/json-as-html');
  assert.equal(json.kind, 'html');
  assert.match(json.message, /holds JSON but was served as text\/html, not as application\/json/);
  const page = await failure('/page');
  assert.match(page.message, /returned an HTML page, not JSON/);
});

test('a 404 is an HTTP error and a closed port a network error, neither a redirect', async () => {
  assert.equal((await failure('/gone')).kind, 'http');
  const closed: SourceError = await loadJson('http://127.0.0.1:9/x.json', {
    signal: new AbortController().signal,
    timeoutMs: 5000,
    maxBytes: 1e6,
  }).then(
    () => assert.fail('loaded'),
    (e: SourceError) => e,
  );
  assert.equal(closed.kind, 'network');
});
