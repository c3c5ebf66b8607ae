/**
 * Every sentence of en.ts, in Simplified Chinese: the same keys and parameters (the `Catalogue`
 * type refuses a key missing here or found only here). Parameters arrive rendered in Chinese:
 * labels in Chinese, lists joined with 、.
 */
import type { Catalogue } from './catalogue.ts';

export const zh: Catalogue = {
  // The request as a whole
  'body.notObject': '请求正文必须是 JSON 对象',

  // HTTP: routes, bodies, origins
  'http.notFound': '未找到',
  'http.noSuchRoute': '没有这个 API 路径',
  'http.crossOrigin': '拒绝跨站请求',
  'http.bodyCsv': 'CSV',
  'http.bodyFileBytes': '文件的原始字节',
  'http.bodyJson': 'JSON',
  'http.sendBodyAs': ({ what, accepted }) => `请以 ${what} 发送请求正文（Content-Type: ${accepted}）`,
  'http.sendUtf8': '请以 UTF-8 发送请求正文',
  'http.unknownResource': ({ resource }) => `未知资源“${resource}”`,
  'http.invalidJson': '请求正文不是有效的 JSON',
  'http.bodyTooLarge': '请求正文过大（最多 1 MB）',
  'http.sendUtf8Json': '请以 UTF-8 JSON 发送请求正文',
  'http.unsupportedEncoding': '请求正文使用了不支持的 Content-Encoding',
  'http.bodyCut': '请求正文不完整',
  'http.bodyLengthMismatch': '请求正文与其 Content-Length 不符',
  'http.malformed': '请求格式错误',
  'http.serverError': '服务器出错了',
  'http.noSuchDashboard': '没有这个仪表盘',

  // Hostile or malformed JSON
  'json.tooDeep': ({ max }) => `拒绝嵌套超过 ${max} 层的 JSON`,
  'json.keyRefused': ({ key }) => `不允许使用键“${key}”`,
  'json.keyTwice': ({ key }) => `键“${key}”出现了两次`,
  'json.nul': '文本不能包含 NUL 字符',
  'json.loneSurrogate': '文本包含不成对的代理字符（不是有效的 Unicode）',
  'json.inParameter': ({ name, problem }) => `${name}：${problem}`,

  // Signing in
  'auth.signInFirst': '请先登录',
  'auth.tooManyAttempts': '登录失败次数过多，请稍后再试',
  'auth.giveUsernameAndPassword': '请输入用户名和密码',
  'auth.wrongCredentials': '用户名或密码错误',
  'auth.giveBothPasswords': '请输入当前密码和新密码',
  'auth.wrongPassword': '密码错误',
  'auth.passwordNotChanged': '密码未修改',

  // Passwords
  'password.isUsername': '不能与用户名相同',
  'password.tooCommon': '过于常见：此密码在猜测者最先尝试的名单上',
  'password.repeated': '重复的模式很容易被猜到',

  // Preferences
  'preferences.notObject': '请以 JSON 对象提交偏好设置',
  'preferences.unknown': '未知的偏好设置',
  'preferences.notSaved': '偏好设置未保存',

  // Access
  'access.mayNotUse': ({ resource }) => `你无权使用${resource}`,
  'access.mayNot': ({ action, resource }) => `你无权${action}${resource}`,
  'access.mayNotSaveInState': ({ what }) => `你无权以该状态保存此${what}`,
  'access.mayNotChangeThis': ({ what }) => `你无权修改此${what}`,
  'access.mayNotDeleteThis': ({ what }) => `你无权删除此${what}`,
  'access.mayNotChangeUnder': '你无权修改此记录下的记录',

  // Actions, as "You may not <action> <resource>" says them
  'action.list': '查看',
  'action.show': '查看',
  'action.create': '新建',
  'action.edit': '编辑',
  'action.delete': '删除',
  'action.export': '导出',
  'action.trash': '管理回收站中的',

  // Records
  'record.noSuchId': ({ resource, id }) => `没有 ID 为 ${id} 的${resource}`,
  'record.noSuchIds': ({ resource, ids }) => `没有 ID 为 ${ids} 的${resource}`,
  'record.noRecordWithId': ({ id }) => `没有 ID 为 ${id} 的记录`,
  'record.noSuchIdInTrash': ({ resource, id }) => `回收站中没有 ID 为 ${id} 的${resource}`,

  // Fields of a write
  'field.unknown': '未知字段',
  'field.hiddenForYou': '你无权设置此字段',
  'field.readOnlyForYou': '此字段对你只读',
  'field.mayNotChange': ({ fields }) => `你无权修改：${fields}`,
  'field.required': '必填',
  'field.mustBeAfter': ({ other }) => `必须晚于${other}`,
  'field.atMostHundredPercent': '不能超过 100%',
  'field.someNotValid': ({ fields }) => `部分字段无效${fields ? `：${fields}` : ''}`,

  // Values of a field
  'value.boolean': '必须是“是”或“否”',
  'value.date': '必须是有效日期（YYYY-MM-DD）',
  'value.dateTime': '必须是有效的日期时间（ISO 8601；不带时区偏移时按店铺所在时区）',
  'value.oneOf': ({ choices }) => `必须是以下之一：${choices}`,
  'value.list': '必须是列表',
  'value.eachOneOf': ({ choices }) => `每个值都必须是以下之一：${choices}`,
  'value.noRepeats': '值不能重复',
  'value.text': '必须是文本',
  'value.noNul': '不能包含 NUL 字符',
  'value.noControls': '不能包含控制字符',
  'value.noControlsOrBreaks': '不能包含控制字符或换行',
  'value.atLeastChars': ({ min }) => `至少 ${min} 个字符`,
  'value.atMostChars': ({ max }) => `最多 ${max} 个字符`,
  'value.pattern': ({ rule }) => rule,
  'value.email': '必须是电子邮箱地址',
  'value.phone': '必须是电话号码',
  'value.url': '必须是 http 或 https 网址',
  'value.wholeFen': '必须是整数（单位：分）',
  'value.wholeNumber': '必须是整数',
  'value.atLeast': ({ min }) => `不能小于 ${min}`,
  'value.atMost': ({ max }) => `不能大于 ${max}`,
  'value.wholeNumberBetween': ({ min, max }) => `必须是 ${min} 到 ${max} 之间的整数`,

  // Choices
  'choice.oneOf': ({ choices }) => `可选：${choices}`,
  'choice.onlyThese': ({ choices }) => `你只能选择：${choices}`,

  // Pieces of sentences
  'text.alternatives': ({ items }) => items.replace(/、([^、]*)$/, '或$1'),
  'text.empty': '空',
  'text.said': ({ text }) => text,

  // List parameters (sort, range, filter, search)
  'list.filterNotObject': 'filter 必须是 JSON 对象',
  'list.mustBeObject': '必须是 JSON 对象',
  'list.searchNotText': 'q 必须是字符串',
  'list.notSearchable': '此列表不支持搜索',
  'list.searchUnavailable': '此处无法搜索',
  'list.sortShape': 'sort 必须是 ["字段","ASC"] 或 ["字段","DESC"]',
  'list.sortShapeField': '必须是 ["字段","ASC"|"DESC"]',
  'list.sortDirection': '排序方向必须是 ASC 或 DESC',
  'list.sortDirectionField': 'ASC 或 DESC',
  'list.cannotSortBy': ({ field }) => `不能按“${field}”排序`,
  'list.rangeShape': 'range 必须是 [起, 止]，均为整数且 0 <= 起 <= 止',
  'list.rangeShapeField': '必须是 [起, 止]',
  'list.pageTooLarge': ({ max }) => `每页最多 ${max} 行`,
  'list.atMostRows': ({ max }) => `最多 ${max} 行`,
  'list.cannotFilterBy': ({ key }) => `不能按“${key}”筛选`,
  'list.notAFilter': '不是此列表的筛选条件',
  'list.filterNotForField': ({ key }) => `筛选条件“${key}”不适用于此字段`,
  'list.notForField': '此字段不可用',
  'list.filterNotList': ({ key }) => `筛选条件“${key}”必须是列表`,
  'list.tooManyIds': ({ max }) => `一次最多 ${max} 个 ID`,
  'list.tooManyIdsField': 'ID 过多',
  'list.tooManyValues': ({ key, max }) => `筛选条件“${key}”最多接受 ${max} 个值`,
  'list.tooManyValuesField': '值过多',
  'list.filterMustBe': ({ key, what }) => `筛选条件“${key}”必须是${what}`,
  'list.filterValueMustBe': ({ what }) => `必须是${what}`,
  'list.paramOnceAsJson': ({ name }) => `${name} 只能给出一次，且为 JSON`,
  'list.paramOnceAsJsonField': '只给一次，且为 JSON',
  'list.paramNotJson': ({ name }) => `${name} 不是有效的 JSON`,
  'list.notJson': '不是有效的 JSON',

  // What a filter value must be
  'filterValue.wholeNumberInRange': '范围内的整数',
  'filterValue.boolean': 'true 或 false',
  'filterValue.choice': '可选值之一',
  'filterValue.date': '日期（YYYY-MM-DD）',
  'filterValue.dateOrDateTime': '日期或日期时间',
  'filterValue.text': '文本',

  // References between records
  'references.unsuitable': '部分引用没有指向合适的记录',
  'references.countOf': ({ count, resource }) => `${count} 条${resource}`,
  'references.stillReferred': ({ blockers }) => `仍被 ${blockers} 引用；请先修改或删除它们`,
  'references.restoreParentFirst': ({ resource }) => `请先恢复它所属的${resource}`,
  'references.parentGone': '在回收站中或已不存在',
  'references.doesNotQualify': ({ resource, conditions }) => `此${resource}不符合条件：${conditions}`,
  'references.condition': ({ field, options }) => `${field}必须是${options}`,
  'references.otherRecordsReferTo': '仍有其他记录引用此记录；请先修改或删除它们',

  // Unique values
  'unique.taken': '唯一值已被占用',
  'unique.alreadyTaken': '已被占用',
  'write.crossedAnother': '另一项相关保存同时进行，本次未作任何更改，请重新保存',
  'unique.takenBy': ({ field, value }) => `${field}“${value}”已被占用`,
  'unique.takenInTrash': ({ field, value }) => `${field}“${value}”已被回收站中的记录占用`,
  'unique.together': ({ fields, values, id }) => `${fields.replaceAll('、', ' + ')} ${values} 已有记录（#${id}）`,
  'unique.togetherUnread': ({ fields, values }) => `${fields.replaceAll('、', ' + ')} ${values} 已有记录`,
  'unique.togetherInTrash': ({ fields, values }) => `${fields.replaceAll('、', ' + ')} ${values} 已有记录（在回收站中）`,

  // Concurrent edits
  'conflict.changed': ({ resource }) => `你打开此${resource}后它已被修改。请重新加载，或重新应用你的修改。`,
  'conflict.changedBy': ({ resource, username, at }) => `你打开此${resource}后，${username} 于 ${at} 修改了它。请重新加载，或重新应用你的修改。`,
  'conflict.outOfDate': '已过期',

  // Versions
  'revisions.whichVersion': '请说明要恢复哪个版本',
  'revisions.versionNumber': '版本号',
  'revisions.notInHistory': ({ version }) => `此记录的历史中没有版本 ${version}`,

  // Workflows
  'workflow.startsAs': ({ state }) => `新记录的初始状态为“${state}”`,
  'workflow.startAtFirst': '流程字段从第一个状态开始',
  'workflow.cannotGo': ({ from, to }) => `不能从“${from}”变为“${to}”`,
  'workflow.stepNotAllowed': '不允许这一步',

  // editableWhile
  'editableWhile.locked': ({ resource, state }) => `${resource}为“${state}”时不能修改`,
  'editableWhile.fieldsLocked': ({ fields, reason }) => `${fields}：${reason}`,

  // Margin floors (floorFrom)
  'floors.below': ({ field, value, of, bound }) => `${field} ${value} 低于${of}的下限 ${bound}`,
  'floors.belowGiveReason': ({ breach, reason }) => `${breach}（填写${reason}后仍可保存）`,
  'floors.belowOnlyRoles': ({ breach, roles }) => `${breach}（只有 ${roles} 可以低于下限）`,

  // Stock taken by a workflow step (onEnter)
  'stock.shortage': ({ what, resource, name, left, needed }) => `${resource}“${name}”的${what}不足：剩余 ${left}，需要 ${needed}`,

  // aggregatedFrom
  'aggregated.byHand': ({ resource, source }) => `此${resource}由 ${source} 计算得出；不能手动修改`,
  'aggregated.computedFrom': ({ source }) => `由 ${source} 计算得出`,

  // exclusive
  'exclusive.clash': ({ what, parent, name, id }) => `此${what}在同一时间已在${parent}“${name}”（#${id}）中`,
  'exclusive.clashField': ({ name, from, to }) => `已在“${name}”中（${from} – ${to}）`,
  'exclusive.clashUnread': ({ what, parent }) => `此${what}在同一时间已在另一${parent}中`,
  'exclusive.clashFieldUnread': ({ from, to }) => `已在另一条记录中（${from} – ${to}）`,

  // keepsAtLeast
  'keepsAtLeast.notEnough': '余量不足',
  'keepsAtLeast.wouldLeave': ({ parent, value, what, min }) => `这会使${parent}的${what}只剩 ${value}；至少须为 ${min}`,

  // maxFrom
  'maxFrom.atMost': ({ bound }) => `最多 ${bound}`,
  'maxFrom.above': '部分值超过了允许的上限',

  // movesParent
  'movesParent.changedMeanwhile': ({ parent }) => `${parent}刚被修改；请重试`,
  'movesParent.changedMeanwhileField': '刚被修改',

  // Rules between figures (marketing's monthly rows)
  'figures.firstOfMonth': '必须是某月的第一天（YYYY-MM-01）',
  'figures.atMostOther': ({ other, value }) => `不能大于${other}（${value}）`,
  'figures.atLeastOther': ({ other, value }) => `不能小于${other}（${value}）`,
  'figures.rateTooHigh': ({ rate, times }) => `${rate}将超过 ${times} 倍；请检查数据`,

  // CSV import
  'import.notCsv': ({ problem }) => `文件不是有效的 CSV：${problem}`,
  'import.tooManyCells': ({ cells, columns }) => `${cells} 个单元格，但只有 ${columns} 列`,
  'import.cannotMatch': '你只能新建、不能更新记录，因此无法按行匹配',
  'import.inTrash': '在回收站中',
  'import.problems': ({ count }) => `文件中有 ${count} 个问题；未导入任何内容`,
  'import.changedMeanwhile': ({ row }) => `第 ${row} 行：导入期间该记录被修改；请重新导入`,
  'import.notUniqueField': ({ field, resource }) => `“${field}”不是${resource}的唯一字段`,
  'import.notUniqueFieldShort': '不是唯一字段',
  'import.unknownColumn': '不是此资源的字段',
  'import.repeatedColumn': '在表头中出现两次',
  'import.badHeader': '表头包含未知或重复的列',
  'import.alsoInRow': ({ value, row }) => `“${value}”也出现在第 ${row} 行`,
  'import.sendCsvBody': '请以请求正文发送 CSV 文件',

  // CSV files
  'csv.tooManyCells': ({ max }) => `某一行超过 ${max} 个单元格`,
  'csv.tooManyRows': ({ max }) => `文件超过 ${max.toLocaleString('zh-CN')} 行：请拆分`,
  'csv.unclosedQuote': '有一个带引号的单元格没有闭合',

  // Bulk updates
  'bulk.idsOrFilter': '请发送 ids 或 filter 之一',
  'bulk.idList': '记录 ID 列表',
  'bulk.idsRepeat': 'ID 不能重复',
  'bulk.tooManyIds': ({ max }) => `一次最多 ${max} 条记录`,
  'bulk.filterObject': '列表筛选对象',
  'bulk.mayNotChange': ({ field }) => `你无权修改${field}`,
  'bulk.readOnlyForYou': '对你只读',
  'bulk.onlySet': '只能设为指定值',
  'bulk.oneOfChoices': '可选值之一',
  'bulk.recordIdOrNull': '记录 ID，或 null 表示无',
  'bulk.wholeNumber': '整数',
  'bulk.percentUpTo': ({ max }) => `以基点表示的百分比，1 到 ${max}`,
  'bulk.notForResource': ({ resource }) => `${resource}不支持批量修改`,
  'bulk.wouldBeRefused': ({ refused, total }) => `${total} 条记录中有 ${refused} 条会被拒绝；未做任何修改`,
  'bulk.changedMeanwhile': ({ record }) => `“${record}”刚被他人修改；未做任何修改，请重新执行`,
  'bulk.filterTooWide': ({ total, max }) => `筛选结果有 ${total} 条记录；一次最多修改 ${max} 条。请缩小筛选范围。`,
  'bulk.filterTooWideField': ({ max }) => `匹配超过 ${max} 条记录`,
  'bulk.someIdsMissing': '部分 ID 没有对应记录',

  // Saved views (listSettings)
  'views.notYourList': '不是你可以打开的列表',
  'views.filterObject': '必须是筛选对象',
  'views.sortShape': '必须是 {"field", "order"}',
  'views.columnsShape': '必须是包含一个或多个字段名的列表',
  'views.columnsRepeat': '列不能重复',
  'views.cannotShow': ({ column }) => `不能显示“${column}”`,
  'views.pageSize': ({ sizes }) => `可选：${sizes}`,

  // Attached files
  'attachments.none': ({ resource }) => `${resource}没有附件功能`,
  'attachments.noSuchId': ({ id }) => `没有 ID 为 ${id} 的附件`,
  'attachments.bytesMissing': '此附件的文件在存储中缺失',
  'attachments.noPictures': ({ resource }) => `${resource}没有图片功能`,
  'attachments.noThumbnail': '此图片没有缩略图',
  'attachments.noThumbnails': ({ resource }) => `${resource}没有缩略图功能`,
  'attachments.empty': '文件为空',
  'attachments.typeRefused': ({ types }) => `只接受 ${types} 文件；此文件不是`,
  'attachments.doesNotDecode': ({ type }) => `此文件开头像 ${type} 图片，但无法按此解码（已损坏或不是图片）`,
  'attachments.noOrder': ({ resource }) => `${resource}的附件没有顺序`,
  'attachments.orderShape': '请发送 {"ids": [...]}：按新顺序列出每个附件 ID',
  'attachments.orderShapeField': '附件 ID 列表',
  'attachments.orderIncomplete': '新顺序必须恰好列出记录的每个附件一次',
  'attachments.orderIncompleteField': '每个附件列一次',
  'attachments.tooLarge': ({ size }) => `文件最大 ${size}`,
  'attachments.thumbnailIds': ({ max }) => `ids：最多 ${max} 个记录 ID，以逗号分隔`,
  'attachments.uncompressed': '请发送未压缩的文件',

  // Comments
  'comments.none': ({ resource }) => `${resource}没有评论功能`,
  'comments.shape': '请发送 {"body": "…"}',
  'comments.unknownFields': ({ fields }) => `未知字段：${fields}`,
  'comments.notText': '评论必须是文本',
  'comments.empty': '评论为空',
  'comments.tooLong': ({ max }) => `评论最多 ${max} 个字符`,
  'comments.noSuchId': ({ id }) => `没有 ID 为 ${id} 的评论`,
  'comments.onlyAuthorDeletes': '只有作者本人可以删除评论',
  'comments.tooLateToDelete': '评论只能在发布后的最初几分钟内删除',

  // Reorder suggestions
  'reorder.checkDays': '请检查天数',
  'reorder.supplierIds': '必须是供应商 ID 列表',
  'reorder.itemList': ({ max }) => `必须是最多 ${max} 项的列表`,
  'reorder.productId': '必须是商品 ID',
  'reorder.productRepeated': '此商品已在列表中',
  'reorder.requestNotUsable': '请求中有部分内容无法使用',
  'reorder.notForYou': '你无权使用补货建议',
  'reorder.nothingToOrder': '无需采购：所选供应商没有缺货商品',
  'reorder.nothingToOrderField': '无需采购',
  'reorder.noSupplier': '此商品没有供应商',
  'reorder.cannotOrder': '部分商品无法采购',

  // Dashboard periods
  'period.date': '必须是日期（YYYY-MM-DD）',
  'period.endBeforeStart': '不能早于期间的开始日期',
  'period.notValid': '期间无效',
  'period.presetOrRange': ({ presets }) => `必须是 ${presets} 之一，或给出 from/to`,

  // Search text
  'list.searchTooLong': ({ max }) => `搜索文字最多 ${max} 个字符`,
  'list.searchControls': '搜索文字不能包含控制字符',

  // Words of the merchandising, retail and forecast resources
  'field.mustNotBeBefore': ({ other }) => `不能早于${other}`,
  'field.requiredWith': ({ other }) => `填写${other}时必填`,
  'oneOf.noneSet': ({ fields }) => `${fields}须且只能填写一项（现在一项都没有）`,
  'oneOf.exactlyOne': ({ fields, count }) => `${fields}须且只能填写一项（现在填了 ${count} 项）`,
  'oneOf.atMostOne': ({ fields, count }) => `${fields}最多填写一项（现在填了 ${count} 项）`,
  'exclusive.overlaps': ({ what, other }) => `与${what} ${other} 时间重叠`,
  'exclusive.overlapsSame': ({ what, other, same }) => `此${what}与${same}相同的 ${other} 时间重叠`,
  'needsChildren.atLeastOne': ({ parent, child, state }) => `${parent}至少要有一条${child}才能变为“${state}”`,
  'import.ambiguousName': ({ value, count, resource }) => `“${value}”对应 ${count} 条${resource}记录：请填写编号（id）`,

  // Sales forecasts
  'forecast.runningAlready': '预测正在重新计算，请等待本次计算完成',
  'forecast.mayNotRead': '你无权查看预测总览',
  'forecast.mayNotReadRuns': '你无权查看预测计算记录',
  'forecast.mayNotRecompute': '你无权重新计算预测',
  'forecast.checkCatalog': '请检查类目',
  'forecast.catalogId': '必须是类目编号',

  // The data model changed at run time
  'model.notExportable': ({ resource }) => `${resource}不能导出为代码`,
  'model.changeNotValid': '这项数据模型修改无效',
  'model.wouldBeInconsistent': '这项修改会使数据模型前后矛盾',
  'model.inconsistency': ({ problem }) => `数据模型检查未通过：${problem}`,
  'model.linkedFrom': ({ fields }) => `其他资源的字段仍链接到它：${fields}。请先删除这些字段。`,
  'model.fixedOnceExists': '字段建立后不能再改（其数据列已保存各记录的值）：请删除后新建一个字段',
  'model.choicesInUse': ({ choices }) => `仍有记录使用选项 ${choices}：请先修改这些记录，或保留该选项`,
  'model.recordsWithoutValue': ({ count }) => `已有 ${count} 条记录将没有值：请给出默认值，或设为选填`,
  'model.uniqueSameDefault': '所有已有记录都会取同一个默认值',
  'model.noResourceNamed': ({ name }) => `没有名为“${name}”的资源`,
  'model.fixedResource': ({ resource }) => `不能给${resource}添加字段`,
  'model.nameTaken': ({ resource, name }) => `${resource}已有名为“${name}”的字段或列`,
  'model.referenceRequired': '链接到记录的字段必须指定资源',
  'model.cannotReadReference': ({ resource }) => `你无权查看${resource}`,
  'model.onlyReferenceNames': '只有链接到记录的字段才指定资源',
  'model.onlyEnumChoices': '只有“从列表选择”的字段才有选项',
  'model.onlyNumbersBounds': '只有数字才有上下限',
  'model.maxBelowMin': '不能小于最小值',
  'model.onlyTextLength': '只有文字才有长度',
  'model.cannotBeUnique': '是/否和长文本不能设为唯一',
  'model.choicesNeeded': '“从列表选择”至少需要一个选项：[{"id", "label": {"zh", "en"}}]',
  'model.tooManyChoices': ({ max }) => `最多 ${max} 个选项`,
  'model.choiceShape': '每个选项的格式为 {"id": snake_case, "label": {"zh": "…", "en": "…"}}',
  'model.choiceTwice': ({ id }) => `选项“${id}”重复`,
  'model.resourceNameFixed': '资源建立后名称不能再改：它的数据表用的就是这个名称',
  'model.resourceExists': ({ name }) => `已有名为“${name}”的资源`,
  'model.tableExists': ({ name }) => `数据库中已有名为“${name}”的表`,
  'model.accessShape': ({ levels }) => `须为从角色到 ${levels} 之一的对象`,
  'model.unknownRole': ({ role }) => `未知角色“${role}”`,
  'model.roleLevel': ({ role, levels }) => `${role}：须为 ${levels} 之一`,
  'model.adminAll': '管理员总是拥有全部权限',
  'name.snakeCase': '只能用小写字母、数字和 _（snake_case），并以字母开头',
  'name.underscores': '不能有连续或结尾的 _',
  'name.system': ({ name }) => `“${name}”是系统保留的名称`,
  'name.reserved': ({ name }) => `“${name}”是数据库保留字`,
  'name.filterSuffix': ({ suffixes }) => `名称不能以 ${suffixes} 结尾：列表会把它们当作筛选条件`,
  'name.apiPath': ({ name }) => `“${name}”是 API 路径`,
};
