import { graphql } from '../gql/index.js';

// Selections the ingest tests share. Fragment masking is off (codegen.yml): a
// spread's fields are in the result as if written inline, so assertions see
// the same data.

/** The counts every ingest mutation returns. */
export const IngestCounts = graphql(`
  fragment IngestCounts on IngestResult {
    created
    updated
    unchanged
  }
`);

/** Which record an ingest changed, and which of its fields. */
export const IngestedChange = graphql(`
  fragment IngestedChange on EntityChange {
    entityType
    id
    externalId
    changedFields
  }
`);
