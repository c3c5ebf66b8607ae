/**
 * "Recompute all forecasts" and its progress: the button (for roles that edit forecasts) starts a
 * run the server does in a worker thread; while one runs, the page asks every second how far it
 * is and shows a progress bar; afterwards, when the last run ended and with what.
 */
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, useDataProvider, useLocaleState, useNotify } from 'react-admin';
import type { AppDataProvider } from '../api/dataProvider.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { intlLocale } from '../i18n/locales.ts';
import { useForecastMessage } from './forecastMessages.ts';
import { useShopTimeZone } from '../time/useShopTimeZone.ts';

const RUN_KEY = ['forecast-run'];

export function RecomputeForecasts({ canStart, onFinished }: { canStart: boolean; onFinished: () => void }) {
  const dataProvider = useDataProvider<AppDataProvider>();
  const message = useForecastMessage();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const zone = useShopTimeZone();
  const queryClient = useQueryClient();
  const { data: run } = useQuery({
    queryKey: RUN_KEY,
    queryFn: async () => {
      const { data } = await dataProvider.forecastRun();
      if (data && !data.running) onFinished();
      return data;
    },
    refetchInterval: (query) => (query.state.data?.running ? 1000 : false),
  });
  const start = useMutation({
    mutationFn: () => dataProvider.recomputeForecasts(),
    onSuccess: ({ data }) => queryClient.setQueryData(RUN_KEY, data),
    onError: (failure) => notify(errorMessage(failure), { type: 'error' }),
  });
  const percent = run && run.total ? Math.floor((run.done * 100) / run.total) : 0;
  return (
    <Stack sx={{ gap: 1, my: 2 }}>
      {canStart && <Button label={message('forecastRecompute')} variant="contained" onClick={() => start.mutate()} disabled={start.isPending || Boolean(run?.running)} sx={{ alignSelf: 'flex-start' }} />}
      {run?.running && (
        <>
          <Typography variant="body2">{message('forecastRecomputing', { percent })}</Typography>
          <LinearProgress variant="determinate" value={percent} aria-label={message('forecastRecomputing', { percent })} />
        </>
      )}
      {run && !run.running && run.error && <Typography color="error">{message('forecastRecomputeFailed', { error: run.error })}</Typography>}
      {run && !run.running && !run.error && run.finished_at && (
        <Typography variant="body2" color="text.secondary">
          {message('forecastRecomputed', {
            time: new Date(run.finished_at).toLocaleString(intlLocale(locale), { timeZone: zone }),
            rows: run.rows.toLocaleString(intlLocale(locale)),
          })}
        </Typography>
      )}
    </Stack>
  );
}
