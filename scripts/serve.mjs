// A tiny static server for the demo and the examples: no framework, loopback only.
// Serves the project folder with a strict Content-Security-Policy, so the demo proves
// the widgets need no inline script or style.
import {createServer} from 'node:http';
import {readFile, stat} from 'node:fs/promises';
import {extname, join, normalize, resolve} from 'node:path';
import {isMain} from './is-main.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
export const strictCsp =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * Pages that load two copies of Lit (two versions of Attune): each creates its Trusted Types
 * policy named "lit-html", so the policy must allow the duplicate. The Vue example: Vue makes a
 * policy of its own, named "vue". Nothing else is loosened.
 */
const vueCsp = strictCsp.replace('trusted-types lit-html', 'trusted-types lit-html vue');
const cspByPath = {
  '/examples/vue/dist/': vueCsp,
  '/examples/vue/dist/index.html': vueCsp,
  '/examples/cdn/two-versions.html': strictCsp.replace(
    'trusted-types lit-html',
    "trusted-types lit-html 'allow-duplicates'",
  ),
};

/**
 * Answers a request with a file of the project (never node_modules), under the strict CSP.
 * `routes` maps exact paths to functions returning HTML (or `{body, csp}`), for pages rendered
 * on the fly.
 */
export function staticHandler(routes = {}) {
  return async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/favicon.ico') return res.writeHead(204).end(); // no icon, and no 404 noise
      if (routes[url.pathname]) {
        const page = await routes[url.pathname](req);
        const {body, csp = strictCsp} = typeof page === 'string' ? {body: page} : page;
        res.writeHead(200, {
          'content-type': types['.html'],
          'content-security-policy': csp,
          'cache-control': 'no-store',
        });
        return res.end(body);
      }
      let path = normalize(join(root, decodeURIComponent(url.pathname)));
      if (!path.startsWith(root) || path.includes('node_modules')) return send(res, 404, 'Not found');
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      res.writeHead(200, {
        'content-type': types[extname(path)] ?? 'application/octet-stream',
        'content-security-policy': cspByPath[url.pathname] ?? strictCsp,
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      send(res, 404, 'Not found');
    }
  };
}

/** Starts the server; resolves with `{server, url}`. Port 0 picks a free port. */
export function serve({port = Number(process.env.PORT ?? 8000), host = '127.0.0.1', routes} = {}) {
  const server = createServer(staticHandler(routes));
  return new Promise((resolveUrl, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveUrl({server, url: `http://localhost:${server.address().port}`}));
  });
}

function send(res, status, text) {
  res.writeHead(status, {'content-type': 'text/plain; charset=utf-8'});
  res.end(text);
}

if (isMain(import.meta.url)) {
  let started;
  try {
    started = await serve();
  } catch (error) {
    if (error.code !== 'EADDRINUSE') throw error;
    started = await serve({port: 0}); // 8000 is busy: take any free port.
  }
  const at = process.argv.includes('--path') ? process.argv[process.argv.indexOf('--path') + 1] : '/demo/';
  console.log(`\nAttune running at ${started.url}${at}  (Ctrl+C to stop)\n`);
}
