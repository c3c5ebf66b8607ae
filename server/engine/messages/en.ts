/**
 * Every sentence the server writes for people, in English: the reference catalogue. Its keys and
 * parameters are the contract; zh.ts says the same in Chinese (server/engine/messages/catalogue.ts
 * makes a key in one language only a type error). Parameters arrive rendered: labels in the
 * reader's language, lists joined, quoted messages already said.
 *
 * Adding a message: a key here (grouped by where it is said), the same key in zh.ts, and
 * `msg('group.key', { params })` where it is raised.
 */
export const en = {
  // The request as a whole
  'body.notObject': 'The request body must be a JSON object',

  // HTTP: routes, bodies, origins
  'http.notFound': 'Not found',
  'http.noSuchRoute': 'No such API route',
  'http.crossOrigin': 'Cross-origin requests are refused',
  'http.bodyCsv': 'CSV',
  'http.bodyFileBytes': "the file's bytes",
  'http.bodyJson': 'JSON',
  'http.sendBodyAs': ({ what, accepted }: { what: string; accepted: string }) => `Send the request body as ${what} (Content-Type: ${accepted})`,
  'http.sendUtf8': 'Send the request body as UTF-8',
  'http.unknownResource': ({ resource }: { resource: string }) => `Unknown resource "${resource}"`,
  'http.invalidJson': 'The request body is not valid JSON',
  'http.bodyTooLarge': 'The request body is too large (at most 1 MB)',
  'http.sendUtf8Json': 'Send the request body as UTF-8 JSON',
  'http.unsupportedEncoding': 'The request body uses an unsupported Content-Encoding',
  'http.bodyCut': 'The request body was cut short',
  'http.bodyLengthMismatch': 'The request body does not match its Content-Length',
  'http.malformed': 'The request is malformed',
  'http.serverError': 'Something went wrong on the server',
  'http.noSuchDashboard': 'No such dashboard',

  // Hostile or malformed JSON
  'json.tooDeep': ({ max }: { max: number }) => `JSON nested deeper than ${max} levels is refused`,
  'json.keyRefused': ({ key }: { key: string }) => `The key "${key}" is not allowed`,
  'json.keyTwice': ({ key }: { key: string }) => `The key "${key}" appears twice`,
  'json.nul': 'Text may not contain NUL characters',
  'json.loneSurrogate': 'Text contains an unpaired surrogate (not valid Unicode)',
  'json.inParameter': ({ name, problem }: { name: string; problem: string }) => `${name}: ${problem}`,

  // Signing in
  'auth.signInFirst': 'Sign in first',
  'auth.tooManyAttempts': 'Too many failed sign-in attempts: try again later',
  'auth.giveUsernameAndPassword': 'Give a username and a password',
  'auth.wrongCredentials': 'Wrong username or password',
  'auth.giveBothPasswords': 'Give the current and the new password',
  'auth.wrongPassword': 'Wrong password',
  'auth.passwordNotChanged': 'The password was not changed',

  // Passwords
  'password.isUsername': 'Must not be the username',
  'password.tooCommon': 'Too common: this password is on the lists guessers try first',
  'password.repeated': 'A repeated pattern is easy to guess',

  // Preferences
  'preferences.notObject': 'Give the preferences as a JSON object',
  'preferences.unknown': 'Unknown preference',
  'preferences.notSaved': 'The preferences were not saved',

  // Access
  'access.mayNotUse': ({ resource }: { resource: string }) => `You may not use ${resource.toLowerCase()}`,
  'access.mayNot': ({ action, resource }: { action: string; resource: string }) => `You may not ${action} ${resource.toLowerCase()}`,
  'access.mayNotSaveInState': ({ what }: { what: string }) => `You may not save this ${what.toLowerCase()} in that state`,
  'access.mayNotChangeThis': ({ what }: { what: string }) => `You may not change this ${what.toLowerCase()}`,
  'access.mayNotDeleteThis': ({ what }: { what: string }) => `You may not delete this ${what.toLowerCase()}`,
  'access.mayNotChangeUnder': 'You may not change records under this one',

  // Actions, as "You may not <action> <resource>" says them
  'action.list': 'list',
  'action.show': 'show',
  'action.create': 'create',
  'action.edit': 'edit',
  'action.delete': 'delete',
  'action.export': 'export',
  'action.trash': 'trash',

  // Records
  'record.noSuchId': ({ resource, id }: { resource: string; id: number }) => `No ${resource.toLowerCase()} with id ${id}`,
  'record.noSuchIds': ({ resource, ids }: { resource: string; ids: string }) => `No ${resource.toLowerCase()} with id ${ids}`,
  'record.noRecordWithId': ({ id }: { id: string }) => `No record with id ${id}`,
  'record.noSuchIdInTrash': ({ resource, id }: { resource: string; id: number }) => `No ${resource.toLowerCase()} with id ${id} in the trash`,

  // Fields of a write
  'field.unknown': 'Unknown field',
  'field.hiddenForYou': 'You may not set this field',
  'field.readOnlyForYou': 'This field is read-only for you',
  'field.mayNotChange': ({ fields }: { fields: string }) => `You may not change: ${fields}`,
  'field.required': 'Required',
  'field.mustBeAfter': ({ other }: { other: string }) => `Must be after ${other}`,
  'field.atMostHundredPercent': 'At most 100%',
  'field.someNotValid': ({ fields }: { fields: string }) => `Some fields are not valid${fields ? `: ${fields}` : ''}`,

  // Values of a field
  'value.boolean': 'Must be true or false',
  'value.date': 'Must be a real date (YYYY-MM-DD)',
  'value.dateTime': "Must be a real date and time (ISO 8601; without an offset, in the shop's time zone)",
  'value.oneOf': ({ choices }: { choices: string }) => `Must be one of: ${choices}`,
  'value.list': 'Must be a list',
  'value.eachOneOf': ({ choices }: { choices: string }) => `Each value must be one of: ${choices}`,
  'value.noRepeats': 'Values must not repeat',
  'value.text': 'Must be text',
  'value.noNul': 'Must not contain NUL characters',
  'value.noControls': 'Must not contain control characters',
  'value.noControlsOrBreaks': 'Must not contain control characters or line breaks',
  'value.atLeastChars': ({ min }: { min: number }) => `At least ${min} characters`,
  'value.atMostChars': ({ max }: { max: number }) => `At most ${max} characters`,
  'value.pattern': ({ rule }: { rule: string }) => rule,
  'value.email': 'Must be an email address',
  'value.phone': 'Must be a phone number',
  'value.url': 'Must be an http or https address',
  'value.wholeFen': 'Must be a whole number of fen',
  'value.wholeNumber': 'Must be a whole number',
  'value.atLeast': ({ min }: { min: number }) => `Must be at least ${min}`,
  'value.atMost': ({ max }: { max: number }) => `Must be at most ${max}`,
  'value.wholeNumberBetween': ({ min, max }: { min: number; max: number }) => `Must be a whole number from ${min} to ${max}`,

  // Choices
  'choice.oneOf': ({ choices }: { choices: string }) => `One of: ${choices}`,
  'choice.onlyThese': ({ choices }: { choices: string }) => `You may choose only: ${choices}`,

  // Pieces of sentences
  /** "JPEG, PNG or WebP": the items arrive joined as a list; the last joint becomes "or". */
  'text.alternatives': ({ items }: { items: string }) => items.replace(/, ([^,]*)$/, ' or $1'),
  'text.empty': 'empty',
  /** A sentence the engine already says in both languages (a definition's own words, a frozen parent). */
  'text.said': ({ text }: { text: string }) => text,

  // List parameters (sort, range, filter, search)
  'list.filterNotObject': 'filter must be a JSON object',
  'list.mustBeObject': 'Must be a JSON object',
  'list.searchNotText': 'q must be a string',
  'list.notSearchable': 'This list cannot be searched',
  'list.searchUnavailable': 'Search is not available here',
  'list.sortShape': 'sort must be ["field","ASC"] or ["field","DESC"]',
  'list.sortShapeField': 'Must be ["field","ASC"|"DESC"]',
  'list.sortDirection': 'Sort direction must be ASC or DESC',
  'list.sortDirectionField': 'ASC or DESC',
  'list.cannotSortBy': ({ field }: { field: string }) => `Cannot sort by "${field}"`,
  'list.rangeShape': 'range must be [start, end] with integers 0 <= start <= end',
  'list.rangeShapeField': 'Must be [start, end]',
  'list.pageTooLarge': ({ max }: { max: number }) => `A page holds at most ${max} rows`,
  'list.atMostRows': ({ max }: { max: number }) => `At most ${max} rows`,
  'list.cannotFilterBy': ({ key }: { key: string }) => `Cannot filter by "${key}"`,
  'list.notAFilter': 'Not a filter of this list',
  'list.filterNotForField': ({ key }: { key: string }) => `Filter "${key}" does not apply to this field`,
  'list.notForField': 'Not available for this field',
  'list.filterNotList': ({ key }: { key: string }) => `Filter "${key}" must be a list`,
  'list.tooManyIds': ({ max }: { max: number }) => `At most ${max} ids at once`,
  'list.tooManyIdsField': 'Too many ids',
  'list.tooManyValues': ({ key, max }: { key: string; max: number }) => `Filter "${key}" takes at most ${max} values`,
  'list.tooManyValuesField': 'Too many values',
  'list.filterMustBe': ({ key, what }: { key: string; what: string }) => `Filter "${key}" must be ${what}`,
  'list.filterValueMustBe': ({ what }: { what: string }) => `Must be ${what}`,
  'list.paramOnceAsJson': ({ name }: { name: string }) => `${name} must be given once, as JSON`,
  'list.paramOnceAsJsonField': 'Give it once, as JSON',
  'list.paramNotJson': ({ name }: { name: string }) => `${name} is not valid JSON`,
  'list.notJson': 'Not valid JSON',

  // What a filter value must be
  'filterValue.wholeNumberInRange': 'a whole number in range',
  'filterValue.boolean': 'true or false',
  'filterValue.choice': 'one of the choices',
  'filterValue.date': 'a date (YYYY-MM-DD)',
  'filterValue.dateOrDateTime': 'a date or date-time',
  'filterValue.text': 'text',

  // References between records
  'references.unsuitable': 'Some references point at nothing suitable',
  'references.countOf': ({ count, resource }: { count: number; resource: string }) => `${count} ${resource.toLowerCase()}`,
  'references.stillReferred': ({ blockers }: { blockers: string }) => `Still referred to by ${blockers}; change or delete those first`,
  'references.restoreParentFirst': ({ resource }: { resource: string }) => `Restore the ${resource.toLowerCase()} it belongs to first`,
  'references.parentGone': 'In the trash or gone',
  'references.doesNotQualify': ({ resource, conditions }: { resource: string; conditions: string }) => `This ${resource.toLowerCase()} does not qualify: ${conditions}`,
  'references.condition': ({ field, options }: { field: string; options: string }) => `${field.toLowerCase()} must be ${options}`,
  'references.otherRecordsReferTo': 'Other records still refer to this one; change or delete them first',

  // Unique values
  'unique.taken': 'A unique value is already taken',
  'unique.alreadyTaken': 'Already taken',
  'write.crossedAnother': 'Another save of related records ran at the same moment; nothing was changed, save again',
  'unique.takenBy': ({ field, value }: { field: string; value: string }) => `${field} "${value}" is already taken`,
  'unique.takenInTrash': ({ field, value }: { field: string; value: string }) => `${field} "${value}" is already taken by a record in the trash`,
  /** The fields arrive as a list (labels have no commas): English joins them with " + ". */
  'unique.together': ({ fields, values, id }: { fields: string; values: string; id: number }) =>
    `${fields.replaceAll(', ', ' + ')} ${values} already has a record (#${id})`,
  'unique.togetherUnread': ({ fields, values }: { fields: string; values: string }) =>
    `${fields.replaceAll(', ', ' + ')} ${values} already has a record`,
  'unique.togetherInTrash': ({ fields, values }: { fields: string; values: string }) =>
    `${fields.replaceAll(', ', ' + ')} ${values} already has a record (in the trash)`,

  // Concurrent edits
  'conflict.changed': ({ resource }: { resource: string }) => `This ${resource.toLowerCase()} was changed after you opened it. Reload it, or re-apply your change.`,
  'conflict.changedBy': ({ resource, username, at }: { resource: string; username: string; at: string }) =>
    `This ${resource.toLowerCase()} was changed by ${username} at ${at} after you opened it. Reload it, or re-apply your change.`,
  'conflict.outOfDate': 'Out of date',

  // Versions
  'revisions.whichVersion': 'Say which version to restore',
  'revisions.versionNumber': 'A version number',
  'revisions.notInHistory': ({ version }: { version: number }) => `Version ${version} of this record is not in its history`,

  // Workflows
  'workflow.startsAs': ({ state }: { state: string }) => `A new record starts as "${state}"`,
  'workflow.startAtFirst': 'Workflow fields start at their first state',
  'workflow.cannotGo': ({ from, to }: { from: string; to: string }) => `Cannot go from "${from}" to "${to}"`,
  'workflow.stepNotAllowed': 'That step is not allowed',

  // editableWhile
  'editableWhile.locked': ({ resource, state }: { resource: string; state: string }) =>
    `Cannot be changed while the ${resource.toLowerCase()} is ${state.toLowerCase()}`,
  'editableWhile.fieldsLocked': ({ fields, reason }: { fields: string; reason: string }) => `${fields}: ${reason.toLowerCase()}`,

  // Margin floors (floorFrom)
  'floors.below': ({ field, value, of, bound }: { field: string; value: string; of: string; bound: string }) =>
    `${field} ${value} is below the ${of.toLowerCase()}'s floor of ${bound}`,
  'floors.belowGiveReason': ({ breach, reason }: { breach: string; reason: string }) => `${breach} (give a ${reason.toLowerCase()} to save it anyway)`,
  'floors.belowOnlyRoles': ({ breach, roles }: { breach: string; roles: string }) => `${breach} (only ${roles} may go below it)`,

  // Stock taken by a workflow step (onEnter)
  'stock.shortage': ({ what, resource, name, left, needed }: { what: string; resource: string; name: string; left: number; needed: number }) =>
    `Not enough ${what.toLowerCase()} for ${resource.toLowerCase()} "${name}": ${left} left, ${needed} needed`,

  // aggregatedFrom
  'aggregated.byHand': ({ resource, source }: { resource: string; source: string }) => `This ${resource.toLowerCase()} is computed from ${source}; it cannot be changed by hand`,
  'aggregated.computedFrom': ({ source }: { source: string }) => `Computed from ${source}`,

  // exclusive
  'exclusive.clash': ({ what, parent, name, id }: { what: string; parent: string; name: string; id: number }) =>
    `This ${what.toLowerCase()} is already in ${parent.toLowerCase()} "${name}" (#${id}) at the same time`,
  'exclusive.clashField': ({ name, from, to }: { name: string; from: string; to: string }) => `Already in "${name}" (${from} – ${to})`,
  'exclusive.clashUnread': ({ what, parent }: { what: string; parent: string }) =>
    `This ${what.toLowerCase()} is already in another ${parent.toLowerCase()} at the same time`,
  'exclusive.clashFieldUnread': ({ from, to }: { from: string; to: string }) => `Already in another one (${from} – ${to})`,

  // keepsAtLeast
  'keepsAtLeast.notEnough': 'Not enough left',
  'keepsAtLeast.wouldLeave': ({ parent, value, what, min }: { parent: string; value: number; what: string; min: number }) =>
    `This would leave the ${parent.toLowerCase()} with ${value} ${what.toLowerCase()}; at least ${min}`,

  // maxFrom
  'maxFrom.atMost': ({ bound }: { bound: string }) => `At most ${bound}`,
  'maxFrom.above': 'Some values are above what is allowed',

  // movesParent
  'movesParent.changedMeanwhile': ({ parent }: { parent: string }) => `The ${parent.toLowerCase()} was changed meanwhile; try again`,
  'movesParent.changedMeanwhileField': 'Changed meanwhile',

  // Rules between figures (marketing's monthly rows)
  'figures.firstOfMonth': 'Must be the first day of a month (YYYY-MM-01)',
  'figures.atMostOther': ({ other, value }: { other: string; value: number }) => `Must be at most ${other} (${value})`,
  'figures.atLeastOther': ({ other, value }: { other: string; value: number }) => `Must be at least ${other} (${value})`,
  'figures.rateTooHigh': ({ rate, times }: { rate: string; times: number }) => `${rate} would be over ${times}x; check the figures`,

  // CSV import
  'import.notCsv': ({ problem }: { problem: string }) => `The file is not valid CSV: ${problem}`,
  'import.tooManyCells': ({ cells, columns }: { cells: number; columns: number }) => `${cells} cells for ${columns} columns`,
  'import.cannotMatch': 'You may create but not update records, so rows cannot be matched',
  'import.inTrash': 'In the trash',
  'import.problems': ({ count }: { count: number }) => `${count} problem(s) in the file; nothing was imported`,
  'import.changedMeanwhile': ({ row }: { row: number }) => `Row ${row}: the record was changed while importing; run the import again`,
  'import.notUniqueField': ({ field, resource }: { field: string; resource: string }) => `"${field}" is not a unique field of ${resource.toLowerCase()}`,
  'import.notUniqueFieldShort': 'Not a unique field',
  'import.unknownColumn': 'Not a field of this resource',
  'import.repeatedColumn': 'Appears twice in the header',
  'import.badHeader': 'The header names unknown or repeated columns',
  'import.alsoInRow': ({ value, row }: { value: string; row: number }) => `"${value}" is also in row ${row}`,
  'import.sendCsvBody': 'Send the CSV file as the request body',

  // CSV files
  'csv.tooManyCells': ({ max }: { max: number }) => `A row has more than ${max} cells`,
  'csv.tooManyRows': ({ max }: { max: number }) => `The file has more than ${max.toLocaleString('en')} rows: split it`,
  'csv.unclosedQuote': 'A quoted cell is not closed',

  // Bulk updates
  'bulk.idsOrFilter': 'Send either ids or filter',
  'bulk.idList': 'A list of record ids',
  'bulk.idsRepeat': 'Ids must not repeat',
  'bulk.tooManyIds': ({ max }: { max: number }) => `At most ${max} records at once`,
  'bulk.filterObject': 'A list filter object',
  'bulk.mayNotChange': ({ field }: { field: string }) => `You may not change ${field}`,
  'bulk.readOnlyForYou': 'Read-only for you',
  'bulk.onlySet': 'Only set',
  'bulk.oneOfChoices': 'One of the choices',
  'bulk.recordIdOrNull': 'A record id, or null for none',
  'bulk.wholeNumber': 'A whole number',
  'bulk.percentUpTo': ({ max }: { max: number }) => `A percent in basis points, 1 to ${max}`,
  'bulk.notForResource': ({ resource }: { resource: string }) => `${resource} cannot be updated in bulk`,
  'bulk.wouldBeRefused': ({ refused, total }: { refused: number; total: number }) => `${refused} of ${total} record(s) would be refused; nothing was changed`,
  'bulk.changedMeanwhile': ({ record }: { record: string }) => `"${record}" was changed by someone else meanwhile; nothing was changed, run it again`,
  'bulk.filterTooWide': ({ total, max }: { total: number; max: number }) => `The filter matches ${total} records; at most ${max} may be changed at once. Narrow the filter.`,
  'bulk.filterTooWideField': ({ max }: { max: number }) => `Matches more than ${max} records`,
  'bulk.someIdsMissing': 'Some ids match no record',

  // Saved views (listSettings)
  'views.notYourList': 'Not a list you may open',
  'views.filterObject': 'Must be a filter object',
  'views.sortShape': 'Must be {"field", "order"}',
  'views.columnsShape': 'Must be a list of one or more field names',
  'views.columnsRepeat': 'Columns must not repeat',
  'views.cannotShow': ({ column }: { column: string }) => `Cannot show "${column}"`,
  'views.pageSize': ({ sizes }: { sizes: string }) => `One of ${sizes}`,

  // Attached files
  'attachments.none': ({ resource }: { resource: string }) => `${resource} have no attachments`,
  'attachments.noSuchId': ({ id }: { id: number }) => `No attachment with id ${id}`,
  'attachments.bytesMissing': 'The file of this attachment is missing from storage',
  'attachments.noPictures': ({ resource }: { resource: string }) => `${resource} have no pictures`,
  'attachments.noThumbnail': 'This image has no thumbnail',
  'attachments.noThumbnails': ({ resource }: { resource: string }) => `${resource} have no thumbnails`,
  'attachments.empty': 'The file is empty',
  'attachments.typeRefused': ({ types }: { types: string }) => `Only ${types} files are accepted; this file is not one`,
  'attachments.doesNotDecode': ({ type }: { type: string }) => `This file starts like a ${type} image but does not decode as one (damaged or not an image)`,
  'attachments.noOrder': ({ resource }: { resource: string }) => `${resource} attachments have no order`,
  'attachments.orderShape': 'Send {"ids": [...]}: every attachment id, in the new order',
  'attachments.orderShapeField': 'A list of attachment ids',
  'attachments.orderIncomplete': 'The order must name each attachment of the record once',
  'attachments.orderIncompleteField': 'Name each attachment once',
  'attachments.tooLarge': ({ size }: { size: string }) => `A file may be at most ${size}`,
  'attachments.thumbnailIds': ({ max }: { max: number }) => `ids: up to ${max} record ids, separated by commas`,
  'attachments.uncompressed': 'Send the file uncompressed',

  // Comments
  'comments.none': ({ resource }: { resource: string }) => `${resource} have no comments`,
  'comments.shape': 'Send {"body": "…"}',
  'comments.unknownFields': ({ fields }: { fields: string }) => `Unknown fields: ${fields}`,
  'comments.notText': 'The comment must be text',
  'comments.empty': 'The comment is empty',
  'comments.tooLong': ({ max }: { max: number }) => `A comment may be at most ${max} characters`,
  'comments.noSuchId': ({ id }: { id: number }) => `No comment with id ${id}`,
  'comments.onlyAuthorDeletes': 'Only its author may delete a comment',
  'comments.tooLateToDelete': 'A comment can be deleted only in the first minutes after it is posted',

  // Reorder suggestions
  'reorder.checkDays': 'Check the number of days',
  'reorder.supplierIds': 'Must be a list of supplier ids',
  'reorder.itemList': ({ max }: { max: number }) => `Must be a list of at most ${max} items`,
  'reorder.productId': 'Must be a product id',
  'reorder.productRepeated': 'This product is already in the list',
  'reorder.requestNotUsable': 'Some of the request is not usable',
  'reorder.notForYou': 'You may not use reorder suggestions',
  'reorder.nothingToOrder': 'Nothing to order: no product is short for the chosen suppliers',
  'reorder.nothingToOrderField': 'Nothing to order',
  'reorder.noSupplier': 'This product has no supplier',
  'reorder.cannotOrder': 'Some items cannot be ordered',

  // Dashboard periods
  'period.date': 'Must be a date (YYYY-MM-DD)',
  'period.endBeforeStart': 'Must not be before the start of the period',
  'period.notValid': 'The period is not valid',
  'period.presetOrRange': ({ presets }: { presets: string }) => `Must be one of ${presets}, or from/to`,

  // Search text
  'list.searchTooLong': ({ max }: { max: number }) => `Search text is limited to ${max} characters`,
  'list.searchControls': 'Search text cannot contain control characters',

  // Words of the merchandising, retail and forecast resources
  'field.mustNotBeBefore': ({ other }: { other: string }) => `Must not be before ${other}`,
  'field.requiredWith': ({ other }: { other: string }) => `Required with ${other}`,
  'oneOf.noneSet': ({ fields }: { fields: string }) => `Set exactly one of ${fields} (none is set)`,
  'oneOf.exactlyOne': ({ fields, count }: { fields: string; count: number }) => `Set exactly one of ${fields} (${count} are set)`,
  'oneOf.atMostOne': ({ fields, count }: { fields: string; count: number }) => `Set at most one of ${fields} (${count} are set)`,
  'exclusive.overlaps': ({ what, other }: { what: string; other: string }) => `Overlaps ${what.toLowerCase()} ${other}`,
  'exclusive.overlapsSame': ({ what, other, same }: { what: string; other: string; same: string }) =>
    `This ${what.toLowerCase()} overlaps ${other} with the same ${same.toLowerCase()}`,
  'needsChildren.atLeastOne': ({ parent, child, state }: { parent: string; child: string; state: string }) =>
    `${/^[aeiou]/i.test(parent) ? 'An' : 'A'} ${parent.toLowerCase()} needs at least one ${child.toLowerCase()} to be ${state}`,
  'import.ambiguousName': ({ value, count, resource }: { value: string; count: number; resource: string }) =>
    `"${value}" names ${count} records of ${resource.toLowerCase()}: give the id`,

  // Sales forecasts
  'forecast.runningAlready': 'Forecasts are being recomputed already; wait for that run to finish',
  'forecast.mayNotRead': 'You may not read the forecast overview',
  'forecast.mayNotReadRuns': 'You may not read the forecast runs',
  'forecast.mayNotRecompute': 'You may not recompute the forecasts',
  'forecast.checkCatalog': 'Check the catalog',
  'forecast.catalogId': 'Must be a catalog id',

  // The data model changed at run time
  'model.notExportable': ({ resource }: { resource: string }) => `${resource} cannot be exported as code`,
  'model.changeNotValid': 'This change of the data model is not valid',
  'model.wouldBeInconsistent': 'This change would leave the data model inconsistent',
  'model.inconsistency': ({ problem }: { problem: string }) => problem,
  'model.linkedFrom': ({ fields }: { fields: string }) => `Fields of other resources link to it: ${fields}. Delete them first.`,
  'model.fixedOnceExists': 'Cannot be changed once the field exists (its column already holds the records\' values): delete it and add a new one',
  'model.choicesInUse': ({ choices }: { choices: string }) => `Records still hold the choice(s) ${choices}: change them first, or keep the choice`,
  'model.recordsWithoutValue': ({ count }: { count: number }) => `${count} existing record(s) would have no value: give a default, or leave it optional`,
  'model.uniqueSameDefault': 'Every existing record would take the same default value',
  'model.noResourceNamed': ({ name }: { name: string }) => `No resource named "${name}"`,
  'model.fixedResource': ({ resource }: { resource: string }) => `Fields cannot be added to ${resource.toLowerCase()}`,
  'model.nameTaken': ({ resource, name }: { resource: string; name: string }) => `${resource} already has a field or column named "${name}"`,
  'model.referenceRequired': 'Required for a link to a record',
  'model.cannotReadReference': ({ resource }: { resource: string }) => `You cannot read ${resource.toLowerCase()}`,
  'model.onlyReferenceNames': 'Only a link to a record names a resource',
  'model.onlyEnumChoices': 'Only a choice from a list has choices',
  'model.onlyNumbersBounds': 'Only numbers have bounds',
  'model.maxBelowMin': 'Must not be below the smallest value',
  'model.onlyTextLength': 'Only text has a length',
  'model.cannotBeUnique': 'Yes/no and long text cannot be unique',
  'model.choicesNeeded': 'A choice from a list needs at least one choice: [{"id", "label": {"zh", "en"}}]',
  'model.tooManyChoices': ({ max }: { max: number }) => `At most ${max} choices`,
  'model.choiceShape': 'Each choice is {"id": snake_case, "label": {"zh": "…", "en": "…"}}',
  'model.choiceTwice': ({ id }: { id: string }) => `Choice "${id}" is given twice`,
  'model.resourceNameFixed': 'Cannot be changed once the resource exists: its table has that name',
  'model.resourceExists': ({ name }: { name: string }) => `A resource named "${name}" exists`,
  'model.tableExists': ({ name }: { name: string }) => `The database has a table named "${name}"`,
  'model.accessShape': ({ levels }: { levels: string }) => `An object from role to one of ${levels}`,
  'model.unknownRole': ({ role }: { role: string }) => `Unknown role "${role}"`,
  'model.roleLevel': ({ role, levels }: { role: string; levels: string }) => `${role}: one of ${levels}`,
  'model.adminAll': 'Administrators always have all',
  'name.snakeCase': 'Lower-case letters, digits and _ (snake_case), starting with a letter',
  'name.underscores': 'No doubled or trailing _',
  'name.system': ({ name }: { name: string }) => `"${name}" is a system name`,
  'name.reserved': ({ name }: { name: string }) => `"${name}" is reserved by the database`,
  'name.filterSuffix': ({ suffixes }: { suffixes: string }) => `A name may not end in ${suffixes}: lists read those as filters`,
  'name.apiPath': ({ name }: { name: string }) => `"${name}" is an API path`,
};
