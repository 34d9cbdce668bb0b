import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, DomainError, notFound } from '../../domain/errors.js';
import { parseId } from '../common/ids.js';
import { AllowedDomain } from './allowed-domain.entity.js';

const DOMAIN_RE = /^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export async function addAllowedDomain(em: EntityManager, rawDomain: string): Promise<AllowedDomain> {
  const domain = rawDomain.trim().toLowerCase().replace(/^@/, '');
  if (!DOMAIN_RE.test(domain))
    throw badInput(`Not a domain name: ${JSON.stringify(rawDomain.slice(0, 100))} (e.g. shop.example).`);
  if (await em.count(AllowedDomain, { domain })) throw new DomainError('CONFLICT', `${domain} is already allowed.`);
  const row = em.create(AllowedDomain, { domain } as AllowedDomain);
  await em.flush();
  return row;
}

export async function removeAllowedDomain(em: EntityManager, id: string): Promise<boolean> {
  const removed = await em.nativeDelete(AllowedDomain, { id: parseId(id) });
  if (!removed) throw notFound(`No allowed domain with id ${id}.`);
  return true;
}
