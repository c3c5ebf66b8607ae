/**
 * react-admin's light and dark themes, with every write button and edit page waiting for the
 * server by default. react-admin's own default, "undoable", says "Element deleted" at once and
 * sends the request seconds later: a refusal (a session that ended, a record others still refer
 * to) would then come after the deed was announced. Pessimistic writes announce only what the
 * server has done. Any page can still choose otherwise on the component itself.
 */
import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

const WAIT_FOR_THE_SERVER = { defaultProps: { mutationMode: 'pessimistic' } };

const writesWaitForTheServer = {
  RaEdit: WAIT_FOR_THE_SERVER,
  RaDeleteButton: WAIT_FOR_THE_SERVER,
  RaBulkDeleteButton: WAIT_FOR_THE_SERVER,
  RaUpdateButton: WAIT_FOR_THE_SERVER,
  RaBulkUpdateButton: WAIT_FOR_THE_SERVER,
};

function withPessimisticWrites(theme: RaThemeOptions): RaThemeOptions {
  return { ...theme, components: { ...theme.components, ...writesWaitForTheServer } };
}

export const lightTheme = withPessimisticWrites(defaultLightTheme);
export const darkTheme = withPessimisticWrites(defaultDarkTheme);
