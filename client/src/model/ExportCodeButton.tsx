/**
 * "Export as code": the definition and migration that would make this runtime field or
 * resource in code (GET /api/<entries>/:id/definition), to paste into a reviewed change.
 */
import { useState } from 'react';
import { useKit } from './kit.tsx';
import { useModelMessage } from './modelMessages.ts';

interface ExportedCode {
  definitionPath: string;
  definition: string;
  migrationPath: string;
  migration: string;
}

export function ExportCodeButton() {
  const { ra, mui, httpClient } = useKit();
  const record = ra.useRecordContext();
  const resource = ra.useResourceContext();
  const message = useModelMessage();
  const [code, setCode] = useState<ExportedCode>();
  if (!record) return null;
  const open = async () => setCode((await httpClient(`/api/${resource}/${record.id}/definition`)).json as ExportedCode);
  return (
    <>
      <ra.Button label={message('exportAsCode')} onClick={() => void open()} />
      <mui.Dialog open={Boolean(code)} onClose={() => setCode(undefined)} maxWidth="md" fullWidth>
        <mui.DialogTitle>{message('exportAsCode')}</mui.DialogTitle>
        <mui.DialogContent>
          <mui.Typography variant="body2" gutterBottom>
            {message('exportIntro')}
          </mui.Typography>
          {code &&
            ([
              [code.definitionPath, code.definition],
              [code.migrationPath, code.migration],
            ] as const).map(([path, text]) => (
              <section key={path}>
                <mui.Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
                  {path}
                </mui.Typography>
                <mui.Typography component="pre" sx={{ fontFamily: 'monospace', fontSize: 12, overflowX: 'auto', bgcolor: 'action.hover', p: 1 }}>
                  {text}
                </mui.Typography>
              </section>
            ))}
        </mui.DialogContent>
        <mui.DialogActions>
          <ra.Button label={message('close')} onClick={() => setCode(undefined)} />
        </mui.DialogActions>
      </mui.Dialog>
    </>
  );
}
