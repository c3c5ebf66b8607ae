/** Customer service leads (training and review): the whole desk and each agent's figures. */
import { defineDashboard } from '../engine/dashboard.ts';
import { AGENT_WIDGETS, DESK_WIDGETS } from './service-desk.ts';
import { SERVICE_RETAIL_WIDGETS } from './retail-widgets.ts';

export default defineDashboard({
  name: 'service_lead',
  label: { en: 'Service desk overview', zh: '客服管理概览' },
  roles: ['service_lead'],
  widgets: [...DESK_WIDGETS, ...AGENT_WIDGETS, ...SERVICE_RETAIL_WIDGETS], // retail-data: the shop's orders and after-sales
});
