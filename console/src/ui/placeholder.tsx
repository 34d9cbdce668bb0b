import { EmptyState } from './states';

/** A page not built yet (the skeleton's stand-in; each is replaced by its real page). */
export function Placeholder({ title }: { title: string }) {
  return (
    <section>
      <h1>{title}</h1>
      <EmptyState title="Not built yet">This page comes with the next part of the console.</EmptyState>
    </section>
  );
}
