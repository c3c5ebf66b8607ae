/** The forecast overview's page name, as the schema's `pages` and the route under sales_forecasts name it. */
export const FORECAST_OVERVIEW_PAGE_NAME = 'forecast-overview';
