import { Placeholder } from '../ui/placeholder';

export function RecordsPage() {
  return <Placeholder title="Records" />;
}
