import { Placeholder } from '../ui/placeholder';

export function FailuresPage() {
  return <Placeholder title="Failures" />;
}
