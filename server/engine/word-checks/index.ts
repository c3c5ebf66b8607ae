/**
 * The registry's table of definition checks: one entry per word or family of words, each in
 * its own file beside the others (or, for closing states, pickers and queues, beside the code
 * that carries the word out). A new word adds its checker here; the registry runs every row.
 */
import { aggregatedFromProblems } from '../aggregated-from.ts';
import { bestOfferProblems } from '../best-offer.ts';
import { closingStateProblems } from '../closing-states.ts';
import { copiedFromOnceProblems } from '../copied-from.ts';
import { editableWhileProblems } from '../editable-while.ts';
import { forecastFromProblems } from '../forecast-from.ts';
import { memberWordProblems } from '../member-word-checks.ts';
import { movesParentProblems } from '../moves-parent.ts';
import { oneOfProblems } from '../one-of.ts';
import { openWhileProblems } from '../open-while.ts';
import { sequenceProblems } from '../sequence.ts';
import { stateEffectProblems } from '../state-effects.ts';
import { pickerWordProblems } from '../picker-words.ts';
import { queueProblems } from '../queues.ts';
import { attachmentProblems } from './attachments.ts';
import { bulkUpdateProblems } from './bulk-update.ts';
import { changeLogProblems } from './change-log.ts';
import { derivedValueProblems } from './derived-values.ts';
import { exclusiveProblems } from './exclusive.ts';
import { fieldShapeProblems } from './field-shape.ts';
import { floorFromProblems } from './floor-from.ts';
import { inlineEditProblems } from './inline-edit.ts';
import { listAndNamingProblems } from './list-and-naming.ts';
import { listSettingsProblems } from './list-settings.ts';
import { modelEntryProblems } from './model-entries.ts';
import { recordViewProblems } from './record-views.ts';
import { referenceProblems } from './references.ts';
import { requestOnlyProblems } from './request-only.ts';
import { requiredWithProblems } from './required-with.ts';
import { roleAccessProblems } from './role-access.ts';
import type { WordCheck } from './types.ts';
import { uniqueTogetherProblems } from './unique-together.ts';
import { workflowProblems } from './workflow.ts';

export const WORD_CHECKS: Readonly<Record<string, WordCheck>> = {
  'list and naming (listColumns, filters, search, sortable, defaultSort, recordRepresentation, smallScreenList)': listAndNamingProblems,
  'references (reference, referenceWhere, children, lookup)': referenceProblems,
  'field shape (choices, unitFrom, after, notBefore, masked, namesResource, recordOf, duration)': fieldShapeProblems,
  'workflow (transitions, onEnter, stamp, followsDates)': workflowProblems,
  'derived values (computed, rollup, copiedFrom, derivedFrom)': derivedValueProblems,
  uniqueTogether: uniqueTogetherProblems,
  requestOnly: requestOnlyProblems,
  floorFrom: floorFromProblems,
  changeLog: changeLogProblems,
  bulkUpdate: bulkUpdateProblems,
  listSettings: listSettingsProblems,
  inlineEdit: inlineEditProblems,
  closingStates: closingStateProblems,
  'pickers (picker words)': pickerWordProblems,
  queues: queueProblems,
  exclusive: exclusiveProblems,
  'record views (recordChart, calendar, listTabs)': recordViewProblems,
  access: roleAccessProblems,
  attachments: attachmentProblems,
  'copiedFrom once': copiedFromOnceProblems,
  openWhile: openWhileProblems,
  editableWhile: editableWhileProblems,
  'onEnter from / subtract / needsChildren': stateEffectProblems,
  movesParent: movesParentProblems,
  'rollup where/max, rankBy, agesFrom, maxFrom, keepsAtLeast, stepsBy, createRecord/addTo, role masks and choices': memberWordProblems,
  aggregatedFrom: aggregatedFromProblems,
  'exactlyOne, atMostOne': oneOfProblems,
  sequenceWithin: sequenceProblems,
  bestOffer: bestOfferProblems,
  forecastFrom: forecastFromProblems,
  requiredWith: requiredWithProblems,
  'modelEntries, fixedModel': modelEntryProblems,
};
