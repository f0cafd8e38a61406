/**
 * Real web servers nobody here wrote, on loopback, for security-scan's DAST tests: nginx, lighttpd and
 * Apache httpd serving their Debian default pages from generated configs (each with a `files/` directory
 * listing), Prometheus's web UI, and the docker-registry API.
 * Each helper picks a free port, waits until the server answers, and stops it. A missing program
 * fails with a message naming what to install.
 */
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, httpGet, requireProgram, startServiceProcess } from '../services/process.ts';
import { startPrometheus as startSharedPrometheus } from '../services/prometheus.ts';
import { startRegistry as startSharedRegistry } from '../services/registry.ts';

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/** Runs the server in `dir` until it answers readyUrl below 500; stop() also removes `dir`. */
async function startProcess(
  name: string,
  cmd: string,
  args: string[],
  readyUrl: string,
  dir: string,
): Promise<RunningServer> {
  try {
    const proc = await startServiceProcess({
      name,
      command: cmd,
      args,
      cwd: dir,
      ready: async () => ((await httpGet(readyUrl))?.status ?? 500) < 500,
    });
    return {
      url: new URL(readyUrl).origin,
      stop: async () => {
        await proc.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * A docroot in `dir`: the server's own default page as index.html, and files/ with two files for a
 * directory listing (readable by the unprivileged user a server may switch to).
 */
function docroot(dir: string, defaultPage: string): string {
  const www = path.join(dir, 'www');
  mkdirSync(path.join(www, 'files'), { recursive: true });
  copyFileSync(defaultPage, path.join(www, 'index.html'));
  writeFileSync(path.join(www, 'files', 'notes.txt'), 'notes\n');
  writeFileSync(path.join(www, 'files', 'backup.tar'), 'tar\n');
  for (const d of [dir, www, path.join(www, 'files')]) chmodSync(d, 0o755);
  return www;
}

/** nginx with its Debian default site (/var/www/html), configured in a temp dir: not the system config. */
export async function startNginx(o: { autoindex?: boolean } = {}): Promise<RunningServer> {
  const bin = '/usr/sbin/nginx';
  requireProgram(bin, 'the Debian package nginx-light');
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-nginx-'));
  for (const d of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(dir, d));
  const conf = path.join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    root /var/www/html;
    index index.html index.htm index.nginx-debian.html;
    location / { try_files $uri $uri/ =404; }
    ${o.autoindex ? `location /files/ { alias ${docroot(dir, '/var/www/html/index.nginx-debian.html')}/files/; autoindex on; }` : ''}
  }
}
`,
  );
  return startProcess(
    'nginx',
    bin,
    ['-c', conf, '-p', dir, '-e', path.join(dir, 'error.log')],
    `http://127.0.0.1:${port}/`,
    dir,
  );
}

/** lighttpd with the Debian package's default page, and dir-listing enabled on /files/ only. */
export async function startLighttpd(): Promise<RunningServer> {
  const bin = '/usr/sbin/lighttpd';
  requireProgram(bin, 'the Debian package lighttpd');
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-lighttpd-'));
  const www = docroot(dir, '/usr/share/lighttpd/index.html');
  const conf = path.join(dir, 'lighttpd.conf');
  writeFileSync(
    conf,
    `server.document-root = "${www}"
server.bind = "127.0.0.1"
server.port = ${port}
server.errorlog = "${dir}/error.log"
server.pid-file = "${dir}/lighttpd.pid"
server.modules = ("mod_indexfile", "mod_dirlisting", "mod_staticfile")
index-file.names = ("index.html")
include_shell "/usr/share/lighttpd/create-mime.conf.pl"
$HTTP["url"] =~ "^/files/" { dir-listing.activate = "enable" }
`,
  );
  return startProcess('lighttpd', bin, ['-D', '-f', conf], `http://127.0.0.1:${port}/`, dir);
}

/** Apache httpd with the Debian package's default page, and Options +Indexes on /files/ only. */
export async function startApache(): Promise<RunningServer> {
  const bin = '/usr/sbin/apache2';
  requireProgram(bin, 'the Debian package apache2');
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-apache-'));
  const www = docroot(dir, '/usr/share/apache2/default-site/index.html');
  const mods = '/usr/lib/apache2/modules';
  const conf = path.join(dir, 'apache2.conf');
  writeFileSync(
    conf,
    `ServerRoot "${dir}"
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile "${dir}/apache2.pid"
ErrorLog "${dir}/error.log"
LoadModule mpm_event_module ${mods}/mod_mpm_event.so
LoadModule authz_core_module ${mods}/mod_authz_core.so
LoadModule dir_module ${mods}/mod_dir.so
LoadModule mime_module ${mods}/mod_mime.so
LoadModule autoindex_module ${mods}/mod_autoindex.so
TypesConfig /etc/mime.types
# As Debian's conf-available/security.conf ships them.
ServerTokens OS
ServerSignature On
DocumentRoot "${www}"
DirectoryIndex index.html
<Directory "${www}">
  Require all granted
  Options -Indexes
</Directory>
<Directory "${www}/files">
  Options +Indexes
</Directory>
`,
  );
  return startProcess('apache2', bin, ['-X', '-f', conf], `http://127.0.0.1:${port}/`, dir);
}

/** Prometheus scraping nothing; its web UI is the target. */
export async function startPrometheus(): Promise<RunningServer> {
  const prom = await startSharedPrometheus({ targets: [] });
  return { url: prom.url, stop: () => prom.stop() };
}

/** The docker-registry (distribution 2.8) API, without auth. */
export async function startRegistry(): Promise<RunningServer> {
  const registry = await startSharedRegistry({ users: {} });
  return { url: registry.url, stop: () => registry.stop() };
}
