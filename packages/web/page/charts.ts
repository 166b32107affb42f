// The dashboard's charts: only the chart.js parts used are registered, so the
// bundle keeps only those. No animation (old laptops), values written on the
// bars, and every chart has a table with the same figures.
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  DoughnutController,
  Legend,
  LinearScale,
  type Plugin,
  Tooltip,
} from 'chart.js';
import { formatChange, formatNumber, formatPercent, shareTexts } from './format';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  DoughnutController,
  ArcElement,
  Tooltip,
  Legend,
);

const FONT = '"Segoe UI", Tahoma, Arial, sans-serif';
Chart.defaults.font.family = FONT;
Chart.defaults.font.size = 13;
Chart.defaults.color = '#1f2933';
Chart.defaults.animation = false;

export const COLORS = {
  red: '#c8102e',
  gold: '#d4a017',
  blue: '#1f5f99',
  teal: '#2a7f74',
  grey: '#6b7785',
  green: '#2e7d32',
  orange: '#c75000',
  purple: '#6a4c93',
};
const PALETTE = [
  COLORS.red,
  COLORS.blue,
  COLORS.gold,
  COLORS.teal,
  COLORS.purple,
  COLORS.orange,
  COLORS.grey,
  COLORS.green,
];

/** A value axis: from zero, in steps of 1, 2 or 5 × 10ⁿ, with its tick labels. */
export interface Scale {
  readonly min: 0;
  readonly max: number;
  readonly step: number;
  readonly ticks: readonly string[];
}

/**
 * The value axis of a count chart: it starts at zero (a bar's length is its
 * value), ends a step or so above `high` to leave room for the value labels,
 * with at most `maxTicks` whole-number steps.
 *
 * @example
 * niceScale(1239).ticks // ['0', '500', '1.000', '1.500']
 */
export function niceScale(high: number, maxTicks = 6): Scale {
  const top = Math.max(1, high) * 1.08;
  const least = top / (maxTicks - 1);
  const power = 10 ** Math.floor(Math.log10(least));
  const step = Math.max(1, [1, 2, 5].map((m) => m * power).find((s) => s >= least) ?? 10 * power);
  const max = Math.ceil(top / step) * step;
  const ticks = Array.from({ length: max / step + 1 }, (_, i) => formatNumber(i * step));
  return { min: 0, max, step, ticks };
}

/** Where a value label goes: centred on `x`, its bottom at `bottom` (canvas pixels, y down). */
export interface LabelBox {
  readonly x: number;
  readonly bottom: number;
  readonly width: number;
  readonly height: number;
}

/** Whether two label boxes share any pixel. */
export function overlaps(a: LabelBox, b: LabelBox): boolean {
  return (
    Math.abs(a.x - b.x) < (a.width + b.width) / 2 &&
    a.bottom > b.bottom - b.height &&
    b.bottom > a.bottom - a.height
  );
}

/** The font sizes tried for value labels, largest first. */
export const LABEL_SIZES = [12, 11, 10, 9] as const;

/**
 * Lays out the value labels of vertical bars so that none overlaps another:
 * the largest font whose widest label fits the space of one bar, each label
 * just above its bar, and a label that would still touch an earlier one
 * (narrow phone screens) lifted above it.
 */
export function layoutValueLabels(
  bars: readonly { readonly x: number; readonly top: number }[],
  texts: readonly string[],
  measure: (text: string, size: number) => number,
  slot: number,
): { size: number; boxes: LabelBox[] } {
  const size = LABEL_SIZES.find((px) => texts.every((text) => measure(text, px) <= slot - 4)) ?? 9;
  const height = Math.ceil(size * 1.25);
  const boxes: LabelBox[] = [];
  bars.forEach((bar, index) => {
    const width = measure(texts[index] ?? '', size) + 2;
    let box: LabelBox = { x: bar.x, bottom: bar.top - 3, width, height };
    for (let hit = boxes.find((other) => overlaps(box, other)); hit; ) {
      box = { ...box, bottom: hit.bottom - hit.height - 1 };
      hit = boxes.find((other) => overlaps(box, other));
    }
    boxes.push(box);
  });
  return { size, boxes };
}

interface BarProps {
  x: number;
  y: number;
  base: number;
}

