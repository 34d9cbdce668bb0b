import { Placeholder } from '../ui/placeholder';

export function WebhooksPage() {
  return <Placeholder title="Webhooks" />;
}
