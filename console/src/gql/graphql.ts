/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type EntityType =
  | 'PARTNER'
  | 'PRICELIST_ITEM'
  | 'PRODUCT'
  | 'PURCHASE_ORDER'
  | 'SALE_ORDER'
  | 'STOCK';

export type OutboundQueueStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'PENDING'
  | 'PROCESSING';

export type ProcessingState =
  | 'COMPLETED'
  | 'FAILED'
  | 'PENDING'
  | 'PROCESSING';

export type Role =
  | 'ADMIN'
  | 'INTEGRATOR'
  | 'VIEWER'
  | 'WEBSHOP';

export type ConsoleOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleOverviewQuery = { syncStatus: { openFailures: number, lastOdooPullAt: string | null, changes: Array<{ entityType: EntityType, state: ProcessingState, count: number }>, outboundQueue: Array<{ status: OutboundQueueStatus, count: number }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { scopes: Array<string>, user: { id: string, email: string, roles: Array<Role> } | null, token: { id: string, name: string, expiresAt: string | null } | null } };

export type ConsoleLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type ConsoleLoginMutation = { login: { token: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ConsoleOverviewDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ConsoleOverviewQuery, ConsoleOverviewQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  me {
    scopes
    user {
      id
      email
      roles
    }
    token {
      id
      name
      expiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const ConsoleLoginDocument = new TypedDocumentString(`
    mutation ConsoleLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
  }
}
    `) as unknown as TypedDocumentString<ConsoleLoginMutation, ConsoleLoginMutationVariables>;