/** Writes each bar's value (or a floating bar's change) at its end, never one label over another. */
const valueLabels: Plugin<'bar'> = {
  id: 'valueLabels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    const horizontal = chart.options.indexAxis === 'y';
    ctx.save();
    ctx.fillStyle = '#1f2933';
    chart.data.datasets.forEach((dataset, datasetIndex) => {
      const meta = chart.getDatasetMeta(datasetIndex);
      if (meta.hidden) return;
      const given = (dataset as { labelsText?: string[] }).labelsText;
      const texts = dataset.data.map(
        (raw, index) => given?.[index] ?? (typeof raw === 'number' ? formatNumber(raw) : ''),
      );
      const props = meta.data.map(
        (element) => element.getProps(['x', 'y', 'base'], true) as BarProps,
      );
      if (horizontal) {
        ctx.font = `600 12px ${FONT}`;
        ctx.textAlign = 'left';
        ctx.textBaseline = 'middle';
        for (const [i, { x, y, base }] of props.entries()) {
          ctx.fillText(texts[i] ?? '', Math.max(x, base) + 4, y);
        }
        return;
      }
      const measure = (text: string, size: number) => {
        ctx.font = `600 ${size}px ${FONT}`;
        return ctx.measureText(text).width;
      };
      const bars = props.map(({ x, y, base }) => ({ x, top: Math.min(y, base) }));
      const slot = chart.chartArea.width / Math.max(1, bars.length);
      const { size, boxes } = layoutValueLabels(bars, texts, measure, slot);
      ctx.font = `600 ${size}px ${FONT}`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      for (const [i, box] of boxes.entries()) ctx.fillText(texts[i] ?? '', box.x, box.bottom);
    });
    ctx.restore();
  },
};

/** Splits a long label into lines of about `width` characters, so no label is cut off. */
export function wrapLabel(text: string, width = 16): string | string[] {
  if (text.length <= width) return text;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const charts = new Map<string, Chart>();

function draw<T extends 'bar' | 'doughnut'>(id: string, config: ChartConfiguration<T>): void {
  charts.get(id)?.destroy();
  const canvas = document.getElementById(`chart-${id}`) as HTMLCanvasElement | null;
  if (!canvas) return;
  charts.set(id, new Chart(canvas, config) as unknown as Chart);
}

/** One row of a chart: its label and value (and an optional second value for the table). */
export interface Row {
  readonly label: string;
  readonly value: number;
  readonly extra?: number;
  /** How the table writes the value, when not as a plain count (a change: `+5`, `−5`). */
  readonly text?: string;
}

/** The table under a chart, with the same figures. */
function table(id: string, rows: readonly Row[], headers: readonly string[], total?: number): void {
  const holder = document.getElementById(`table-${id}`);
  if (!holder) return;
  const tableElement = document.createElement('table');
  tableElement.className = 'figures';
  const head = tableElement.createTHead().insertRow();
  for (const text of headers) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = text;
    head.append(th);
  }
  const body = tableElement.createTBody();
  const shares = shareTexts(rows.map((row) => row.value));
  for (const [index, row] of rows.entries()) {
    const tr = body.insertRow();
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = row.label;
    tr.append(th);
    const cells = [row.text ?? formatNumber(row.value)];
    if (row.extra !== undefined) cells.push(formatNumber(row.extra));
    if (total !== undefined) cells.push(shares[index] ?? '–');
    for (const text of cells) tr.insertCell().textContent = text;
  }
  holder.replaceChildren(tableElement);
}

function describe(id: string, rows: readonly Row[]): void {
  const canvas = document.getElementById(`chart-${id}`);
  const caption = document.getElementById(`cap-${id}`)?.textContent ?? '';
  canvas?.setAttribute(
    'aria-label',
    `${caption}: ${rows.map((row) => `${row.label} ${formatNumber(row.value)}`).join('; ')}`,
  );
  canvas?.removeAttribute('aria-labelledby');
}

/** A bar chart of counts; `horizontal` for long labels. */
export function barChart(
  id: string,
  rows: readonly Row[],
  options: { horizontal?: boolean; color?: string; unit: string; extraHeader?: string } = {
    unit: 'Số lượng',
  },
): void {
  const total = rows.reduce((sum, row) => sum + row.value, 0);
  const scale = niceScale(Math.max(0, ...rows.map((row) => row.value)));
  draw(id, {
    type: 'bar',
    data: {
      labels: rows.map((row) => wrapLabel(row.label, options.horizontal ? 14 : 10)),
      datasets: [
        {
          label: options.unit,
          data: rows.map((row) => row.value),
          backgroundColor: options.color ?? COLORS.red,
          borderRadius: 3,
          maxBarThickness: 46,
        },
      ],
    },
    options: {
      indexAxis: options.horizontal ? 'y' : 'x',
      maintainAspectRatio: false,
      layout: { padding: { top: 18, right: options.horizontal ? 44 : 8, left: 4 } },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: (item) => {
              const row = rows[item.dataIndex];
              const extra =
                row?.extra !== undefined && options.extraHeader
                  ? ` (${formatNumber(row.extra)} ${options.extraHeader.toLowerCase()})`
                  : '';
              return `${formatNumber(Number(item.raw))}${extra} – ${formatPercent(Number(item.raw), total)}`;
            },
          },
        },
      },
      scales: {
        [options.horizontal ? 'x' : 'y']: valueAxis(scale),
        [options.horizontal ? 'y' : 'x']: {
          grid: { display: false },
          ticks: { autoSkip: false, maxRotation: 60 },
        },
      },
    },
    plugins: [valueLabels],
  } as ChartConfiguration<'bar'>);
  const headers = options.extraHeader
    ? ['', options.unit, options.extraHeader, 'Tỷ lệ']
    : ['', options.unit, 'Tỷ lệ'];
  table(id, rows, headers, total);
  describe(id, rows);
}

