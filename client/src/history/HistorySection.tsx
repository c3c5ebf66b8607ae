/**
 * The record's history folded under its edit form. Loaded when unfolded: most edits never
 * need it.
 */
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Typography from '@mui/material/Typography';
import { useMessage } from '../i18n/messages.ts';
import { RecordHistory } from './RecordHistory.tsx';

export function HistorySection() {
  const message = useMessage();
  return (
    <Accordion disableGutters elevation={0} square slotProps={{ transition: { unmountOnExit: true } }}>
      <AccordionSummary expandIcon={<ExpandMoreIcon />} aria-controls="record-history" id="record-history-header">
        <Typography variant="subtitle1">{message('history')}</Typography>
      </AccordionSummary>
      <AccordionDetails id="record-history">
        <RecordHistory />
      </AccordionDetails>
    </Accordion>
  );
}
