import { useQuery } from '../api/hooks';
import { graphql } from '../gql';
import { ErrorState, Loading } from '../ui/states';

const OverviewDocument = graphql(`
  query ConsoleOverview {
    syncStatus {
      openFailures
      lastOdooPullAt
      changes {
        entityType
        state
        count
      }
      outboundQueue {
        status
        count
      }
    }
  }
`);

export function OverviewPage() {
  const { data, error, loading, reload } = useQuery(OverviewDocument);
  if (error) return <ErrorState error={error} retry={reload} />;
  if (loading && !data) return <Loading />;
  return (
    <section>
      <h1>Overview</h1>
      <p>Open failures: {data?.syncStatus.openFailures}</p>
    </section>
  );
}
