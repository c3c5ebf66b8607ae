/**
 * The words of the forecast tab and overview, loaded with them (useMessagesOf) rather than with
 * the sign-in page; the tab's and the overview's names stay in i18n/messages.ts for the menus.
 */
import { useMessagesOf } from '../i18n/messages.ts';

const FORECAST_MESSAGES = {
  forecastChart: { en: 'Monthly units: sold, forecast and backtest', zh: '月度销量：实际、预测与回测' },
  forecastSold: { en: 'Sold', zh: '实际销量' },
  forecastForecast: { en: 'Forecast', zh: '预测' },
  forecastPlanned: { en: 'Planned (with overrides)', zh: '计划（含调整）' },
  forecastBacktest: { en: 'Backtest', zh: '回测' },
  forecastEmpty: { en: 'No sales yet, so no forecast.', zh: '尚无销量，无法预测。' },
  forecastAccuracy: { en: 'Backtest error (WAPE) over the last 3 known months: {wape}', zh: '最近 3 个已知月份的回测误差（WAPE）：{wape}' },
  forecastMethod: { en: 'Method: {method}', zh: '预测方法：{method}' },
  forecastUnknown: { en: 'not known', zh: '未知' },
  forecastCatalog: { en: 'Catalog', zh: '类目' },
  forecastWholeShop: { en: 'Whole shop', zh: '全店' },
  forecastCatalogAccuracy: { en: 'Backtest error by catalog', zh: '各类目回测误差' },
  forecastProducts: { en: 'Products', zh: '商品数' },
  forecastRecompute: { en: 'Recompute all forecasts', zh: '重新计算全部预测' },
  forecastRecomputing: { en: 'Recomputing forecasts: {percent}%', zh: '正在重新计算预测：{percent}%' },
  forecastRecomputed: { en: 'Last recomputed {time}: {rows} rows', zh: '上次于 {time} 重新计算：{rows} 行' },
  forecastRecomputeFailed: { en: 'The last recompute failed: {error}', zh: '上次重新计算失败：{error}' },
} as const;

export function useForecastMessage() {
  return useMessagesOf(FORECAST_MESSAGES);
}
