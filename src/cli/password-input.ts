/**
 * The password of `hub user:create-admin`, read from stdin, never from argv
 * (the process list and shell history would keep it): from a terminal, asked
 * for twice without echo; from a pipe or file, its first line. Null when there
 * is none (an empty answer, an empty or closed stdin): the caller generates one.
 */
export async function readPassword(
  input: NodeJS.ReadStream,
  output: NodeJS.WritableStream,
  question: string,
): Promise<string | null> {
  if (!input.isTTY) return firstLine(input);
  const terminal = hiddenLines(input);
  try {
    output.write(`${question} (empty: generate one): `);
    const password = await terminal.next();
    output.write('\n');
    if (!password) return null;
    output.write('Again: ');
    const again = await terminal.next();
    output.write('\n');
    if (again !== password) throw new PasswordInputError('The passwords differ.');
    return password;
  } finally {
    terminal.close();
  }
}

export class PasswordInputError extends Error {}

async function firstLine(input: NodeJS.ReadStream): Promise<string | null> {
  let text = '';
  for await (const chunk of input) {
    text += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
    if (text.includes('\n')) break; // the rest of the stream is not read
  }
  const line = text.split('\n')[0]!.replace(/\r$/, '');
  return line === '' ? null : line;
}

/**
 * Lines typed at a terminal, in raw mode so nothing is echoed (what is typed
 * ahead of a question is kept for it); Ctrl-C cancels, Ctrl-D ends a line.
 */
function hiddenLines(input: NodeJS.ReadStream) {
  let buffered = '';
  let failed: Error | null = null;
  let wake: (() => void) | null = null;
  const onData = (chunk: string) => {
    for (const ch of chunk) {
      if (ch === '\u0003') failed = new PasswordInputError('Cancelled.');
      else if (ch === '\r' || ch === '\n' || ch === '\u0004') buffered += '\n';
      else if (ch === '\u007f' || ch === '\b') buffered = buffered.endsWith('\n') ? buffered : buffered.slice(0, -1);
      else buffered += ch;
    }
    wake?.();
  };
  input.setRawMode(true);
  input.setEncoding('utf8');
  input.on('data', onData);
  input.resume();
  return {
    async next(): Promise<string> {
      while (!buffered.includes('\n')) {
        if (failed) throw failed;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      if (failed) throw failed;
      const end = buffered.indexOf('\n');
      const line = buffered.slice(0, end);
      buffered = buffered.slice(end + 1);
      return line;
    },
    close() {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
    },
  };
}
