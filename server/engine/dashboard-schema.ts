/**
 * Dashboards as one role receives them in `GET /api/schema`: only the widgets it is served,
 * with what the client needs to lay them out and format their numbers. Filters stay on the
 * server; hidden record columns are dropped.
 */
import { allFields, readableFields } from './access.ts';
import { dashboardsFor, measureUnit, servedWidgets, type FindResource } from './dashboard-access.ts';
import type { Bucket, DashboardDefinition, MeasureUnit, Widget } from './dashboard.ts';
import type { Choice, FieldType, Label, ResourceDefinition, Role } from './definition.ts';

export interface MeasureSchema {
  id: string;
  label: Label;
  unit: MeasureUnit;
}

interface WidgetSchemaBase {
  id: string;
  label: Label;
  resource: string;
  /** The field the endpoint's from/to apply to: the client shows a period picker. */
  period?: { field: string; label: Label };
}

export type WidgetSchema =
  | (WidgetSchemaBase & { kind: 'metric'; unit: MeasureUnit; better?: 'higher' | 'lower' })
  | (WidgetSchemaBase & {
      kind: 'breakdown';
      chart: 'bar' | 'line' | 'pie' | 'table';
      groupBy: { field: string; label: Label; type: FieldType; bucket?: Bucket };
      measures: MeasureSchema[];
    })
  | (WidgetSchemaBase & { kind: 'records'; columns: string[] })
  | (WidgetSchemaBase & {
      kind: 'scatter';
      x: AxisSchema;
      y: AxisSchema;
      lines?: { x?: number; y?: number };
      /** The enum's choices in order: one series (colour) each. */
      colorBy: { field: string; label: Label; choices: Choice[] };
    });

/** A scatter plot's axis: the field, its label and the unit its numbers are shown in. */
export interface AxisSchema {
  field: string;
  label: Label;
  unit: MeasureUnit;
}

export interface DashboardSchema {
  name: string;
  label: Label;
  widgets: WidgetSchema[];
}

export function dashboardSchemas(dashboards: readonly DashboardDefinition[], role: Role, find: FindResource): DashboardSchema[] {
  return dashboardsFor(dashboards, role).map((dashboard) => ({
    name: dashboard.name,
    label: dashboard.label,
    widgets: servedWidgets(dashboard, role, find).map((widget) => widgetSchema(widget, find(widget.resource)!, role)),
  }));
}

function widgetSchema(widget: Widget, def: ResourceDefinition, role: Role): WidgetSchema {
  const fields = allFields(def);
  const base: WidgetSchemaBase = {
    id: widget.id,
    label: widget.label,
    resource: widget.resource,
    ...(widget.period ? { period: { field: widget.period, label: fields[widget.period].label } } : {}),
  };
  switch (widget.kind) {
    case 'metric':
      return { ...base, kind: 'metric', unit: measureUnit(def, widget.measure), ...(widget.better ? { better: widget.better } : {}) };
    case 'breakdown':
      return {
        ...base,
        kind: 'breakdown',
        chart: widget.chart,
        groupBy: {
          field: widget.groupBy,
          label: fields[widget.groupBy].label,
          type: fields[widget.groupBy].type,
          ...(widget.bucket ? { bucket: widget.bucket } : {}),
        },
        measures: widget.measures.map((measure) => ({ id: measure.id, label: measure.label, unit: measureUnit(def, measure) })),
      };
    case 'records': {
      const readable = new Set(readableFields(def, role));
      return { ...base, kind: 'records', columns: widget.columns.filter((name) => readable.has(name)) };
    }
    case 'scatter': {
      const axis = (name: string): AxisSchema => ({ field: name, label: fields[name].label, unit: fields[name].duration ?? (fields[name].type as MeasureUnit) });
      const color = fields[widget.colorBy];
      return {
        ...base,
        kind: 'scatter',
        x: axis(widget.x),
        y: axis(widget.y),
        ...(widget.lines ? { lines: widget.lines } : {}),
        colorBy: { field: widget.colorBy, label: color.label, choices: [...(color.choices ?? [])] },
      };
    }
  }
}
