/**
 * The `queues` word's start-up checks: a queue the list endpoint would refuse, or one no role
 * could be served, fails when the registry is built, not on a user's first visit.
 */
import { describe, expect, it } from 'vitest';
import type { QueueDefinition, ResourceDefinition } from '../../server/engine/definition.ts';
import { queueProblems, queuesFor } from '../../server/engine/queues.ts';
import { resources } from '../../server/resources/index.ts';

const tickets = resources.find((def) => def.name === 'service_tickets')!;
const label = { en: 'Queue', zh: '队列' };
const withQueues = (...queues: QueueDefinition[]): ResourceDefinition => ({ ...tickets, queues });

describe('queue checks', () => {
  it('accepts the shipped queues', () => {
    expect(resources.flatMap(queueProblems)).toEqual([]);
  });

  it('names each problem', () => {
    expect(
      queueProblems(
        withQueues(
          { name: 'Bad-Name', label, where: { status: 'open' } },
          { name: 'twice', label, where: { status: 'open' } },
          { name: 'twice', label: { en: 'Queue', zh: ' ' }, where: { status: 'open' } },
          { name: 'unknown_field', label, where: { colour: 'red' } },
          { name: 'bad_value', label, where: { status: 'lost' } },
          { name: 'empty', label, where: {} },
          { name: 'nobody', label, where: { status: 'open' }, roles: ['marketing'] },
        ),
      ),
    ).toEqual([
      'service_tickets: queue Bad-Name: name must be lower-case letters, digits and _',
      'service_tickets: queue twice: name is used twice',
      'service_tickets: queue twice: label needs English and Chinese',
      'service_tickets: queue unknown_field: filter refused: colour: Not a filter of this list',
      'service_tickets: queue bad_value: filter refused: status: Must be one of the choices',
      'service_tickets: queue empty: a queue needs a filter (else it is the whole list)',
      'service_tickets: queue nobody: no role may list every field it filters on',
    ]);
  });

  it('serves a queue only to roles that may list the resource and query its fields, within its roles', () => {
    const def = withQueues(
      { name: 'open', label, where: { status: 'open' } },
      { name: 'leads_only', label, where: { status: 'open' }, roles: ['service_lead'] },
      { name: 'by_priority', label, where: { priority: 'high', created_at_gte: { today: -7 } } },
    );
    expect(queuesFor(def, 'marketing').map((queue) => queue.name)).toEqual([]);
    expect(queuesFor(def, 'customer_service').map((queue) => queue.name)).toEqual(['open', 'by_priority']);
    expect(queuesFor(def, 'service_lead').map((queue) => queue.name)).toEqual(['open', 'leads_only', 'by_priority']);
  });
});
