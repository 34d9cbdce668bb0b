import { Placeholder } from '../ui/placeholder';

export function OutboundPage() {
  return <Placeholder title="Outbound queue" />;
}
