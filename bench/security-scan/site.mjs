// A generated site for the DAST benchmark: N pages, each ~4 KB of HTML linking to 5 others (a shallow,
// wide tree reachable within depth 4 for N=500), with a form, a script, comments and typical headers.
import http from 'node:http';

export function pageHtml(n, total) {
  const links = [1, 2, 3, 4, 5].map((k) => n * 5 + k).filter((k) => k < total);
  const para = `<p>Section ${n}: lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p>`;
  return `<!doctype html><html><head><title>Page ${n}</title><link rel="stylesheet" href="/static/site.css"><script src="/static/app.js"></script></head><body>
<!-- TODO: page ${n} template -->
<nav><a href="/">home</a> ${links.map((k) => `<a href="/page/${k}">page ${k}</a>`).join(' ')}</nav>
<h1>Page ${n}</h1>${para.repeat(20)}
<form method="post" action="/search"><input name="q"><button>go</button></form>
</body></html>`;
}

export async function startSite(total = 500) {
  let requests = 0;
  const server = http.createServer((req, res) => {
    requests++;
    const url = new URL(req.url, 'http://x');
    const m = /^\/page\/(\d+)$/.exec(url.pathname);
    const headers = { Server: 'bench/1.0', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };
    if (url.pathname === '/' || (m && Number(m[1]) < total)) {
      res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
      res.end(pageHtml(url.pathname === '/' ? 0 : Number(m[1]), total));
    } else if (url.pathname === '/static/app.js') {
      res.writeHead(200, { ...headers, 'Content-Type': 'application/javascript' });
      res.end('// DEBUG build\nfunction f(){return 1}\n');
    } else if (url.pathname === '/static/site.css') {
      res.writeHead(200, { ...headers, 'Content-Type': 'text/css' });
      res.end('body{margin:0}');
    } else {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    requests: () => requests,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(r);
      }),
  };
}
