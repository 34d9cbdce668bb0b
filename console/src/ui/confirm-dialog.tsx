import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export interface ConfirmOptions {
  title: string;
  /** What will happen, in words the operator can check (which record, in Odoo or not). */
  body: ComponentChildren;
  confirmLabel: string;
  /** Red confirm button: the action changes data in Odoo or can't be undone. */
  danger?: boolean;
  /** Asks for a note (e.g. resolving a failure); its text is what the promise gives. */
  note?: { label: string; required?: boolean };
}

/** The answer: false when cancelled; true (or the note's text) when confirmed. */
export type ConfirmAnswer = false | true | string;

/**
 * Every action that changes something asks first. The native <dialog> (showModal) keeps
 * focus inside, closes on Escape, and gives focus back to the button that opened it.
 * Usage: `const [dialog, confirm] = useConfirm(); … if (await confirm({...})) …; return <>{dialog}…</>`.
 */
export function useConfirm(): [ComponentChildren, (options: ConfirmOptions) => Promise<ConfirmAnswer>] {
  const [pending, setPending] = useState<{ options: ConfirmOptions; resolve(answer: ConfirmAnswer): void } | null>(
    null,
  );
  const confirm = useCallback(
    (options: ConfirmOptions) => new Promise<ConfirmAnswer>((resolve) => setPending({ options, resolve })),
    [],
  );
  const close = (answer: ConfirmAnswer) => {
    pending?.resolve(answer);
    setPending(null);
  };
  const dialog = pending ? <ConfirmDialog options={pending.options} onClose={close} /> : null;
  return [dialog, confirm];
}

function ConfirmDialog({ options, onClose }: { options: ConfirmOptions; onClose(answer: ConfirmAnswer): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [note, setNote] = useState('');
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const submit = (event: Event) => {
    event.preventDefault();
    onClose(options.note ? note.trim() || true : true);
  };
  const noteMissing = options.note?.required === true && note.trim() === '';
  return (
    <dialog
      ref={ref}
      class="confirm"
      aria-labelledby="confirm-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose(false);
      }}
    >
      <form onSubmit={submit}>
        <h2 id="confirm-title">{options.title}</h2>
        <div class="confirm-body">{options.body}</div>
        {options.note && (
          <label>
            {options.note.label}
            <textarea value={note} onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)} rows={3} />
          </label>
        )}
        <div class="actions">
          <button type="button" onClick={() => onClose(false)}>
            Cancel
          </button>
          <button type="submit" class={options.danger ? 'danger' : 'primary'} disabled={noteMissing}>
            {options.confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
