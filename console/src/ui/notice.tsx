import './ops.css';
import type { ComponentChildren } from 'preact';

/** What an action did (or why it did not), announced to screen readers; dismissable. */
export interface NoticeValue {
  tone: 'ok' | 'bad';
  text: ComponentChildren;
}

export function Notice({ notice, onClose }: { notice: NoticeValue | null; onClose(): void }) {
  if (!notice) return null;
  return (
    <div class={`notice notice-${notice.tone}`} role={notice.tone === 'bad' ? 'alert' : 'status'}>
      <div>{notice.text}</div>
      <button type="button" class="link" onClick={onClose} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
