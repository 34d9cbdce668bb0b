import { useEffect, useState } from 'preact/hooks';
import { useQuery } from '../api/hooks';
import { graphql } from '../gql';
import type { ConsoleRecordFieldsFragment, EntityType } from '../gql/graphql';
import { navigate, useLocation } from '../router';
import { useSession } from '../session/session';
import { Badge } from '../ui/badge';
import { entityLabel } from '../ui/entities';
import { EmptyState, ErrorState, Loading } from '../ui/states';
import { Time } from '../ui/time';
import { RecordDiff } from './record-diff.panel';

/**
 * Records: one product, partner or order by its externalId (as Odoo's webhooks, the
 * change feed and Live name it), with its current and previous data side by side and
 * the fields its last change touched highlighted. The lookup is in the address
 * (/records?type=PRODUCT&externalId=…), so Live links to it and a link can be shared.
 */
graphql(`
  fragment ConsoleRecordFields on Syncable {
    id
    externalId
    odooId
    origin
    processingState
    isNew
    changedFields
    currentData
    previousData
    errorMessage
    retryCount
    createdAt
    updatedAt
    deletedAt
  }
`);

const ProductDocument = graphql(`
  query ConsoleRecordProduct($externalId: String!) {
    product(externalId: $externalId) {
      ...ConsoleRecordFields
    }
  }
`);
const PartnerDocument = graphql(`
  query ConsoleRecordPartner($externalId: String!) {
    partner(externalId: $externalId) {
      ...ConsoleRecordFields
    }
  }
`);
const SaleOrderDocument = graphql(`
  query ConsoleRecordSaleOrder($externalId: String!) {
    saleOrder(externalId: $externalId) {
      ...ConsoleRecordFields
    }
  }
`);
const PurchaseOrderDocument = graphql(`
  query ConsoleRecordPurchaseOrder($externalId: String!) {
    purchaseOrder(externalId: $externalId) {
      ...ConsoleRecordFields
    }
  }
`);

/** The types this page looks up, with the scope each query needs. */
const TYPES: { type: EntityType; scope: string }[] = [
  { type: 'PRODUCT', scope: 'catalog:read' },
  { type: 'PARTNER', scope: 'partners:read' },
  { type: 'SALE_ORDER', scope: 'orders:read' },
  { type: 'PURCHASE_ORDER', scope: 'orders:read' },
];

export function RecordsPage() {
  const { can } = useSession();
  const { query } = useLocation();
  const types = TYPES.filter((t) => can(t.scope));
  const askedType = query.get('type') as EntityType | null;
  const type = types.find((t) => t.type === askedType)?.type ?? types[0]?.type ?? 'PRODUCT';
  const externalId = query.get('externalId') ?? '';
  const [draftType, setDraftType] = useState<EntityType>(type);
  const [draftId, setDraftId] = useState(externalId);
  // Follow the address (a link from Live, Back/Forward).
  useEffect(() => {
    setDraftType(type);
    setDraftId(externalId);
  }, [type, externalId]);

  const search = (event: Event) => {
    event.preventDefault();
    const id = draftId.trim();
    navigate(`/records?type=${draftType}${id ? `&externalId=${encodeURIComponent(id)}` : ''}`);
  };

  return (
    <section aria-labelledby="records-title">
      <h1 id="records-title">Records</h1>
      <form class="toolbar" role="search" onSubmit={search}>
        <label>
          Type
          <select
            value={draftType}
            onChange={(e) => setDraftType((e.currentTarget as HTMLSelectElement).value as EntityType)}
          >
            {types.map((t) => (
              <option key={t.type} value={t.type}>
                {entityLabel(t.type)}
              </option>
            ))}
          </select>
        </label>
        <label>
          External id
          <input
            type="search"
            name="externalId"
            value={draftId}
            placeholder="e.g. product.product_42"
            onInput={(e) => setDraftId((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <button type="submit" class="primary">
          Look up
        </button>
      </form>
      {externalId ? (
        <RecordLookup type={type} externalId={externalId} />
      ) : (
        <EmptyState title="Look up a record">
          Pick its type and enter its external id, as Live and the change feed show it; or open one from the Live page.
        </EmptyState>
      )}
    </section>
  );
}

function RecordLookup({ type, externalId }: { type: EntityType; externalId: string }) {
  const vars = { externalId };
  const product = useQuery(ProductDocument, vars, { skip: type !== 'PRODUCT' });
  const partner = useQuery(PartnerDocument, vars, { skip: type !== 'PARTNER' });
  const sale = useQuery(SaleOrderDocument, vars, { skip: type !== 'SALE_ORDER' });
  const purchase = useQuery(PurchaseOrderDocument, vars, { skip: type !== 'PURCHASE_ORDER' });
  const { data, error, loading, reload } = {
    PRODUCT: { ...product, data: product.data?.product },
    PARTNER: { ...partner, data: partner.data?.partner },
    SALE_ORDER: { ...sale, data: sale.data?.saleOrder },
    PURCHASE_ORDER: { ...purchase, data: purchase.data?.purchaseOrder },
  }[type as 'PRODUCT'];
  if (error) return <ErrorState error={error} retry={reload} />;
  if (loading) return <Loading />;
  if (!data)
    return (
      <EmptyState title={`No ${entityLabel(type).toLowerCase()} “${externalId}”`}>
        Check the type and the external id (it is Odoo's, as the change feed names it, e.g. product.product_42). A
        record deleted in Odoo is still found.
      </EmptyState>
    );
  return <RecordView record={data} type={type} />;
}

function RecordView({ record, type }: { record: ConsoleRecordFieldsFragment; type: EntityType }) {
  return (
    <article aria-labelledby="record-title" data-testid="record">
      <h2 id="record-title">
        {entityLabel(type)} {record.externalId}
      </h2>
      <dl class="facts">
        <div>
          <dt>State</dt>
          <dd>
            <Badge value={record.processingState} /> {record.isNew && <Badge value="NEW" tone="info" />}{' '}
            {record.deletedAt && <Badge value="DELETED" tone="warn" />}
          </dd>
        </div>
        <div>
          <dt>Odoo id</dt>
          <dd>{record.odooId ?? '—'}</dd>
        </div>
        <div>
          <dt>Origin</dt>
          <dd>{record.origin.toLowerCase()}</dd>
        </div>
        <div>
          <dt>Updated</dt>
          <dd>
            <Time at={record.updatedAt} />
          </dd>
        </div>
        <div>
          <dt>Created</dt>
          <dd>
            <Time at={record.createdAt} />
          </dd>
        </div>
        {record.errorMessage && (
          <div>
            <dt>Error</dt>
            <dd class="wrap">
              {record.errorMessage} <span class="muted">({record.retryCount} retries)</span>
            </dd>
          </div>
        )}
      </dl>
      <RecordDiff current={record.currentData} previous={record.previousData ?? null} changed={record.changedFields} />
    </article>
  );
}
