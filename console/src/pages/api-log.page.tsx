import { Placeholder } from '../ui/placeholder';

export function ApiLogPage() {
  return <Placeholder title="API log" />;
}
