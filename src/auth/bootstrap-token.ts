import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Config } from '../config.js';
import type { Logger } from '../observability/logger.js';

/**
 * Where the first start's admin token goes: to a terminal, when a person is
 * watching stdout (or HUB_PRINT_BOOTSTRAP_TOKEN=true says to print anyway);
 * otherwise, since stdout then usually ends up in a log collector, to a file
 * only the hub's user can read (BOOTSTRAP_TOKEN_FILE, mode 0600), and the log
 * says where. Returns that file, or null when the token was printed (or could not be written).
 */
export async function handOverBootstrapToken(
  token: string,
  url: string,
  settings: Config['bootstrapToken'],
  out: { isTTY: boolean; write: (text: string) => void },
  logger: Logger,
): Promise<string | null> {
  if (out.isTTY || settings.print) {
    out.write(printout(token, url));
    return null;
  }
  const file = resolve(settings.file);
  try {
    await mkdir(dirname(file), { recursive: true, mode: 0o700 });
    // A fresh file (`wx` after removing an old one): never written through a link, never with wider permissions.
    await rm(file, { force: true });
    await writeFile(file, `${token}\n`, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    // The hub serves on; the CLI, which needs database access, not a token, makes another.
    logger.error(
      { err, file },
      'could not write the bootstrap admin token; make one with: npm run hub -- token:create --name admin --scopes admin',
    );
    return null;
  }
  logger.warn(
    { file },
    'no admin existed: created an admin API token and wrote it to this file (readable by this user only); ' +
      'use it, then delete the file',
  );
  return file;
}

function printout(token: string, url: string): string {
  const line = '='.repeat(78);
  return [
    '',
    line,
    '  No admin existed, so an admin API token was created. It is shown only now:',
    '',
    `    ${token}`,
    '',
    `  Paste it in the console:   ${url}/admin`,
    '  Use it as an HTTP header:  Authorization: Bearer <token>',
    `  e.g. curl ${url}/graphql -H 'authorization: Bearer <token>' \\`,
    `         -H 'content-type: application/json' -d '{"query":"{ me { scopes } }"}'`,
    '  Create scoped tokens:  npm run hub -- token:create --name NAME --scopes catalog:read,…',
    '  Create an admin user:  npm run hub -- user:create-admin --email you@example.com',
    line,
    '',
    '',
  ].join('\n');
}
