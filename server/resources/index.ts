/**
 * Every resource of the back office. Adding one means a definition file here plus a migration.
 */
import type { ResourceDefinition } from '../engine/definition.ts';
import memberTiers from './member-tiers.ts';
import members from './members.ts';
import pointEntries from './point-entries.ts';
import orders from './orders.ts';
import orderItems from './order-items.ts';
import shipments from './shipments.ts';
import afterSales from './after-sales.ts';
import auditLog from './audit-log.ts';
import catalogs from './catalogs.ts';
import channelTopicProducts from './channel-topic-products.ts';
import channelTopics from './channel-topics.ts';
import displaySlots from './display-slots.ts';
import edmCampaigns from './edm-campaigns.ts';
import mediaPartnerStats from './media-partner-stats.ts';
import mediaPartners from './media-partners.ts';
import paymentPartnerVolumes from './payment-partner-volumes.ts';
import paymentPartners from './payment-partners.ts';
import prEventMedia from './pr-event-media.ts';
import prEvents from './pr-events.ts';
import pressClippings from './press-clippings.ts';
import priceHistory from './price-history.ts';
import products from './products.ts';
import promotionMemberTiers from './promotion-member-tiers.ts';
import promotionProducts from './promotion-products.ts';
import promotions from './promotions.ts';
import purchaseListItems from './purchase-list-items.ts';
import purchaseLists from './purchase-lists.ts';
import qaReviews from './qa-reviews.ts';
import sales from './sales.ts';
import salesForecasts from './sales-forecasts.ts';
import savedViews from './saved-views.ts';
import schemaFields from './schema-fields.ts';
import schemaResources from './schema-resources.ts';
import serviceCallbacks from './service-callbacks.ts';
import serviceManuals from './service-manuals.ts';
import serviceTickets from './service-tickets.ts';
import suppliers from './suppliers.ts';
import users from './users.ts';

/** In menu order. */
export const resources: readonly ResourceDefinition[] = [
  products,
  priceHistory,
  sales,
  salesForecasts,
  catalogs,
  promotions,
  promotionProducts,
  promotionMemberTiers,
  channelTopics,
  channelTopicProducts,
  displaySlots,
  mediaPartners,
  mediaPartnerStats,
  paymentPartners,
  paymentPartnerVolumes,
  edmCampaigns,
  members,
  memberTiers,
  pointEntries,
  prEvents,
  prEventMedia,
  pressClippings,
  suppliers,
  purchaseLists,
  purchaseListItems,
  shipments,
  orders,
  orderItems,
  afterSales,
  serviceTickets,
  serviceCallbacks,
  serviceManuals,
  qaReviews,
  users,
  auditLog,
  savedViews,
  schemaResources,
  schemaFields,
];
