import { Placeholder } from '../ui/placeholder';

export function LivePage() {
  return <Placeholder title="Live" />;
}
