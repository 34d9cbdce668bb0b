/**
 * Joins calls of one kind that concurrent jobs make into one Odoo call.
 *
 * A call made while no call of its kind is running goes out on the next turn
 * of the event loop (with whatever others were made in that turn): at low load
 * nothing waits. Calls made while `maxRunning` of their kind are running wait
 * for one to finish, then go out together, up to `maxBatch` at a time. So under
 * load N pushes cost one search or one create rather than N, while each push
 * keeps its own transaction, locks, create-once note and retries.
 */
export interface CallBatcherOptions {
  /** The most inputs one call carries. */
  maxBatch: number;
  /** Calls of this kind running at once. */
  maxRunning: number;
  /**
   * Whether, after this error of a call that carried several inputs, each is
   * sent again alone (so one bad record fails only its own push). Only for
   * errors after which Odoo certainly did nothing (it rolled the call back).
   */
  aloneAfter?: (err: unknown) => boolean;
}

interface Waiter<I, O> {
  input: I;
  resolve(output: O): void;
  reject(err: unknown): void;
}

export class CallBatcher<I, O> {
  private readonly waiting: Waiter<I, O>[] = [];
  private running = 0;
  private scheduled = false;

  /** `send` answers each input, in the order given. */
  constructor(
    private readonly send: (inputs: I[]) => Promise<O[]>,
    private readonly options: CallBatcherOptions,
  ) {}

  call(input: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ input, resolve, reject });
      if (this.scheduled) return;
      this.scheduled = true;
      setImmediate(() => {
        this.scheduled = false;
        this.pump();
      });
    });
  }

  private pump(): void {
    while (this.running < this.options.maxRunning && this.waiting.length) {
      const batch = this.waiting.splice(0, this.options.maxBatch);
      this.running++;
      void this.run(batch).finally(() => {
        this.running--;
        this.pump();
      });
    }
  }

  private async run(batch: Waiter<I, O>[]): Promise<void> {
    let outputs: O[];
    try {
      outputs = await this.send(batch.map((w) => w.input));
      if (outputs.length !== batch.length) {
        throw new Error(`A joined Odoo call answered ${outputs.length} of ${batch.length} inputs`);
      }
    } catch (err) {
      if (batch.length > 1 && this.options.aloneAfter?.(err)) {
        await Promise.all(batch.map((w) => this.run([w])));
      } else {
        for (const w of batch) w.reject(err);
      }
      return;
    }
    batch.forEach((w, i) => w.resolve(outputs[i]!));
  }
}