/** The chart.js options of a value axis laid out by `niceScale`. */
function valueAxis(scale: Scale) {
  return {
    min: scale.min,
    max: scale.max,
    ticks: {
      stepSize: scale.step,
      precision: 0,
      callback: (value: string | number) => formatNumber(Number(value)),
    },
  };
}

/** A doughnut of shares, with the legend below. */
export function doughnutChart(id: string, rows: readonly Row[]): void {
  const total = rows.reduce((sum, row) => sum + row.value, 0);
  const legendShares = shareTexts(rows.map((row) => row.value));
  draw<'doughnut'>(id, {
    type: 'doughnut',
    data: {
      labels: rows.map(
        (row, i) => `${row.label}: ${formatNumber(row.value)} (${legendShares[i] ?? '–'})`,
      ),
      datasets: [
        {
          data: rows.map((row) => row.value),
          backgroundColor: rows.map((_, i) => PALETTE[i % PALETTE.length] as string),
          borderWidth: 1,
        },
      ],
    },
    options: {
      maintainAspectRatio: false,
      cutout: '55%',
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: 14, padding: 10 } },
        tooltip: { callbacks: { label: (item) => String(item.label) } },
      },
    },
  });
  table(id, rows, ['', 'Số lượng', 'Tỷ lệ'], total);
  describe(id, rows);
}

/** One step of the waterfall: a change (positive adds, negative takes away). */
export interface Step {
  readonly label: string;
  readonly change: number;
}

/**
 * Movements from opening to closing as a waterfall: the opening and closing
 * rosters as full bars, each movement as a floating bar from the running
 * total, green when it adds and red when it takes away.
 */
export function waterfallChart(
  id: string,
  opening: number,
  steps: readonly Step[],
  closing: number,
): void {
  const bars: [number, number][] = [[0, opening]];
  const texts = [formatNumber(opening)];
  const colors = [COLORS.blue];
  let running = opening;
  for (const step of steps) {
    const next = running + step.change;
    bars.push([Math.min(running, next), Math.max(running, next)]);
    texts.push(formatChange(step.change));
    colors.push(step.change > 0 ? COLORS.green : step.change < 0 ? COLORS.red : COLORS.grey);
    running = next;
  }
  bars.push([0, closing]);
  texts.push(formatNumber(closing));
  colors.push(COLORS.blue);
  // On a phone the slots are narrow: one line per label, upright at 90°, so
  // no two labels meet; on a wider screen they wrap under their bars.
  const canvas = document.getElementById(`chart-${id}`);
  const narrow = (canvas?.parentElement?.clientWidth ?? 1000) < 520;
  const names = ['Đầu kỳ', ...steps.map((step) => step.label), 'Cuối kỳ'];
  const labels = narrow ? names : names.map((label) => wrapLabel(label, 10));
  // From zero, as every bar chart: a cut axis would make the changes look bigger than they are.
  const scale = niceScale(Math.max(...bars.map(([, to]) => to)));
  draw(id, {
    type: 'bar',
    data: {
      labels,
      datasets: [
        {
          label: 'Đảng viên',
          data: bars,
          backgroundColor: colors,
          borderRadius: 2,
          maxBarThickness: 56,
          // A change of a few members is still seen beside rosters of a thousand.
          minBarLength: 3,
          labelsText: texts,
        } as never,
      ],
    },
    options: {
      maintainAspectRatio: false,
      layout: { padding: { top: 18 } },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (item) => texts[item.dataIndex] ?? '' } },
      },
      scales: {
        y: valueAxis(scale),
        x: {
          grid: { display: false },
          ticks: narrow
            ? { autoSkip: false, minRotation: 90, maxRotation: 90 }
            : { autoSkip: false, maxRotation: 60 },
        },
      },
    },
    plugins: [valueLabels],
  } as ChartConfiguration<'bar'>);
  const rows: Row[] = [
    { label: 'Đầu kỳ', value: opening },
    ...steps.map((s) => ({ label: s.label, value: s.change, text: formatChange(s.change) })),
    { label: 'Cuối kỳ', value: closing },
  ];
  table(id, rows, ['', 'Số đảng viên']);
  describe(id, rows);
}
