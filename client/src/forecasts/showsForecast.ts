/** Whether the signed-in role reads a product's forecast: the schema gives it both sales and forecasts. */
import { useResourceSchema } from '../schema/useAppSchema.ts';

export const SALES_FORECASTS = 'sales_forecasts';
export const SALES = 'sales';

export function useShowsForecast(): boolean {
  return Boolean(useResourceSchema(SALES_FORECASTS) && useResourceSchema(SALES));
}
