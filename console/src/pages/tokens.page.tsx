import { Placeholder } from '../ui/placeholder';

export function TokensPage() {
  return <Placeholder title="Tokens & users" />;
}
