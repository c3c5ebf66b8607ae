/**
 * Every resource of the back office. Adding one means a definition file here plus a migration.
 */
import type { ResourceDefinition } from '../engine/definition.ts';
import auditLog from './audit-log.ts';
import catalogs from './catalogs.ts';
import mediaPartners from './media-partners.ts';
import paymentPartners from './payment-partners.ts';
import prEvents from './pr-events.ts';
import pressClippings from './press-clippings.ts';
import products from './products.ts';
import promotions from './promotions.ts';
import purchaseListItems from './purchase-list-items.ts';
import purchaseLists from './purchase-lists.ts';
import suppliers from './suppliers.ts';
import users from './users.ts';

/** In menu order. */
export const resources: readonly ResourceDefinition[] = [
  products,
  catalogs,
  promotions,
  mediaPartners,
  paymentPartners,
  prEvents,
  pressClippings,
  suppliers,
  purchaseLists,
  purchaseListItems,
  users,
  auditLog,
];
