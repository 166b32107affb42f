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
import { formatNumber, formatPercent, shareTexts } from './format';

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

/** Writes each bar's value (or a floating bar's change) at its end. */
const valueLabels: Plugin<'bar'> = {
  id: 'valueLabels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    const horizontal = chart.options.indexAxis === 'y';
    ctx.save();
    ctx.font = `600 12px ${FONT}`;
    ctx.fillStyle = '#1f2933';
    chart.data.datasets.forEach((dataset, datasetIndex) => {
      const meta = chart.getDatasetMeta(datasetIndex);
      if (meta.hidden) return;
      const texts = (dataset as { labelsText?: string[] }).labelsText;
      meta.data.forEach((element, index) => {
        const raw = dataset.data[index];
        const text = texts?.[index] ?? (typeof raw === 'number' ? formatNumber(raw) : undefined);
        if (text === undefined) return;
        const { x, y, base } = element.getProps(['x', 'y', 'base'], true) as {
          x: number;
          y: number;
          base: number;
        };
        if (horizontal) {
          ctx.textAlign = 'left';
          ctx.textBaseline = 'middle';
          ctx.fillText(text, Math.max(x, base) + 4, y);
        } else {
          ctx.textAlign = 'center';
          ctx.textBaseline = 'bottom';
          ctx.fillText(text, x, Math.min(y, base) - 3);
        }
      });
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
    const cells = [formatNumber(row.value)];
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
  const max = Math.max(1, ...rows.map((row) => row.value));
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
        [options.horizontal ? 'x' : 'y']: {
          beginAtZero: true,
          suggestedMax: max * 1.12,
          ticks: {
            precision: 0,
            callback: (value: string | number) => formatNumber(Number(value)),
          },
        },
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
    texts.push(
      step.change === 0
        ? '0'
        : `${step.change > 0 ? '+' : '−'}${formatNumber(Math.abs(step.change))}`,
    );
    colors.push(step.change >= 0 ? COLORS.green : COLORS.red);
    running = next;
  }
  bars.push([0, closing]);
  texts.push(formatNumber(closing));
  colors.push(COLORS.blue);
  const labels = ['Đầu kỳ', ...steps.map((step) => step.label), 'Cuối kỳ'].map((label) =>
    wrapLabel(label, 10),
  );
  const low = Math.min(opening, closing, ...bars.slice(1, -1).map(([from]) => from));
  const high = Math.max(opening, closing, ...bars.slice(1, -1).map(([, to]) => to));
  const spread = Math.max(10, high - low);
  const step = 10 ** Math.floor(Math.log10(spread));
  const min = Math.max(0, Math.floor((low - spread * 0.6) / step) * step);
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
        y: {
          min,
          suggestedMax: high + spread * 0.15,
          ticks: {
            precision: 0,
            callback: (value: string | number) => formatNumber(Number(value)),
          },
        },
        x: { grid: { display: false }, ticks: { autoSkip: false, maxRotation: 60 } },
      },
    },
    plugins: [valueLabels],
  } as ChartConfiguration<'bar'>);
  const rows: Row[] = [
    { label: 'Đầu kỳ', value: opening },
    ...steps.map((s) => ({ label: s.label, value: s.change })),
    { label: 'Cuối kỳ', value: closing },
  ];
  table(id, rows, ['', 'Số đảng viên']);
  describe(id, rows);
}
