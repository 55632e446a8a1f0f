// A real WordPress for the tests: Debian's `wordpress`, `mariadb-server` and Apache with PHP
// (scripts/setup installs them and tests/wordpress/config-briefingtest.php). Each run starts its
// own MariaDB on a unix socket and its own Apache on a free port of 127.0.0.1, in a throwaway
// folder, installs WordPress there with an Author, and removes it all on stop.
import { spawn, execFile } from "node:child_process";
import { chmod, copyFile, mkdir, mkdtemp, rm, writeFile, access } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

import { REPO } from "./servers.mjs";

const run = promisify(execFile);
const MODULES = "/usr/lib/apache2/modules";

/** Whether Debian's packages and the test configuration are installed (scripts/setup test). */
export async function wordpressInstalled() {
  try {
    for (const file of ["/usr/share/wordpress/wp-load.php", "/usr/sbin/apache2", "/usr/sbin/mariadbd", `${MODULES}/libphp8.2.so`, "/etc/wordpress/config-briefingtest.php", "/usr/bin/php"]) {
      await access(file);
    }
    return true;
  } catch {
    return false;
  }
}

/** A free port on 127.0.0.1 (Apache cannot listen on port 0 and say which it got). */
async function freePort() {
  const server = createServer();
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}

async function waitFor(check, what, timeout = 30000) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      if (await check()) return;
    } catch {}
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

/**
 * Starts MariaDB and Apache, installs WordPress with an Author (`author`), and returns
 * `{ origin, xmlrpc(method, ...params), stop() }`.
 */
export async function startWordPress({ host = "localhost" } = {}) {
  const dir = await mkdtemp(join(tmpdir(), "briefing-wp-"));
  // Apache's children run as www-data: they read the folder and talk to the socket.
  await chmod(dir, 0o755);
  const children = [];
  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await new Promise((done) => {
          const timer = setTimeout(() => (child.kill("SIGKILL"), done()), 10000);
          child.once("exit", () => (clearTimeout(timer), done()));
        });
      }
    }
    await rm(dir, { recursive: true, force: true });
  };
  try {
    // MariaDB: a new data folder, no network, no grant tables (only this socket reaches it).
    const data = join(dir, "db");
    await run("mariadb-install-db", ["--no-defaults", `--datadir=${data}`, "--user=root", "--skip-test-db", "--auth-root-authentication-method=normal"], { timeout: 120000 });
    const socket = join(dir, "mysqld.sock");
    const db = spawn("mariadbd", ["--no-defaults", `--datadir=${data}`, `--socket=${socket}`, "--skip-networking", "--skip-grant-tables", "--user=root", `--pid-file=${join(dir, "mysqld.pid")}`, "--innodb-buffer-pool-size=32M"], { detached: true, stdio: ["ignore", "ignore", "pipe"] });
    children.push(db);
    let dbLog = "";
    db.stderr.on("data", (chunk) => (dbLog += chunk));
    await waitFor(async () => (await run("mariadb", [`--socket=${socket}`, "-e", "CREATE DATABASE IF NOT EXISTS wordpress"])) && true, `MariaDB (${dbLog.slice(-500)})`);

    // The test's must-use plugin: WordPress may fetch from the published site on loopback.
    await mkdir(join(dir, "mu-plugins"));
    await copyFile(join(REPO, "tests", "wordpress", "allow-loopback.php"), join(dir, "mu-plugins", "allow-loopback.php"));

    const port = await freePort();
    const origin = `http://${host}:${port}`;
    const env = { ...process.env, BRIEFING_WP_RUN: dir, WP_HOST: `${host}:${port}` };
    const { stdout } = await run("php", [join(REPO, "tests", "wordpress", "install.php")], { env, timeout: 120000 });
    const users = JSON.parse(stdout.trim().split("\n").pop());

    const conf = join(dir, "apache.conf");
    await writeFile(
      conf,
      `ServerRoot /etc/apache2
ServerName ${host}
PidFile ${dir}/apache.pid
Listen 127.0.0.1:${port}
LoadModule mpm_prefork_module ${MODULES}/mod_mpm_prefork.so
LoadModule authz_core_module ${MODULES}/mod_authz_core.so
LoadModule dir_module ${MODULES}/mod_dir.so
LoadModule mime_module ${MODULES}/mod_mime.so
LoadModule env_module ${MODULES}/mod_env.so
LoadModule php_module ${MODULES}/libphp8.2.so
StartServers 2
MaxRequestWorkers 8
User www-data
Group www-data
ErrorLog ${dir}/apache-error.log
TypesConfig /etc/mime.types
DocumentRoot /usr/share/wordpress
DirectoryIndex index.php
SetEnv WORDPRESS_CONFIG briefingtest
SetEnv BRIEFING_WP_RUN ${dir}
<Directory />
  Require all denied
</Directory>
<Directory /usr/share/wordpress>
  Require all granted
</Directory>
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
`
    );
    // Its own process group: on stop, Apache signals its whole group, which would otherwise be
    // the test runner's (and CI's shell).
    const apache = spawn("apache2", ["-f", conf, "-DFOREGROUND"], { detached: true, stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, APACHE_RUN_DIR: dir, APACHE_LOCK_DIR: dir, APACHE_LOG_DIR: dir } });
    children.push(apache);
    let apacheLog = "";
    apache.stderr.on("data", (chunk) => (apacheLog += chunk));
    await waitFor(async () => (await fetch(`${origin}/wp-login.php`)).ok, `Apache (${apacheLog.slice(-500)})`);

    /** Calls WordPress's XML-RPC API (as a client would, with the user's name and password). */
    async function xmlrpc(method, ...params) {
      const value = (v) =>
        typeof v === "number"
          ? `<int>${v}</int>`
          : typeof v === "object"
            ? `<struct>${Object.entries(v).map(([k, x]) => `<member><name>${k}</name><value>${value(x)}</value></member>`).join("")}</struct>`
            : `<string>${String(v).replace(/&/g, "&amp;").replace(/</g, "&lt;")}</string>`;
      const body = `<?xml version="1.0"?><methodCall><methodName>${method}</methodName><params>${params.map((p) => `<param><value>${value(p)}</value></param>`).join("")}</params></methodCall>`;
      const response = await fetch(`${origin}/xmlrpc.php`, { method: "POST", headers: { "content-type": "text/xml" }, body });
      const text = await response.text();
      if (text.includes("<fault>")) throw new Error(`${method}: ${text}`);
      return text;
    }

    /** Publishes a post as the Author; returns its URL. */
    async function publishAsAuthor(title, content) {
      const answer = await xmlrpc("wp.newPost", 1, "author", "author-password-1", { post_title: title, post_content: content, post_status: "publish" });
      const id = /<string>(\d+)<\/string>/.exec(answer)?.[1];
      if (!id) throw new Error(`wp.newPost gave no id: ${answer}`);
      return { id, url: `${origin}/?p=${id}` };
    }

    /** A post's content as WordPress stored it (the database), after its filters. */
    async function storedContent(id) {
      const { stdout } = await run("mariadb", [`--socket=${socket}`, "--batch", "--raw", "--skip-column-names", "-e", `SELECT post_content FROM wordpress.wp_posts WHERE ID=${Number(id)}`]);
      return stdout.replace(/\n$/, "");
    }

    return { origin, users, dir, xmlrpc, publishAsAuthor, storedContent, stop, log: () => `${dbLog}\n${apacheLog}` };
  } catch (error) {
    await stop();
    throw error;
  }
}
